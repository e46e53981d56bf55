#pragma once
// Running a prepared sweep folder (issue #12): each point is a separate process of the CLI
// (`icl-lab-cli run --config points/X.json --out X --quiet --threads T`), at most `jobs` at a
// time, each child's stdout and stderr appended to logs/X.log. This process is the only writer
// of sweep.json. Separate processes, not threads: LibTorch's intra-op pool, the run lock and
// the SIGINT handling are per process, and a crash of one point cannot take the others down.
//
// Continuing: a point whose run folder is completed is kept as it is; one that exists but did
// not complete is continued with `icl-lab-cli resume X` when planResume allows it, otherwise
// its folder is moved aside to X.incomplete-N (never deleted) and the point runs again.
// Torch-free header; the core does not know the CLI, so the caller passes its path.

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "core/sweep/sweep_manifest.h"
#include "core/util/result.h"

namespace icl::core {

/// Something that happened to one point, for a progress line.
struct SweepEvent {
  enum class Kind { Started, Resumed, Restarted, Kept, Completed, Failed, Stopped };
  Kind kind = Kind::Started;
  std::size_t index = 0;  // of the point in the manifest, from 0
  std::size_t total = 0;  // points in the sweep
  SweepPoint point;
  double seconds = 0.0;  // how long the process ran (Completed, Failed, Stopped)
  std::string detail;    // Failed/Stopped: the message; Restarted: where the old folder went
};

/// @brief "[3/8] seed1 lr=1e-2 completed in 0:31": one line, keys shortened to their last
/// component.
std::string describeSweepEvent(const SweepEvent& event);

/// @brief "0:31", "12:05", "1:02:03".
std::string formatSweepDuration(double seconds);

struct SweepRunOptions {
  std::filesystem::path cliExecutable;  // icl-lab-cli (the CLI passes /proc/self/exe)
  int64_t jobs = 1;                     // points running at once, >= 1
  int64_t threads = 1;                  // --threads of each point's process, >= 1
  const std::atomic<bool>* interrupt = nullptr;  // set (SIGINT): stop every point cleanly
  std::function<void(const SweepEvent&)> onEvent;  // may be empty
  double pollSeconds = 0.05;  // how often finished children and the interrupt are looked at
};

struct SweepRunResult {
  int64_t completed = 0;
  int64_t failed = 0;
  int64_t stopped = 0;
  int64_t pending = 0;       // not started (after an interrupt)
  bool interrupted = false;  // options.interrupt was set
  std::string manifestProblem;  // the first failed write of sweep.json; empty when none
};

/// @brief Runs every point of the sweep folder @p sweepDir (prepared by prepareSweepFolder)
/// that has not completed, updating sweep.json at every change of a point's status.
/// @return the counts, or an error naming the folder when the sweep cannot start (its
/// manifest unreadable, another process running it, the executable missing). A point that
/// fails is counted, not an error: the other points go on.
Result<SweepRunResult> runSweep(const std::filesystem::path& sweepDir,
                                const SweepRunOptions& options);

}  // namespace icl::core
