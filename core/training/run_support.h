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

namespace icl::core {
struct ResumePoint;
}

namespace icl::core::detail {

/// @brief The classification loop (trainer.cpp); @p resume (may be null) continues the
/// interrupted run in options.outDir from that point instead of creating a new folder.
RunResult trainClassification(const RunConfig& config, const TrainOptions& options,
                              const ProgressCallback& onProgress, const RunControl& control,
                              const ResumePoint* resume);

/// @brief The regression loop (regression_trainer.cpp); @p resume as above.
RunResult trainRegressionRun(const RunConfig& config, const TrainOptions& options,
                             const ProgressCallback& onProgress, const RunControl& control,
                             const ResumePoint* resume);

/// @brief Reopens the folder of an interrupted run (resume): takes the lock, keeps the CSV rows
/// through @p step, and resolves config.device and config.threads as openRunFolder does.
Result<std::unique_ptr<RunWriter>> reopenRunFolder(RunConfig& config, const TrainOptions& options,
                                                   int64_t step);

/// @brief Ends a run: flushes the CSVs and writes the final summary.json. A failure of either
/// turns @p result into Failed with a message naming the file.
void finishRunFolder(RunWriter& writer, RunResult& result, const nlohmann::json& summary);

/// @brief The per-learner bookkeeping a resumed run needs back (summary fields + divergence).
nlohmann::json outcomeJson(const LearnerOutcome& outcome);
LearnerOutcome outcomeFromJson(const nlohmann::json& value);

/// @brief Resolves config.device and config.threads (applying the thread count), creates the run
/// folder and writes config.json with a provenance block.
Result<std::unique_ptr<RunWriter>> openRunFolder(RunConfig& config, const TrainOptions& options);

/// @brief The summary.json content of a run.
nlohmann::json summaryJson(const std::string& status, const std::string& message, int64_t step,
                           int64_t totalSteps, double wallSeconds,
                           const std::vector<LearnerOutcome>& learners);

/// @brief "name: message" of every diverged learner, for the message of a run where all did.
std::string divergedSummary(const std::vector<LearnerOutcome>& learners);

/// @brief The first line of an exception's message (c10::Error appends a backtrace).
std::string firstLine(const std::exception& error);

/// Collects progress and hands it to the callback at most every `interval` seconds.
class ProgressReporter {
 public:
  ProgressReporter(const ProgressCallback& callback, double interval, int64_t totalSteps);
  ProgressBatch& pending() { return pending_; }
  /// @brief Seconds since the run started, plus @p offset given by setOffset (a resumed run
  /// goes on from the wall time of its checkpoint).
  double elapsed() const;
  void setOffset(double seconds) { offset_ = seconds; }
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
  double offset_ = 0.0;
};

}  // namespace icl::core::detail
