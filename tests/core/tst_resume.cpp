// Resume (#8): an interrupted-then-resumed run writes the same files as an unbroken one; the
// checkpoint at every evaluation; run.lock tells a killed run ("interrupted") from a live one;
// resume refuses what it cannot continue; a stop reaches the evaluator between test batches.
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

#include "app/cli/cli.h"
#include "core/evaluation/evaluator.h"
#include "core/models/learner_factory.h"
#include "core/store/run_lock.h"
#include "core/store/run_store.h"
#include "core/training/resume.h"
#include "core/util/atomic_file.h"
#include "resume_test_support.h"
#include "tiny_config.h"

namespace fs = std::filesystem;
using namespace icl::core;

namespace {

RunResult resumeQuietly(const fs::path& dir) {
  RunControl control;
  return resumeRun(dir, ResumeOptions{}, nullptr, control);
}

int64_t manifestStep(const fs::path& dir) {
  return nlohmann::json::parse(fileText(dir / "checkpoint.json")).at("step").get<int64_t>();
}

std::string cliError(const std::vector<std::string>& args, int* code) {
  std::ostringstream out;
  std::ostringstream err;
  *code = icl::app::runCli(args, out, err, nullptr);
  return out.str() + err.str();
}

/// Wraps a learner and sets a stop flag after its first forward pass: a stop that arrives in
/// the middle of an evaluation.
class StopAfterFirstForward : public Learner {
 public:
  StopAfterFirstForward(std::shared_ptr<Learner> inner, std::atomic<bool>& stop)
      : inner_(std::move(inner)), stop_(stop) {}
  LearnerKind kind() const override { return inner_->kind(); }
  torch::nn::Module& module() override { return inner_->module(); }
  torch::Tensor forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                int64_t start) override {
    ++calls;
    stop_ = true;
    return inner_->forwardPrefixes(x, targets, start);
  }
  torch::Tensor forwardQueries(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                               const torch::Tensor& queryX) override {
    return inner_->forwardQueries(supportX, supportTargets, queryX);
  }
  bool outputsProbabilities() const override { return inner_->outputsProbabilities(); }
  int calls = 0;

 private:
  std::shared_ptr<Learner> inner_;
  std::atomic<bool>& stop_;
};

}  // namespace

