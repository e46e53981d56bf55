#include "core/sweep/sweep_runner.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>
#include <thread>
#include <vector>

#include "core/store/run_catalog.h"
#include "core/sweep/sweep_folder.h"
#include "core/training/resume.h"
#include "core/util/atomic_file.h"

extern char** environ;

namespace icl::core {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;
using Kind = SweepEvent::Kind;

// Name of the lock file that keeps two sweep processes out of one folder.
constexpr const char* kSweepLockFile = "sweep.lock";

/// An exclusive flock on SWEEP/sweep.lock for as long as this object lives; the kernel drops
/// it when the process dies, even by SIGKILL, so a killed sweep never blocks its successor.
class SweepLock {
 public:
  static Result<SweepLock> acquire(const fs::path& sweepDir) {
    const fs::path path = sweepDir / kSweepLockFile;
    // O_CLOEXEC: the point processes must not inherit (and so keep holding) the lock.
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
      return Result<SweepLock>::failure("cannot open " + path.string() + ": " +
                                        std::strerror(errno));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      ::close(fd);
      return Result<SweepLock>::failure("another icl-lab-cli process is running the sweep in " +
                                        sweepDir.string() + " (it holds " + path.string() + ")");
    }
    return Result<SweepLock>::success(SweepLock(fd));
  }
  SweepLock(SweepLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  SweepLock& operator=(SweepLock&&) = delete;
  SweepLock(const SweepLock&) = delete;
  SweepLock& operator=(const SweepLock&) = delete;
  ~SweepLock() {
    if (fd_ >= 0) {
      ::close(fd_);
    }
  }

 private:
  explicit SweepLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

/// What to do with a point whose run folder may already exist.
struct Decision {
  enum class Action { Keep, Run, Resume, Busy } action = Action::Run;
  std::string detail;  // Run after a move: where the old folder went; Busy: why
};

std::string lastKeyComponent(const std::string& key) {
  const std::size_t dot = key.rfind('.');
  return dot == std::string::npos ? key : key.substr(dot + 1);
}

/// The first free "<dir>.incomplete-N", N from 1.
fs::path asideName(const fs::path& dir) {
  std::error_code error;
  for (int n = 1;; ++n) {
    fs::path candidate = dir;
    candidate += ".incomplete-" + std::to_string(n);
    if (!fs::exists(candidate, error)) {
      return candidate;
    }
  }
}

bool isCompletedRun(const fs::path& dir) {
  std::error_code error;
  if (!fs::exists(dir, error)) {
    return false;
  }
  const RunCatalogEntry entry = readCatalogEntry(dir);
  return entry.readable && entry.status == "completed";
}

Decision decide(const fs::path& sweepDir, const SweepPoint& point, int64_t threads) {
  const fs::path dir = sweepDir / point.folder;
  std::error_code error;
  if (!fs::exists(dir, error)) {
    return {Decision::Action::Run, ""};
  }
  if (isCompletedRun(dir)) {
    return {Decision::Action::Keep, ""};
  }
  const RunCatalogEntry entry = readCatalogEntry(dir);
  if (entry.readable && entry.status == "running") {
    return {Decision::Action::Busy, dir.string() + " is being written by another process (its " +
                                        "run lock is held); run the sweep again once it ends"};
  }
  ResumeOptions options;
  options.threads = threads;
  const Result<ResumePlan> plan = planResume(dir, options);
  if (plan) {
    return {Decision::Action::Resume, ""};
  }
  // Not resumable (no config.json yet, a meta_meta run, a corrupt checkpoint): keep the old
  // folder beside the new one, never delete it.
  const fs::path aside = asideName(dir);
  fs::rename(dir, aside, error);
  if (error) {
    return {Decision::Action::Busy,
            "cannot move " + dir.string() + " aside to " + aside.string() + ": " + error.message()};
  }
  return {Decision::Action::Run, "moved " + point.folder + " to " + aside.filename().string() +
                                     " (" + plan.error() + ")"};
}

/// The last line of @p text that starts with "error: " (without it), else the last non-empty
/// line: what a point's process said last about why it failed.
std::string lastMeaningfulLine(const std::string& text) {
  std::istringstream lines(text);
  std::string lastError;
  std::string lastLine;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("error: ", 0) == 0) {
      lastError = line.substr(7);
    }
    if (line.find_first_not_of(" \t\r") != std::string::npos) {
      lastLine = line;
    }
  }
  return lastError.empty() ? lastLine : lastError;
}

/// The bytes of @p path after @p offset; empty when unreadable.
std::string readFrom(const fs::path& path, std::uintmax_t offset) {
  const Result<std::string> text = readWholeFile(path);
  if (!text || text.value().size() <= offset) {
    return "";
  }
  return text.value().substr(offset);
}

