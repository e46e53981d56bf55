#include "core/config/run_config.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/config/json_reader.h"
#include "core/util/atomic_file.h"

namespace icl::core {
using nlohmann::json;

namespace {

TaskFamily readFamily(JsonObjectReader& reader, const char* key, TaskFamily fallback) {
  std::string name = familyName(fallback);
  reader.read(key, name);
  const auto family = parseFamily(name);
  if (!family) {
    throw ConfigError(reader.pathOf(key) + " = \"" + name +
                      "\": expected one of sim, proto, ave, rad, mix");
  }
  return *family;
}

void readTask(JsonObjectReader reader, TaskConfig& task) {
  reader.read("d", task.d);
  reader.read("C", task.classes);
  reader.read("N", task.length);
  reader.read("sigma", task.sigma);
  reader.read("norm_p", task.normP);
  task.trainFamily = readFamily(reader, "train_family", task.trainFamily);
  if (reader.has("mixture")) {
    JsonObjectReader mixture = reader.child("mixture");
    for (TaskFamily family : baseFamilies()) {
      mixture.read(familyName(family).c_str(), task.mixture[family]);
    }
    mixture.rejectUnknownKeys();
  } else {
    reader.ignore("mixture");
  }
  JsonObjectReader sim = reader.child("sim");
  sim.read("nc_train", task.sim.ncTrain);
  sim.read("nc_test", task.sim.ncTest);
  sim.rejectUnknownKeys();
  JsonObjectReader proto = reader.child("proto");
  proto.read("anchors_train", task.proto.anchorsTrain);
  proto.read("anchors_test", task.proto.anchorsTest);
  proto.rejectUnknownKeys();
  JsonObjectReader ave = reader.child("ave");
  ave.read("anchors_train", task.ave.anchorsTrain);
  ave.read("anchors_test", task.ave.anchorsTest);
  ave.read("literal_anchor_labels", task.ave.literalAnchorLabels);
  ave.read("anchor_offset", task.ave.anchorOffset);
  ave.read("anchor_std", task.ave.anchorStd);
  ave.rejectUnknownKeys();
  JsonObjectReader rad = reader.child("rad");
  rad.read("r_min", task.rad.rMin);
  rad.read("r_max", task.rad.rMax);
  rad.rejectUnknownKeys();
  reader.rejectUnknownKeys();
}

void readLearners(JsonObjectReader reader, LearnersConfig& learners) {
  JsonObjectReader icl = reader.child("icl");
  icl.read("enabled", learners.icl.enabled);
  icl.read("lr", learners.icl.lr);
  icl.read("depth", learners.icl.depth);
  icl.read("ff_mult", learners.icl.ffMult);
  icl.read("prefix_chunk", learners.icl.prefixChunk);
  icl.read("kernel", learners.icl.kernel);
  icl.rejectUnknownKeys();

  JsonObjectReader match = reader.child("matchnet");
  match.read("enabled", learners.matchNet.enabled);
  match.read("lr", learners.matchNet.lr);
  std::string similarity = learners.matchNet.similarity == Similarity::Dot ? "dot" : "cosine";
  match.read("similarity", similarity);
  if (similarity != "dot" && similarity != "cosine") {
    throw ConfigError(match.pathOf("similarity") + " = \"" + similarity +
                      "\": expected \"dot\" or \"cosine\"");
  }
  learners.matchNet.similarity = similarity == "dot" ? Similarity::Dot : Similarity::Cosine;
  match.rejectUnknownKeys();

  JsonObjectReader proto = reader.child("protonet");
  proto.read("enabled", learners.protoNet.enabled);
  proto.read("lr", learners.protoNet.lr);
  proto.read("embed_query", learners.protoNet.embedQuery);
  proto.rejectUnknownKeys();

  JsonObjectReader cnp = reader.child("cnp");
  cnp.read("enabled", learners.cnp.enabled);
  cnp.read("lr", learners.cnp.lr);
  cnp.read("hidden", learners.cnp.hidden);
  cnp.rejectUnknownKeys();

  reader.rejectUnknownKeys();
}

void readTrain(JsonObjectReader reader, TrainConfig& train) {
  reader.read("steps", train.steps);
  reader.read("batch_size", train.batchSize);
  reader.read("start", train.start);
  reader.read("loss_divisor", train.lossDivisor);
  reader.read("eval_every", train.evalEvery);
  reader.rejectUnknownKeys();
}

void readEval(JsonObjectReader reader, EvalConfig& eval) {
  reader.read("tasks_per_family", eval.tasksPerFamily);
  reader.read("N", eval.length);
  if (reader.has("families")) {
    const json& list = reader.raw("families");
    const std::string path = reader.pathOf("families");
    if (!list.is_array()) {
      throw ConfigError(path + " = " + describeJsonValue(list) +
                        ": expected a list of family names");
    }
    eval.families.clear();
    for (std::size_t i = 0; i < list.size(); ++i) {
      const auto family = list[i].is_string() ? parseFamily(list[i].get<std::string>())
                                              : std::nullopt;
      if (!family) {
        throw ConfigError(path + "[" + std::to_string(i) + "] = " + describeJsonValue(list[i]) +
                          ": expected one of sim, proto, ave, rad, mix");
      }
      eval.families.push_back(*family);
    }
  }
  reader.rejectUnknownKeys();
}

std::vector<int64_t> readIntList(JsonObjectReader& reader, const char* key,
                                 std::vector<int64_t> fallback) {
  if (!reader.has(key)) {
    return fallback;
  }
  const json& list = reader.raw(key);
  const std::string path = reader.pathOf(key);
  if (!list.is_array()) {
    throw ConfigError(path + " = " + describeJsonValue(list) + ": expected a list of integers");
  }
  std::vector<int64_t> values;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_number_integer()) {
      throw ConfigError(path + "[" + std::to_string(i) + "] = " + describeJsonValue(list[i]) +
                        ": expected an integer");
    }
    values.push_back(list[i].get<int64_t>());
  }
  return values;
}

