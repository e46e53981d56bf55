#include "core/training/trainer.h"

#include <torch/torch.h>

#include <cmath>
#include <memory>

#include "core/evaluation/evaluator.h"
#include "core/models/checkpoint.h"
#include "core/models/learner_factory.h"
#include "core/store/run_store.h"
#include "core/tasks/task_sampler.h"
#include "core/training/loss.h"
#include "core/training/memory_estimate.h"
#include "core/training/meta_meta_trainer.h"
#include "core/training/regression_trainer.h"
#include "core/training/run_state.h"
#include "core/training/run_support.h"
#include "core/training/seed_streams.h"
#include "core/util/test_hooks.h"

namespace icl::core {

std::string runStatusName(RunStatus status) {
  switch (status) {
    case RunStatus::Completed: return "completed";
    case RunStatus::Stopped: return "stopped";
    case RunStatus::Failed: return "failed";
  }
  return "?";
}

namespace {

struct ActiveLearner {
  std::shared_ptr<Learner> learner;
  std::unique_ptr<torch::optim::Adam> optimizer;
  LearnerOutcome outcome;
  bool diverged = false;
};

/// The run as it happens; one instance per train() call.
class TrainingRun final : public detail::RunFrame {
 public:
  TrainingRun(const RunConfig& config, const TrainOptions& options,
              const ProgressCallback& onProgress, const RunControl& control,
              const ResumePoint* resume)
      : RunFrame(config, options, onProgress, control, resume, config.train.steps, "step") {}

 private:
  Status prepare() override;
  void trainSteps(int64_t& step) override;
  std::vector<LearnerOutcome> outcomes() const override;
  bool evaluateAll(int64_t step);
  void trainStep(int64_t step, const Episode& batch);
  Status saveFinalCheckpoints();
  Status restoreState();
  void saveState(int64_t step);
  std::vector<TrainableRef> trainables();
  std::vector<GeneratorRef> generators();

