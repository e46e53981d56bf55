#include "core/training/trainer.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <ctime>
#include <memory>

#include "core/evaluation/evaluator.h"
#include "core/models/checkpoint.h"
#include "core/models/learner_factory.h"
#include "core/store/run_store.h"
#include "core/tasks/task_sampler.h"
#include "core/training/device.h"
#include "core/training/loss.h"
#include "core/training/memory_estimate.h"
#include "core/training/meta_meta_trainer.h"
#include "core/training/regression_trainer.h"
#include "core/training/run_state.h"
#include "core/training/run_support.h"
#include "core/util/build_info.h"
#include "core/util/test_hooks.h"
#include "core/util/threading.h"

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

using Clock = std::chrono::steady_clock;

struct ActiveLearner {
  std::shared_ptr<Learner> learner;
  std::unique_ptr<torch::optim::Adam> optimizer;
  LearnerOutcome outcome;
  bool diverged = false;
};

std::string utcTimestamp() {
  const std::time_t now = std::time(nullptr);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return buffer;
}

nlohmann::json summaryJson(const std::string& status, const std::string& message, int64_t step,
                           int64_t totalSteps, double wallSeconds,
                           const std::vector<ActiveLearner>& learners) {
  nlohmann::json perLearner = nlohmann::json::object();
  for (const ActiveLearner& active : learners) {
    const LearnerOutcome& o = active.outcome;
    perLearner[o.learner] = {{"status", o.status},
                             {"message", o.message},
                             {"parameters", o.parameters},
                             {"best_step", o.bestStep},
                             {"best_mean_accuracy", o.bestMeanAccuracy},
                             {"final_mean_accuracy", o.finalMeanAccuracy},
                             {"last_loss", o.lastLoss},
                             {"diverged_step", o.divergedStep}};
  }
  return {{"status", status},     {"message", message},      {"steps_done", step},
          {"total_steps", totalSteps}, {"wall_s", wallSeconds}, {"learners", perLearner}};
}

/// The run as it happens; one instance per train() call.
class TrainingRun {
 public:
  TrainingRun(const RunConfig& config, const TrainOptions& options,
              const ProgressCallback& onProgress, const RunControl& control,
              const ResumePoint* resume)
      : config_(config),
        options_(options),
        onProgress_(onProgress),
        control_(control),
        resume_(resume) {}

  RunResult run();

 private:
  Status prepare();
  bool evaluateAll(int64_t step);
  void trainStep(int64_t step, const Episode& batch);
  void report(int64_t step, bool force);
  Status saveFinalCheckpoints();
  Status restoreState();
  void saveState(int64_t step);
  std::vector<TrainableRef> trainables();
  double elapsed() const {
    return wallOffset_ + std::chrono::duration<double>(Clock::now() - started_).count();
  }
  bool anyActive() const {
    for (const ActiveLearner& active : learners_) {
      if (!active.diverged) {
        return true;
      }
    }
    return false;
  }

  RunConfig config_;
  TrainOptions options_;
  const ProgressCallback& onProgress_;
  const RunControl& control_;
  const ResumePoint* resume_;  // null for a new run
  double wallOffset_ = 0.0;    // wall time of the checkpoint a resumed run goes on from
  std::unique_ptr<TaskSampler> sampler_;
  Clock::time_point started_ = Clock::now();
  Clock::time_point lastReport_ = Clock::now();
  torch::Device device_ = torch::kCPU;
  std::unique_ptr<RunWriter> writer_;
  std::unique_ptr<Evaluator> evaluator_;
  std::vector<ActiveLearner> learners_;
  ProgressBatch pending_;
  RunResult result_;
};

