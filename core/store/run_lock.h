#pragma once
// An advisory lock (flock) on RUN_DIR/run.lock, held by the process that writes the run for as
// long as it writes. The kernel drops it when that process ends, even by SIGKILL, so a reader
// can tell a live run from one whose summary.json still says "running" after a crash.

#include <filesystem>
#include <string>

#include "core/util/result.h"

namespace icl::core {

/// Name of the lock file inside a run folder.
inline constexpr const char* kRunLockFile = "run.lock";

class RunLock {
 public:
  /// @brief Takes the exclusive lock on @p runDir/run.lock (creating the file).
  /// @return the held lock, or an error naming the folder (e.g. another process runs it)
  static Result<RunLock> acquire(const std::filesystem::path& runDir);

  RunLock(RunLock&& other) noexcept;
  RunLock& operator=(RunLock&& other) noexcept;
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;
  ~RunLock();

 private:
  explicit RunLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

/// @brief Whether some process (this one included) holds @p runDir's run lock right now.
bool runLockHeld(const std::filesystem::path& runDir);

/// @brief The status a reader should show: "running" only while the lock is held; a recorded
/// "running" (or no summary at all) without the lock becomes "interrupted".
std::string effectiveRunStatus(const std::string& recordedStatus, bool lockHeld);

}  // namespace icl::core