std::string shellWords(const std::vector<std::string>& words) {
  std::string line;
  for (const std::string& word : words) {
    line += (line.empty() ? "" : " ") + word;
  }
  return line;
}

/// Starts @p args with stdin from /dev/null and stdout and stderr appended to @p logPath.
Result<pid_t> spawnLogged(const std::vector<std::string>& args, const fs::path& logPath) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, logPath.c_str(),
                                   O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  std::vector<char*> argv;
  for (const std::string& arg : args) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int failed = ::posix_spawn(&pid, args.front().c_str(), &actions, nullptr, argv.data(),
                                   environ);
  posix_spawn_file_actions_destroy(&actions);
  if (failed != 0) {
    return Result<pid_t>::failure("cannot start " + args.front() + ": " + std::strerror(failed));
  }
  return Result<pid_t>::success(pid);
}

/// One point's process while it runs.
struct Child {
  pid_t pid = 0;
  std::size_t index = 0;
  Clock::time_point started;
  fs::path log;
  std::uintmax_t logOffset = 0;  // where this attempt's output begins in the log
};

class Runner {
 public:
  Runner(fs::path sweepDir, SweepManifest manifest, const SweepRunOptions& options)
      : dir_(std::move(sweepDir)), manifest_(std::move(manifest)), options_(options) {}

  SweepRunResult run() {
    std::vector<std::size_t> todo;
    for (std::size_t i = 0; i < manifest_.points.size(); ++i) {
      const SweepPoint& point = manifest_.points[i];
      if (isCompletedRun(dir_ / point.folder)) {
        setStatus(i, SweepPointStatus::Completed, "");
        emit(Kind::Kept, i, 0.0, "");
      } else {
        // A status left by an earlier, killed invocation ("running") is stale now.
        setStatus(i, SweepPointStatus::Pending, "");
        todo.push_back(i);
      }
    }
    save();
    std::size_t next = 0;
    bool forwarded = false;
    while (true) {
      const bool stopping = interrupted();
      if (stopping && !forwarded) {
        // The children may have had the terminal's SIGINT already; a second one does no harm.
        for (const Child& child : running_) {
          ::kill(child.pid, SIGINT);
        }
        forwarded = true;
      }
      while (!stopping && next < todo.size() &&
             static_cast<int64_t>(running_.size()) < options_.jobs) {
        launch(todo[next++]);
      }
      reap();
      if (running_.empty() && (stopping || next >= todo.size())) {
        break;
      }
      std::this_thread::sleep_for(std::chrono::duration<double>(options_.pollSeconds));
    }
    SweepRunResult result;
    result.interrupted = interrupted();
    for (const SweepPoint& point : manifest_.points) {
      result.completed += point.status == SweepPointStatus::Completed;
      result.failed += point.status == SweepPointStatus::Failed;
      result.stopped += point.status == SweepPointStatus::Stopped;
      result.pending += point.status == SweepPointStatus::Pending;
    }
    result.manifestProblem = manifestProblem_;
    return result;
  }

 private:
  bool interrupted() const { return options_.interrupt != nullptr && options_.interrupt->load(); }

  void emit(Kind kind, std::size_t index, double seconds, const std::string& detail) {
    if (options_.onEvent) {
      options_.onEvent({kind, index, manifest_.points.size(), manifest_.points[index], seconds,
                        detail});
    }
  }

  void setStatus(std::size_t index, SweepPointStatus status, const std::string& message) {
    manifest_.points[index].status = status;
    manifest_.points[index].message = message;
  }

  void save() {
    const Status written = writeSweepManifest(dir_, manifest_);
    if (!written && manifestProblem_.empty()) {
      manifestProblem_ = written.error();
    }
  }

  void launch(std::size_t index) {
    const SweepPoint& point = manifest_.points[index];
    const Decision decision = decide(dir_, point, options_.threads);
    if (decision.action == Decision::Action::Keep) {
      setStatus(index, SweepPointStatus::Completed, "");
      save();
      emit(Kind::Kept, index, 0.0, "");
      return;
    }
    if (decision.action == Decision::Action::Busy) {
      setStatus(index, SweepPointStatus::Failed, decision.detail);
      save();
      emit(Kind::Failed, index, 0.0, decision.detail);
      return;
    }
    const std::string threads = std::to_string(options_.threads);
    const std::string runDir = (dir_ / point.folder).string();
    std::vector<std::string> args = {options_.cliExecutable.string()};
    if (decision.action == Decision::Action::Resume) {
      args.insert(args.end(), {"resume", runDir, "--quiet", "--threads", threads});
    } else {
      args.insert(args.end(), {"run", "--config", sweepPointConfigPath(dir_, point).string(),
                               "--out", runDir, "--quiet", "--threads", threads});
    }
    Child child;
    child.index = index;
    child.log = dir_ / kSweepLogsFolder / (point.folder + ".log");
    {
      std::ofstream header(child.log, std::ios::app);
      header << "== " << shellWords(args) << "\n";
    }
    std::error_code error;
    child.logOffset = fs::exists(child.log, error) ? fs::file_size(child.log, error) : 0;
    const Result<pid_t> pid = spawnLogged(args, child.log);
    if (!pid) {
      setStatus(index, SweepPointStatus::Failed, pid.error());
      save();
      emit(Kind::Failed, index, 0.0, pid.error());
      return;
    }
    child.pid = pid.value();
    child.started = Clock::now();
    running_.push_back(child);
    setStatus(index, SweepPointStatus::Running, "");
    save();
    const Kind kind = decision.action == Decision::Action::Resume ? Kind::Resumed
                      : decision.detail.empty()                   ? Kind::Started
                                                                  : Kind::Restarted;
    emit(kind, index, 0.0, decision.detail);
  }

