// icl-lab-cli sweep through the real executable (issue #12): points as separate processes,
// a sweep killed with SIGKILL that continues without re-running finished points, a point that
// fails at run time while the others complete, and the SLURM script run as two local array
// tasks. The runs are tiny (one learner, 6 steps); each test takes a few seconds.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "core/config/run_config.h"
#include "core/store/run_store.h"
#include "core/sweep/sweep_manifest.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/support/temp_dir.h"
#include "tests/core/tiny_config.h"

extern char** environ;

namespace fs = std::filesystem;
using icl::core::SweepPointStatus;
using icl::test::fileText;
using icl::test::hasText;
using icl::test::TempDir;

namespace {

const std::string kCli = ICL_LAB_CLI_PATH;

/// The tiny classification run with the ICL learner only (the fastest, and one whose
/// divergence fails the whole run).
fs::path writeTinyConfig(const TempDir& temp) {
  icl::core::RunConfig config = tinyRunConfig();
  config.learners.matchNet.enabled = false;
  config.learners.protoNet.enabled = false;
  config.learners.cnp.enabled = false;
  const fs::path path = temp / "tiny.json";
  std::ofstream(path) << config.toJsonText();
  return path;
}

/// A started process: its pid (and process group, its own) and where its output goes.
struct Process {
  pid_t pid = -1;
  fs::path out;
  fs::path err;
};

/// Starts @p args in a new process group, stdout and stderr to files in @p logDir.
Process start(const std::vector<std::string>& args, const fs::path& logDir) {
  static int count = 0;
  Process process;
  ++count;
  process.out = logDir / ("out" + std::to_string(count) + ".txt");
  process.err = logDir / ("err" + std::to_string(count) + ".txt");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, process.out.c_str(), O_WRONLY | O_CREAT, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, process.err.c_str(), O_WRONLY | O_CREAT, 0644);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);
  std::vector<char*> argv;
  for (const std::string& arg : args) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  const int failed =
      posix_spawn(&process.pid, args.front().c_str(), &actions, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (failed != 0) {
    throw std::runtime_error("cannot start " + args.front());
  }
  return process;
}

