// The trainer (#2, spec §4): a tiny run writes a complete, readable run folder; the same seed
// gives an identical eval.csv; stop and pause requests; a non-finite loss stops one learner.
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sstream>
#include <thread>

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

RunResult runTiny(const RunConfig& config, const fs::path& dir, const RunControl& control,
                  std::vector<ProgressBatch>* batches = nullptr) {
  TrainOptions options;
  options.outDir = dir;
  return train(
      config, options,
      [batches](const ProgressBatch& batch) {
        if (batches != nullptr) {
          batches->push_back(batch);
        }
      },
      control);
}
}  // namespace

class TestTrainer : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void tinyRunWritesACompleteRunFolder() {
    QTemporaryDir temp;
    const fs::path dir = fs::path(temp.path().toStdString()) / "run";
    RunControl control;
    std::vector<ProgressBatch> batches;
    const RunResult result = runTiny(tinyRunConfig(), dir, control, &batches);
    QVERIFY2(result.status == RunStatus::Completed, result.message.c_str());
    QCOMPARE(result.stepsDone, int64_t{6});
    QCOMPARE(result.learners.size(), std::size_t{4});
    const auto data = readRun(dir);
    QVERIFY2(data.ok(), data.error().c_str());
    QCOMPARE(data.value().losses.size(), std::size_t{6 * 4});
    // Evaluations at steps 0, 3, 6: 4 learners x 4 test families x 8 shots each.
    QCOMPARE(data.value().evaluations.size(), std::size_t{3 * 4 * 4 * 8});
    for (const EvalRecord& row : data.value().evaluations) {
      QVERIFY(row.value >= 0.0 && row.value <= 1.0);
      QVERIFY(row.ciLow <= row.value && row.value <= row.ciHigh);
      QCOMPARE(row.nTasks, int64_t{8});
      QCOMPARE(row.metric, std::string("accuracy"));
    }
    QCOMPARE(data.value().summary["status"].get<std::string>(), std::string("completed"));
    QCOMPARE(data.value().provenance["threads"].get<int64_t>(), int64_t{1});
    QVERIFY(data.value().provenance.contains("libtorch"));
    for (const char* name : {"icl", "matchnet", "protonet", "cnp"}) {
      QVERIFY(fs::exists(dir / "checkpoints" / (std::string(name) + "-best.pt")));
      QVERIFY(fs::exists(dir / "checkpoints" / (std::string(name) + "-final.pt")));
    }
    // Progress carried every loss and every evaluation.
    std::size_t losses = 0;
    std::size_t evaluations = 0;
    for (const ProgressBatch& batch : batches) {
      losses += batch.losses.size();
      evaluations += batch.evaluations.size();
    }
    QCOMPARE(losses, data.value().losses.size());
    QCOMPARE(evaluations, data.value().evaluations.size());
    QCOMPARE(batches.back().step, int64_t{6});
  }

  void sameSeedGivesIdenticalEvalCsv() {
    QTemporaryDir temp;
    const fs::path root = temp.path().toStdString();
    RunControl control;
    RunConfig config = tinyRunConfig();
    config.seed = 3;
    QVERIFY(runTiny(config, root / "a", control).status == RunStatus::Completed);
    QVERIFY(runTiny(config, root / "b", control).status == RunStatus::Completed);
    config.seed = 4;
    QVERIFY(runTiny(config, root / "c", control).status == RunStatus::Completed);
    const std::string a = fileText(root / "a" / "eval.csv");
    QVERIFY(a.size() > 1000);
    QCOMPARE(a, fileText(root / "b" / "eval.csv"));
    QVERIFY(a != fileText(root / "c" / "eval.csv"));
    // Losses too (wall times differ, so compare the loss column only).
    const auto lossesA = readRun(root / "a").value().losses;
    const auto lossesB = readRun(root / "b").value().losses;
    for (std::size_t i = 0; i < lossesA.size(); ++i) {
      QCOMPARE(lossesA[i].loss, lossesB[i].loss);
    }
  }

  void stopRequestEndsTheRunWithinAStep() {
    QTemporaryDir temp;
    RunConfig config = tinyRunConfig();
    config.train.steps = 100000;
    config.train.evalEvery = 100000;
    RunControl control;
    std::vector<int64_t> steps;
    TrainOptions options;
    options.outDir = fs::path(temp.path().toStdString()) / "run";
    options.progressInterval = 0.0;
    const RunResult result = train(
        config, options,
        [&](const ProgressBatch& batch) {
          steps.push_back(batch.step);
          if (batch.step >= 5) {
            control.requestStop();
          }
        },
        control);
    QVERIFY(result.status == RunStatus::Stopped);
    QCOMPARE(result.stepsDone, int64_t{5});
    const auto data = readRun(options.outDir);
    QVERIFY2(data.ok(), data.error().c_str());
    QCOMPARE(data.value().summary["status"].get<std::string>(), std::string("stopped"));
    QVERIFY(fs::exists(options.outDir / "checkpoints" / "icl-final.pt"));
  }

  void pauseHoldsTheLoopUntilResume() {
    QTemporaryDir temp;
    RunConfig config = tinyRunConfig();
    config.train.steps = 50;
    config.train.evalEvery = 1000;
    RunControl control;
    std::atomic<int64_t> lastStep{0};
    TrainOptions options;
    options.outDir = fs::path(temp.path().toStdString()) / "run";
    options.progressInterval = 0.0;
    std::atomic<bool> pausedOnce{false};
    std::thread worker([&] {
      train(
          config, options,
          [&](const ProgressBatch& batch) {
            lastStep = batch.step;
            if (batch.step == 3 && !pausedOnce.exchange(true)) {
              control.requestPause();
            }
          },
          control);
    });
    QTRY_COMPARE_WITH_TIMEOUT(lastStep.load(), int64_t{3}, 20000);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    QCOMPARE(lastStep.load(), int64_t{3});  // the loop waits before drawing step 4
    control.resume();
    worker.join();
    QCOMPARE(lastStep.load(), int64_t{50});
  }

  void nonFiniteLossStopsOnlyThatLearner() {
    QTemporaryDir temp;
    RunConfig config = tinyRunConfig();
    config.train.steps = 12;
    // Adam moves every weight by ~lr per step, so lr = 1e30 overflows the ICL model at once.
    config.learners.icl.lr = 1e30;
    RunControl control;
    std::vector<ProgressBatch> batches;
    const fs::path dir = fs::path(temp.path().toStdString()) / "run";
    const RunResult result = runTiny(config, dir, control, &batches);
    QVERIFY2(result.status == RunStatus::Completed, result.message.c_str());
    QCOMPARE(result.learners[0].learner, std::string("icl"));
    QCOMPARE(result.learners[0].status, std::string("diverged"));
    QVERIFY(result.learners[0].message.find("at step") != std::string::npos);
    QCOMPARE(result.learners[1].status, std::string("ok"));
    bool warned = false;
    for (const ProgressBatch& batch : batches) {
      for (const std::string& message : batch.messages) {
        warned = warned || message.find("icl: loss is") != std::string::npos;
      }
    }
    QVERIFY(warned);
    const auto data = readRun(dir);
    QVERIFY2(data.ok(), data.error().c_str());
    QCOMPARE(data.value().summary["learners"]["icl"]["status"].get<std::string>(),
             std::string("diverged"));
  }

  void unusableOutputFolderFailsBeforeTraining() {
    QTemporaryDir temp;
    const fs::path dir = temp.path().toStdString();
    std::ofstream(dir / "old.txt") << "old";
    RunControl control;
    const RunResult result = runTiny(tinyRunConfig(), dir, control);
    QVERIFY(result.status == RunStatus::Failed);
    QVERIFY(result.runDir.empty());
    QVERIFY(result.message.find("already holds files") != std::string::npos);
  }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