Status TrainingRun::prepare() {
  // The CLI validates while parsing; a config built in code (the GUI's form) is checked here.
  const Status valid = config_.validate();
  if (!valid) {
    return valid;
  }
  const Result<torch::Device> device = resolveDevice(config_.device);
  if (!device) {
    return Status::failure(device.error());
  }
  device_ = device.value();
  config_.device = device_.is_cuda() ? "cuda" : "cpu";
  config_.threads = config_.threads > 0 ? config_.threads : defaultThreadCount();
  applyThreadCount(config_.threads);
  if (config_.learners.icl.prefixChunk == 0) {
    config_.learners.icl.prefixChunk = defaultPrefixChunk(device_, config_.task.length);
  }
  config_.resolveDefaults();
  result_.device = config_.device;
  result_.threads = config_.threads;

  Result<std::unique_ptr<RunWriter>> writer =
      resume_ != nullptr ? RunWriter::reopen(options_.outDir, resume_->step)
                         : RunWriter::create(options_.outDir);
  if (!writer) {
    return Status::failure(writer.error());
  }
  writer_ = std::move(writer).value();
  result_.runDir = writer_->dir();

  // A resumed run keeps config.json as first written; its provenance says where it started.
  if (resume_ == nullptr) {
    nlohmann::json resolved = config_.toJson();
    resolved["provenance"] = {{"icl_lab", kIclLabVersion},
                              {"git", kGitDescribe},
                              {"libtorch", TORCH_VERSION},
                              {"threads", config_.threads},
                              {"device", config_.device},
                              {"created_utc", utcTimestamp()}};
    const Status configWritten = writer_->writeConfig(resolved);
    if (!configWritten) {
      return configWritten;
    }
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
  const Status loaded =
      loadRunState(*resume_, trainables(), {{"train_tasks", &sampler_->generator()}});
  if (!loaded) {
    return loaded;
  }
  try {
    const nlohmann::json& counters = resume_->counters;
    wallOffset_ = counters.at("wall_s").get<double>();
    const nlohmann::json& outcomes = counters.at("learners");
    if (outcomes.size() != learners_.size()) {
      return Status::failure(resume_->folder.string() + "/state.json: " +
                             std::to_string(outcomes.size()) + " learners, the config has " +
                             std::to_string(learners_.size()));
    }
    for (std::size_t index = 0; index < learners_.size(); ++index) {
      learners_[index].outcome = detail::outcomeFromJson(outcomes[index]);
      learners_[index].diverged = learners_[index].outcome.status == "diverged";
    }
  } catch (const nlohmann::json::exception& error) {
    return Status::failure(resume_->folder.string() + "/state.json: " + error.what());
  }
  result_.stepsDone = resume_->step;
  return Status::success();
}

void TrainingRun::saveState(int64_t step) {
  // The CSV rows up to this step must be on disk before a checkpoint refers to them.
  const Status synced = writer_->sync();
  if (!synced) {
    throw std::runtime_error(synced.error());
  }
  nlohmann::json outcomes = nlohmann::json::array();
  for (const ActiveLearner& active : learners_) {
    outcomes.push_back(detail::outcomeJson(active.outcome));
  }
  const Status saved =
      writeRunState(writer_->dir(), step, trainables(),
                    {{"train_tasks", &sampler_->generator()}},
                    {{"wall_s", elapsed()}, {"learners", outcomes}});
  if (!saved) {
    throw std::runtime_error(saved.error());
  }
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
        pending_.messages.push_back(saved.error());
      }
    }
    const Status appended = writer_->appendEvaluations(outcome.records);
    if (!appended) {
      throw std::runtime_error(appended.error());
    }
    pending_.evaluations.insert(pending_.evaluations.end(), outcome.records.begin(),
                                outcome.records.end());
    if (&active == &learners_.front()) {
      testHookPause("evaluation", step);  // test-only: lets kill -9 land mid-evaluation
    }
  }
  const Status flushed = writer_->flush();
  if (!flushed) {
    throw std::runtime_error(flushed.error());
  }
  const Status summary = writer_->writeSummary(
      summaryJson("running", "", step, config_.train.steps, elapsed(), learners_));
  if (!summary) {
    throw std::runtime_error(summary.error());
  }
  return true;
}

