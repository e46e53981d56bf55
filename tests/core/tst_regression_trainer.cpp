// The regression (I1) and meta-meta (I2) training loops through train() (#4): a tiny run
// writes stages.csv and sq_error rows with snapshots at every stage boundary; pause-at-next-
// stage stops exactly at the boundary step; the same seed gives an identical eval.csv; the
// meta-meta run scores four learners per support size and a divergence names the meta-step.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <utility>
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
using icl::test::TempDir;
using icl::test::trainInto;

TEST(RegressionTrainer, regressionRunWritesStagesSnapshotsAndBaselines) {
  TempDir tmp;
  const fs::path dir = tmp / "run";
  RunControl control;
  std::vector<ProgressBatch> batches;
  const RunResult result = trainInto(tinyRegressionConfig(), dir, control,
                                     [&](const ProgressBatch& b) { batches.push_back(b); });
  ASSERT_EQ(result.status, RunStatus::Completed) << result.message;
  EXPECT_EQ(result.stepsDone, 12);
  const auto run = readRun(dir);
  ASSERT_TRUE(run.ok()) << run.error();
  EXPECT_EQ(run.value().config.experiment, Experiment::Regression);
  // stages.csv: both arms at step 0, then the curriculum arm's changes at 4 and 8.
  const auto& stages = run.value().stages;
  ASSERT_EQ(stages.size(), 4u);
  EXPECT_EQ(stages[0].learner, "gpt_curriculum");
  EXPECT_EQ(stages[0].dims, 1);
  EXPECT_EQ(stages[1].learner, "gpt_plain");
  EXPECT_EQ(stages[1].dims, 3);
  EXPECT_EQ(stages[2].step, 4);
  EXPECT_EQ(stages[2].dims, 2);
  EXPECT_EQ(stages[3].step, 8);
  EXPECT_EQ(stages[3].dims, 3);
  // Evaluations at 0, the boundaries 4 and 8, the checkpoint 6 and the end 12.
  std::set<int64_t> steps;
  std::set<std::string> learners;
  for (const EvalRecord& record : run.value().evaluations) {
    // The arms' agreement rows (#10) are tested in tst_regression_agreement.
    EXPECT_TRUE(record.metric == "sq_error" || record.metric.rfind("sq_diff_", 0) == 0)
        << record.metric;
    steps.insert(record.step);
    learners.insert(record.learner);
    EXPECT_TRUE(record.ciLow <= record.value && record.value <= record.ciHigh);
  }
  EXPECT_EQ(steps, (std::set<int64_t>{0, 4, 6, 8, 12}));
  EXPECT_EQ(learners, (std::set<std::string>{"gpt_curriculum", "gpt_plain", "least_squares", "knn3",
                                             "averaging", "zero"}));
  EXPECT_TRUE(fs::exists(dir / "checkpoints" / "gpt_curriculum-step6.pt"));
  EXPECT_TRUE(fs::exists(dir / "checkpoints" / "gpt_plain-final.pt"));
  // Progress carries each arm's stage.
  ASSERT_FALSE(batches.empty());
  const ProgressBatch& last = batches.back();
  ASSERT_EQ(last.stages.size(), 2u);
  EXPECT_EQ(last.stages[0].stageCount, 3);
  EXPECT_EQ(last.stages[0].stageIndex, 2);
  EXPECT_EQ(last.stages[0].nextBoundaryStep, -1);
}

// The callback only records and acts (resume, or stop): a check that failed inside it and
// returned early would leave the run paused for good. The run goes on a background thread so
// that even a run that never ends fails the test instead of blocking until ctest's timeout.
TEST(RegressionTrainer, pauseAtNextStageStopsExactlyAtTheBoundaryStep) {
  TempDir tmp;
  const fs::path dir = tmp / "run";
  RunControl control;
  control.requestPauseAtNextStage();
  struct Pause {
    int64_t step;
    bool pauseRequested;
    int64_t shownStageFirstStep;
  };
  std::vector<Pause> pauses;  // written by the training thread, read after waitFor()
  TrainOptions options;
  options.outDir = dir;
  BackgroundRun background(
      tinyRegressionConfig(), options,
      [&](const ProgressBatch& b) {
        if (!b.pausedAtStageBoundary) {
          return;
        }
        pauses.push_back(
            {b.step, control.pauseRequested(), b.stages.empty() ? -1 : b.stages[0].stageFirstStep});
        if (pauses.size() == 1) {
          control.requestPauseAtNextStage();  // "run to next stage"
          control.resume();
        } else {
          control.requestStop();
        }
      },
      control);
  const auto result = background.waitFor(120s);
  ASSERT_TRUE(result.has_value()) << "the run did not end within 120 s";
  ASSERT_EQ(pauses.size(), 2u);
  for (const Pause& pause : pauses) {
    SCOPED_TRACE("pause at step " + std::to_string(pause.step));
    EXPECT_TRUE(pause.pauseRequested);
    EXPECT_EQ(pause.shownStageFirstStep, pause.step + 1);  // the next stage is shown
  }
  EXPECT_EQ(pauses[0].step, 4);
  EXPECT_EQ(pauses[1].step, 8);
  EXPECT_EQ(result->status, RunStatus::Stopped);
  EXPECT_EQ(result->stepsDone, 8);
  // The boundary's snapshot is written before the pause.
  const auto run = readRun(dir);
  ASSERT_TRUE(run.ok()) << run.error();
  int64_t lastEval = -1;
  for (const EvalRecord& record : run.value().evaluations) {
    lastEval = std::max(lastEval, record.step);
  }
  EXPECT_EQ(lastEval, 8);
}

