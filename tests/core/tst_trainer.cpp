// The trainer (#2, design.md §4): a tiny run writes a complete, readable run folder; the same seed
// gives an identical eval.csv; stop and pause requests; a non-finite loss stops one learner.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <string>
#include <vector>

#include "core/store/run_store.h"
#include "core/training/trainer.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/support/temp_dir.h"
#include "tests/core/tiny_config.h"

namespace fs = std::filesystem;
using namespace icl::core;
using namespace std::chrono_literals;
using icl::test::BackgroundRun;
using icl::test::fileText;
using icl::test::hasText;
using icl::test::StepLog;
using icl::test::TempDir;
using icl::test::trainInto;

namespace {
// Far more than any of these runs needs, even on a loaded machine; a hang fails, not blocks.
constexpr auto kRunTimeout = 120s;

/// A run far longer than any stop or pause point here, yet short enough (seconds) that a run
/// whose stop request is ignored still ends, and the test fails instead of hanging.
RunConfig longTinyConfig() {
  RunConfig config = tinyRunConfig();
  config.train.steps = 2000;
  config.train.evalEvery = 2000;
  return config;
}

/// A progress batch after every step.
TrainOptions everyStep(const fs::path& dir) {
  TrainOptions options;
  options.outDir = dir;
  options.progressInterval = 0.0;
  return options;
}

/// Logs every reported step and requests a pause from the report of @p pauseAt, on the training
/// thread: the loop must then hold before drawing the next step, whatever the timing.
ProgressCallback pauseAtStep(int64_t pauseAt, RunControl& control, StepLog& log) {
  return [pauseAt, &control, &log](const ProgressBatch& batch) {
    if (batch.step == pauseAt) {
      control.requestPause();
    }
    log.record(batch.step);
  };
}
}  // namespace

TEST(Trainer, tinyRunWritesACompleteRunFolder) {
  TempDir temp;
  const fs::path dir = temp / "run";
  RunControl control;
  std::vector<ProgressBatch> batches;
  const RunResult result = trainInto(tinyRunConfig(), dir, control,
                                     [&](const ProgressBatch& batch) { batches.push_back(batch); });
  ASSERT_EQ(result.status, RunStatus::Completed) << result.message;
  EXPECT_EQ(result.stepsDone, 6);
  EXPECT_EQ(result.learners.size(), 4u);
  const auto data = readRun(dir);
  ASSERT_TRUE(data.ok()) << data.error();
  EXPECT_EQ(data.value().losses.size(), 6u * 4);
  // Evaluations at steps 0, 3, 6: 4 learners x 4 test families x 8 shots each.
  EXPECT_EQ(data.value().evaluations.size(), 3u * 4 * 4 * 8);
  for (const EvalRecord& row : data.value().evaluations) {
    EXPECT_TRUE(row.value >= 0.0 && row.value <= 1.0) << row.value;
    EXPECT_TRUE(row.ciLow <= row.value && row.value <= row.ciHigh);
    EXPECT_EQ(row.nTasks, 8);
    EXPECT_EQ(row.metric, "accuracy");
  }
  EXPECT_EQ(data.value().summary["status"].get<std::string>(), "completed");
  EXPECT_EQ(data.value().provenance["threads"].get<int64_t>(), 1);
  EXPECT_TRUE(data.value().provenance.contains("libtorch"));
  for (const std::string name : {"icl", "matchnet", "protonet", "cnp"}) {
    EXPECT_TRUE(fs::exists(dir / "checkpoints" / (name + "-best.pt"))) << name;
    EXPECT_TRUE(fs::exists(dir / "checkpoints" / (name + "-final.pt"))) << name;
  }
  // Progress carried every loss and every evaluation.
  std::size_t losses = 0;
  std::size_t evaluations = 0;
  for (const ProgressBatch& batch : batches) {
    losses += batch.losses.size();
    evaluations += batch.evaluations.size();
  }
  EXPECT_EQ(losses, data.value().losses.size());
  EXPECT_EQ(evaluations, data.value().evaluations.size());
  ASSERT_FALSE(batches.empty());
  EXPECT_EQ(batches.back().step, 6);
}

TEST(Trainer, sameSeedGivesIdenticalEvalCsv) {
  TempDir temp;
  RunControl control;
  RunConfig config = tinyRunConfig();
  config.seed = 3;
  ASSERT_EQ(trainInto(config, temp / "a", control).status, RunStatus::Completed);
  ASSERT_EQ(trainInto(config, temp / "b", control).status, RunStatus::Completed);
  config.seed = 4;
  ASSERT_EQ(trainInto(config, temp / "c", control).status, RunStatus::Completed);
  const std::string a = fileText(temp / "a" / "eval.csv");
  EXPECT_GT(a.size(), 1000u);
  EXPECT_EQ(a, fileText(temp / "b" / "eval.csv"));
  EXPECT_NE(a, fileText(temp / "c" / "eval.csv"));
  // Losses too (wall times differ, so compare the loss column only).
  const auto lossesA = readRun(temp / "a").value().losses;
  const auto lossesB = readRun(temp / "b").value().losses;
  ASSERT_EQ(lossesA.size(), lossesB.size());
  ASSERT_EQ(lossesA.size(), 6u * 4);
  for (std::size_t i = 0; i < lossesA.size(); ++i) {
    EXPECT_EQ(lossesA[i].step, lossesB[i].step) << "row " << i;
    EXPECT_EQ(lossesA[i].learner, lossesB[i].learner) << "row " << i;
    EXPECT_EQ(lossesA[i].loss, lossesB[i].loss) << "row " << i;
  }
}

