#include "core/training/run_support.h"

#include <torch/torch.h>

#include <ctime>
#include <limits>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/training/device.h"
#include "core/training/memory_estimate.h"
#include "core/training/run_state.h"
#include "core/util/build_info.h"
#include "core/util/error_text.h"
#include "core/util/threading.h"
#include "core/util/versions.h"

namespace icl::core::detail {

namespace {

std::string utcTimestamp() {
  const std::time_t now = std::time(nullptr);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return buffer;
}

}  // namespace

nlohmann::json outcomeJson(const LearnerOutcome& o) {
  return {{"learner", o.learner},
          {"status", o.status},
          {"message", o.message},
          {"parameters", o.parameters},
          {"best_step", o.bestStep},
          {"best_mean_accuracy", o.bestMeanAccuracy},
          {"final_mean_accuracy", o.finalMeanAccuracy},
          {"last_loss", o.lastLoss},
          {"final_mean_sq_error", o.finalMeanSqError},
          {"diverged_step", o.divergedStep}};
}

LearnerOutcome outcomeFromJson(const nlohmann::json& value) {
  LearnerOutcome o;
  o.learner = value.at("learner").get<std::string>();
  o.status = value.at("status").get<std::string>();
  o.message = value.at("message").get<std::string>();
  o.parameters = value.at("parameters").get<int64_t>();
  o.bestStep = value.at("best_step").get<int64_t>();
  o.bestMeanAccuracy = value.at("best_mean_accuracy").get<double>();
  o.finalMeanAccuracy = value.at("final_mean_accuracy").get<double>();
  // A non-finite last loss is stored as null by nlohmann::json.
  o.lastLoss = value.at("last_loss").is_number() ? value.at("last_loss").get<double>()
                                                 : std::numeric_limits<double>::quiet_NaN();
  o.finalMeanSqError = value.at("final_mean_sq_error").get<double>();
  o.divergedStep = value.at("diverged_step").get<int64_t>();
  return o;
}

std::string divergedSummary(const std::vector<LearnerOutcome>& learners) {
  std::string text;
  for (const LearnerOutcome& o : learners) {
    if (o.status == LearnerOutcome::kDiverged) {
      text += (text.empty() ? "" : "; ") + o.learner + " at step " + std::to_string(o.divergedStep);
    }
  }
  return text;
}

nlohmann::json summaryJson(const std::string& status, const std::string& message, int64_t step,
                           int64_t totalSteps, double wallSeconds,
                           const std::vector<LearnerOutcome>& learners, bool classification) {
  nlohmann::json perLearner = nlohmann::json::object();
  for (const LearnerOutcome& o : learners) {
    nlohmann::json entry = {{"status", o.status},
                            {"message", o.message},
                            {"parameters", o.parameters},
                            {"last_loss", o.lastLoss},
                            {"diverged_step", o.divergedStep}};
    if (classification) {
      entry["best_step"] = o.bestStep;
      entry["best_mean_accuracy"] = o.bestMeanAccuracy;
      entry["final_mean_accuracy"] = o.finalMeanAccuracy;
    } else {
      entry["final_mean_sq_error"] = o.finalMeanSqError;
    }
    perLearner[o.learner] = entry;
  }
  return {{"status", status},          {"message", message},      {"steps_done", step},
          {"total_steps", totalSteps}, {"wall_s", wallSeconds}, {"learners", perLearner}};
}

void markDiverged(LearnerOutcome& outcome, int64_t step, const std::string& message) {
  outcome.status = LearnerOutcome::kDiverged;
  outcome.divergedStep = step;
  outcome.message = message;
}

ProgressReporter::ProgressReporter(const ProgressCallback& callback, double interval,
                                   int64_t totalSteps, const RunControl& control)
    : callback_(callback),
      interval_(interval),
      totalSteps_(totalSteps),
      control_(control),
      started_(control.now()),
      pausedBefore_(control.pausedSeconds()) {}

double ProgressReporter::elapsed() const {
  return offset_ + (control_.now() - started_) - (control_.pausedSeconds() - pausedBefore_);
}

void ProgressReporter::report(int64_t step, bool force) {
  const auto now = Clock::now();
  if (!force && std::chrono::duration<double>(now - last_).count() < interval_) {
    return;
  }
  last_ = now;
  pending_.step = step;
  pending_.totalSteps = totalSteps_;
  pending_.wallSeconds = elapsed();
  pending_.etaSeconds = step > 0 ? pending_.wallSeconds / static_cast<double>(step) *
                                       static_cast<double>(totalSteps_ - step)
                                 : -1.0;
  if (callback_) {
    callback_(pending_);
  }
  pending_ = ProgressBatch();
}

RunFrame::RunFrame(const RunConfig& config, const TrainOptions& options,
                   const ProgressCallback& onProgress, const RunControl& control,
                   const ResumePoint* resume, int64_t totalSteps, std::string stepName)
    : config_(config),
      options_(options),
      control_(control),
      resume_(resume),
      reporter_(onProgress, options.progressInterval, totalSteps, control),
      totalSteps_(totalSteps),
      stepName_(std::move(stepName)) {}

RunResult RunFrame::run() {
  int64_t step = 0;
  try {
    // The CLI validates while parsing; a config built in code (the GUI's form) is checked
    // here, whichever experiment it runs.
    Status ready = config_.validate();
    if (ready) {
      ready = prepare();
    }
    if (!ready) {
      result_.status = RunStatus::Failed;
      result_.message = ready.error();
      return result_;
    }
    result_.status = RunStatus::Completed;
    trainSteps(step);
  } catch (const std::exception& error) {
    result_.status = RunStatus::Failed;
    result_.message = "training failed at " + stepName_ + " " + std::to_string(step) + ": " +
                      explainOutOfMemory(config_, firstLine(error));
  }
  result_.wallSeconds = reporter_.elapsed();
  result_.learners = outcomes();
  if (writer_) {
    finishFolder();
  }
  if (!result_.message.empty()) {
    reporter_.pending().messages.push_back(result_.message);
  }
  beforeLastReport();
  reporter_.report(result_.stepsDone, true);
  return result_;
}

Status RunFrame::resolveDevice() {
  const Result<torch::Device> device = icl::core::resolveDevice(config_.device);
  if (!device) {
    return Status::failure(device.error());
  }
  // "cuda:N" (or "cpu"): the run records, and trains on, the GPU it was given.
  config_.device = device.value().str();
  config_.threads = config_.threads > 0 ? config_.threads : defaultThreadCount();
  applyThreadCount(config_.threads);
  result_.device = config_.device;
  result_.threads = config_.threads;
  return Status::success();
}

Status RunFrame::openFolder() {
  Result<std::unique_ptr<RunWriter>> writer =
      resume_ != nullptr ? RunWriter::reopen(options_.outDir, resume_->step)
                         : RunWriter::create(options_.outDir);
  if (!writer) {
    return Status::failure(writer.error());
  }
  writer_ = std::move(writer).value();
  result_.runDir = writer_->dir();
  if (resume_ != nullptr) {
    return Status::success();  // config.json stays as first written: where the run started
  }
  nlohmann::json resolved = config_.toJson();
  resolved["provenance"] = {{"icl_lab", kIclLabVersion},
                            {"git", kGitDescribe},
                            {"libtorch", libtorchVersion()},
                            {"threads", config_.threads},
                            {"device", config_.device},
                            {"created_utc", utcTimestamp()}};
  return writer_->writeConfig(resolved);
}

Status RunFrame::restoreResumableState(
    const std::vector<TrainableRef>& trainables, const std::vector<GeneratorRef>& generators,
    const std::string& listKey, std::size_t count,
    const std::function<Status(std::size_t, const nlohmann::json&)>& restore) {
  const Status loaded = loadRunState(*resume_, trainables, generators);
  if (!loaded) {
    return loaded;
  }
  const std::string source = resume_->folder.string() + "/state.json: ";
  try {
    const nlohmann::json& counters = resume_->counters;
    reporter_.setOffset(counters.at("wall_s").get<double>());
    const nlohmann::json& list = counters.at(listKey);
    if (list.size() != count) {
      return Status::failure(source + std::to_string(list.size()) + " " + listKey +
                             ", the config has " + std::to_string(count));
    }
    for (std::size_t index = 0; index < count; ++index) {
      const Status restored = restore(index, list[index]);
      if (!restored) {
        return restored;
      }
    }
  } catch (const nlohmann::json::exception& error) {
    return Status::failure(source + error.what());
  }
  result_.stepsDone = resume_->step;
  return Status::success();
}

void RunFrame::saveResumableState(int64_t step, const std::vector<TrainableRef>& trainables,
                                  const std::vector<GeneratorRef>& generators,
                                  const std::string& listKey, const nlohmann::json& list) {
  // The CSV rows up to this step must be on disk before a checkpoint refers to them.
  check(writer_->sync());
  check(writeRunState(writer_->dir(), step, trainables, generators,
                      {{"wall_s", reporter_.elapsed()}, {listKey, list}}));
}

Status RunFrame::openRun() {
  const Status resolved = resolveDevice();
  return resolved ? openFolder() : resolved;
}

void RunFrame::check(const Status& status) {
  if (!status) {
    throw std::runtime_error(status.error());
  }
}

void RunFrame::recordLoss(int64_t step, const std::string& learner, double value) {
  const LossRecord record{step, reporter_.elapsed(), learner, value};
  check(writer_->appendLosses({record}));
  reporter_.pending().losses.push_back(record);
}

void RunFrame::recordEvaluations(const std::vector<EvalRecord>& records) {
  check(writer_->appendEvaluations(records));
  auto& pending = reporter_.pending().evaluations;
  pending.insert(pending.end(), records.begin(), records.end());
}

void RunFrame::saveProgress(int64_t step) {
  check(writer_->flush());
  check(writer_->writeSummary(summary("running", "", step, outcomes())));
}

bool RunFrame::failIfAllDiverged(const std::string& learnerWord) {
  const std::vector<LearnerOutcome> all = outcomes();
  for (const LearnerOutcome& o : all) {
    if (o.status != LearnerOutcome::kDiverged) {
      return false;
    }
  }
  result_.status = RunStatus::Failed;
  result_.message =
      "every " + learnerWord + " stopped on a non-finite loss (" + divergedSummary(all) + ")";
  return true;
}

nlohmann::json RunFrame::summary(const std::string& status, const std::string& message,
                                 int64_t step, const std::vector<LearnerOutcome>& learners) const {
  return summaryJson(status, message, step, totalSteps_, reporter_.elapsed(), learners,
                     config_.experiment == Experiment::Classification);
}

void RunFrame::finishFolder() {
  const Status flushed = writer_->flush();
  if (!flushed && result_.status != RunStatus::Failed) {
    result_.status = RunStatus::Failed;
    result_.message = "the run could not save its results: " + flushed.error();
  }
  nlohmann::json finalSummary = summaryJson(
      runStatusName(result_.status), result_.message, result_.stepsDone, totalSteps_,
      result_.wallSeconds, result_.learners, config_.experiment == Experiment::Classification);
  const Status written = writer_->writeSummary(finalSummary);
  if (!written) {
    result_.status = RunStatus::Failed;
    result_.message = "the run could not save its summary: " + written.error() +
                      (result_.message.empty() ? "" : "; before that: " + result_.message);
  }
}

}  // namespace icl::core::detail
