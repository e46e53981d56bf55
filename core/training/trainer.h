#pragma once
// The training loop of the proving experiments (design.md §4): every enabled learner is trained on
// the same batches, evaluated on the same fixed test sets, and stored in one run folder.
// Synchronous and Qt-free: the CLI calls it on its main thread, the GUI on a worker thread.
// This header is torch-free so that Qt translation units can include it.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/config/run_config.h"
#include "core/store/records.h"
#include "core/training/run_control.h"

namespace icl::core {

/// Where one arm of a curriculum run stands (regression runs; empty otherwise).
struct StageProgress {
  std::string learner;          // e.g. "gpt_curriculum"
  int64_t stageIndex = 0;       // into curriculumStages(...) of that arm
  int64_t stageCount = 1;
  int64_t dims = 0;             // active dimensions of the current stage
  int64_t points = 0;           // points per prompt of the current stage
  int64_t stageFirstStep = 1;   // first step of the current stage
  int64_t nextBoundaryStep = -1;  // last step of the current stage; -1 when it is the last one
};

/// What the training thread reports, batched (at most every progressInterval seconds, plus at
/// every evaluation and at the end).
struct ProgressBatch {
  int64_t step = 0;
  int64_t totalSteps = 0;
  double wallSeconds = 0.0;
  double etaSeconds = -1.0;  // < 0 while unknown
  std::vector<LossRecord> losses;       // every loss since the previous batch
  std::vector<EvalRecord> evaluations;  // evaluations finished since the previous batch
  std::vector<std::string> messages;    // e.g. a learner stopped on a non-finite loss
  std::vector<StageProgress> stages;    // regression runs: the current stage of every arm
  bool pausedAtStageBoundary = false;   // the run now waits at a boundary (step = boundary)
  /// What a completed run does after its last step, for a status line: "generalisation 3/28:
  /// shift sigma=2 proto (final)" while generalisation.after_training evaluates it; else empty.
  std::string activity;
};

enum class RunStatus { Completed, Stopped, Failed };
std::string runStatusName(RunStatus status);

struct LearnerOutcome {
  static constexpr const char* kOk = "ok";
  static constexpr const char* kDiverged = "diverged";  // its loss was not finite; it stopped

  std::string learner;
  std::string status = kOk;  // kOk or kDiverged
  std::string message;
  int64_t parameters = 0;
  int64_t bestStep = -1;
  double bestMeanAccuracy = -1.0;   // chosen on the test set, as upstream (§7.10)
  double finalMeanAccuracy = -1.0;  // at the last evaluation
  double lastLoss = -1.0;
  double finalMeanSqError = -1.0;  // regression/meta-meta: mean sq_error at the last evaluation
  int64_t divergedStep = -1;       // the step whose loss was not finite; -1 unless kDiverged
};

struct RunResult {
  RunStatus status = RunStatus::Failed;
  std::string message;
  std::filesystem::path runDir;
  int64_t stepsDone = 0;
  double wallSeconds = 0.0;
  std::string device;
  int64_t threads = 0;
  std::vector<LearnerOutcome> learners;
};

struct TrainOptions {
  std::filesystem::path outDir;    // the run folder; must not hold files yet
  double progressInterval = 0.1;   // seconds between progress batches
};

using ProgressCallback = std::function<void(const ProgressBatch&)>;

/// @brief Runs the experiment of @p config to completion, a stop request, or failure.
/// Dispatches on config.experiment: classification (design.md §4), regression with a curriculum
/// (I1, regression_trainer) or meta-meta-learning (I2, meta_meta_trainer); all write the same
/// run folder layout and report through the same ProgressBatch/RunResult.
/// Never throws for user-caused problems: they come back as Failed with a message.
RunResult train(const RunConfig& config, const TrainOptions& options,
                const ProgressCallback& onProgress, const RunControl& control);

}  // namespace icl::core