TEST(Trainer, stopRequestEndsTheRunWithinAStep) {
  TempDir temp;
  RunControl control;
  const TrainOptions options = everyStep(temp / "run");
  const RunResult result = train(
      longTinyConfig(), options,
      [&](const ProgressBatch& batch) {
        if (batch.step >= 5) {
          control.requestStop();
        }
      },
      control);
  EXPECT_EQ(result.status, RunStatus::Stopped);
  EXPECT_EQ(result.stepsDone, 5);
  const auto data = readRun(options.outDir);
  ASSERT_TRUE(data.ok()) << data.error();
  EXPECT_EQ(data.value().summary["status"].get<std::string>(), "stopped");
  EXPECT_TRUE(fs::exists(options.outDir / "checkpoints" / "icl-final.pt"));
}

// Paused from the report of step 3: the test's thread waits (the window in which a broken
// pause would go on), then resumes.
TEST(Trainer, pauseHoldsTheLoopUntilResume) {
  TempDir temp;
  RunConfig config = tinyRunConfig();
  config.train.steps = 50;
  config.train.evalEvery = 1000;
  RunControl control;
  StepLog log;
  BackgroundRun run(config, everyStep(temp / "run"), pauseAtStep(3, control, log), control);
  ASSERT_TRUE(log.waitForStep(3, kRunTimeout)) << "last step reported: " << log.last();
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(log.last(), 3) << "steps were made while paused";
  EXPECT_FALSE(run.waitFor(0ms).has_value()) << "the paused run ended";
  control.resume();
  const auto result = run.waitFor(kRunTimeout);
  ASSERT_TRUE(result.has_value()) << "the resumed run did not end; last step " << log.last();
  EXPECT_EQ(result->status, RunStatus::Completed) << result->message;
  EXPECT_EQ(result->stepsDone, 50);
  // Every step reported once, in order, after the initial evaluation (step 0); the final
  // report repeats the last step.
  std::vector<int64_t> expected;
  for (int64_t step = 0; step <= 50; ++step) {
    expected.push_back(step);
  }
  expected.push_back(50);
  EXPECT_EQ(log.steps(), expected);
}

// A stop wakes a paused run, which ends without another step.
TEST(Trainer, stopWhilePausedEndsTheRunAtThePausedStep) {
  TempDir temp;
  RunControl control;
  StepLog log;
  BackgroundRun run(longTinyConfig(), everyStep(temp / "run"), pauseAtStep(4, control, log),
                    control);
  ASSERT_TRUE(log.waitForStep(4, kRunTimeout)) << "last step reported: " << log.last();
  control.requestStop();
  const auto result = run.waitFor(kRunTimeout);
  ASSERT_TRUE(result.has_value()) << "a stop did not end the paused run";
  EXPECT_EQ(result->status, RunStatus::Stopped);
  EXPECT_EQ(result->stepsDone, 4);
  const auto data = readRun(temp / "run");
  ASSERT_TRUE(data.ok()) << data.error();
  EXPECT_EQ(data.value().summary["status"].get<std::string>(), "stopped");
}

TEST(Trainer, nonFiniteLossStopsOnlyThatLearner) {
  TempDir temp;
  RunConfig config = tinyRunConfig();
  config.train.steps = 12;
  // Adam moves every weight by ~lr per step, so lr = 1e30 overflows the ICL model at once.
  config.learners.icl.lr = 1e30;
  RunControl control;
  std::vector<ProgressBatch> batches;
  const fs::path dir = temp / "run";
  const RunResult result = trainInto(config, dir, control,
                                     [&](const ProgressBatch& batch) { batches.push_back(batch); });
  ASSERT_EQ(result.status, RunStatus::Completed) << result.message;
  ASSERT_EQ(result.learners.size(), 4u);
  EXPECT_EQ(result.learners[0].learner, "icl");
  EXPECT_EQ(result.learners[0].status, "diverged");
  EXPECT_TRUE(hasText(result.learners[0].message, "at step"));
  for (std::size_t i = 1; i < result.learners.size(); ++i) {
    EXPECT_EQ(result.learners[i].status, "ok") << result.learners[i].learner;
  }
  bool warned = false;
  for (const ProgressBatch& batch : batches) {
    for (const std::string& message : batch.messages) {
      warned = warned || message.find("icl: loss is") != std::string::npos;
    }
  }
  EXPECT_TRUE(warned);
  const auto data = readRun(dir);
  ASSERT_TRUE(data.ok()) << data.error();
  EXPECT_EQ(data.value().summary["learners"]["icl"]["status"].get<std::string>(), "diverged");
}

TEST(Trainer, unusableOutputFolderFailsBeforeTraining) {
  TempDir temp;
  std::ofstream(temp / "old.txt") << "old";
  RunControl control;
  const RunResult result = trainInto(tinyRunConfig(), temp.path(), control);
  EXPECT_EQ(result.status, RunStatus::Failed);
  EXPECT_TRUE(result.runDir.empty());
  EXPECT_TRUE(hasText(result.message, "already holds files"));
}
