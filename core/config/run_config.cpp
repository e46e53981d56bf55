#include "core/config/run_config.h"

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

// Range checks throw with the key path; validate() turns the first into a Status.
class RangeCheck {
 public:
  template <typename T>
  void atLeast(const std::string& path, T value, T minimum) {
    if (value < minimum) {
      fail(path, value, "expected a value >= " + str(minimum));
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

}  // namespace

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
    reader.read("seed", config.seed);
    reader.read("device", config.device);
    reader.read("threads", config.threads);
    readTask(reader.child("task"), config.task);
    readLearners(reader.child("learners"), config.learners);
    readTrain(reader.child("train"), config.train);
    readEval(reader.child("eval"), config.eval);
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
  } catch (const json::parse_error& error) {
    // nlohmann's message already says "at line L, column C".
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
    check.atLeast<int64_t>("train.start", train.start, 0);
    if (train.start >= task.length) {
      RangeCheck::fail("train.start", train.start,
                       "expected a position < task.N = " + RangeCheck::str(task.length));
    }
    check.nonNegative("train.loss_divisor", train.lossDivisor);
    check.atLeast<int64_t>("train.eval_every", train.evalEvery, 1);
    check.atLeast<int64_t>("eval.tasks_per_family", eval.tasksPerFamily, 1);
    check.atLeast<int64_t>("eval.N", eval.length, 1);
    if (eval.families.empty()) {
      RangeCheck::fail("eval.families", "[]", "expected at least one test family");
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
  return json{
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
}

std::string RunConfig::toJsonText() const { return toJson().dump(2) + "\n"; }

}  // namespace icl::core
