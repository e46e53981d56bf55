// Bad runtime conditions (#8): a full disk and a non-finite loss each end the run with a
// message naming what happened, the folder stays readable, and nothing saved before is lost.
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <csignal>

#include "app/cli/cli.h"
#include "core/store/run_store.h"
#include "core/training/resume.h"
#include "resume_test_support.h"
#include "tiny_config.h"

namespace fs = std::filesystem;
using namespace icl::core;

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

class TestRunFailures : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  // First, before this process has used LibTorch: the run goes in a forked child whose file
  // size limit (RLIMIT_FSIZE, SIGXFSZ ignored: writes fail with EFBIG like on a full disk) is
  // lowered right after the evaluation at step 3.
  void fullDiskFailsTheRunAndKeepsEarlierWork() {
    QTemporaryDir temp;
    const fs::path dir = fs::path(temp.path().toStdString()) / "run";
    int channel[2];
    QVERIFY(::pipe(channel) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
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
                    std::max(fs::file_size(dir / "train.csv"),
                             fs::file_size(dir / "summary.json")) +
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
    ::waitpid(child, &status, 0);
    QVERIFY(WIFEXITED(status));
    qInfo().noquote() << "the child's run ended:"
                      << QString::fromStdString(message).replace(QLatin1Char('\n'),
                                                                 QStringLiteral(": "));
    QVERIFY2(message.rfind("failed\n", 0) == 0, message.c_str());
    // Which file fails first (eval.csv or a checkpoint) depends on buffering; either is named.
    QVERIFY2(message.find("cannot write") != std::string::npos, message.c_str());
    QVERIFY2(message.find(dir.string() + "/") != std::string::npos, message.c_str());
    QVERIFY2(message.find("step") != std::string::npos, message.c_str());

    const auto run = readRun(dir);
    QVERIFY2(run.ok(), run.error().c_str());
    QCOMPARE(run.value().summary["status"].get<std::string>(), std::string("failed"));
    QVERIFY(run.value().summary["message"].get<std::string>().find("cannot write") !=
            std::string::npos);
    // The evaluations of steps 0 and 3 and the checkpoint of step 3 survived.
    int64_t rowsAtStep3 = 0;
    for (const EvalRecord& row : run.value().evaluations) {
      rowsAtStep3 += row.step == 3 ? 1 : 0;
    }
    QCOMPARE(rowsAtStep3, int64_t{4 * 4 * 8});
    const Result<ResumePlan> plan = planResume(dir, ResumeOptions{});
    QVERIFY2(plan.ok(), plan.error().c_str());
    QCOMPARE(plan.value().fromStep, int64_t{3});
    QVERIFY(fs::is_directory(dir / "checkpoints" / "state-3"));
  }

  // Review §6: a failed final summary.json write ends the run as failed, naming the file (it
  // was ignored, so a run could report completed while summary.json said running).
  void finalSummaryWriteFailureFailsTheRun() {
    QTemporaryDir temp;
    const fs::path dir = fs::path(temp.path().toStdString()) / "run";
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
    QVERIFY(result.status == RunStatus::Failed);
    QVERIFY2(result.message.find((dir / "summary.json").string()) != std::string::npos,
             result.message.c_str());
  }

  // A NaN/Inf in one learner: it stops, the others go on; summary.json and the CLI name the
  // learner and the step, which is the first non-finite row of train.csv.
  void oneDivergedLearnerIsNamedWithItsStep() {
    QTemporaryDir temp;
    const std::string dir = temp.path().toStdString() + "/run";
    std::ostringstream out;
    std::ostringstream err;
    // Adam moves every weight by ~lr per step, so lr = 1e30 overflows the ICL model at once.
    const int code = icl::app::runCli(
        {"run", "--preset", "quick-mixture", "--out", dir, "--set", "train.steps=6", "--set",
         "train.eval_every=3", "--set", "eval.tasks_per_family=16", "--set",
         "learners.icl.lr=1e30", "--quiet"},
        out, err, nullptr);
    QVERIFY2(code == 0, err.str().c_str());
    const auto run = readRun(dir);
    QVERIFY2(run.ok(), run.error().c_str());
    const int64_t step = firstNonFiniteStep(run.value().losses, "icl");
    QVERIFY(step >= 1);
    const auto& icl = run.value().summary["learners"]["icl"];
    QCOMPARE(icl["status"].get<std::string>(), std::string("diverged"));
    QCOMPARE(icl["diverged_step"].get<int64_t>(), step);
    QCOMPARE(run.value().summary["learners"]["cnp"]["status"].get<std::string>(),
             std::string("ok"));
    QVERIFY2(out.str().find("icl diverged at step " + std::to_string(step)) != std::string::npos,
             out.str().c_str());
  }

  // Every learner non-finite: the run fails, the message names each learner and its step,
  // the folder stays readable and the step-0 checkpoint and evaluation are kept.
  void everyLearnerDivergedFailsTheRun() {
    QTemporaryDir temp;
    const fs::path dir = fs::path(temp.path().toStdString()) / "run";
    RunConfig config = tinyRunConfig();
    config.train.steps = 12;
    config.learners.matchNet.enabled = false;
    config.learners.protoNet.enabled = false;
    config.learners.cnp.enabled = false;
    config.learners.icl.lr = 1e30;
    const RunResult result = trainUntil(config, dir, -1);
    QVERIFY(result.status == RunStatus::Failed);
    const auto run = readRun(dir);
    QVERIFY2(run.ok(), run.error().c_str());
    const int64_t step = firstNonFiniteStep(run.value().losses, "icl");
    QVERIFY(step >= 1);
    QVERIFY2(result.message.find("icl at step " + std::to_string(step)) != std::string::npos,
             result.message.c_str());
    QCOMPARE(run.value().summary["status"].get<std::string>(), std::string("failed"));
    QCOMPARE(run.value().summary["message"].get<std::string>(), result.message);
    QVERIFY(!run.value().evaluations.empty());
    QCOMPARE(run.value().evaluations.front().step, int64_t{0});
    QVERIFY(fs::exists(dir / "checkpoint.json"));
  }
};

QTEST_APPLESS_MAIN(TestRunFailures)
#include "tst_run_failures.moc"