  void reap() {
    for (auto child = running_.begin(); child != running_.end();) {
      int waitStatus = 0;
      const pid_t done = ::waitpid(child->pid, &waitStatus, WNOHANG);
      if (done == 0 || (done < 0 && errno == EINTR)) {
        ++child;
        continue;
      }
      finish(*child, done < 0 ? -1 : waitStatus);
      child = running_.erase(child);
    }
  }

  void finish(const Child& child, int waitStatus) {
    const double seconds = std::chrono::duration<double>(Clock::now() - child.started).count();
    const bool exited = waitStatus >= 0 && WIFEXITED(waitStatus);
    const int code = exited ? WEXITSTATUS(waitStatus) : -1;
    const int signal = waitStatus >= 0 && WIFSIGNALED(waitStatus) ? WTERMSIG(waitStatus) : 0;
    std::string said = lastMeaningfulLine(readFrom(child.log, child.logOffset));
    if (exited && code == 0) {
      setStatus(child.index, SweepPointStatus::Completed, "");
      save();
      emit(Kind::Completed, child.index, seconds, "");
      return;
    }
    // 130: the run stopped cleanly on SIGINT (ours, forwarded, or the terminal's).
    if ((exited && code == 130) || signal == SIGINT) {
      const std::string message = "stopped; run the sweep again to continue it";
      setStatus(child.index, SweepPointStatus::Stopped, message);
      save();
      emit(Kind::Stopped, child.index, seconds, message);
      return;
    }
    std::string message = said;
    if (message.empty()) {
      message = exited ? "exited with code " + std::to_string(code)
                       : signal != 0 ? std::string("killed by signal ") + std::to_string(signal) +
                                           " (" + strsignal(signal) + ")"
                                     : "lost track of its process";
    }
    setStatus(child.index, SweepPointStatus::Failed, message);
    save();
    emit(Kind::Failed, child.index, seconds, message);
  }

  fs::path dir_;
  SweepManifest manifest_;
  const SweepRunOptions& options_;
  std::vector<Child> running_;
  std::string manifestProblem_;
};

}  // namespace

std::string formatSweepDuration(double seconds) {
  const long total = seconds < 0.0 ? 0 : static_cast<long>(seconds + 0.5);
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
  }
  return text;
}

std::string describeSweepEvent(const SweepEvent& event) {
  std::string line = "[" + std::to_string(event.index + 1) + "/" + std::to_string(event.total) +
                     "] seed" + std::to_string(event.point.seed);
  for (const auto& [key, value] : event.point.settings) {
    line += " " + lastKeyComponent(key) + "=" + value;
  }
  const std::string took = formatSweepDuration(event.seconds);
  switch (event.kind) {
    case Kind::Started: return line + " started";
    case Kind::Resumed: return line + " resumed from its last checkpoint";
    case Kind::Restarted: return line + " started again: " + event.detail;
    case Kind::Kept: return line + " already completed, kept";
    case Kind::Completed: return line + " completed in " + took;
    case Kind::Failed: return line + " failed after " + took + ": " + event.detail;
    case Kind::Stopped: return line + " stopped after " + took;
  }
  return line;
}

Result<SweepRunResult> runSweep(const fs::path& sweepDir, const SweepRunOptions& options) {
  using R = Result<SweepRunResult>;
  if (options.jobs < 1 || options.threads < 1) {
    throw std::invalid_argument("runSweep: jobs and threads must be >= 1");
  }
  if (::access(options.cliExecutable.c_str(), X_OK) != 0) {
    return R::failure("cannot run the points: " + options.cliExecutable.string() +
                      " is not an executable");
  }
  Result<SweepLock> lock = SweepLock::acquire(sweepDir);
  if (!lock) {
    return R::failure(lock.error());
  }
  Result<SweepManifest> manifest = readSweepManifest(sweepDir);
  if (!manifest) {
    return R::failure(manifest.error());
  }
  Runner runner(sweepDir, std::move(manifest).value(), options);
  return R::success(runner.run());
}

}  // namespace icl::core
