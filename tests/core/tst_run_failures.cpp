// Bad runtime conditions (#8): a full disk and a non-finite loss each end the run with a
// message naming what happened, the folder stays readable, and nothing saved before is lost.
#include <gtest/gtest.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/cli.h"
#include "core/store/run_store.h"
#include "core/training/resume.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/support/temp_dir.h"
#include "tests/core/tiny_config.h"

namespace fs = std::filesystem;
using namespace icl::core;
using icl::test::hasText;
using icl::test::startsWith;
using icl::test::TempDir;
using icl::test::trainUntil;

namespace {

/// Step of the first non-finite loss of @p learner in train.csv, read independently of the
/// trainer's bookkeeping; -1 if none.
int64_t firstNonFiniteStep(const std::vector<LossRecord>& losses, const std::string& learner) {
  for (const LossRecord& row : losses) {
    if (row.learner == learner && !std::isfinite(row.loss)) {
      return row.step;
    }
  }
  return -1;
}

}  // namespace

// First, before this process has used LibTorch (GoogleTest runs tests in file order): the run
// goes in a forked child whose file size limit (RLIMIT_FSIZE, SIGXFSZ ignored: writes fail with
// EFBIG like on a full disk) is lowered right after the evaluation at step 3.
TEST(RunFailures, fullDiskFailsTheRunAndKeepsEarlierWork) {
  TempDir temp;
  const fs::path dir = temp / "run";
  int channel[2];
  ASSERT_EQ(::pipe(channel), 0);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::close(channel[0]);
    std::signal(SIGXFSZ, SIG_IGN);
    RunConfig config = tinyRunConfig();
    config.train.steps = 30;
    RunControl control;
    TrainOptions options;
    options.outDir = dir;
    const RunResult result = train(
        config, options,
        [&dir](const ProgressBatch& batch) {
          for (const EvalRecord& record : batch.evaluations) {
            if (record.step == 3) {
              // summary.json still fits, the next checkpoint's model files do not.
              const auto limit = static_cast<rlim_t>(
                  std::max(fs::file_size(dir / "train.csv"), fs::file_size(dir / "summary.json")) +
                  512);
              const rlimit fsize{limit, limit};
              ::setrlimit(RLIMIT_FSIZE, &fsize);
            }
          }
        },
        control);
    const std::string message = runStatusName(result.status) + "\n" + result.message;
    (void)!::write(channel[1], message.data(), message.size());
    ::_exit(0);
  }
  ::close(channel[1]);
  std::string message;
  char buffer[4096];
  for (ssize_t n; (n = ::read(channel[0], buffer, sizeof buffer)) > 0;) {
    message.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(channel[0]);
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status)) << "the child did not exit normally (status " << status << ")";
  std::cout << "the child's run ended: " << message << "\n";
  EXPECT_TRUE(startsWith(message, "failed\n"));
  // Which file fails first (eval.csv or a checkpoint) depends on buffering; either is named.
  EXPECT_TRUE(hasText(message, "cannot write"));
  EXPECT_TRUE(hasText(message, dir.string() + "/"));
  EXPECT_TRUE(hasText(message, "step"));

  const auto run = readRun(dir);
  ASSERT_TRUE(run.ok()) << run.error();
  EXPECT_EQ(run.value().summary["status"].get<std::string>(), "failed");
  EXPECT_TRUE(hasText(run.value().summary["message"].get<std::string>(), "cannot write"));
  // The evaluations of steps 0 and 3 and the checkpoint of step 3 survived.
  int64_t rowsAtStep3 = 0;
  for (const EvalRecord& row : run.value().evaluations) {
    rowsAtStep3 += row.step == 3 ? 1 : 0;
  }
  EXPECT_EQ(rowsAtStep3, 4 * 4 * 8);
  const Result<ResumePlan> plan = planResume(dir, ResumeOptions{});
  ASSERT_TRUE(plan.ok()) << plan.error();
  EXPECT_EQ(plan.value().fromStep, 3);
  EXPECT_TRUE(fs::is_directory(dir / "checkpoints" / "state-3"));
}