void readGptModel(JsonObjectReader reader, GptModelConfig& model) {
  reader.read("size", model.size);
  const bool custom = model.size == "custom";
  if (!custom && !model.resolveSize()) {
    throw ConfigError(reader.pathOf("size") + " = \"" + model.size +
                      "\": expected \"tiny\", \"small\", \"standard\" or \"custom\"");
  }
  // Explicit numbers only count for "custom"; for a named size they must match it.
  const GptModelConfig named = model;
  reader.read("n_embd", model.embd);
  reader.read("n_layer", model.layers);
  reader.read("n_head", model.heads);
  if (!custom && (model.embd != named.embd || model.layers != named.layers ||
                  model.heads != named.heads)) {
    throw ConfigError(reader.pathOf("size") + " = \"" + model.size + "\": n_embd/n_layer/n_head " +
                      "differ from that size; set size to \"custom\" to choose them");
  }
  reader.rejectUnknownKeys();
}

void readCounter(JsonObjectReader reader, CurriculumCounterConfig& counter) {
  reader.read("start", counter.start);
  reader.read("end", counter.end);
  reader.read("inc", counter.inc);
  reader.read("interval", counter.interval);
  reader.rejectUnknownKeys();
}

void readRegression(JsonObjectReader reader, RegressionConfig& regression) {
  reader.read("n_dims", regression.nDims);
  reader.read("n_positions", regression.nPositions);
  readGptModel(reader.child("model"), regression.model);
  reader.read("lr", regression.lr);
  reader.read("batch_size", regression.batchSize);
  reader.read("steps", regression.steps);
  if (reader.has("arms")) {
    const json& list = reader.raw("arms");
    const std::string path = reader.pathOf("arms");
    if (!list.is_array()) {
      throw ConfigError(path + " = " + describeJsonValue(list) +
                        ": expected a list of \"curriculum\" and/or \"plain\"");
    }
    regression.arms.clear();
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string arm = list[i].is_string() ? list[i].get<std::string>() : "";
      if ((arm != "curriculum" && arm != "plain") ||
          std::find(regression.arms.begin(), regression.arms.end(), arm) !=
              regression.arms.end()) {
        throw ConfigError(path + "[" + std::to_string(i) + "] = " + describeJsonValue(list[i]) +
                          ": expected \"curriculum\" or \"plain\", each at most once");
      }
      regression.arms.push_back(arm);
    }
  }
  JsonObjectReader curriculum = reader.child("curriculum");
  readCounter(curriculum.child("dims"), regression.curriculum.dims);
  readCounter(curriculum.child("points"), regression.curriculum.points);
  curriculum.rejectUnknownKeys();
  JsonObjectReader eval = reader.child("eval");
  eval.read("prompts", regression.evalPrompts);
  eval.read("points", regression.evalPoints);
  regression.checkpoints = readIntList(eval, "checkpoints", regression.checkpoints);
  eval.read("at_stage_boundaries", regression.evalAtBoundaries);
  eval.read("bootstrap", regression.bootstrap);
  eval.read("baselines", regression.baselines);
  eval.rejectUnknownKeys();
  reader.rejectUnknownKeys();
}

