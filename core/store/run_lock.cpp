#include "core/store/run_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace icl::core {

Result<RunLock> RunLock::acquire(const std::filesystem::path& runDir) {
  const std::filesystem::path path = runDir / kRunLockFile;
  // O_CLOEXEC: a child process (none today) must not keep the run "running" after we die.
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Result<RunLock>::failure("cannot create " + path.string() + ": " +
                                    std::strerror(errno));
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    ::close(fd);
    if (error == EWOULDBLOCK) {
      return Result<RunLock>::failure(runDir.string() +
                                      " is in use: another process is running this run (it "
                                      "holds " + path.string() + ")");
    }
    return Result<RunLock>::failure("cannot lock " + path.string() + ": " +
                                    std::strerror(error));
  }
  return Result<RunLock>::success(RunLock(fd));
}

RunLock::RunLock(RunLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

RunLock& RunLock::operator=(RunLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) {
      ::close(fd_);
    }
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

RunLock::~RunLock() {
  if (fd_ >= 0) {
    ::close(fd_);  // closing the last descriptor releases the flock
  }
}

bool runLockHeld(const std::filesystem::path& runDir) {
  const std::filesystem::path path = runDir / kRunLockFile;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return false;  // no lock file: no process ever locked it (or a run from before #8)
  }
  // A shared lock conflicts with the writer's exclusive one; flock locks belong to the open
  // file description, so this works inside the writing process too.
  const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  ::close(fd);
  return held;
}

std::string effectiveRunStatus(const std::string& recordedStatus, bool lockHeld) {
  const bool recordedRunning = recordedStatus.empty() || recordedStatus == "running";
  if (!recordedRunning) {
    return recordedStatus;  // a final status is true whether or not the writer has exited yet
  }
  return lockHeld ? "running" : "interrupted";
}

}  // namespace icl::core