// Review §6: a failed final summary.json write ends the run as failed, naming the file (it was
// ignored, so a run could report completed while summary.json said running).
TEST(RunFailures, finalSummaryWriteFailureFailsTheRun) {
  TempDir temp;
  const fs::path dir = temp / "run";
  const RunConfig config = tinyRunConfig();
  RunControl control;
  TrainOptions options;
  options.outDir = dir;
  const RunResult result = train(
      config, options,
      [&](const ProgressBatch& batch) {
        if (batch.step == config.train.steps && !batch.evaluations.empty()) {
          // A non-empty folder where summary.json goes: renaming the new file over it fails.
          fs::remove(dir / "summary.json");
          fs::create_directories(dir / "summary.json" / "blocker");
        }
      },
      control);
  EXPECT_EQ(result.status, RunStatus::Failed);
  EXPECT_TRUE(hasText(result.message, (dir / "summary.json").string()));
}

// A NaN/Inf in one learner: it stops, the others go on; summary.json and the CLI name the
// learner and the step, which is the first non-finite row of train.csv.
TEST(RunFailures, oneDivergedLearnerIsNamedWithItsStep) {
  TempDir temp;
  const std::string dir = (temp / "run").string();
  std::ostringstream out;
  std::ostringstream err;
  // Adam moves every weight by ~lr per step, so lr = 1e30 overflows the ICL model at once.
  const int code =
      icl::app::runCli({"run", "--preset", "quick-mixture", "--out", dir, "--set", "train.steps=6",
                        "--set", "train.eval_every=3", "--set", "eval.tasks_per_family=16", "--set",
                        "learners.icl.lr=1e30", "--quiet"},
                       out, err, nullptr);
  ASSERT_EQ(code, 0) << err.str();
  const auto run = readRun(dir);
  ASSERT_TRUE(run.ok()) << run.error();
  const int64_t step = firstNonFiniteStep(run.value().losses, "icl");
  ASSERT_GE(step, 1);
  const auto& icl = run.value().summary["learners"]["icl"];
  EXPECT_EQ(icl["status"].get<std::string>(), "diverged");
  EXPECT_EQ(icl["diverged_step"].get<int64_t>(), step);
  EXPECT_EQ(run.value().summary["learners"]["cnp"]["status"].get<std::string>(), "ok");
  EXPECT_TRUE(hasText(out.str(), "icl diverged at step " + std::to_string(step)));
}

// Every learner non-finite: the run fails, the message names each learner and its step, the
// folder stays readable and the step-0 checkpoint and evaluation are kept.
TEST(RunFailures, everyLearnerDivergedFailsTheRun) {
  TempDir temp;
  const fs::path dir = temp / "run";
  RunConfig config = tinyRunConfig();
  config.train.steps = 12;
  config.learners.matchNet.enabled = false;
  config.learners.protoNet.enabled = false;
  config.learners.cnp.enabled = false;
  config.learners.icl.lr = 1e30;
  const RunResult result = trainUntil(config, dir, -1);
  EXPECT_EQ(result.status, RunStatus::Failed);
  const auto run = readRun(dir);
  ASSERT_TRUE(run.ok()) << run.error();
  const int64_t step = firstNonFiniteStep(run.value().losses, "icl");
  ASSERT_GE(step, 1);
  EXPECT_TRUE(hasText(result.message, "icl at step " + std::to_string(step)));
  EXPECT_EQ(run.value().summary["status"].get<std::string>(), "failed");
  EXPECT_EQ(run.value().summary["message"].get<std::string>(), result.message);
  ASSERT_FALSE(run.value().evaluations.empty());
  EXPECT_EQ(run.value().evaluations.front().step, 0);
  EXPECT_TRUE(fs::exists(dir / "checkpoint.json"));
}