void readMetaMeta(JsonObjectReader reader, MetaMetaConfig& meta) {
  reader.read("n_dims", meta.nDims);
  reader.read("n_positions", meta.nPositions);
  readGptModel(reader.child("model"), meta.model);
  reader.read("support_prompts", meta.supportPrompts);
  reader.read("query_prompts", meta.queryPrompts);
  reader.read("inner_steps", meta.innerSteps);
  reader.read("inner_lr", meta.innerLr);
  reader.read("second_order", meta.secondOrder);
  reader.read("meta_lr", meta.metaLr);
  reader.read("meta_steps", meta.metaSteps);
  reader.read("y_scale", meta.yScale);
  reader.read("conventional_lr", meta.conventionalLr);
  reader.read("max_inner_grad_norm", meta.maxInnerGradNorm);
  JsonObjectReader eval = reader.child("eval");
  eval.read("domains", meta.testDomains);
  eval.read("query_prompts", meta.testQueryPrompts);
  meta.supportSizes = readIntList(eval, "support_sizes", meta.supportSizes);
  eval.read("adapt_steps_meta", meta.adaptStepsMeta);
  eval.read("adapt_steps_conventional", meta.adaptStepsConventional);
  eval.read("adapt_lr", meta.adaptLr);
  eval.read("adapt_batch", meta.adaptBatch);
  eval.read("y_scale", meta.testYScale);
  eval.read("bootstrap", meta.bootstrap);
  eval.read("every", meta.evalEvery);
  eval.rejectUnknownKeys();
  reader.rejectUnknownKeys();
}

constexpr int64_t kMaxDimension = 1'000;
constexpr int64_t kMaxClasses = 1'000;
constexpr int64_t kMaxSequenceLength = 100'000;
constexpr int64_t kMaxBatchSize = 10'000'000;
constexpr int64_t kMaxTestTasks = 10'000'000;

// Range checks throw with the key path; validate() turns the first into a Status.
class RangeCheck {
 public:
  template <typename T>
  void atLeast(const std::string& path, T value, T minimum) {
    if (value < minimum) {
      fail(path, value, "expected a value >= " + str(minimum));
    }
  }
  template <typename T>
  void atMost(const std::string& path, T value, T maximum) {
    if (value > maximum) {
      fail(path, value, "expected a value <= " + str(maximum));
    }
  }
  void positive(const std::string& path, double value) {
    if (!(value > 0.0) || !std::isfinite(value)) {
      fail(path, value, "expected a finite number > 0");
    }
  }
  void nonNegative(const std::string& path, double value) {
    if (!(value >= 0.0) || !std::isfinite(value)) {
      fail(path, value, "expected a finite number >= 0");
    }
  }
  template <typename T>
  static std::string str(T value) {
    std::ostringstream out;
    out << value;
    return out.str();
  }
  template <typename T>
  [[noreturn]] static void fail(const std::string& path, T value, const std::string& expected) {
    throw ConfigError(path + " = " + str(value) + ": " + expected);
  }
};