TEST(RegressionTrainer, sameSeedGivesIdenticalEvalCsv) {
  TempDir tmp;
  RunControl control;
  ASSERT_EQ(trainInto(tinyRegressionConfig(), tmp / "a", control).status, RunStatus::Completed);
  ASSERT_EQ(trainInto(tinyRegressionConfig(), tmp / "b", control).status, RunStatus::Completed);
  const std::string first = fileText(tmp / "a" / "eval.csv");
  EXPECT_GT(first.size(), 1000u);
  EXPECT_EQ(fileText(tmp / "b" / "eval.csv"), first);
  EXPECT_EQ(fileText(tmp / "b" / "stages.csv"), fileText(tmp / "a" / "stages.csv"));
  RunConfig other = tinyRegressionConfig();
  other.seed = 1;
  ASSERT_EQ(trainInto(other, tmp / "c", control).status, RunStatus::Completed);
  EXPECT_NE(fileText(tmp / "c" / "eval.csv"), first);
}

TEST(RegressionTrainer, metaMetaRunScoresFourLearnersPerSupportSize) {
  TempDir tmp;
  const fs::path dir = tmp / "run";
  RunControl control;
  const RunResult result = trainInto(tinyMetaMetaConfig(), dir, control);
  ASSERT_EQ(result.status, RunStatus::Completed) << result.message;
  EXPECT_EQ(result.stepsDone, 3);
  const auto run = readRun(dir);
  ASSERT_TRUE(run.ok()) << run.error();
  std::set<std::pair<std::string, std::string>> seen;
  std::map<std::string, double> sum;
  for (const EvalRecord& record : run.value().evaluations) {
    EXPECT_EQ(record.metric, "sq_error");
    EXPECT_EQ(record.nTasks, 8);  // 2 domains x 4 query prompts
    seen.insert({record.learner, record.testFamily});
    sum[record.learner + "/" + record.testFamily] += record.value;
  }
  for (const std::string learner :
       {"meta_icl_adapt", "meta_icl", "icl_adapt", "icl", "zero", "least_squares"}) {
    for (const std::string family : {"domain_s4", "domain_s8"}) {
      EXPECT_EQ(seen.count({learner, family}), 1u) << learner << " " << family;
    }
  }
  // Adaptation changes the predictions (the fine-tuning really runs).
  EXPECT_NE(sum["meta_icl_adapt/domain_s4"], sum["meta_icl/domain_s4"]);
  EXPECT_NE(sum["icl_adapt/domain_s8"], sum["icl/domain_s8"]);
  // Without adaptation the support size does not matter.
  EXPECT_EQ(sum["icl/domain_s4"], sum["icl/domain_s8"]);
  EXPECT_TRUE(fs::exists(dir / "checkpoints" / "meta_icl-final.pt"));
  EXPECT_TRUE(fs::exists(dir / "checkpoints" / "icl-final.pt"));
}

TEST(RegressionTrainer, metaMetaLeastSquaresIsExactFromDPointsOn) {
  // The test domains' data are noise-free, so least squares on i >= D previous points recovers
  // y exactly up to float rounding: its squared error is tiny next to the zero predictor's.
  TempDir tmp;
  const fs::path dir = tmp / "run";
  const RunConfig config = tinyMetaMetaConfig();
  RunControl control;
  ASSERT_EQ(trainInto(config, dir, control).status, RunStatus::Completed);
  const auto run = readRun(dir);
  ASSERT_TRUE(run.ok()) << run.error();
  std::map<std::pair<std::string, int64_t>, double> value;  // (learner, shots) -> error, s4
  for (const EvalRecord& record : run.value().evaluations) {
    if (record.testFamily == "domain_s4") {
      value[{record.learner, record.shots}] = record.value;
    }
  }
  auto at = [&value](const std::string& learner, int64_t shots) {
    const auto found = value.find({learner, shots});
    return found == value.end() ? -1.0 : found->second;
  };
  const int64_t d = config.metaMeta.nDims;
  ASSERT_GE(at("least_squares", config.metaMeta.nPositions - 1), 0.0);
  // No previous point: least squares predicts 0, as the zero predictor does.
  EXPECT_EQ(at("least_squares", 0), at("zero", 0));
  for (int64_t shots = d; shots < config.metaMeta.nPositions; ++shots) {
    // Float32 least squares leaves a relative residual of about cond(X) x 1e-7, whose square is
    // far below 1e-3 for any but a near-singular domain transform.
    EXPECT_LT(at("least_squares", shots), 1e-3 * at("zero", shots)) << shots;
  }
  EXPECT_GT(at("least_squares", 1), 1e-3 * at("zero", 1));  // under-determined
}

TEST(RegressionTrainer, innerDivergenceFailsNamingTheMetaStepAndKeepsTheFolder) {
  TempDir tmp;
  const fs::path dir = tmp / "run";
  RunConfig config = tinyMetaMetaConfig();
  config.metaMeta.maxInnerGradNorm = 1e-12;
  RunControl control;
  const RunResult result = trainInto(config, dir, control);
  EXPECT_EQ(result.status, RunStatus::Failed);
  EXPECT_TRUE(hasText(result.message, "meta-step 1"));
  EXPECT_TRUE(hasText(result.message, "gradient norm"));
  const auto run = readRun(dir);
  ASSERT_TRUE(run.ok()) << run.error();
  EXPECT_EQ(run.value().summary.value("status", ""), "failed");
}