/// @return the exit code, or 128 + the signal
int wait(const Process& process) {
  int status = 0;
  while (waitpid(process.pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

Outcome runToEnd(const std::vector<std::string>& args, const fs::path& logDir) {
  const Process process = start(args, logDir);
  const int code = wait(process);
  return {code, fileText(process.out), fileText(process.err)};
}

std::vector<std::string> sweepCommand(const fs::path& config, const fs::path& out,
                                      std::vector<std::string> extra) {
  std::vector<std::string> args = {kCli, "sweep", "--config", config.string(), "--out",
                                   out.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

icl::core::SweepManifest manifestOf(const fs::path& dir) {
  auto manifest = icl::core::readSweepManifest(dir);
  if (!manifest) {
    throw std::runtime_error(manifest.error());
  }
  return manifest.value();
}

std::string runStatus(const fs::path& dir) {
  const auto run = icl::core::readRun(dir);
  return run ? run.value().summary.value("status", std::string("?")) : run.error();
}

int count(const std::string& text, const std::string& part) {
  int n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++n;
  }
  return n;
}

/// Sets an environment variable for this scope (the CLI processes inherit it).
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() { ::unsetenv(name_); }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
};

const std::vector<std::string> kTwoByTwo = {"--seeds", "0-1", "--set",
                                            "learners.icl.lr=1e-3,3e-3"};

}  // namespace

// 2 seeds x 2 values: four completed run folders and a manifest that lists them completed.
TEST(CliSweep, twoSeedsTimesTwoValuesGiveFourCompletedRuns) {
  TempDir temp;
  const fs::path config = writeTinyConfig(temp);
  const fs::path out = temp / "sweep";
  auto args = sweepCommand(config, out, kTwoByTwo);
  args.insert(args.end(), {"--jobs", "2"});
  const Outcome outcome = runToEnd(args, temp.path());
  ASSERT_EQ(outcome.code, 0) << outcome.err;
  EXPECT_TRUE(hasText(outcome.out, "4 completed, 0 failed"));
  EXPECT_TRUE(hasText(outcome.err, "[1/4] seed0 lr=1e-3 started"));
  EXPECT_TRUE(hasText(outcome.err, "[4/4] seed1 lr=3e-3 completed in "));
  const auto manifest = manifestOf(out);
  ASSERT_EQ(manifest.points.size(), 4u);
  for (const auto& point : manifest.points) {
    EXPECT_EQ(point.status, SweepPointStatus::Completed) << point.folder;
    EXPECT_EQ(runStatus(out / point.folder), "completed") << point.folder;
    const auto run = icl::core::readRun(out / point.folder);
    ASSERT_TRUE(run.ok()) << run.error();
    EXPECT_EQ(run.value().config.seed, point.seed);
    EXPECT_EQ(std::to_string(run.value().config.learners.icl.lr).substr(0, 5),
              point.settings[0].second == "1e-3" ? "0.001" : "0.003");
    EXPECT_TRUE(fs::exists(out / "logs" / (point.folder + ".log")));
  }
}

// A sweep killed with SIGKILL (the sweep and its point processes, the whole process group)
// once its first point completed continues on the next invocation of the same command: the
// completed point is kept untouched, the rest run, all four end completed.
TEST(CliSweep, aKilledSweepContinuesWithoutRerunningFinishedPoints) {
  TempDir temp;
  const fs::path config = writeTinyConfig(temp);
  const fs::path out = temp / "sweep";
  auto args = sweepCommand(config, out, kTwoByTwo);
  args.insert(args.end(), {"--jobs", "1"});
  {
    // Each checkpoint write and evaluation of a point sleeps 150 ms, so that the sweep is
    // still busy with its second point when the first is seen completed.
    ScopedEnv slow("ICL_TEST_SLOW_MS", "150");
    const Process sweep = start(args, temp.path());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    bool firstCompleted = false;
    while (!firstCompleted && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      const auto manifest = icl::core::readSweepManifest(out);
      firstCompleted = manifest.ok() && manifest.value().points.front().status ==
                                            SweepPointStatus::Completed;
    }
    ASSERT_TRUE(firstCompleted) << fileText(sweep.err);
    ::kill(-sweep.pid, SIGKILL);
    EXPECT_EQ(wait(sweep), 128 + SIGKILL);
  }
  const auto killed = manifestOf(out);
  ASSERT_NE(killed.points[1].status, SweepPointStatus::Completed)
      << "the sweep ended before it was killed; the test proves nothing";
  const fs::path first = out / killed.points.front().folder;
  const std::string configBefore = fileText(first / "config.json");
  const std::string trainBefore = fileText(first / "train.csv");
  const std::string created =
      nlohmann::json::parse(configBefore)["provenance"].value("created_utc", std::string());

  const Outcome again = runToEnd(args, temp.path());
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_TRUE(hasText(again.err, "[1/4] seed0 lr=1e-3 already completed, kept"));
  EXPECT_EQ(fileText(first / "config.json"), configBefore);
  EXPECT_EQ(fileText(first / "train.csv"), trainBefore);
  EXPECT_FALSE(created.empty());
  // One start of the first point in its log: it never ran again.
  EXPECT_EQ(count(fileText(out / "logs" / (killed.points.front().folder + ".log")), "== "), 1);
  for (const auto& point : manifestOf(out).points) {
    EXPECT_EQ(point.status, SweepPointStatus::Completed) << point.folder;
    EXPECT_EQ(runStatus(out / point.folder), "completed") << point.folder;
  }
}

// lr = 1e30 passes validation, but the only learner diverges at once, which fails its run:
// that point is marked failed with the run's message, the other completes, the exit code is 1.
TEST(CliSweep, aFailingPointIsMarkedFailedWhileTheOthersComplete) {
  TempDir temp;
  const fs::path config = writeTinyConfig(temp);
  const fs::path out = temp / "sweep";
  const Outcome outcome = runToEnd(
      sweepCommand(config, out, {"--seeds", "0", "--set", "learners.icl.lr=1e30,1e-3"}),
      temp.path());
  EXPECT_EQ(outcome.code, 1) << outcome.err;
  EXPECT_TRUE(hasText(outcome.out, "1 completed, 1 failed"));
  const auto manifest = manifestOf(out);
  ASSERT_EQ(manifest.points.size(), 2u);
  EXPECT_EQ(manifest.points[0].status, SweepPointStatus::Failed);
  const auto failedRun = icl::core::readRun(out / manifest.points[0].folder);
  ASSERT_TRUE(failedRun.ok()) << failedRun.error();
  const std::string runMessage = failedRun.value().summary.value("message", std::string());
  ASSERT_FALSE(runMessage.empty());
  EXPECT_EQ(manifest.points[0].message, runMessage);
  EXPECT_TRUE(hasText(outcome.err, "[1/2] seed0 lr=1e30 failed after"));
  EXPECT_EQ(manifest.points[1].status, SweepPointStatus::Completed);
  EXPECT_EQ(runStatus(out / manifest.points[1].folder), "completed");
}

// The SLURM script: valid bash, and two of its array tasks, run here as SLURM would run them
// (SLURM_ARRAY_TASK_ID set, ICL_LAB_CLI naming the CLI, started from another folder), give
// completed run folders; a repeated task keeps its completed run.
TEST(CliSweep, theSlurmScriptRunsArrayTasksLocally) {
  TempDir temp;
  const fs::path config = writeTinyConfig(temp);
  const fs::path out = temp / "cluster";
  const Outcome emitted = runToEnd(
      sweepCommand(config, out, {"--seeds", "0-1", "--emit", "slurm", "--slurm-cpus", "1"}),
      temp.path());
  ASSERT_EQ(emitted.code, 0) << emitted.err;
  const fs::path script = out / "sweep.slurm";
  ASSERT_TRUE(fs::exists(script));
  EXPECT_FALSE(fs::exists(out / "seed0"));  // --emit runs nothing

  EXPECT_EQ(runToEnd({"/bin/bash", "-n", script.string()}, temp.path()).code, 0);
  ScopedEnv cli("ICL_LAB_CLI", kCli);
  const auto manifest = manifestOf(out);
  for (int task = 0; task < 2; ++task) {
    ScopedEnv id("SLURM_ARRAY_TASK_ID", std::to_string(task));
    const Outcome outcome = runToEnd({"/bin/bash", script.string()}, temp.path());
    ASSERT_EQ(outcome.code, 0) << outcome.err;
    EXPECT_EQ(runStatus(out / manifest.points[task].folder), "completed");
  }
  const std::string trainBefore = fileText(out / "seed0" / "train.csv");
  {
    ScopedEnv id("SLURM_ARRAY_TASK_ID", "0");
    const Outcome repeated = runToEnd({"/bin/bash", script.string()}, temp.path());
    EXPECT_EQ(repeated.code, 0) << repeated.err;
    EXPECT_TRUE(hasText(repeated.out, "seed0 is already completed"));
  }
  EXPECT_EQ(fileText(out / "seed0" / "train.csv"), trainBefore);
  ScopedEnv id("SLURM_ARRAY_TASK_ID", "2");
  const Outcome outside = runToEnd({"/bin/bash", script.string()}, temp.path());
  EXPECT_EQ(outside.code, 2);
  EXPECT_TRUE(hasText(outside.err, "SLURM_ARRAY_TASK_ID '2' is not a task of this array"));
}

// Ctrl-C (SIGINT to the sweep process): forwarded to the running point, which stops cleanly;
// the sweep exits with 130, that point is marked stopped and the points not started pending.
TEST(CliSweep, ctrlCStopsTheRunningPointAndExitsWith130) {
  TempDir temp;
  const fs::path config = writeTinyConfig(temp);
  const fs::path out = temp / "sweep";
  ScopedEnv slow("ICL_TEST_SLOW_MS", "300");
  const Process sweep = start(sweepCommand(config, out, kTwoByTwo), temp.path());
  // Once the first point has written its config, its process has its own SIGINT handler.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  fs::path firstRun;
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const auto read = icl::core::readSweepManifest(out);
    if (read.ok() && fs::exists(out / read.value().points.front().folder / "config.json")) {
      firstRun = out / read.value().points.front().folder;
      break;
    }
  }
  ASSERT_FALSE(firstRun.empty()) << fileText(sweep.err);
  ::kill(sweep.pid, SIGINT);
  EXPECT_EQ(wait(sweep), 130) << fileText(sweep.err);
  const auto stopped = manifestOf(out);
  EXPECT_EQ(stopped.points[0].status, SweepPointStatus::Stopped);
  EXPECT_EQ(runStatus(firstRun), "stopped");
  for (std::size_t i = 1; i < stopped.points.size(); ++i) {
    EXPECT_EQ(stopped.points[i].status, SweepPointStatus::Pending) << stopped.points[i].folder;
    EXPECT_FALSE(fs::exists(out / stopped.points[i].folder));
  }
}