void validateModel(const std::string& path, const GptModelConfig& model) {
  RangeCheck check;
  check.atLeast<int64_t>(path + ".n_embd", model.embd, 1);
  check.atLeast<int64_t>(path + ".n_layer", model.layers, 1);
  check.atLeast<int64_t>(path + ".n_head", model.heads, 1);
  if (model.embd % model.heads != 0) {
    RangeCheck::fail(path + ".n_head", model.heads,
                     "expected a divisor of n_embd = " + RangeCheck::str(model.embd));
  }
}

void validateCounter(const std::string& path, const CurriculumCounterConfig& counter,
                     int64_t minimum, int64_t maximum, const std::string& maximumKey) {
  RangeCheck check;
  check.atLeast<int64_t>(path + ".start", counter.start, minimum);
  if (counter.end < counter.start) {
    RangeCheck::fail(path + ".end", counter.end,
                     "expected a value >= " + path + ".start = " + RangeCheck::str(counter.start));
  }
  if (counter.end > maximum) {
    RangeCheck::fail(path + ".end", counter.end,
                     "expected at most " + maximumKey + " = " + RangeCheck::str(maximum));
  }
  check.atLeast<int64_t>(path + ".inc", counter.inc, 0);
  check.atLeast<int64_t>(path + ".interval", counter.interval, 1);
}

void validateRegression(const RegressionConfig& r) {
  RangeCheck check;
  check.atLeast<int64_t>("regression.n_dims", r.nDims, 1);
  check.atLeast<int64_t>("regression.n_positions", r.nPositions, 1);
  validateModel("regression.model", r.model);
  check.positive("regression.lr", r.lr);
  check.atLeast<int64_t>("regression.batch_size", r.batchSize, 1);
  check.atLeast<int64_t>("regression.steps", r.steps, 1);
  if (r.arms.empty()) {
    RangeCheck::fail("regression.arms", "[]", "expected \"curriculum\" and/or \"plain\"");
  }
  validateCounter("regression.curriculum.dims", r.curriculum.dims, 1, r.nDims,
                  "regression.n_dims");
  validateCounter("regression.curriculum.points", r.curriculum.points, 1, r.nPositions,
                  "regression.n_positions");
  check.atLeast<int64_t>("regression.eval.prompts", r.evalPrompts, 1);
  check.atLeast<int64_t>("regression.eval.points", r.evalPoints, 0);
  if (r.evalPoints > r.nPositions) {
    RangeCheck::fail("regression.eval.points", r.evalPoints,
                     "expected at most regression.n_positions = " + RangeCheck::str(r.nPositions));
  }
  for (std::size_t i = 0; i < r.checkpoints.size(); ++i) {
    const std::string path = "regression.eval.checkpoints[" + std::to_string(i) + "]";
    check.atLeast<int64_t>(path, r.checkpoints[i], 1);
    if (r.checkpoints[i] > r.steps) {
      RangeCheck::fail(path, r.checkpoints[i],
                       "expected at most regression.steps = " + RangeCheck::str(r.steps));
    }
  }
  check.atLeast<int64_t>("regression.eval.bootstrap", r.bootstrap, 1);
}

