#pragma once
// Plumbing shared by the regression and meta-meta training loops: opening the run folder with
// its provenance, throttled progress reports and the summary file. Torch-free.

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/store/run_store.h"
#include "core/training/trainer.h"

namespace icl::core::detail {

/// @brief Resolves config.device and config.threads (applying the thread count), creates the run
/// folder and writes config.json with a provenance block.
Result<std::unique_ptr<RunWriter>> openRunFolder(RunConfig& config, const TrainOptions& options);

/// @brief The summary.json content of a run.
nlohmann::json summaryJson(const std::string& status, const std::string& message, int64_t step,
                           int64_t totalSteps, double wallSeconds,
                           const std::vector<LearnerOutcome>& learners);

/// @brief The first line of an exception's message (c10::Error appends a backtrace).
std::string firstLine(const std::exception& error);

/// Collects progress and hands it to the callback at most every `interval` seconds.
class ProgressReporter {
 public:
  ProgressReporter(const ProgressCallback& callback, double interval, int64_t totalSteps);
  ProgressBatch& pending() { return pending_; }
  double elapsed() const;
  /// @brief Sends the pending batch when forced or the interval has passed.
  void report(int64_t step, bool force);

 private:
  using Clock = std::chrono::steady_clock;
  const ProgressCallback& callback_;
  double interval_;
  int64_t totalSteps_;
  Clock::time_point started_ = Clock::now();
  Clock::time_point last_ = Clock::now();
  ProgressBatch pending_;
};

}  // namespace icl::core::detail
