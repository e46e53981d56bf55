// The training worker with device cuda (#13 item 3): a tiny run completes, a stop ends a long
// one, and pause / resume / stop work, on the training thread as the window drives it.
// ICL_TEST_DEVICE picks the device: ctest's tst_cuda_worker (label cuda) asks for "cuda" and
// SKIPs naming why where LibTorch sees no CUDA device; tst_cuda_worker_logic_on_cpu runs the
// same tests on the CPU.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <cstdlib>
#include <string>

#include "core/training/device_info.h"
#include "tests/core/tiny_config.h"
#include "ui/metatypes.h"
#include "ui/training_session.h"

using icl::ui::TrainingSession;

namespace {

constexpr int kRunTimeoutMs = 120000;  // generous: a loaded machine, a first CUDA context

std::string deviceName() {
  const char* name = std::getenv("ICL_TEST_DEVICE");
  return name == nullptr ? std::string("cuda") : std::string(name);
}

/// "cuda" is recorded as "cuda:0"; the CPU as "cpu".
std::string recordedDevice() { return icl::core::canonicalDeviceName(deviceName()); }

icl::core::RunConfig tinyConfigOnDevice(int64_t steps) {
  auto config = tinyRunConfig();
  config.device = deviceName();
  config.train.steps = steps;
  config.train.evalEvery = steps;
  return config;
}

/// The last step the session reported, and whether every loss so far was finite.
struct ProgressWatch {
  int64_t lastStep = -1;
  int losses = 0;
  bool allFinite = true;
  void connect(TrainingSession& session) {
    QObject::connect(&session, &TrainingSession::progressReady, &session,
                     [this](const icl::core::ProgressBatch& batch) {
                       lastStep = batch.step;
                       for (const icl::core::LossRecord& record : batch.losses) {
                         ++losses;
                         allFinite = allFinite && std::isfinite(record.loss);
                       }
                     });
  }
};

}  // namespace

class TestCudaWorker : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    icl::ui::registerMetaTypes();
    const std::string problem = icl::core::cudaDeviceProblem(deviceName(), icl::core::cudaSupport(),
                                                             icl::core::listGpuDevices());
    if (!problem.empty()) {
      QSKIP(qPrintable(QStringLiteral("no CUDA device for the cuda tests: ") +
                       QString::fromStdString(problem)));
    }
  }

  void tinyRunCompletesOnTheDevice() {
    QTemporaryDir dir;
    TrainingSession session;
    ProgressWatch watch;
    watch.connect(session);
    QSignalSpy finished(&session, &TrainingSession::finished);
    QVERIFY(session.start(tinyConfigOnDevice(6), dir.filePath(QStringLiteral("run"))));
    QVERIFY(finished.wait(kRunTimeoutMs));
    const auto result = finished.takeFirst().at(0).value<icl::core::RunResult>();
    QVERIFY2(result.status == icl::core::RunStatus::Completed, result.message.c_str());
    QCOMPARE(result.stepsDone, int64_t{6});
    QCOMPARE(result.device, recordedDevice());
    QVERIFY(watch.losses > 0);
    QVERIFY(watch.allFinite);
    QCOMPARE(session.state(), TrainingSession::State::Idle);
  }

  void stopEndsALongRun() {
    QTemporaryDir dir;
    TrainingSession session;
    ProgressWatch watch;
    watch.connect(session);
    QSignalSpy finished(&session, &TrainingSession::finished);
    QVERIFY(session.start(tinyConfigOnDevice(100000), dir.filePath(QStringLiteral("run"))));
    QTRY_VERIFY_WITH_TIMEOUT(watch.lastStep >= 2, kRunTimeoutMs);
    session.stop();
    QCOMPARE(session.state(), TrainingSession::State::Stopping);
    QVERIFY(finished.wait(kRunTimeoutMs));
    const auto result = finished.takeFirst().at(0).value<icl::core::RunResult>();
    QCOMPARE(result.status, icl::core::RunStatus::Stopped);
    QVERIFY(result.stepsDone >= 2 && result.stepsDone < 100000);
    QCOMPARE(result.device, recordedDevice());
    QVERIFY(watch.allFinite);
    QCOMPARE(session.state(), TrainingSession::State::Idle);
  }

  // Paused, the run reports no new step (at most the step in flight ends within the first
  // wait); resumed, it goes on; stopped while paused, it ends cleanly.
  void pauseHoldsTheRunAndResumeGoesOn() {
    QTemporaryDir dir;
    TrainingSession session;
    ProgressWatch watch;
    watch.connect(session);
    QSignalSpy finished(&session, &TrainingSession::finished);
    QVERIFY(session.start(tinyConfigOnDevice(100000), dir.filePath(QStringLiteral("run"))));
    QTRY_VERIFY_WITH_TIMEOUT(watch.lastStep >= 2, kRunTimeoutMs);
    session.pause();
    QCOMPARE(session.state(), TrainingSession::State::Paused);
    QTest::qWait(1000);
    const int64_t pausedAt = watch.lastStep;
    QTest::qWait(1000);
    QCOMPARE(watch.lastStep, pausedAt);
    session.resume();
    QCOMPARE(session.state(), TrainingSession::State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(watch.lastStep > pausedAt, kRunTimeoutMs);
    session.pause();
    session.stop();
    QVERIFY(finished.wait(kRunTimeoutMs));
    const auto result = finished.takeFirst().at(0).value<icl::core::RunResult>();
    QCOMPARE(result.status, icl::core::RunStatus::Stopped);
    QVERIFY(result.stepsDone > pausedAt);
    QVERIFY(watch.allFinite);
    QCOMPARE(session.state(), TrainingSession::State::Idle);
  }
};

QTEST_GUILESS_MAIN(TestCudaWorker)
#include "tst_cuda_worker.moc"