void validateMetaMeta(const MetaMetaConfig& m) {
  RangeCheck check;
  check.atLeast<int64_t>("meta_meta.n_dims", m.nDims, 1);
  check.atLeast<int64_t>("meta_meta.n_positions", m.nPositions, 1);
  validateModel("meta_meta.model", m.model);
  check.atLeast<int64_t>("meta_meta.support_prompts", m.supportPrompts, 1);
  check.atLeast<int64_t>("meta_meta.query_prompts", m.queryPrompts, 1);
  check.atLeast<int64_t>("meta_meta.inner_steps", m.innerSteps, 0);
  check.positive("meta_meta.inner_lr", m.innerLr);
  check.positive("meta_meta.meta_lr", m.metaLr);
  check.atLeast<int64_t>("meta_meta.meta_steps", m.metaSteps, 1);
  check.positive("meta_meta.y_scale", m.yScale);
  check.positive("meta_meta.conventional_lr", m.conventionalLr);
  check.positive("meta_meta.max_inner_grad_norm", m.maxInnerGradNorm);
  check.atLeast<int64_t>("meta_meta.eval.domains", m.testDomains, 1);
  check.atLeast<int64_t>("meta_meta.eval.query_prompts", m.testQueryPrompts, 1);
  if (m.supportSizes.empty()) {
    RangeCheck::fail("meta_meta.eval.support_sizes", "[]", "expected at least one support size");
  }
  for (std::size_t i = 0; i < m.supportSizes.size(); ++i) {
    check.atLeast<int64_t>("meta_meta.eval.support_sizes[" + std::to_string(i) + "]",
                           m.supportSizes[i], 1);
  }
  check.atLeast<int64_t>("meta_meta.eval.adapt_steps_meta", m.adaptStepsMeta, 0);
  check.atLeast<int64_t>("meta_meta.eval.adapt_steps_conventional", m.adaptStepsConventional, 0);
  check.positive("meta_meta.eval.adapt_lr", m.adaptLr);
  check.atLeast<int64_t>("meta_meta.eval.adapt_batch", m.adaptBatch, 1);
  check.positive("meta_meta.eval.y_scale", m.testYScale);
  check.atLeast<int64_t>("meta_meta.eval.bootstrap", m.bootstrap, 1);
  check.atLeast<int64_t>("meta_meta.eval.every", m.evalEvery, 0);
}

}  // namespace

std::string experimentName(Experiment experiment) {
  switch (experiment) {
    case Experiment::Classification: return "classification";
    case Experiment::Regression: return "regression";
    case Experiment::MetaMeta: return "meta_meta";
  }
  return "?";
}

bool GptModelConfig::resolveSize() {
  // GARG conf/models: tiny 64/3/2, small 128/6/4, standard 256/12/8.
  if (size == "tiny") {
    embd = 64, layers = 3, heads = 2;
  } else if (size == "small") {
    embd = 128, layers = 6, heads = 4;
  } else if (size == "standard") {
    embd = 256, layers = 12, heads = 8;
  } else {
    return size == "custom";
  }
  return true;
}

bool LearnersConfig::enabled(LearnerKind kind) const {
  switch (kind) {
    case LearnerKind::Icl: return icl.enabled;
    case LearnerKind::MatchNet: return matchNet.enabled;
    case LearnerKind::ProtoNet: return protoNet.enabled;
    case LearnerKind::Cnp: return cnp.enabled;
  }
  return false;
}

double LearnersConfig::lr(LearnerKind kind) const {
  switch (kind) {
    case LearnerKind::Icl: return icl.lr;
    case LearnerKind::MatchNet: return matchNet.lr;
    case LearnerKind::ProtoNet: return protoNet.lr;
    case LearnerKind::Cnp: return cnp.lr;
  }
  return 0.0;
}

std::vector<LearnerKind> LearnersConfig::enabledLearners() const {
  std::vector<LearnerKind> kinds;
  for (LearnerKind kind : allLearners()) {
    if (enabled(kind)) {
      kinds.push_back(kind);
    }
  }
  return kinds;
}

Result<RunConfig> RunConfig::fromJson(const json& root, const std::string& source) {
  RunConfig config;
  try {
    JsonObjectReader reader(root, "");
    int64_t schemaVersion = kSchemaVersion;
    reader.read("schemaVersion", schemaVersion);
    if (schemaVersion != kSchemaVersion) {
      throw ConfigError("schemaVersion = " + std::to_string(schemaVersion) + ": expected " +
                        std::to_string(kSchemaVersion) + " (this build reads only that version)");
    }
    reader.read("name", config.name);
    reader.read("description", config.description);
    std::string experiment = experimentName(config.experiment);
    reader.read("experiment", experiment);
    if (experiment == "classification") {
      config.experiment = Experiment::Classification;
    } else if (experiment == "regression") {
      config.experiment = Experiment::Regression;
    } else if (experiment == "meta_meta") {
      config.experiment = Experiment::MetaMeta;
    } else {
      throw ConfigError("experiment = \"" + experiment +
                        "\": expected \"classification\", \"regression\" or \"meta_meta\"");
    }
    reader.read("seed", config.seed);
    reader.read("device", config.device);
    reader.read("threads", config.threads);
    readTask(reader.child("task"), config.task);
    readLearners(reader.child("learners"), config.learners);
    readTrain(reader.child("train"), config.train);
    readEval(reader.child("eval"), config.eval);
    readRegression(reader.child("regression"), config.regression);
    readMetaMeta(reader.child("meta_meta"), config.metaMeta);
    // Written by the run store for the record; not an input.
    reader.ignore("provenance");
    reader.rejectUnknownKeys();
  } catch (const ConfigError& error) {
    return Result<RunConfig>::failure(source + ": " + error.what());
  }
  const Status valid = config.validate();
  if (!valid) {
    return Result<RunConfig>::failure(source + ": " + valid.error());
  }
  config.resolveDefaults();
  return Result<RunConfig>::success(std::move(config));
}

