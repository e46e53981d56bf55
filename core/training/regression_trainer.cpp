#include "core/training/regression_trainer.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "core/evaluation/regression_agreement.h"
#include "core/evaluation/regression_metrics.h"
#include "core/models/checkpoint.h"
#include "core/models/gpt_regression.h"
#include "core/tasks/regression_sampler.h"
#include "core/training/curriculum.h"
#include "core/training/run_state.h"
#include "core/training/run_support.h"
#include "core/training/seed_streams.h"
#include "core/util/test_hooks.h"

namespace icl::core {

namespace {

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

class RegressionRun final : public detail::RunFrame {
 public:
  RegressionRun(const RunConfig& config, const TrainOptions& options,
                const ProgressCallback& onProgress, const RunControl& control,
                const ResumePoint* resume)
      : RunFrame(config, options, onProgress, control, resume, config.regression.steps, "step"),
        regression_(config_.regression) {}

 private:
  Status prepare() override;
  void trainSteps(int64_t& step) override;
  std::vector<LearnerOutcome> outcomes() const override;
  void beforeLastReport() override { fillStageProgress(); }
  void prepareEvaluation();
  Status restoreState();
  void saveState(int64_t step);
  std::vector<TrainableRef> trainables();
  std::vector<GeneratorRef> generators();
  void trainStep(int64_t step);
  void evaluate(int64_t step, bool baselines);
  void updateStages(int64_t step);
  void fillStageProgress();