class TestResume : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  // #8: stop after the evaluation at step 3 of 9, append rows a crash could have left (one
  // whole row after the checkpoint, one partial), resume: the files equal the unbroken run's.
  void classificationResumeWritesTheUnbrokenRunsFiles() {
    QTemporaryDir temp;
    const fs::path root = temp.path().toStdString();
    RunConfig config = tinyRunConfig();
    config.train.steps = 9;
    const RunResult unbroken = trainUntil(config, root / "unbroken", -1);
    QVERIFY2(unbroken.status == RunStatus::Completed, unbroken.message.c_str());

    const fs::path dir = root / "interrupted";
    const RunResult stopped = trainUntil(config, dir, 3);
    QVERIFY2(stopped.status == RunStatus::Stopped, stopped.message.c_str());
    QCOMPARE(stopped.stepsDone, int64_t{3});
    QCOMPARE(manifestStep(dir), int64_t{3});
    std::ofstream(dir / "train.csv", std::ios::app) << "4,9.5,icl,0.25\n4,9.6,mat";
    std::ofstream(dir / "eval.csv", std::ios::app) << "6,icl,mix,sim,0,accuracy,1,1,1,8\n";

    const RunResult resumed = resumeQuietly(dir);
    QVERIFY2(resumed.status == RunStatus::Completed, resumed.message.c_str());
    QCOMPARE(resumed.stepsDone, int64_t{9});
    QCOMPARE(fileText(dir / "eval.csv"), fileText(root / "unbroken" / "eval.csv"));
    QCOMPARE(withoutWallTime(fileText(dir / "train.csv")),
             withoutWallTime(fileText(root / "unbroken" / "train.csv")));
    QCOMPARE(manifestStep(dir), int64_t{9});
    // Best-checkpoint bookkeeping came back with the state.
    const auto a = readRun(root / "unbroken");
    const auto b = readRun(dir);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(b.value().summary["status"].get<std::string>(), std::string("completed"));
    for (const auto& [learner, outcome] : a.value().summary["learners"].items()) {
      QCOMPARE(b.value().summary["learners"][learner]["best_step"], outcome["best_step"]);
      QCOMPARE(b.value().summary["learners"][learner]["best_mean_accuracy"],
               outcome["best_mean_accuracy"]);
    }
  }

  // #8: a checkpoint at step 0 already holds the step-0 evaluation; resume does not repeat it.
  void resumeFromTheStepZeroCheckpoint() {
    QTemporaryDir temp;
    const fs::path root = temp.path().toStdString();
    const RunConfig config = tinyRunConfig();
    QVERIFY(trainUntil(config, root / "unbroken", -1).status == RunStatus::Completed);
    const fs::path dir = root / "interrupted";
    QVERIFY(trainUntil(config, dir, 0).status == RunStatus::Stopped);
    QCOMPARE(manifestStep(dir), int64_t{0});
    QVERIFY(resumeQuietly(dir).status == RunStatus::Completed);
    QCOMPARE(fileText(dir / "eval.csv"), fileText(root / "unbroken" / "eval.csv"));
  }

  // #8: a curriculum run stopped right after the stage boundary at step 4 (an evaluation
  // step) goes on in the next stage: stages.csv, eval.csv and train.csv match.
  void curriculumResumeWritesTheUnbrokenRunsFiles() {
    QTemporaryDir temp;
    const fs::path root = temp.path().toStdString();
    const RunConfig config = tinyRegressionConfig();
    const RunResult unbroken = trainUntil(config, root / "unbroken", -1);
    QVERIFY2(unbroken.status == RunStatus::Completed, unbroken.message.c_str());
    const fs::path dir = root / "interrupted";
    const RunResult stopped = trainUntil(config, dir, 4);
    QVERIFY2(stopped.status == RunStatus::Stopped, stopped.message.c_str());
    QCOMPARE(manifestStep(dir), int64_t{4});
    const RunResult resumed = resumeQuietly(dir);
    QVERIFY2(resumed.status == RunStatus::Completed, resumed.message.c_str());
    QCOMPARE(fileText(dir / "stages.csv"), fileText(root / "unbroken" / "stages.csv"));
    QCOMPARE(fileText(dir / "eval.csv"), fileText(root / "unbroken" / "eval.csv"));
    QCOMPARE(withoutWallTime(fileText(dir / "train.csv")),
             withoutWallTime(fileText(root / "unbroken" / "train.csv")));
    // The stages file really has the boundaries after step 4 and 8 (one row per arm at 0).
    QCOMPARE(readRun(dir).value().stages.size(), std::size_t{2 + 2});
  }

  // #8: summary.json says "running" but nobody holds run.lock -> "interrupted"; while a
  // process holds it -> "running"; report prints the status.
  void statusIsInterruptedUnlessTheLockIsHeld() {
    QTemporaryDir temp;
    const fs::path dir = fs::path(temp.path().toStdString()) / "run";
    QVERIFY(trainUntil(tinyRunConfig(), dir, 3).status == RunStatus::Stopped);
    nlohmann::json summary = nlohmann::json::parse(fileText(dir / "summary.json"));
    summary["status"] = "running";  // what a SIGKILL leaves behind
    QVERIFY(writeFileAtomically(dir / "summary.json", summary.dump()).ok());
    QCOMPARE(readRun(dir).value().summary["status"].get<std::string>(),
             std::string("interrupted"));
    int code = 0;
    QVERIFY(cliError({"report", dir.string()}, &code).find("Status: interrupted") !=
            std::string::npos);
    QCOMPARE(code, 0);
    {
      Result<RunLock> lock = RunLock::acquire(dir);
      QVERIFY2(lock.ok(), lock.error().c_str());
      QCOMPARE(readRun(dir).value().summary["status"].get<std::string>(),
               std::string("running"));
      const std::string refused = cliError({"resume", dir.string()}, &code);
      QCOMPARE(code, 2);
      QVERIFY2(refused.find("still running") != std::string::npos, refused.c_str());
      QVERIFY(refused.find(dir.string()) != std::string::npos);
    }
    QCOMPARE(readRun(dir).value().summary["status"].get<std::string>(),
             std::string("interrupted"));
    const std::string resumed = cliError({"resume", dir.string(), "--quiet"}, &code);
    QVERIFY2(code == 0, resumed.c_str());
    QVERIFY(resumed.find("run completed") != std::string::npos);
  }

  // #8: completed runs, meta_meta runs and folders that are not runs are refused (exit 2).
  void resumeRefusesWhatItCannotContinue() {
    QTemporaryDir temp;
    const fs::path root = temp.path().toStdString();
    QVERIFY(trainUntil(tinyRunConfig(), root / "done", -1).status == RunStatus::Completed);
    int code = 0;
    std::string message = cliError({"resume", (root / "done").string()}, &code);
    QCOMPARE(code, 2);
    QVERIFY2(message.find("already completed") != std::string::npos, message.c_str());
    QVERIFY(message.find((root / "done").string()) != std::string::npos);

    QVERIFY(trainUntil(tinyMetaMetaConfig(), root / "meta", 1).status != RunStatus::Failed);
    message = cliError({"resume", (root / "meta").string()}, &code);
    QCOMPARE(code, 2);
    QVERIFY2(message.find("meta_meta") != std::string::npos, message.c_str());

    message = cliError({"resume", (root / "nothing").string()}, &code);
    QCOMPARE(code, 2);
    QVERIFY(message.find("not a folder") != std::string::npos);
  }

  // #8: a run killed before its first checkpoint has no checkpoint.json; resume starts it over
  // in the same folder and ends with the unbroken run's files.
  void resumeWithoutCheckpointStartsOver() {
    QTemporaryDir temp;
    const fs::path root = temp.path().toStdString();
    const RunConfig config = tinyRunConfig();
    QVERIFY(trainUntil(config, root / "unbroken", -1).status == RunStatus::Completed);
    const fs::path dir = root / "early";
    QVERIFY(trainUntil(config, dir, 3).status == RunStatus::Stopped);
    fs::remove(dir / "checkpoint.json");
    const Result<ResumePlan> plan = planResume(dir, ResumeOptions{});
    QVERIFY2(plan.ok(), plan.error().c_str());
    QCOMPARE(plan.value().fromStep, int64_t{-1});
    QVERIFY(resumeQuietly(dir).status == RunStatus::Completed);
    QCOMPARE(fileText(dir / "eval.csv"), fileText(root / "unbroken" / "eval.csv"));
  }

  // #8 / review §6: a stop that arrives during an evaluation ends it before the next test
  // batch. The flag is the CLI's (watched, not copied by a progress callback).
  void stopDuringEvaluationEndsItBeforeTheNextBatch() {
    RunConfig config = tinyRunConfig();
    config.eval.tasksPerFamily = 200;  // 4 batches of 64 per family, 4 families: 16 passes
    torch::manual_seed(0);
    std::atomic<bool> stop{false};
    StopAfterFirstForward learner(makeLearner(LearnerKind::Cnp, config, torch::kCPU), stop);
    const Evaluator evaluator(config, torch::kCPU);
    RunControl control;
    control.watchExternalStop(&stop);
    const EvaluationOutcome outcome = evaluator.evaluate(learner, 0, &control);
    QVERIFY(outcome.interrupted);
    QCOMPARE(learner.calls, 1);
    QVERIFY(outcome.records.empty());
  }

  // The CLI wires Ctrl-C into the run control: with the flag already set, the step-0
  // evaluation ends before its first batch, so eval.csv has no rows (before #8 it had all).
  void cliInterruptReachesTheFirstEvaluation() {
    QTemporaryDir temp;
    const std::string dir = temp.path().toStdString() + "/run";
    std::atomic<bool> interrupt{true};
    std::ostringstream out;
    std::ostringstream err;
    const int code = icl::app::runCli({"run", "--preset", "quick-mixture", "--out", dir,
                                       "--set", "train.steps=3", "--quiet"},
                                      out, err, &interrupt);
    QCOMPARE(code, icl::app::kExitInterrupted);
    const auto run = readRun(dir);
    QVERIFY2(run.ok(), run.error().c_str());
    QVERIFY(run.value().evaluations.empty());
    QCOMPARE(run.value().summary["status"].get<std::string>(), std::string("stopped"));
  }
};

QTEST_APPLESS_MAIN(TestResume)
#include "tst_resume.moc"
