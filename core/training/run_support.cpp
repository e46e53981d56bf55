#include "core/training/run_support.h"

#include <torch/torch.h>

#include <ctime>

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

nlohmann::json summaryJson(const std::string& status, const std::string& message, int64_t step,
                           int64_t totalSteps, double wallSeconds,
                           const std::vector<LearnerOutcome>& learners) {
  nlohmann::json perLearner = nlohmann::json::object();
  for (const LearnerOutcome& o : learners) {
    perLearner[o.learner] = {{"status", o.status},
                             {"message", o.message},
                             {"parameters", o.parameters},
                             {"final_mean_sq_error", o.finalMeanSqError},
                             {"last_loss", o.lastLoss}};
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
  return std::chrono::duration<double>(Clock::now() - started_).count();
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