  std::unique_ptr<TaskSampler> sampler_;
  torch::Device device_ = torch::kCPU;
  std::unique_ptr<Evaluator> evaluator_;
  std::vector<ActiveLearner> learners_;
};

Status TrainingRun::prepare() {
  const Status resolved = resolveDevice();
  if (!resolved) {
    return resolved;
  }
  device_ = torch::Device(config_.device);
  if (config_.learners.icl.prefixChunk == 0) {
    config_.learners.icl.prefixChunk = defaultPrefixChunk(device_, config_.task.length);
  }
  config_.resolveDefaults();
  const Status opened = openFolder();
  if (!opened) {
    return opened;
  }

  const auto& all = allLearners();
  for (std::size_t index = 0; index < all.size(); ++index) {
    const LearnerKind kind = all[index];
    if (!config_.learners.enabled(kind)) {
      continue;
    }
    // Initial weights depend only on the seed and the learner, not on which others run.
    torch::manual_seed(config_.seed + SeedStreams::kLearnerInit + index);
    ActiveLearner active;
    active.learner = makeLearner(kind, config_, device_);
    active.optimizer = std::make_unique<torch::optim::Adam>(
        active.learner->module().parameters(),
        torch::optim::AdamOptions(config_.learners.lr(kind)));
    active.outcome.learner = learnerName(kind);
    active.outcome.parameters = active.learner->parameterCount();
    learners_.push_back(std::move(active));
  }
  evaluator_ = std::make_unique<Evaluator>(config_, device_);
  sampler_ = std::make_unique<TaskSampler>(config_.task, config_.seed + SeedStreams::kTrainTasks);
  return resume_ != nullptr ? restoreState() : Status::success();
}

std::vector<LearnerOutcome> TrainingRun::outcomes() const {
  std::vector<LearnerOutcome> all;
  for (const ActiveLearner& active : learners_) {
    all.push_back(active.outcome);
  }
  return all;
}

std::vector<GeneratorRef> TrainingRun::generators() {
  return {{"train_tasks", &sampler_->generator()}};
}

std::vector<TrainableRef> TrainingRun::trainables() {
  std::vector<TrainableRef> refs;
  for (ActiveLearner& active : learners_) {
    refs.push_back({active.outcome.learner, &active.learner->module(), active.optimizer.get()});
  }
  return refs;
}

Status TrainingRun::restoreState() {
  if (resume_->step < 0) {
    return Status::success();  // no checkpoint yet: the run starts over from its seeds
  }
  return restoreResumableState(
      trainables(), generators(), "learners", learners_.size(),
      [this](std::size_t index, const nlohmann::json& entry) {
        learners_[index].outcome = detail::outcomeFromJson(entry);
        learners_[index].diverged = learners_[index].outcome.status == LearnerOutcome::kDiverged;
        return Status::success();
      });
}

void TrainingRun::saveState(int64_t step) {
  nlohmann::json outcomes = nlohmann::json::array();
  for (const ActiveLearner& active : learners_) {
    outcomes.push_back(detail::outcomeJson(active.outcome));
  }
  saveResumableState(step, trainables(), generators(), "learners", outcomes);
}

bool TrainingRun::evaluateAll(int64_t step) {
  for (ActiveLearner& active : learners_) {
    if (active.diverged) {
      continue;
    }
    EvaluationOutcome outcome = evaluator_->evaluate(*active.learner, step, &control_);
    if (outcome.interrupted) {
      return false;
    }
    active.outcome.finalMeanAccuracy = outcome.meanAccuracy;
    // ">=": ties go to the later model, as upstream (§4.1).
    if (outcome.meanAccuracy >= active.outcome.bestMeanAccuracy) {
      active.outcome.bestMeanAccuracy = outcome.meanAccuracy;
      active.outcome.bestStep = step;
      const Status saved = saveCheckpoint(
          *active.learner, writer_->checkpointPath(active.outcome.learner, "best"));
      if (!saved) {
        reporter_.pending().messages.push_back(saved.error());
      }
    }
    recordEvaluations(outcome.records);
    if (&active == &learners_.front()) {
      testHookPause("evaluation", step);  // test-only: lets kill -9 land mid-evaluation
    }
  }
  saveProgress(step);
  return true;
}

void TrainingRun::trainStep(int64_t step, const Episode& batch) {
  const int64_t start = config_.train.start;
  const int64_t positions = config_.task.length - start;
  const double divisor =
      config_.train.lossDivisor > 0.0 ? config_.train.lossDivisor : static_cast<double>(positions);
  for (ActiveLearner& active : learners_) {
    if (active.diverged) {
      continue;
    }
    const torch::Tensor loss =
        trainingLoss(*active.learner, batch.x, batch.targets, start, divisor);
    const double value = loss.item<double>();
    recordLoss(step, active.outcome.learner, value);
    active.outcome.lastLoss = value;
    if (!std::isfinite(value)) {
      active.diverged = true;
      detail::markDiverged(active.outcome, step,
                           "loss is " + std::string(std::isnan(value) ? "NaN" : "infinite") +
                               " at step " + std::to_string(step) +
                               "; this learner stopped, the others go on");
      reporter_.pending().messages.push_back(active.outcome.learner + ": " +
                                             active.outcome.message);
      continue;
    }
    active.optimizer->zero_grad();
    loss.backward();
    active.optimizer->step();
  }
}

Status TrainingRun::saveFinalCheckpoints() {
  for (ActiveLearner& active : learners_) {
    const Status saved =
        saveCheckpoint(*active.learner, writer_->checkpointPath(active.outcome.learner, "final"));
    if (!saved) {
      return saved;
    }
  }
  return Status::success();
}

void TrainingRun::trainSteps(int64_t& step) {
  const int64_t firstStep = resume_ != nullptr && resume_->step >= 0 ? resume_->step + 1 : 1;
  // Without a checkpoint the run starts at step 0 with its evaluation (even a resumed one).
  if (resume_ == nullptr || resume_->step < 0) {
    if (evaluateAll(0)) {
      saveState(0);
    } else {
      result_.status = RunStatus::Stopped;
    }
  }
  reporter_.report(firstStep - 1, true);
  for (step = firstStep; step <= config_.train.steps && result_.status == RunStatus::Completed;
       ++step) {
    if (control_.stopRequested() || !control_.waitWhilePaused()) {
      result_.status = RunStatus::Stopped;
      break;
    }
    const Episode batch =
        sampler_->sample(config_.task.trainFamily, config_.train.batchSize, config_.task.length,
                         TaskSplit::Train)
            .to(device_);
    trainStep(step, batch);
    result_.stepsDone = step;
    if (failIfAllDiverged("learner")) {
      break;
    }
    const bool evaluate = step % config_.train.evalEvery == 0 || step == config_.train.steps;
    if (evaluate) {
      if (evaluateAll(step)) {
        saveState(step);
      } else {
        result_.status = RunStatus::Stopped;
      }
    }
    reporter_.report(step, evaluate);
  }
  const Status finalSaved = saveFinalCheckpoints();
  if (!finalSaved && result_.status == RunStatus::Completed) {
    result_.status = RunStatus::Failed;
    result_.message = finalSaved.error();
  }
}

}  // namespace

RunResult train(const RunConfig& config, const TrainOptions& options,
                const ProgressCallback& onProgress, const RunControl& control) {
  // Refused before anything is created: a run too large for this machine would otherwise grow
  // until the kernel's out-of-memory killer ends it without a word, its folder left "running".
  // (An invalid config is refused by the trainer, naming the key.)
  if (config.validate()) {
    if (const Status room = checkRunMemory(config, availableMemoryBytes()); !room) {
      RunResult refused;
      refused.status = RunStatus::Failed;
      refused.message = room.error();
      return refused;
    }
  }
  switch (config.experiment) {
    case Experiment::Regression:
      return detail::trainRegressionRun(config, options, onProgress, control, nullptr);
    case Experiment::MetaMeta: return trainMetaMeta(config, options, onProgress, control);
    case Experiment::Classification: break;
  }
  return detail::trainClassification(config, options, onProgress, control, nullptr);
}

namespace detail {
RunResult trainClassification(const RunConfig& config, const TrainOptions& options,
                              const ProgressCallback& onProgress, const RunControl& control,
                              const ResumePoint* resume) {
  RunResult result;
  {
    TrainingRun run(config, options, onProgress, control, resume);
    result = run.run();
  }  // the run's writer, and with it the run lock, is gone: the folder is complete
  if (result.status == RunStatus::Completed && config.generalisation.afterTraining) {
    evaluateAfterTraining(config, result, onProgress, control);
  }
  return result;
}
}  // namespace detail

}  // namespace icl::core
