// RunConfig::validate: each field checks its own range (config_fields.h); the rules that tie
// several keys together are written out here.
#include <algorithm>
#include <sstream>

#include "core/config/config_fields.h"
#include "core/config/json_reader.h"
#include "core/config/run_config.h"

namespace icl::core {
namespace {

template <typename T>
[[noreturn]] void fail(const std::string& path, const T& value, const std::string& expected) {
  std::ostringstream message;
  message << path << " = " << value << ": " << expected;
  throw ConfigError(message.str());
}

void checkAtMost(const std::string& path, int64_t value, const std::string& limitKey,
                 int64_t limit) {
  if (value > limit) {
    fail(path, value, "expected at most " + limitKey + " = " + std::to_string(limit));
  }
}

void checkModel(const std::string& path, const GptModelConfig& model) {
  if (model.embd % model.heads != 0) {
    fail(path + ".n_head", model.heads,
         "expected a divisor of n_embd = " + std::to_string(model.embd));
  }
}

void checkCounter(const std::string& path, const CurriculumCounterConfig& counter,
                  const std::string& limitKey, int64_t limit) {
  if (counter.end < counter.start) {
    fail(path + ".end", counter.end,
         "expected a value >= " + path + ".start = " + std::to_string(counter.start));
  }
  checkAtMost(path + ".end", counter.end, limitKey, limit);
}

void checkRegression(const RegressionConfig& r) {
  checkModel("regression.model", r.model);
  checkCounter("regression.curriculum.dims", r.curriculum.dims, "regression.n_dims", r.nDims);
  checkCounter("regression.curriculum.points", r.curriculum.points, "regression.n_positions",
               r.nPositions);
  checkAtMost("regression.eval.points", r.evalPoints, "regression.n_positions", r.nPositions);
  for (std::size_t i = 0; i < r.checkpoints.size(); ++i) {
    checkAtMost("regression.eval.checkpoints[" + std::to_string(i) + "]", r.checkpoints[i],
                "regression.steps", r.steps);
  }
}

void checkClassification(const RunConfig& config) {
  const TaskConfig& task = config.task;
  double weightSum = 0.0;
  for (const auto& [family, weight] : task.mixture) {
    weightSum += weight;
  }
  if (task.trainFamily == TaskFamily::Mix && !(weightSum > 0.0)) {
    fail("task.mixture", "all zero", "expected at least one weight > 0");
  }
  if (task.rad.rMax < task.rad.rMin) {
    std::ostringstream rMin;
    rMin << task.rad.rMin;
    fail("task.rad.r_max", task.rad.rMax, "expected a value >= task.rad.r_min = " + rMin.str());
  }
  // Anchor versions put one example per class (or two for ave) first.
  const int64_t anchorPositions = task.classes;
  const int64_t shortest = std::min(task.length, config.eval.length);
  if ((task.proto.anchorsTrain || task.proto.anchorsTest || task.ave.anchorsTrain ||
       task.ave.anchorsTest) &&
      shortest < anchorPositions) {
    fail("task.N", shortest,
         "expected N >= C when anchors are on (anchors fill the first C positions)");
  }
  if (config.learners.enabledLearners().empty()) {
    fail("learners", "all disabled", "expected at least one learner enabled");
  }
  if (config.train.start >= task.length) {
    fail("train.start", config.train.start,
         "expected a position < task.N = " + std::to_string(task.length));
  }
}

}  // namespace

Status RunConfig::validate() const {
  try {
    for (const ConfigField& field : configFields()) {
      if (field.appliesTo(experiment)) {
        field.check(*this);
      }
    }
    checkClassification(*this);
    if (experiment == Experiment::Regression) {
      checkRegression(regression);
    }
    if (experiment == Experiment::MetaMeta) {
      checkModel("meta_meta.model", metaMeta.model);
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

}  // namespace icl::core
