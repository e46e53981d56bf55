#include "core/config/config_fields.h"

#include <algorithm>

#include "core/config/config_binding.h"
#include "core/config/device_name.h"

namespace icl::core {
namespace {

// Upper bounds keep every tensor size (batch x N x N x width) far inside int64; whether a run
// fits this machine's memory is checked before it starts (memory_estimate.h).
constexpr int64_t kMaxDimension = 1'000;
constexpr int64_t kMaxClasses = 1'000;
constexpr int64_t kMaxSequenceLength = 100'000;
constexpr int64_t kMaxBatchSize = 10'000'000;
constexpr int64_t kMaxTestTasks = 10'000'000;

/// "schemaVersion": not a member; a file of another version is refused, not converted.
class SchemaVersionBinding final : public FieldBinding {
 public:
  void read(const ConfigField& field, const nlohmann::json& value, RunConfig&) const override {
    const int64_t version = readJsonInteger(value, field.key);
    if (version != kSchemaVersion) {
      throw ConfigError(field.key + " = " + std::to_string(version) + ": expected " +
                        std::to_string(kSchemaVersion) + " (this build reads only that version)");
    }
  }
  nlohmann::json write(const ConfigField&, const RunConfig&) const override {
    return kSchemaVersion;
  }
  void check(const ConfigField&, const RunConfig&) const override {}
};

/// "device": one of field.choices or "cuda:N". Only the spelling is checked here; whether this
/// machine has that GPU is decided when a run starts (resolveDevice), so a config written on a
/// GPU workstation still opens on a laptop.
class DeviceBinding final : public FieldBinding {
 public:
  void read(const ConfigField& field, const nlohmann::json& value,
            RunConfig& config) const override {
    config.device = readJsonString(value, field.key);
    check(field, config);
  }
  nlohmann::json write(const ConfigField&, const RunConfig& config) const override {
    return config.device;
  }
  void check(const ConfigField& field, const RunConfig& config) const override {
    if (!parseDeviceName(config.device)) {
      throw ConfigError(field.key + " = \"" + config.device + "\": expected " +
                        field.choiceExpectation() +
                        ", or \"cuda:N\" for the GPU numbered N (0 is the first)");
    }
  }
};

EnumChoices<TaskFamily> familyChoices() {
  EnumChoices<TaskFamily> choices;
  for (TaskFamily family :
       {TaskFamily::Sim, TaskFamily::Proto, TaskFamily::Ave, TaskFamily::Rad, TaskFamily::Mix}) {
    choices.options.emplace_back(familyName(family), family);
  }
  choices.quoted = false;
  return choices;
}

void addTaskFields(FieldGroup<TaskConfig> task) {
  task.integer("d", &TaskConfig::d, between(1, kMaxDimension), "input dimension");
  task.integer("C", &TaskConfig::classes, between(2, kMaxClasses), "number of classes");
  task.integer("N", &TaskConfig::length, between(1, kMaxSequenceLength),
               "examples per training sequence; at least C when anchors are on");
  task.number("sigma", &TaskConfig::sigma, NumberRange::Positive,
              "input noise scale (distribution shift: train at 1, test at 2..5)");
  task.number("norm_p", &TaskConfig::normP, NumberRange::Positive,
              "p of the norm in the sim label rule (upstream quirk, design.md §7.7)");
  task.number("mean_offset", &TaskConfig::meanOffset, NumberRange::Any,
              "added to every input coordinate's mean (proto: centres, ave: w); labels follow "
              "each rule at the moved inputs (shift test, design.md §9)");
  task.choice("train_family", &TaskConfig::trainFamily, familyChoices(),
              "one family for every training task (P1), or `mix`: drawn by task.mixture (P2)");
  FieldGroup<std::map<TaskFamily, double>> mixture = task.group("mixture", &TaskConfig::mixture);
  for (TaskFamily family : {TaskFamily::Sim, TaskFamily::Proto, TaskFamily::Ave, TaskFamily::Rad}) {
    mixture.number(familyName(family), FamilyEntry{family}, NumberRange::NonNegative,
                   "weight of " + familyName(family) +
                       " tasks in mixture batches; normalised, not all 0 for `mix`");
  }
  FieldGroup<SimTaskConfig> sim = task.group("sim", &TaskConfig::sim);
  sim.integer("nc_train", &SimTaskConfig::ncTrain, atLeast(1),
              "prototypes per class in training tasks (design.md §7.1: 1, not upstream's 0)");
  sim.integer("nc_test", &SimTaskConfig::ncTest, atLeast(1), "prototypes per class in test tasks");
  FieldGroup<ProtoTaskConfig> proto = task.group("proto", &TaskConfig::proto);
  proto.boolean("anchors_train", &ProtoTaskConfig::anchorsTrain,
                "training tasks start with one sample per class, labelled with its class");
  proto.boolean("anchors_test", &ProtoTaskConfig::anchorsTest,
                "test tasks start with one sample per class (the test.py version)");
  FieldGroup<AveTaskConfig> ave = task.group("ave", &TaskConfig::ave);
  ave.boolean("anchors_train", &AveTaskConfig::anchorsTrain,
              "training tasks start with two anchors at w -/+ anchor_offset");
  ave.boolean("anchors_test", &AveTaskConfig::anchorsTest, "test tasks start with the two anchors");
  ave.boolean("literal_anchor_labels", &AveTaskConfig::literalAnchorLabels,
              "upstream's anchors carry the labels the rule would flip (design.md §7.8); false "
              "labels them by the rule");
  ave.number("anchor_offset", &AveTaskConfig::anchorOffset, NumberRange::NonNegative,
             "anchors sit at w -/+ offset in every coordinate");
  ave.number("anchor_std", &AveTaskConfig::anchorStd, NumberRange::NonNegative,
             "spread of the anchors around those points");
  FieldGroup<RadTaskConfig> rad = task.group("rad", &TaskConfig::rad);
  rad.number("r_min", &RadTaskConfig::rMin, NumberRange::Positive,
             "smallest radius of the radial task");
  rad.number("r_max", &RadTaskConfig::rMax, NumberRange::Any,
             "largest radius of the radial task; at least r_min");
}

/// The two keys every learner has.
template <typename Learner>
FieldGroup<Learner> addLearner(const FieldGroup<LearnersConfig>& learners, const std::string& key,
                               Learner LearnersConfig::*member, const std::string& title) {
  FieldGroup<Learner> learner = learners.group(key, member);
  learner.boolean("enabled", &Learner::enabled, "train and evaluate the " + title);
  learner.number("lr", &Learner::lr, NumberRange::Positive, "Adam learning rate of the " + title);
  return learner;
}

void addLearnerFields(const FieldGroup<LearnersConfig>& learners) {
  FieldGroup<IclLearnerConfig> icl =
      addLearner(learners, "icl", &LearnersConfig::icl, "ICL transformer");
  icl.integer("depth", &IclLearnerConfig::depth, atLeast(1), "transformer layers (paper 8)");
  icl.integer("ff_mult", &IclLearnerConfig::ffMult, atLeast(1),
              "feed-forward width = ff_mult x (d + 2C) (paper 4)");
  icl.integer("prefix_chunk", &IclLearnerConfig::prefixChunk, atLeast(0),
              "query prefixes per padded pass of the torch kernel (0 = 10 on CPU, all on GPU)");
  icl.text("kernel", &IclLearnerConfig::kernel, {"auto", "fused", "torch"},
           "`auto`: fused on CPU, torch on CUDA (see Performance)");
  FieldGroup<MatchNetLearnerConfig> matchNet =
      addLearner(learners, "matchnet", &LearnersConfig::matchNet, "matching network");
  matchNet.choice(
      "similarity", &MatchNetLearnerConfig::similarity,
      EnumChoices<Similarity>{{{"dot", Similarity::Dot}, {"cosine", Similarity::Cosine}}},
      "`dot` (single-family scripts) or `cosine` (mixture scripts), design.md §7.4");
  FieldGroup<ProtoNetLearnerConfig> protoNet =
      addLearner(learners, "protonet", &LearnersConfig::protoNet, "prototypical network");
  protoNet.boolean("embed_query", &ProtoNetLearnerConfig::embedQuery,
                   "embed the query too; upstream compares the raw query with embedded "
                   "prototypes (§7.2)");
  FieldGroup<CnpLearnerConfig> cnp =
      addLearner(learners, "cnp", &LearnersConfig::cnp, "conditional neural process");
  cnp.integer("hidden", &CnpLearnerConfig::hidden, atLeast(0),
              "encoder/decoder width; 0 = d + 2C (paper 6)");
}

void addTrainAndEvalFields(FieldGroup<TrainConfig> train, FieldGroup<EvalConfig> eval) {
  train.integer("steps", &TrainConfig::steps, atLeast(1), "Adam steps, one fresh batch each");
  train.integer("batch_size", &TrainConfig::batchSize, between(1, kMaxBatchSize),
                "tasks per batch, shared by all learners (paired comparison)");
  train.integer("start", &TrainConfig::start, atLeast(0),
                "first query position in the loss and in the best-checkpoint score, below "
                "task.N (uproto.py: 2)");
  train.number("loss_divisor", &TrainConfig::lossDivisor, NumberRange::NonNegative,
               "0 = number of query positions; upstream sim ICL divides by N - 2 (§7.5)");
  train.integer("eval_every", &TrainConfig::evalEvery, atLeast(1),
                "steps between evaluations (also at step 0 and at the end)");
  eval.integer("tasks_per_family", &EvalConfig::tasksPerFamily, between(1, kMaxTestTasks),
               "fixed, seeded test tasks per family");
  eval.integer("N", &EvalConfig::length, between(1, kMaxSequenceLength),
               "test sequence length (2x training shows extrapolation)");
  eval.choiceList("families", &EvalConfig::families, familyChoices(), "test families");
}

/// Issue #10's re-evaluation (`icl-lab-cli evaluate`); read only by the evaluation, so a
/// trained run's config can be changed here with --set without retraining.
void addGeneralisationFields(FieldGroup<GeneralisationConfig> generalisation) {
  generalisation.numberList("sigmas", &GeneralisationConfig::sigmas, NumberRange::Positive, true,
                            "input scales (task.sigma) of the shift test sets");
  generalisation.numberList("offsets", &GeneralisationConfig::offsets, NumberRange::Any, true,
                            "mean offsets (task.mean_offset) of the offset test sets, at the "
                            "run's sigma");
  EnumChoices<TaskFamily> families = familyChoices();
  families.options.pop_back();  // mix: a shift set is one family's
  generalisation
      .choiceList("families", &GeneralisationConfig::families, families,
                  "test families of the shift and offset sets")
      .uniqueItems = true;
  generalisation.integer("tasks_per_family", &GeneralisationConfig::tasksPerFamily,
                         between(1, kMaxTestTasks), "test tasks per test set (length eval.N)");
  generalisation.boolean("rad", &GeneralisationConfig::rad,
                         "also the radial set (task.rad radii), with the selection baseline and "
                         "the oracle (claim P4)");
  generalisation.boolean("probe", &GeneralisationConfig::probe,
                         "write probe.csv: ICL's agreement with each learner and plug-in rule");
  generalisation.boolean("after_training", &GeneralisationConfig::afterTraining,
                         "`run` evaluates a completed run into generalisation.csv etc.");
}

}  // namespace

void addRunFields(std::vector<ConfigField>& fields) {
  FieldGroup<RunConfig> root = rootGroup(fields);
  ConfigField& schema = root.custom("schemaVersion", FieldType::Integer, "file format version",
                                    std::make_shared<SchemaVersionBinding>());
  schema.minimum = schema.maximum = kSchemaVersion;
  root.text("name", &RunConfig::name, {}, "shown in run folders and `presets`");
  root.text("description", &RunConfig::description, {}, "one line shown by `presets`");
  EnumChoices<Experiment> experiments;
  for (Experiment experiment :
       {Experiment::Classification, Experiment::Regression, Experiment::MetaMeta}) {
    experiments.options.emplace_back(experimentName(experiment), experiment);
  }
  root.choice("experiment", &RunConfig::experiment, experiments,
              "`classification` (design.md §2-4), `regression` (I1, `regression.*`) or `meta_meta` "
              "(I2, `meta_meta.*`); only the active experiment's section is written");
  root.unsignedInteger("seed", &RunConfig::seed,
                       "drives every random draw: training tasks, test tasks, initial weights");
  // "cuda:N" is accepted too (see DeviceBinding); the help says so, the choices list the words.
  ConfigField& device = root.custom(
      "device", FieldType::Choice,
      "`auto`: CUDA if LibTorch sees it; `cuda:N`: GPU N (see Training on an NVIDIA GPU)",
      std::make_shared<DeviceBinding>());
  device.choices = {"auto", "cpu", "cuda"};
  root.integer("threads", &RunConfig::threads, atLeast(0),
               "intra-op threads; 0 = the measured default (1, see Performance)");
  addTaskFields(root.group("task", &RunConfig::task));
  addLearnerFields(root.group("learners", &RunConfig::learners));
  addTrainAndEvalFields(root.group("train", &RunConfig::train),
                        root.group("eval", &RunConfig::eval));
  addGeneralisationFields(root.group("generalisation", &RunConfig::generalisation,
                                     Experiment::Classification));
}

const std::vector<ConfigField>& configFields() {
  static const std::vector<ConfigField> kFields = [] {
    std::vector<ConfigField> fields;
    addRunFields(fields);
    addRegressionFields(fields);
    addMetaMetaFields(fields);
    return fields;
  }();
  return kFields;
}

const ConfigField* findConfigField(std::string_view keyPath) {
  for (const ConfigField& field : configFields()) {
    if (field.key == keyPath) {
      return &field;
    }
  }
  return nullptr;
}

namespace {

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    row[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string_view lastPart(std::string_view keyPath) {
  const std::size_t dot = keyPath.rfind('.');
  return dot == std::string_view::npos ? keyPath : keyPath.substr(dot + 1);
}

}  // namespace

std::vector<std::string> closeConfigKeys(std::string_view keyPath, std::size_t most) {
  constexpr std::size_t kMaxTypos = 2;  // two slips of the keyboard, not a different word
  std::vector<std::pair<std::size_t, std::string>> close;
  for (const ConfigField& field : configFields()) {
    const std::size_t distance = editDistance(keyPath, field.key);
    if (distance <= kMaxTypos || lastPart(keyPath) == lastPart(field.key)) {
      close.emplace_back(distance, field.key);
    }
  }
  std::stable_sort(close.begin(), close.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < close.size() && i < most; ++i) {
    keys.push_back(close[i].second);
  }
  return keys;
}

}  // namespace icl::core
