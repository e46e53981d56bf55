#pragma once
// What the three training loops (trainer.cpp, regression_trainer.cpp, meta_meta_trainer.cpp)
// share: RunFrame, which opens the run folder with its provenance, records losses and
// evaluations, and ends every run the same way; throttled progress reports; summary.json.
// Torch-free.

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/store/run_store.h"
#include "core/training/trainer.h"

namespace icl::core {
struct ResumePoint;
struct TrainableRef;
struct GeneratorRef;
}

namespace icl::core::detail {

/// @brief The classification loop (trainer.cpp); @p resume (may be null) continues the
/// interrupted run in options.outDir from that point instead of creating a new folder.
RunResult trainClassification(const RunConfig& config, const TrainOptions& options,
                              const ProgressCallback& onProgress, const RunControl& control,
                              const ResumePoint* resume);

/// @brief generalisation.after_training: evaluates the completed classification run of
/// @p result into its untagged generalisation files, reporting progress as batches with an
/// activity. A failure (or a stop) adds a message to @p result but leaves it completed.
void evaluateAfterTraining(const RunConfig& config, RunResult& result,
                           const ProgressCallback& onProgress, const RunControl& control);

/// @brief The regression loop (regression_trainer.cpp); @p resume as above.
RunResult trainRegressionRun(const RunConfig& config, const TrainOptions& options,
                             const ProgressCallback& onProgress, const RunControl& control,
                             const ResumePoint* resume);

/// @brief The per-learner bookkeeping a resumed run needs back (summary fields + divergence).
nlohmann::json outcomeJson(const LearnerOutcome& outcome);
LearnerOutcome outcomeFromJson(const nlohmann::json& value);

/// @brief The summary.json content of a run. Classification runs report the best and final
/// mean accuracy of each learner, the others the final mean squared error.
nlohmann::json summaryJson(const std::string& status, const std::string& message, int64_t step,
                           int64_t totalSteps, double wallSeconds,
                           const std::vector<LearnerOutcome>& learners, bool classification);

/// @brief "name at step k" of every diverged learner, for the message of a run where all did.
std::string divergedSummary(const std::vector<LearnerOutcome>& learners);

/// Collects progress and hands it to the callback at most every `interval` seconds.
class ProgressReporter {
 public:
  /// @param control times the run: its clock, and the pauses it has blocked in
  ProgressReporter(const ProgressCallback& callback, double interval, int64_t totalSteps,
                   const RunControl& control);
  ProgressBatch& pending() { return pending_; }
  /// @brief Seconds of training since the run started (time paused left out), plus the offset
  /// given by setOffset (a resumed run goes on from the wall time of its checkpoint).
  double elapsed() const;
  void setOffset(double seconds) { offset_ = seconds; }
  /// @brief Sends the pending batch when forced or the interval has passed.
  void report(int64_t step, bool force);

 private:
  using Clock = std::chrono::steady_clock;
  const ProgressCallback& callback_;
  double interval_;
  int64_t totalSteps_;
  const RunControl& control_;
  double started_;  // on control_'s clock
  double pausedBefore_;  // control_'s paused seconds before this run: not this run's pauses
  Clock::time_point last_ = Clock::now();
  ProgressBatch pending_;
  double offset_ = 0.0;
};

/// The frame of one training loop, one instance per run: run() validates the config, calls
/// prepare() and trainSteps(), and however they end (an exception included) writes the final
/// summary.json and sends the last progress batch. Inside trainSteps() an exception ends the
/// run as Failed with its first line as the message; check() turns a Status into one.
class RunFrame {
 public:
  virtual ~RunFrame() = default;
  RunFrame(const RunFrame&) = delete;
  RunFrame& operator=(const RunFrame&) = delete;

  RunResult run();

 protected:
  /// @param totalSteps the steps of the schedule; @param stepName what the steps are called in
  /// messages ("step", "meta-step")
  RunFrame(const RunConfig& config, const TrainOptions& options,
           const ProgressCallback& onProgress, const RunControl& control,
           const ResumePoint* resume, int64_t totalSteps, std::string stepName);

  /// @brief Opens the run, up to where the learners are built; a failure ends it as Failed.
  virtual Status prepare() = 0;
  /// @brief The steps of the run. result_.status is Completed on entry; @p step is the step in
  /// progress, named in the message of an exception.
  virtual void trainSteps(int64_t& step) = 0;
  /// @brief Every learner's outcome so far, in summary order.
  virtual std::vector<LearnerOutcome> outcomes() const = 0;
  /// @brief Last words before the final progress batch (e.g. the stages of every arm).
  virtual void beforeLastReport() {}

  /// @brief Resolves config_.device and config_.threads and applies the thread count.
  Status resolveDevice();
  /// @brief Creates the run folder and writes config.json with a provenance block or, resuming,
  /// reopens it keeping the rows through the checkpoint's step.
  Status openFolder();
  /// @brief resolveDevice(), then openFolder().
  Status openRun();
  /// @brief Resuming: loads models, optimisers and generators from the checkpoint, the wall
  /// time, and hands each entry of the counters' list @p listKey ("learners", "arms"; one per
  /// learner, @p count of them) to @p restore. The error names state.json.
  Status restoreResumableState(
      const std::vector<TrainableRef>& trainables, const std::vector<GeneratorRef>& generators,
      const std::string& listKey, std::size_t count,
      const std::function<Status(std::size_t, const nlohmann::json&)>& restore);
  /// @brief After an evaluation: syncs the CSV files, then writes the resumable state at
  /// @p step with @p list (one entry per learner) under @p listKey; throws on failure.
  void saveResumableState(int64_t step, const std::vector<TrainableRef>& trainables,
                          const std::vector<GeneratorRef>& generators,
                          const std::string& listKey, const nlohmann::json& list);
  /// @brief Throws for a failed @p status, to end the run from inside trainSteps().
  static void check(const Status& status);
  /// @brief Appends a loss row to train.csv and the pending progress batch.
  void recordLoss(int64_t step, const std::string& learner, double value);
  /// @brief Appends evaluation rows to eval.csv and the pending progress batch.
  void recordEvaluations(const std::vector<EvalRecord>& records);
  /// @brief After an evaluation: flushes the CSV files and rewrites summary.json ("running").
  void saveProgress(int64_t step);
  /// @brief When every learner has diverged, ends the run as Failed naming them ("every
  /// @p learnerWord stopped ...") and returns true.
  bool failIfAllDiverged(const std::string& learnerWord);

  RunConfig config_;
  TrainOptions options_;
  const RunControl& control_;
  const ResumePoint* resume_;  // null for a new run
  ProgressReporter reporter_;
  std::unique_ptr<RunWriter> writer_;
  RunResult result_;

 private:
  nlohmann::json summary(const std::string& status, const std::string& message, int64_t step,
                         const std::vector<LearnerOutcome>& learners) const;
  /// Flushes the CSVs and writes the final summary.json; a failure of either turns result_
  /// into Failed with a message naming the file.
  void finishFolder();

  int64_t totalSteps_;
  std::string stepName_;
};

/// @brief Marks @p outcome diverged at @p step with @p message.
void markDiverged(LearnerOutcome& outcome, int64_t step, const std::string& message);

}  // namespace icl::core::detail