void TrainingRun::trainStep(int64_t step, const Episode& batch) {
  const int64_t start = config_.train.start;
  const int64_t positions = config_.task.length - start;
  const double divisor =
      config_.train.lossDivisor > 0.0 ? config_.train.lossDivisor : static_cast<double>(positions);
  const torch::Tensor targets = batch.targets.narrow(1, start, positions);
  for (ActiveLearner& active : learners_) {
    if (active.diverged) {
      continue;
    }
    const torch::Tensor outputs = active.learner->forwardPrefixes(batch.x, batch.targets, start);
    const torch::Tensor loss = episodeLoss(outputs, targets, divisor);
    const double value = loss.item<double>();
    LossRecord record{step, elapsed(), active.outcome.learner, value};
    const Status appended = writer_->appendLosses({record});
    if (!appended) {
      throw std::runtime_error(appended.error());
    }
    pending_.losses.push_back(record);
    active.outcome.lastLoss = value;
    if (!std::isfinite(value)) {
      active.diverged = true;
      active.outcome.status = "diverged";
      active.outcome.divergedStep = step;
      active.outcome.message = "loss is " + std::string(std::isnan(value) ? "NaN" : "infinite") +
                               " at step " + std::to_string(step) +
                               "; this learner stopped, the others go on";
      pending_.messages.push_back(active.outcome.learner + ": " + active.outcome.message);
      continue;
    }
    active.optimizer->zero_grad();
    loss.backward();
    active.optimizer->step();
  }
}

void TrainingRun::report(int64_t step, bool force) {
  const auto now = Clock::now();
  if (!force && std::chrono::duration<double>(now - lastReport_).count() < options_.progressInterval) {
    return;
  }
  lastReport_ = now;
  pending_.step = step;
  pending_.totalSteps = config_.train.steps;
  pending_.wallSeconds = elapsed();
  pending_.etaSeconds = step > 0 ? pending_.wallSeconds / static_cast<double>(step) *
                                       static_cast<double>(config_.train.steps - step)
                                 : -1.0;
  if (onProgress_) {
    onProgress_(pending_);
  }
  pending_ = ProgressBatch();
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

RunResult TrainingRun::run() {
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
      if (evaluateAll(0)) {
        saveState(0);
      } else {
        result_.status = RunStatus::Stopped;
      }
    }
    report(firstStep - 1, true);
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
      if (!anyActive()) {
        result_.status = RunStatus::Failed;
        std::vector<LearnerOutcome> outcomes;
        for (const ActiveLearner& active : learners_) {
          outcomes.push_back(active.outcome);
        }
        result_.message = "every learner stopped on a non-finite loss (" +
                          detail::divergedSummary(outcomes) + ")";
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
      report(step, evaluate);
    }
    const Status finalSaved = saveFinalCheckpoints();
    if (!finalSaved && result_.status == RunStatus::Completed) {
      result_.status = RunStatus::Failed;
      result_.message = finalSaved.error();
    }
  } catch (const std::exception& error) {
    std::string what = error.what();
    result_.status = RunStatus::Failed;
    result_.message = "training failed at step " + std::to_string(step) + ": " +
                      explainOutOfMemory(config_, what.substr(0, what.find('\n')));
  }
  result_.wallSeconds = elapsed();
  for (const ActiveLearner& active : learners_) {
    result_.learners.push_back(active.outcome);
  }
  if (writer_) {
    detail::finishRunFolder(*writer_, result_,
                            summaryJson(runStatusName(result_.status), result_.message,
                                        result_.stepsDone, config_.train.steps,
                                        result_.wallSeconds, learners_));
  }
  if (!result_.message.empty()) {
    pending_.messages.push_back(result_.message);
  }
  report(result_.stepsDone, true);
  return result_;
}

}  // namespace

RunResult train(const RunConfig& config, const TrainOptions& options,
                const ProgressCallback& onProgress, const RunControl& control) {
  // Refused before anything is created: a run too large for this machine would otherwise grow
  // until the kernel's out-of-memory killer ends it without a word, its folder left "running".
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
  TrainingRun run(config, options, onProgress, control, resume);
  return run.run();
}
}  // namespace detail

}  // namespace icl::core