Result<RunConfig> RunConfig::fromJsonText(const std::string& text, const std::string& source) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::exception& error) {
    // parse_error, or out_of_range for a number beyond double (1e400); nlohmann's message
    // already says where.
    return Result<RunConfig>::failure(source + ": not valid JSON: " + error.what());
  }
  return fromJson(root, source);
}

Result<RunConfig> RunConfig::fromFile(const std::filesystem::path& path) {
  const Result<std::string> text = readWholeFile(path);
  if (!text) {
    return Result<RunConfig>::failure(text.error());
  }
  return fromJsonText(text.value(), path.string());
}

Status RunConfig::validate() const {
  try {
    RangeCheck check;
    if (device != "auto" && device != "cpu" && device != "cuda") {
      RangeCheck::fail("device", "\"" + device + "\"", "expected \"auto\", \"cpu\" or \"cuda\"");
    }
    check.atLeast<int64_t>("threads", threads, 0);
    check.atLeast<int64_t>("task.d", task.d, 1);
    check.atLeast<int64_t>("task.C", task.classes, 2);
    check.atLeast<int64_t>("task.N", task.length, 1);
    // Upper bounds keep every tensor size (batch x N x N x width) far inside int64; whether
    // a run fits this machine's memory is checked before it starts (memory_estimate.h).
    check.atMost<int64_t>("task.d", task.d, kMaxDimension);
    check.atMost<int64_t>("task.C", task.classes, kMaxClasses);
    check.atMost<int64_t>("task.N", task.length, kMaxSequenceLength);
    check.positive("task.sigma", task.sigma);
    check.positive("task.norm_p", task.normP);
    double weightSum = 0.0;
    for (const auto& [family, weight] : task.mixture) {
      check.nonNegative("task.mixture." + familyName(family), weight);
      weightSum += weight;
    }
    if (task.trainFamily == TaskFamily::Mix && !(weightSum > 0.0)) {
      RangeCheck::fail("task.mixture", "all zero", "expected at least one weight > 0");
    }
    check.atLeast<int64_t>("task.sim.nc_train", task.sim.ncTrain, 1);
    check.atLeast<int64_t>("task.sim.nc_test", task.sim.ncTest, 1);
    check.nonNegative("task.ave.anchor_offset", task.ave.anchorOffset);
    check.nonNegative("task.ave.anchor_std", task.ave.anchorStd);
    check.positive("task.rad.r_min", task.rad.rMin);
    if (task.rad.rMax < task.rad.rMin) {
      RangeCheck::fail("task.rad.r_max", task.rad.rMax,
                       "expected a value >= task.rad.r_min = " + RangeCheck::str(task.rad.rMin));
    }
    // Anchor versions put one example per class (or two for ave) first.
    const int64_t anchorPositions = task.classes;
    const int64_t shortest = std::min(task.length, eval.length);
    if ((task.proto.anchorsTrain || task.proto.anchorsTest || task.ave.anchorsTrain ||
         task.ave.anchorsTest) &&
        shortest < anchorPositions) {
      RangeCheck::fail("task.N", shortest,
                       "expected N >= C when anchors are on (anchors fill the first C positions)");
    }
    if (learners.enabledLearners().empty()) {
      RangeCheck::fail("learners", "all disabled", "expected at least one learner enabled");
    }
    check.positive("learners.icl.lr", learners.icl.lr);
    check.atLeast<int64_t>("learners.icl.depth", learners.icl.depth, 1);
    check.atLeast<int64_t>("learners.icl.ff_mult", learners.icl.ffMult, 1);
    check.atLeast<int64_t>("learners.icl.prefix_chunk", learners.icl.prefixChunk, 0);
    if (learners.icl.kernel != "auto" && learners.icl.kernel != "fused" &&
        learners.icl.kernel != "torch") {
      RangeCheck::fail("learners.icl.kernel", "\"" + learners.icl.kernel + "\"",
                       "expected \"auto\", \"fused\" or \"torch\"");
    }
    check.positive("learners.matchnet.lr", learners.matchNet.lr);
    check.positive("learners.protonet.lr", learners.protoNet.lr);
    check.positive("learners.cnp.lr", learners.cnp.lr);
    check.atLeast<int64_t>("learners.cnp.hidden", learners.cnp.hidden, 0);
    check.atLeast<int64_t>("train.steps", train.steps, 1);
    check.atLeast<int64_t>("train.batch_size", train.batchSize, 1);
    check.atMost<int64_t>("train.batch_size", train.batchSize, kMaxBatchSize);
    check.atLeast<int64_t>("train.start", train.start, 0);
    if (train.start >= task.length) {
      RangeCheck::fail("train.start", train.start,
                       "expected a position < task.N = " + RangeCheck::str(task.length));
    }
    check.nonNegative("train.loss_divisor", train.lossDivisor);
    check.atLeast<int64_t>("train.eval_every", train.evalEvery, 1);
    check.atLeast<int64_t>("eval.tasks_per_family", eval.tasksPerFamily, 1);
    check.atMost<int64_t>("eval.tasks_per_family", eval.tasksPerFamily, kMaxTestTasks);
    check.atLeast<int64_t>("eval.N", eval.length, 1);
    check.atMost<int64_t>("eval.N", eval.length, kMaxSequenceLength);
    if (eval.families.empty()) {
      RangeCheck::fail("eval.families", "[]", "expected at least one test family");
    }
    if (experiment == Experiment::Regression) {
      validateRegression(regression);
    }
    if (experiment == Experiment::MetaMeta) {
      validateMetaMeta(metaMeta);
    }
  } catch (const ConfigError& error) {
    return Status::failure(error.what());
  }
  return Status::success();
}