  const RegressionConfig& regression_;
  torch::Device device_ = torch::kCPU;
  std::vector<Arm> arms_;
  RegressionPrompts test_;
  std::vector<EvalRecord> baselineRecords_;  // step 0; restamped at the final step
  // The agreement baselines' predictions on test_ [b, n] (CPU), for the sq_diff_* rows.
  std::vector<std::pair<LearnerId, torch::Tensor>> agreementReferences_;
  std::set<int64_t> evalSteps_;
  std::set<int64_t> checkpointSteps_;
  std::set<int64_t> boundaries_;
};

Status RegressionRun::prepare() {
  const Status opened = openRun();
  if (!opened) {
    return opened;
  }
  device_ = torch::Device(config_.device);
  const Status stagesOpened = writer_->openStages();
  if (!stagesOpened) {
    return stagesOpened;
  }

  const auto modelOptions = GptRegressionOptions::from(regression_.model, regression_.nDims,
                                                       regression_.nPositions);
  std::vector<StageRecord> firstStages;
  for (std::size_t index = 0; index < regression_.arms.size(); ++index) {
    Arm arm;
    arm.name = learnerName(armLearner(regression_.arms[index]));
    // Every arm starts from the same weights: only the data schedule differs.
    torch::manual_seed(config_.seed + SeedStreams::kRegressionInit);
    arm.model = GptRegression(modelOptions);
    arm.model->to(device_);
    arm.optimizer = std::make_unique<torch::optim::Adam>(
        arm.model->parameters(), torch::optim::AdamOptions(regression_.lr));
    arm.sampler = std::make_unique<RegressionSampler>(
        regression_.nDims, config_.seed + SeedStreams::kTrainTasks + index);
    arm.stages =
        curriculumStages(armCurriculum(regression_, regression_.arms[index]), regression_.steps);
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
  prepareEvaluation();
  const Status flushed = writer_->flush();
  if (!flushed || !resuming) {
    return flushed;
  }
  return restoreState();
}

/// The fixed test prompts, the evaluation schedule and the baselines' records on the prompts.
void RegressionRun::prepareEvaluation() {
  const int64_t evalPoints =
      regression_.evalPoints > 0 ? regression_.evalPoints : regression_.nPositions;
  RegressionSampler testSampler(regression_.nDims,
                                config_.seed + SeedStreams::kRegressionTestPrompts);
  test_ = testSampler.sample(regression_.evalPrompts, evalPoints, regression_.nDims);
  evalSteps_ = {0, regression_.steps};
  for (int64_t step : regression_.checkpoints) {
    evalSteps_.insert(step);
    checkpointSteps_.insert(step);
  }
  if (regression_.evalAtBoundaries) {
    evalSteps_.insert(boundaries_.begin(), boundaries_.end());
  }
  if (!regression_.baselines) {
    return;
  }
  const double d = static_cast<double>(regression_.nDims);
  const std::vector<std::pair<LearnerId, torch::Tensor>> baselines = {
      {LearnerId::LeastSquares, leastSquaresPredictions(test_)},
      {LearnerId::Knn3, nearestNeighbourPredictions(test_, 3)},
      {LearnerId::Averaging, averagingPredictions(test_)},
      {LearnerId::Zero, zeroPredictions(test_)}};
  for (const auto& [id, predictions] : baselines) {
    EvalRecord prototype;
    prototype.learner = learnerName(id);
    prototype.trainFamily = "none";
    prototype.testFamily = kTestFamily;
    const torch::Tensor errors = (predictions - test_.ys).square() / d;
    const auto records = squaredErrorRecords(errors, prototype, regression_.bootstrap,
                                             config_.seed + SeedStreams::kBootstrap);
    baselineRecords_.insert(baselineRecords_.end(), records.begin(), records.end());
    const auto& compared = agreementBaselines();
    if (std::find(compared.begin(), compared.end(), id) != compared.end()) {
      agreementReferences_.emplace_back(id, predictions.cpu());
    }
  }
}

std::vector<LearnerOutcome> RegressionRun::outcomes() const {
  std::vector<LearnerOutcome> all;
  for (const Arm& arm : arms_) {
    all.push_back(arm.outcome);
  }
  return all;
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
  return restoreResumableState(
      trainables(), generators(), "arms", arms_.size(),
      [this](std::size_t index, const nlohmann::json& entry) {
        Arm& arm = arms_[index];
        arm.outcome = detail::outcomeFromJson(entry.at("outcome"));
        arm.diverged = arm.outcome.status == LearnerOutcome::kDiverged;
        arm.stage = entry.at("stage").get<std::size_t>();
        if (arm.stage >= arm.stages.size()) {
          return Status::failure(resume_->folder.string() + "/state.json: stage " +
                                 std::to_string(arm.stage) + " of " + arm.name +
                                 " does not exist in the config's curriculum");
        }
        return Status::success();
      });
}

void RegressionRun::saveState(int64_t step) {
  nlohmann::json arms = nlohmann::json::array();
  for (const Arm& arm : arms_) {
    arms.push_back({{"outcome", detail::outcomeJson(arm.outcome)}, {"stage", arm.stage}});
  }
  saveResumableState(step, trainables(), generators(), "arms", arms);
}

void RegressionRun::trainStep(int64_t step) {
  for (Arm& arm : arms_) {
    if (arm.diverged) {
      continue;
    }
    const CurriculumStage& stage = arm.stages[arm.stage];
    const RegressionPrompts batch =
        arm.sampler->sample(regression_.batchSize, stage.points, stage.dims).to(device_);
    const torch::Tensor loss = regressionLoss(arm.model->forward(batch.xs, batch.ys), batch.ys);
    const double value = loss.item<double>();
    recordLoss(step, arm.name, value);
    arm.outcome.lastLoss = value;
    if (!std::isfinite(value)) {
      arm.diverged = true;
      detail::markDiverged(arm.outcome, step,
                           "loss is not finite at step " + std::to_string(step) +
                               "; this arm stopped, the others go on");
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
  const double d = static_cast<double>(regression_.nDims);
  const RegressionPrompts test = test_.to(device_);
  for (Arm& arm : arms_) {
    if (arm.diverged) {
      continue;
    }
    torch::Tensor predictions;
    {
      torch::NoGradGuard noGrad;
      arm.model->eval();
      predictions = arm.model->forward(test.xs, test.ys).cpu();
      arm.model->train();
    }
    const torch::Tensor errors = (predictions - test_.ys).square() / d;
    EvalRecord prototype;
    prototype.step = step;
    prototype.learner = arm.name;
    prototype.trainFamily = kTrainFamily;
    prototype.testFamily = kTestFamily;
    // One resampling stream per step: every learner is resampled on the same prompts.
    const uint64_t bootstrapSeed =
        config_.seed + SeedStreams::kBootstrap + static_cast<uint64_t>(step);
    const auto records =
        squaredErrorRecords(errors, prototype, regression_.bootstrap, bootstrapSeed);
    arm.outcome.finalMeanSqError = meanValue(records);
    all.insert(all.end(), records.begin(), records.end());
    // Akyürek's agreement measure from the same predictions: no second forward pass.
    for (const auto& [baseline, reference] : agreementReferences_) {
      const auto differences =
          predictionDifferenceRecords(predictions, reference, d, prototype,
                                      predictionDifferenceMetric(baseline),
                                      regression_.bootstrap, bootstrapSeed);
      all.insert(all.end(), differences.begin(), differences.end());
    }
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
  recordEvaluations(all);
  if (checkpointSteps_.count(step) > 0) {
    for (Arm& arm : arms_) {
      const Status saved = saveModule(
          *arm.model, writer_->checkpointPath(arm.name, "step" + std::to_string(step)));
      if (!saved) {
        reporter_.pending().messages.push_back(saved.error());
      }
    }
  }
  saveProgress(step);
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

void RegressionRun::fillStageProgress() {
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

void RegressionRun::trainSteps(int64_t& step) {
  const int64_t firstStep = resume_ != nullptr && resume_->step >= 0 ? resume_->step + 1 : 1;
  // Without a checkpoint the run starts at step 0 with its evaluation (even a resumed one).
  if (resume_ == nullptr || resume_->step < 0) {
    evaluate(0, regression_.baselines);
    saveState(0);
  }
  fillStageProgress();
  reporter_.report(firstStep - 1, true);
  for (step = firstStep; step <= regression_.steps; ++step) {
    if (control_.stopRequested() || !control_.waitWhilePaused()) {
      result_.status = RunStatus::Stopped;
      break;
    }
    trainStep(step);
    result_.stepsDone = step;
    if (failIfAllDiverged("arm")) {
      break;
    }
    const bool evaluated = evalSteps_.count(step) > 0;
    if (evaluated) {
      evaluate(step, regression_.baselines && step == regression_.steps);
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
    fillStageProgress();
    if (boundary && step < regression_.steps && control_.pauseIfStageRequested()) {
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
}

}  // namespace

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
