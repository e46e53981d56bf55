#pragma once
// Resuming a stopped, failed or killed run from its last checkpoint (issue #8). On the same
// machine and thread count the resumed run writes the same eval.csv, stages.csv and train.csv
// (but wall_s) as a run that was never interrupted. Torch-free, for the CLI and the window.

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/config/run_config.h"
#include "core/training/trainer.h"
#include "core/util/result.h"

namespace icl::core {

struct ResumeOptions {
  int64_t threads = 0;             // 0: the thread count recorded in config.json
  double progressInterval = 0.1;   // seconds between progress batches
};

/// What a resume of a run folder would do.
struct ResumePlan {
  RunConfig config;          // as recorded in config.json (threads as ResumeOptions says)
  std::string status;        // the folder's status as a reader sees it (e.g. "interrupted")
  int64_t fromStep = -1;     // the checkpoint's step; -1: no checkpoint, starts over at 0
};

/// @brief Whether @p dir can be resumed. The error names the folder and the reason: not a run
/// folder, still running (its lock is held), completed, a meta_meta run, a corrupt checkpoint.
Result<ResumePlan> planResume(const std::filesystem::path& dir, const ResumeOptions& options);

/// @brief Continues the run in @p dir from its last checkpoint to the end of its schedule.
/// Rows of train.csv, eval.csv and stages.csv after the checkpoint's step are dropped first.
/// A refusal (see planResume) comes back as Failed with an empty runDir.
RunResult resumeRun(const std::filesystem::path& dir, const ResumeOptions& options,
                    const ProgressCallback& onProgress, const RunControl& control);

}  // namespace icl::core
