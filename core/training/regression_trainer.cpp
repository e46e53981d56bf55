#include "core/training/regression_trainer.h"

#include <torch/torch.h>

#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "core/evaluation/evaluator.h"
#include "core/evaluation/regression_metrics.h"
#include "core/models/gpt_regression.h"
#include "core/tasks/regression_sampler.h"
#include "core/training/curriculum.h"
#include "core/training/memory_estimate.h"
#include "core/training/run_state.h"
#include "core/training/run_support.h"
#include "core/util/test_hooks.h"

namespace icl::core {

namespace {

// Seed offsets beyond SeedStreams (style guide §8).
constexpr uint64_t kRegressionTestPrompts = SeedStreams::kTestTasks + 100;
constexpr uint64_t kRegressionInit = SeedStreams::kLearnerInit + 100;
constexpr uint64_t kBootstrap = 3000;  // + step
constexpr const char* kTrainFamily = "linear_regression";
constexpr const char* kTestFamily = "standard";  // GARG's name for the plain prompting

struct Arm {
  std::string name;
  GptRegression model{nullptr};
  std::unique_ptr<torch::optim::Adam> optimizer;
  std::unique_ptr<RegressionSampler> sampler;
  std::vector<CurriculumStage> stages;
  std::size_t stage = 0;
  LearnerOutcome outcome;
  bool diverged = false;
};

class RegressionRun {
 public:
  RegressionRun(const RunConfig& config, const TrainOptions& options,
                const ProgressCallback& onProgress, const RunControl& control,
                const ResumePoint* resume)
      : resume_(resume),
        config_(config),
        r_(config_.regression),
        options_(options),
        control_(control),
        reporter_(onProgress, options.progressInterval, config.regression.steps) {}

  RunResult run();

 private:
  Status prepare();
  Status restoreState();
  void saveState(int64_t step);
  std::vector<TrainableRef> trainables();
  std::vector<GeneratorRef> generators();
  void check(const Status& status) const {
    if (!status) {
      throw std::runtime_error(status.error());
    }
  }
  void trainStep(int64_t step);
  void evaluate(int64_t step, bool baselines);
  void updateStages(int64_t step);
  void fillStageProgress(int64_t step);
  bool anyActive() const {
    for (const Arm& arm : arms_) {
      if (!arm.diverged) {
        return true;
      }
    }
    return false;
  }

