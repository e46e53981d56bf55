#include "core/training/run_support.h"

#include <torch/torch.h>

#include <ctime>
#include <limits>

#include <nlohmann/json.hpp>

#include "core/training/device.h"
#include "core/util/build_info.h"
#include "core/util/threading.h"

namespace icl::core::detail {

namespace {

std::string utcTimestamp() {
  const std::time_t now = std::time(nullptr);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return buffer;
}

}  // namespace

Result<std::unique_ptr<RunWriter>> openRunFolder(RunConfig& config, const TrainOptions& options) {
  using R = Result<std::unique_ptr<RunWriter>>;
  const Result<torch::Device> device = resolveDevice(config.device);
  if (!device) {
    return R::failure(device.error());
  }
  config.device = device.value().is_cuda() ? "cuda" : "cpu";
  config.threads = config.threads > 0 ? config.threads : defaultThreadCount();
  applyThreadCount(config.threads);
  Result<std::unique_ptr<RunWriter>> writer = RunWriter::create(options.outDir);
  if (!writer) {
    return writer;
  }
  nlohmann::json resolved = config.toJson();
  resolved["provenance"] = {{"icl_lab", kIclLabVersion},
                            {"git", kGitDescribe},
                            {"libtorch", TORCH_VERSION},
                            {"threads", config.threads},
                            {"device", config.device},
                            {"created_utc", utcTimestamp()}};
  const Status written = writer.value()->writeConfig(resolved);
  if (!written) {
    return R::failure(written.error());
  }
  return writer;
}

Result<std::unique_ptr<RunWriter>> reopenRunFolder(RunConfig& config, const TrainOptions& options,
                                                   int64_t step) {
  using R = Result<std::unique_ptr<RunWriter>>;
  const Result<torch::Device> device = resolveDevice(config.device);
  if (!device) {
    return R::failure(device.error());
  }
  config.device = device.value().is_cuda() ? "cuda" : "cpu";
  config.threads = config.threads > 0 ? config.threads : defaultThreadCount();
  applyThreadCount(config.threads);
  return RunWriter::reopen(options.outDir, step);
}

void finishRunFolder(RunWriter& writer, RunResult& result, const nlohmann::json& summary) {
  const Status flushed = writer.flush();
  if (!flushed && result.status != RunStatus::Failed) {
    result.status = RunStatus::Failed;
    result.message = "the run could not save its results: " + flushed.error();
  }
  nlohmann::json finalSummary = summary;
  finalSummary["status"] = runStatusName(result.status);
  finalSummary["message"] = result.message;
  const Status written = writer.writeSummary(finalSummary);
  if (!written) {
    result.status = RunStatus::Failed;
    result.message = "the run could not save its summary: " + written.error() +
                     (result.message.empty() ? "" : "; before that: " + result.message);
  }
}

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
    if (o.status == "diverged") {
      text += (text.empty() ? "" : "; ") + o.learner + " at step " + std::to_string(o.divergedStep);
    }
  }
  return text;
}

nlohmann::json summaryJson(const std::string& status, const std::string& message, int64_t step,
                           int64_t totalSteps, double wallSeconds,
                           const std::vector<LearnerOutcome>& learners) {
  nlohmann::json perLearner = nlohmann::json::object();
  for (const LearnerOutcome& o : learners) {
    perLearner[o.learner] = {{"status", o.status},
                             {"message", o.message},
                             {"parameters", o.parameters},
                             {"final_mean_sq_error", o.finalMeanSqError},
                             {"last_loss", o.lastLoss},
                             {"diverged_step", o.divergedStep}};
  }
  return {{"status", status},          {"message", message},      {"steps_done", step},
          {"total_steps", totalSteps}, {"wall_s", wallSeconds}, {"learners", perLearner}};
}

std::string firstLine(const std::exception& error) {
  const std::string what = error.what();
  return what.substr(0, what.find('\n'));
}

ProgressReporter::ProgressReporter(const ProgressCallback& callback, double interval,
                                   int64_t totalSteps)
    : callback_(callback), interval_(interval), totalSteps_(totalSteps) {}

double ProgressReporter::elapsed() const {
  return offset_ + std::chrono::duration<double>(Clock::now() - started_).count();
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

}  // namespace icl::core::detail