void RunConfig::resolveDefaults() {
  if (learners.cnp.hidden == 0) {
    learners.cnp.hidden = task.tokenWidth();
  }
}

json RunConfig::toJson() const {
  json mixture = json::object();
  for (const auto& [family, weight] : task.mixture) {
    mixture[familyName(family)] = weight;
  }
  json families = json::array();
  for (TaskFamily family : eval.families) {
    families.push_back(familyName(family));
  }
  json root{
      {"schemaVersion", kSchemaVersion},
      {"name", name},
      {"description", description},
      {"seed", seed},
      {"device", device},
      {"threads", threads},
      {"task",
       {{"d", task.d},
        {"C", task.classes},
        {"N", task.length},
        {"sigma", task.sigma},
        {"norm_p", task.normP},
        {"train_family", familyName(task.trainFamily)},
        {"mixture", mixture},
        {"sim", {{"nc_train", task.sim.ncTrain}, {"nc_test", task.sim.ncTest}}},
        {"proto",
         {{"anchors_train", task.proto.anchorsTrain}, {"anchors_test", task.proto.anchorsTest}}},
        {"ave",
         {{"anchors_train", task.ave.anchorsTrain},
          {"anchors_test", task.ave.anchorsTest},
          {"literal_anchor_labels", task.ave.literalAnchorLabels},
          {"anchor_offset", task.ave.anchorOffset},
          {"anchor_std", task.ave.anchorStd}}},
        {"rad", {{"r_min", task.rad.rMin}, {"r_max", task.rad.rMax}}}}},
      {"learners",
       {{"icl",
         {{"enabled", learners.icl.enabled},
          {"lr", learners.icl.lr},
          {"depth", learners.icl.depth},
          {"ff_mult", learners.icl.ffMult},
          {"prefix_chunk", learners.icl.prefixChunk},
          {"kernel", learners.icl.kernel}}},
        {"matchnet",
         {{"enabled", learners.matchNet.enabled},
          {"lr", learners.matchNet.lr},
          {"similarity", learners.matchNet.similarity == Similarity::Dot ? "dot" : "cosine"}}},
        {"protonet",
         {{"enabled", learners.protoNet.enabled},
          {"lr", learners.protoNet.lr},
          {"embed_query", learners.protoNet.embedQuery}}},
        {"cnp",
         {{"enabled", learners.cnp.enabled},
          {"lr", learners.cnp.lr},
          {"hidden", learners.cnp.hidden}}}}},
      {"train",
       {{"steps", train.steps},
        {"batch_size", train.batchSize},
        {"start", train.start},
        {"loss_divisor", train.lossDivisor},
        {"eval_every", train.evalEvery}}},
      {"eval",
       {{"tasks_per_family", eval.tasksPerFamily}, {"N", eval.length}, {"families", families}}}};
  root["experiment"] = experimentName(experiment);
  // Only the active experiment's section is written, so classification configs stay as before.
  auto modelJson = [](const GptModelConfig& model) {
    return json{{"size", model.size},
                {"n_embd", model.embd},
                {"n_layer", model.layers},
                {"n_head", model.heads}};
  };
  auto counterJson = [](const CurriculumCounterConfig& c) {
    return json{{"start", c.start}, {"end", c.end}, {"inc", c.inc}, {"interval", c.interval}};
  };
  if (experiment == Experiment::Regression) {
    const RegressionConfig& r = regression;
    root["regression"] = {
        {"n_dims", r.nDims},
        {"n_positions", r.nPositions},
        {"model", modelJson(r.model)},
        {"lr", r.lr},
        {"batch_size", r.batchSize},
        {"steps", r.steps},
        {"arms", r.arms},
        {"curriculum",
         {{"dims", counterJson(r.curriculum.dims)}, {"points", counterJson(r.curriculum.points)}}},
        {"eval",
         {{"prompts", r.evalPrompts},
          {"points", r.evalPoints},
          {"checkpoints", r.checkpoints},
          {"at_stage_boundaries", r.evalAtBoundaries},
          {"bootstrap", r.bootstrap},
          {"baselines", r.baselines}}}};
  }
  if (experiment == Experiment::MetaMeta) {
    const MetaMetaConfig& m = metaMeta;
    root["meta_meta"] = {{"n_dims", m.nDims},
                         {"n_positions", m.nPositions},
                         {"model", modelJson(m.model)},
                         {"support_prompts", m.supportPrompts},
                         {"query_prompts", m.queryPrompts},
                         {"inner_steps", m.innerSteps},
                         {"inner_lr", m.innerLr},
                         {"second_order", m.secondOrder},
                         {"meta_lr", m.metaLr},
                         {"meta_steps", m.metaSteps},
                         {"y_scale", m.yScale},
                         {"conventional_lr", m.conventionalLr},
                         {"max_inner_grad_norm", m.maxInnerGradNorm},
                         {"eval",
                          {{"domains", m.testDomains},
                           {"query_prompts", m.testQueryPrompts},
                           {"support_sizes", m.supportSizes},
                           {"adapt_steps_meta", m.adaptStepsMeta},
                           {"adapt_steps_conventional", m.adaptStepsConventional},
                           {"adapt_lr", m.adaptLr},
                           {"adapt_batch", m.adaptBatch},
                           {"y_scale", m.testYScale},
                           {"bootstrap", m.bootstrap},
                           {"every", m.evalEvery}}}};
  }
  return root;
}

std::string RunConfig::toJsonText() const { return toJson().dump(2) + "\n"; }

}  // namespace icl::core
