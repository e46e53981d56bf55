// The regression (I1) and meta-meta (I2) training loops through train() (#4): a tiny run
// writes stages.csv and sq_error rows with snapshots at every stage boundary; pause-at-next-
// stage stops exactly at the boundary step; the same seed gives an identical eval.csv; the
// meta-meta run scores four learners per support size and a divergence names the meta-step.
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <set>
#include <sstream>

#include "core/store/run_store.h"
#include "core/training/trainer.h"
#include "tiny_config.h"

namespace fs = std::filesystem;
using namespace icl::core;

namespace {
std::string fileText(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

RunResult runWith(const RunConfig& config, const fs::path& dir, const RunControl& control,
                  const ProgressCallback& callback = {}) {
  TrainOptions options;
  options.outDir = dir;
  return train(config, options, callback, control);
}
}  // namespace

class TestRegressionTrainer : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void regressionRunWritesStagesSnapshotsAndBaselines() {
    QTemporaryDir tmp;
    const fs::path dir = fs::path(tmp.path().toStdString()) / "run";
    RunControl control;
    std::vector<ProgressBatch> batches;
    const RunResult result =
        runWith(tinyRegressionConfig(), dir, control, [&](const ProgressBatch& b) { batches.push_back(b); });
    QVERIFY2(result.status == RunStatus::Completed, result.message.c_str());
    QCOMPARE(result.stepsDone, int64_t{12});
    const auto run = readRun(dir);
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().c_str());
    QCOMPARE(run.value().config.experiment, Experiment::Regression);
    // stages.csv: both arms at step 0, then the curriculum arm's changes at 4 and 8.
    const auto& stages = run.value().stages;
    QCOMPARE(stages.size(), std::size_t{4});
    QCOMPARE(stages[0].learner, std::string("gpt_curriculum"));
    QCOMPARE(stages[0].dims, int64_t{1});
    QCOMPARE(stages[1].learner, std::string("gpt_plain"));
    QCOMPARE(stages[1].dims, int64_t{3});
    QCOMPARE(stages[2].step, int64_t{4});
    QCOMPARE(stages[2].dims, int64_t{2});
    QCOMPARE(stages[3].step, int64_t{8});
    QCOMPARE(stages[3].dims, int64_t{3});
    // Evaluations at 0, the boundaries 4 and 8, the checkpoint 6 and the end 12.
    std::set<int64_t> steps;
    std::set<std::string> learners;
    for (const EvalRecord& record : run.value().evaluations) {
      QCOMPARE(record.metric, std::string("sq_error"));
      steps.insert(record.step);
      learners.insert(record.learner);
      QVERIFY(record.ciLow <= record.value && record.value <= record.ciHigh);
    }
    QCOMPARE(steps, (std::set<int64_t>{0, 4, 6, 8, 12}));
    QCOMPARE(learners, (std::set<std::string>{"gpt_curriculum", "gpt_plain", "least_squares",
                                              "knn3", "averaging", "zero"}));
    QVERIFY(fs::exists(dir / "checkpoints" / "gpt_curriculum-step6.pt"));
    QVERIFY(fs::exists(dir / "checkpoints" / "gpt_plain-final.pt"));
    // Progress carries each arm's stage.
    const ProgressBatch& last = batches.back();
    QCOMPARE(last.stages.size(), std::size_t{2});
    QCOMPARE(last.stages[0].stageCount, int64_t{3});
    QCOMPARE(last.stages[0].stageIndex, int64_t{2});
    QCOMPARE(last.stages[0].nextBoundaryStep, int64_t{-1});
  }

  void pauseAtNextStageStopsExactlyAtTheBoundaryStep() {
    QTemporaryDir tmp;
    const fs::path dir = fs::path(tmp.path().toStdString()) / "run";
    RunControl control;
    control.requestPauseAtNextStage();
    std::vector<int64_t> pausedAt;
    int64_t lastStepBeforeStop = -1;
    const RunResult result = runWith(tinyRegressionConfig(), dir, control, [&](const ProgressBatch& b) {
      if (!b.pausedAtStageBoundary) {
        return;
      }
      pausedAt.push_back(b.step);
      QVERIFY(control.pauseRequested());
      QCOMPARE(b.stages[0].stageFirstStep, b.step + 1);  // the next stage is shown
      if (pausedAt.size() == 1) {
        control.requestPauseAtNextStage();  // "run to next stage"
        control.resume();
      } else {
        lastStepBeforeStop = b.step;
        control.requestStop();
      }
    });
    QCOMPARE(pausedAt, (std::vector<int64_t>{4, 8}));
    QCOMPARE(result.status, RunStatus::Stopped);
    QCOMPARE(result.stepsDone, int64_t{8});
    QCOMPARE(lastStepBeforeStop, int64_t{8});
    // The boundary's snapshot is written before the pause.
    const auto run = readRun(dir);
    QVERIFY(run.ok());
    int64_t lastEval = -1;
    for (const EvalRecord& record : run.value().evaluations) {
      lastEval = std::max(lastEval, record.step);
    }
    QCOMPARE(lastEval, int64_t{8});
  }

  void sameSeedGivesIdenticalEvalCsv() {
    QTemporaryDir tmp;
    const fs::path a = fs::path(tmp.path().toStdString()) / "a";
    const fs::path b = fs::path(tmp.path().toStdString()) / "b";
    RunControl control;
    QCOMPARE(runWith(tinyRegressionConfig(), a, control).status, RunStatus::Completed);
    QCOMPARE(runWith(tinyRegressionConfig(), b, control).status, RunStatus::Completed);
    const std::string first = fileText(a / "eval.csv");
    QVERIFY(first.size() > 1000);
    QCOMPARE(fileText(b / "eval.csv"), first);
    QCOMPARE(fileText(b / "stages.csv"), fileText(a / "stages.csv"));
    RunConfig other = tinyRegressionConfig();
    other.seed = 1;
    const fs::path c = fs::path(tmp.path().toStdString()) / "c";
    QCOMPARE(runWith(other, c, control).status, RunStatus::Completed);
    QVERIFY(fileText(c / "eval.csv") != first);
  }

  void metaMetaRunScoresFourLearnersPerSupportSize() {
    QTemporaryDir tmp;
    const fs::path dir = fs::path(tmp.path().toStdString()) / "run";
    RunControl control;
    const RunResult result = runWith(tinyMetaMetaConfig(), dir, control);
    QVERIFY2(result.status == RunStatus::Completed, result.message.c_str());
    QCOMPARE(result.stepsDone, int64_t{3});
    const auto run = readRun(dir);
    QVERIFY(run.ok());
    std::set<std::pair<std::string, std::string>> seen;
    std::map<std::string, double> sum;
    for (const EvalRecord& record : run.value().evaluations) {
      QCOMPARE(record.metric, std::string("sq_error"));
      QCOMPARE(record.nTasks, int64_t{8});  // 2 domains x 4 query prompts
      seen.insert({record.learner, record.testFamily});
      sum[record.learner + "/" + record.testFamily] += record.value;
    }
    for (const char* learner : {"meta_icl_adapt", "meta_icl", "icl_adapt", "icl", "zero"}) {
      for (const char* family : {"domain_s4", "domain_s8"}) {
        QVERIFY2(seen.count({learner, family}) == 1, (std::string(learner) + family).c_str());
      }
    }
    // Adaptation changes the predictions (the fine-tuning really runs).
    QVERIFY(sum["meta_icl_adapt/domain_s4"] != sum["meta_icl/domain_s4"]);
    QVERIFY(sum["icl_adapt/domain_s8"] != sum["icl/domain_s8"]);
    // Without adaptation the support size does not matter.
    QCOMPARE(sum["icl/domain_s4"], sum["icl/domain_s8"]);
    QVERIFY(fs::exists(dir / "checkpoints" / "meta_icl-final.pt"));
    QVERIFY(fs::exists(dir / "checkpoints" / "icl-final.pt"));
  }

  void innerDivergenceFailsNamingTheMetaStepAndKeepsTheFolder() {
    QTemporaryDir tmp;
    const fs::path dir = fs::path(tmp.path().toStdString()) / "run";
    RunConfig config = tinyMetaMetaConfig();
    config.metaMeta.maxInnerGradNorm = 1e-12;
    RunControl control;
    const RunResult result = runWith(config, dir, control);
    QCOMPARE(result.status, RunStatus::Failed);
    QVERIFY2(result.message.find("meta-step 1") != std::string::npos, result.message.c_str());
    QVERIFY2(result.message.find("gradient norm") != std::string::npos, result.message.c_str());
    const auto run = readRun(dir);
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().c_str());
    QCOMPARE(QString::fromStdString(run.value().summary.value("status", "")), QString("failed"));
  }
};

QTEST_APPLESS_MAIN(TestRegressionTrainer)
#include "tst_regression_trainer.moc"