  const ResumePoint* resume_;  // null for a new run
  RunConfig config_;
  const RegressionConfig& r_;
  TrainOptions options_;
  const RunControl& control_;
  detail::ProgressReporter reporter_;
  torch::Device device_ = torch::kCPU;
  std::unique_ptr<RunWriter> writer_;
  std::vector<Arm> arms_;
  RegressionPrompts test_;
  std::vector<EvalRecord> baselineRecords_;  // step 0; restamped at the final step
  std::set<int64_t> evalSteps_;
  std::set<int64_t> checkpointSteps_;
  std::set<int64_t> boundaries_;
  RunResult result_;
};

Status RegressionRun::prepare() {
  Result<std::unique_ptr<RunWriter>> writer =
      resume_ != nullptr ? detail::reopenRunFolder(config_, options_, resume_->step)
                         : detail::openRunFolder(config_, options_);
  if (!writer) {
    return Status::failure(writer.error());
  }
  writer_ = std::move(writer).value();
  device_ = torch::Device(config_.device);
  result_.device = config_.device;
  result_.threads = config_.threads;
  result_.runDir = writer_->dir();
  const Status stagesOpened = writer_->openStages();
  if (!stagesOpened) {
    return stagesOpened;
  }

  const auto modelOptions = GptRegressionOptions::from(r_.model, r_.nDims, r_.nPositions);
  std::vector<StageRecord> firstStages;
  for (std::size_t index = 0; index < r_.arms.size(); ++index) {
    Arm arm;
    arm.name = regressionLearnerName(r_.arms[index]);
    // Every arm starts from the same weights: only the data schedule differs.
    torch::manual_seed(config_.seed + kRegressionInit);
    arm.model = GptRegression(modelOptions);
    arm.model->to(device_);
    arm.optimizer = std::make_unique<torch::optim::Adam>(arm.model->parameters(),
                                                         torch::optim::AdamOptions(r_.lr));
    arm.sampler =
        std::make_unique<RegressionSampler>(r_.nDims, config_.seed + SeedStreams::kTrainTasks + index);
    arm.stages = curriculumStages(armCurriculum(r_, r_.arms[index]), r_.steps);
    for (std::size_t s = 0; s + 1 < arm.stages.size(); ++s) {
      boundaries_.insert(arm.stages[s].lastStep);
    }
    arm.outcome.learner = arm.name;
    arm.outcome.parameters = arm.model->parameterCount();
    firstStages.push_back({0, arm.name, arm.stages[0].dims, arm.stages[0].points});
    arms_.push_back(std::move(arm));
  }
  const bool resuming = resume_ != nullptr && resume_->step >= 0;
  if (!resuming) {
    const Status appended = writer_->appendStages(firstStages);
    if (!appended) {
      return appended;
    }
  }

  const int64_t evalPoints = r_.evalPoints > 0 ? r_.evalPoints : r_.nPositions;
  RegressionSampler testSampler(r_.nDims, config_.seed + kRegressionTestPrompts);
  test_ = testSampler.sample(r_.evalPrompts, evalPoints, r_.nDims);
  evalSteps_ = {0, r_.steps};
  for (int64_t step : r_.checkpoints) {
    evalSteps_.insert(step);
    checkpointSteps_.insert(step);
  }
  if (r_.evalAtBoundaries) {
    evalSteps_.insert(boundaries_.begin(), boundaries_.end());
  }
  if (r_.baselines) {
    const double d = static_cast<double>(r_.nDims);
    const std::vector<std::pair<std::string, torch::Tensor>> baselines = {
        {"least_squares", leastSquaresPredictions(test_)},
        {"knn3", nearestNeighbourPredictions(test_, 3)},
        {"averaging", averagingPredictions(test_)},
        {"zero", zeroPredictions(test_)}};
    for (const auto& [name, predictions] : baselines) {
      EvalRecord prototype;
      prototype.learner = name;
      prototype.trainFamily = "none";
      prototype.testFamily = kTestFamily;
      const torch::Tensor errors = (predictions - test_.ys).square() / d;
      const auto records =
          squaredErrorRecords(errors, prototype, r_.bootstrap, config_.seed + kBootstrap);
      baselineRecords_.insert(baselineRecords_.end(), records.begin(), records.end());
    }
  }
  const Status flushed = writer_->flush();
  if (!flushed || !resuming) {
    return flushed;
  }
  return restoreState();
}

std::vector<TrainableRef> RegressionRun::trainables() {
  std::vector<TrainableRef> refs;
  for (Arm& arm : arms_) {
    refs.push_back({arm.name, arm.model.ptr().get(), arm.optimizer.get()});
  }
  return refs;
}

std::vector<GeneratorRef> RegressionRun::generators() {
  std::vector<GeneratorRef> refs;
  for (Arm& arm : arms_) {
    refs.push_back({"train_prompts_" + arm.name, &arm.sampler->generator()});
  }
  return refs;
}

Status RegressionRun::restoreState() {
  const Status loaded = loadRunState(*resume_, trainables(), generators());
  if (!loaded) {
    return loaded;
  }
  try {
    const nlohmann::json& counters = resume_->counters;
    reporter_.setOffset(counters.at("wall_s").get<double>());
    const nlohmann::json& arms = counters.at("arms");
    if (arms.size() != arms_.size()) {
      return Status::failure(resume_->folder.string() + "/state.json: " +
                             std::to_string(arms.size()) + " arms, the config has " +
                             std::to_string(arms_.size()));
    }
    for (std::size_t index = 0; index < arms_.size(); ++index) {
      Arm& arm = arms_[index];
      arm.outcome = detail::outcomeFromJson(arms[index].at("outcome"));
      arm.diverged = arm.outcome.status == "diverged";
      arm.stage = arms[index].at("stage").get<std::size_t>();
      if (arm.stage >= arm.stages.size()) {
        return Status::failure(resume_->folder.string() + "/state.json: stage " +
                               std::to_string(arm.stage) + " of " + arm.name +
                               " does not exist in the config's curriculum");
      }
    }
  } catch (const nlohmann::json::exception& error) {
    return Status::failure(resume_->folder.string() + "/state.json: " + error.what());
  }
  result_.stepsDone = resume_->step;
  return Status::success();
}

void RegressionRun::saveState(int64_t step) {
  // The CSV rows up to this step must be on disk before a checkpoint refers to them.
  check(writer_->sync());
  nlohmann::json arms = nlohmann::json::array();
  for (const Arm& arm : arms_) {
    arms.push_back({{"outcome", detail::outcomeJson(arm.outcome)}, {"stage", arm.stage}});
  }
  check(writeRunState(writer_->dir(), step, trainables(), generators(),
                      {{"wall_s", reporter_.elapsed()}, {"arms", arms}}));
}

void RegressionRun::trainStep(int64_t step) {
  for (Arm& arm : arms_) {
    if (arm.diverged) {
      continue;
    }
    const CurriculumStage& stage = arm.stages[arm.stage];
    const RegressionPrompts batch =
        arm.sampler->sample(r_.batchSize, stage.points, stage.dims).to(device_);
    const torch::Tensor loss = regressionLoss(arm.model->forward(batch.xs, batch.ys), batch.ys);
    const double value = loss.item<double>();
    const LossRecord record{step, reporter_.elapsed(), arm.name, value};
    check(writer_->appendLosses({record}));
    reporter_.pending().losses.push_back(record);
    arm.outcome.lastLoss = value;
    if (!std::isfinite(value)) {
      arm.diverged = true;
      arm.outcome.status = "diverged";
      arm.outcome.divergedStep = step;
      arm.outcome.message = "loss is not finite at step " + std::to_string(step) +
                            "; this arm stopped, the others go on";
      reporter_.pending().messages.push_back(arm.name + ": " + arm.outcome.message);
      continue;
    }
    arm.optimizer->zero_grad();
    loss.backward();
    arm.optimizer->step();
  }
}

void RegressionRun::evaluate(int64_t step, bool baselines) {
  std::vector<EvalRecord> all;
  const double d = static_cast<double>(r_.nDims);
  const RegressionPrompts test = test_.to(device_);
  for (Arm& arm : arms_) {
    if (arm.diverged) {
      continue;
    }
    torch::Tensor errors;
    {
      torch::NoGradGuard noGrad;
      arm.model->eval();
      errors = (arm.model->forward(test.xs, test.ys) - test.ys).square() / d;
      arm.model->train();
    }
    EvalRecord prototype;
    prototype.step = step;
    prototype.learner = arm.name;
    prototype.trainFamily = kTrainFamily;
    prototype.testFamily = kTestFamily;
    // One resampling stream per step: every learner is resampled on the same prompts.
    const auto records = squaredErrorRecords(errors.cpu(), prototype, r_.bootstrap,
                                             config_.seed + kBootstrap + static_cast<uint64_t>(step));
    arm.outcome.finalMeanSqError = meanValue(records);
    all.insert(all.end(), records.begin(), records.end());
    if (&arm == &arms_.front()) {
      testHookPause("evaluation", step);  // test-only: lets kill -9 land mid-evaluation
    }
  }
  if (baselines) {
    for (EvalRecord record : baselineRecords_) {
      record.step = step;
      all.push_back(record);
    }
  }
  check(writer_->appendEvaluations(all));
  auto& pending = reporter_.pending().evaluations;
  pending.insert(pending.end(), all.begin(), all.end());
  if (checkpointSteps_.count(step) > 0) {
    for (Arm& arm : arms_) {
      const Status saved = saveModule(
          *arm.model, writer_->checkpointPath(arm.name, "step" + std::to_string(step)));
      if (!saved) {
        reporter_.pending().messages.push_back(saved.error());
      }
    }
  }
  const Status flushed = writer_->flush();
  if (!flushed) {
    throw std::runtime_error(flushed.error());
  }
  std::vector<LearnerOutcome> outcomes;
  for (const Arm& arm : arms_) {
    outcomes.push_back(arm.outcome);
  }
  const Status summary = writer_->writeSummary(
      detail::summaryJson("running", "", step, r_.steps, reporter_.elapsed(), outcomes));
  if (!summary) {
    throw std::runtime_error(summary.error());
  }
}

void RegressionRun::updateStages(int64_t step) {
  std::vector<StageRecord> changes;
  for (Arm& arm : arms_) {
    if (arm.stage + 1 < arm.stages.size() && arm.stages[arm.stage].lastStep == step) {
      ++arm.stage;
      changes.push_back({step, arm.name, arm.stages[arm.stage].dims, arm.stages[arm.stage].points});
    }
  }
  check(writer_->appendStages(changes));
}

void RegressionRun::fillStageProgress(int64_t /*step*/) {
  auto& stages = reporter_.pending().stages;
  stages.clear();
  for (const Arm& arm : arms_) {
    const CurriculumStage& stage = arm.stages[arm.stage];
    StageProgress progress;
    progress.learner = arm.name;
    progress.stageIndex = stage.index;
    progress.stageCount = static_cast<int64_t>(arm.stages.size());
    progress.dims = stage.dims;
    progress.points = stage.points;
    progress.stageFirstStep = stage.firstStep;
    progress.nextBoundaryStep = arm.stage + 1 < arm.stages.size() ? stage.lastStep : -1;
    stages.push_back(progress);
  }
}

RunResult RegressionRun::run() {
  int64_t step = 0;
  try {
    const Status prepared = prepare();
    if (!prepared) {
      result_.status = RunStatus::Failed;
      result_.message = prepared.error();
      return result_;
    }
    result_.status = RunStatus::Completed;
    const int64_t firstStep = resume_ != nullptr && resume_->step >= 0 ? resume_->step + 1 : 1;
    // Without a checkpoint the run starts at step 0 with its evaluation (even a resumed one).
    if (resume_ == nullptr || resume_->step < 0) {
      evaluate(0, r_.baselines);
      saveState(0);
    }
    fillStageProgress(firstStep - 1);
    reporter_.report(firstStep - 1, true);
    for (step = firstStep; step <= r_.steps; ++step) {
      if (control_.stopRequested() || !control_.waitWhilePaused()) {
        result_.status = RunStatus::Stopped;
        break;
      }
      trainStep(step);
      result_.stepsDone = step;
      if (!anyActive()) {
        result_.status = RunStatus::Failed;
        std::vector<LearnerOutcome> outcomes;
        for (const Arm& arm : arms_) {
          outcomes.push_back(arm.outcome);
        }
        result_.message =
            "every arm stopped on a non-finite loss (" + detail::divergedSummary(outcomes) + ")";
        break;
      }
      const bool evaluated = evalSteps_.count(step) > 0;
      if (evaluated) {
        evaluate(step, r_.baselines && step == r_.steps);
      }
      const bool boundary = boundaries_.count(step) > 0;
      if (boundary) {
        updateStages(step);
        check(writer_->flush());
      }
      if (evaluated) {
        // After the stage change of this step, so a resume from here trains the next stage.
        saveState(step);
      }
      fillStageProgress(step);
      if (boundary && step < r_.steps && control_.pauseIfStageRequested()) {
        // The batch goes out before the loop blocks in waitWhilePaused.
        reporter_.pending().pausedAtStageBoundary = true;
        reporter_.pending().messages.push_back("paused at the stage boundary after step " +
                                               std::to_string(step));
        reporter_.report(step, true);
        continue;
      }
      reporter_.report(step, evaluated || boundary);
    }
    for (Arm& arm : arms_) {
      const Status saved = saveModule(*arm.model, writer_->checkpointPath(arm.name, "final"));
      if (!saved && result_.status == RunStatus::Completed) {
        result_.status = RunStatus::Failed;
        result_.message = saved.error();
      }
    }
  } catch (const std::exception& error) {
    result_.status = RunStatus::Failed;
    result_.message = "training failed at step " + std::to_string(step) + ": " +
                      explainOutOfMemory(config_, detail::firstLine(error));
  }
  result_.wallSeconds = reporter_.elapsed();
  for (const Arm& arm : arms_) {
    result_.learners.push_back(arm.outcome);
  }
  if (writer_) {
    detail::finishRunFolder(*writer_, result_,
                            detail::summaryJson(runStatusName(result_.status), result_.message,
                                                result_.stepsDone, r_.steps,
                                                result_.wallSeconds, result_.learners));
  }
  if (!result_.message.empty()) {
    reporter_.pending().messages.push_back(result_.message);
  }
  fillStageProgress(result_.stepsDone);
  reporter_.report(result_.stepsDone, true);
  return result_;
}

}  // namespace

std::string regressionLearnerName(const std::string& arm) { return "gpt_" + arm; }

RunResult trainRegression(const RunConfig& config, const TrainOptions& options,
                          const ProgressCallback& onProgress, const RunControl& control) {
  return detail::trainRegressionRun(config, options, onProgress, control, nullptr);
}

namespace detail {
RunResult trainRegressionRun(const RunConfig& config, const TrainOptions& options,
                             const ProgressCallback& onProgress, const RunControl& control,
                             const ResumePoint* resume) {
  RegressionRun run(config, options, onProgress, control, resume);
  return run.run();
}
}  // namespace detail

}  // namespace icl::core
