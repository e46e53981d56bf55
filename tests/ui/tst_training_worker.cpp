// TrainingWorker/TrainingSession (#3 item 4): the engine on a QThread, stop, pause and a bad
// config. The stop and pause tests hold the worker inside its progress callback (a direct
// connection, on the training thread) while the test thread makes the request, so where the
// request lands is fixed, not a matter of timing.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

#include "tests/core/tiny_config.h"
#include "ui/metatypes.h"
#include "ui/training_session.h"
#include "ui/training_worker.h"

using icl::ui::TrainingSession;
using icl::ui::TrainingWorker;

namespace {

// Generous waits: a tiny run takes seconds, but these tests also run on a loaded machine.
constexpr int kRunTimeoutMs = 120000;

/// A run far longer than any stop or pause point here, yet short enough (seconds) that a run
/// whose stop request is ignored still ends, and the test fails instead of hanging.
icl::core::RunConfig longTinyConfig() {
  auto config = tinyRunConfig();
  config.train.steps = 2000;
  config.train.evalEvery = 2000;
  return config;
}

/// A TrainingWorker on its own QThread, set up as TrainingSession does (style guide §2), that
/// trains @p config into @p runDir and whose training thread stops in its first progress report
/// at or after @p holdAtStep until the test calls release(). Its result reaches the test's thread
/// through a queued connection, as the session's does. The destructor stops and resumes the run,
/// releases and joins the thread, so a failed check never leaves it blocked.
class HeldWorker {
 public:
  HeldWorker(int64_t holdAtStep, const icl::core::RunConfig& config, const QString& runDir)
      : holdAtStep_(holdAtStep), worker_(new TrainingWorker) {
    worker_->moveToThread(&thread_);
    QObject::connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    QObject::connect(
        worker_, &TrainingWorker::progressReady, worker_,
        [this](const icl::core::ProgressBatch& batch) { onProgress(batch); }, Qt::DirectConnection);
    QObject::connect(worker_, &TrainingWorker::finished, &receiver_,
                     [this](const icl::core::RunResult& result) { results_.append(result); });
    thread_.start();
    // Queued to the worker's thread, as the session's start request is.
    QMetaObject::invokeMethod(
        worker_, [worker = worker_, config, runDir] { worker->start(config, runDir); });
  }
  ~HeldWorker() {
    worker_->requestStop();
    worker_->resume();  // wakes a paused run even if stopping is what is broken
    release();
    thread_.quit();
    thread_.wait();
  }
  HeldWorker(const HeldWorker&) = delete;
  HeldWorker& operator=(const HeldWorker&) = delete;

  TrainingWorker* worker() const { return worker_; }

  /// @brief Waits until the training thread is held; the step it is held at, or -1.
  int64_t waitUntilHeld(std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (!held_.wait_for(lock, timeout, [this] { return heldAt_ >= 0; })) {
      return -1;
    }
    return heldAt_;
  }

  /// @brief Lets the held training thread return from its progress report.
  void release() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      released_ = true;
    }
    held_.notify_all();
  }

  /// The last step reported (any thread may read it).
  int64_t lastStep() const { return lastStep_.load(); }

  /// Results delivered to the test's thread so far (its events must be processed).
  const QList<icl::core::RunResult>& results() const { return results_; }

 private:
  void onProgress(const icl::core::ProgressBatch& batch) {  // on the training thread
    lastStep_ = batch.step;
    std::unique_lock<std::mutex> lock(mutex_);
    if (heldAt_ >= 0 || batch.step < holdAtStep_) {
      return;
    }
    heldAt_ = batch.step;
    held_.notify_all();
    held_.wait(lock, [this] { return released_; });
  }

  const int64_t holdAtStep_;
  QObject receiver_;  // lives in the test's thread
  QList<icl::core::RunResult> results_;
  QThread thread_;
  TrainingWorker* worker_;
  std::mutex mutex_;
  std::condition_variable held_;
  int64_t heldAt_ = -1;
  bool released_ = false;
  std::atomic<int64_t> lastStep_{-1};
};

}  // namespace

class TestTrainingWorker : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { icl::ui::registerMetaTypes(); }

  void tinyRunFinishesWithProgress() {
    QTemporaryDir dir;
    TrainingSession session;
    QSignalSpy progress(&session, &TrainingSession::progressReady);
    QSignalSpy finished(&session, &TrainingSession::finished);
    QVERIFY(session.start(tinyRunConfig(), dir.filePath(QStringLiteral("run"))));
    QCOMPARE(session.state(), TrainingSession::State::Running);
    QVERIFY(!session.start(tinyRunConfig(), dir.filePath(QStringLiteral("second"))));
    QVERIFY(finished.wait(kRunTimeoutMs));
    const auto result = finished.takeFirst().at(0).value<icl::core::RunResult>();
    QCOMPARE(result.status, icl::core::RunStatus::Completed);
    QCOMPARE(result.stepsDone, 6);
    // The initial evaluation first, the end last.
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.first().at(0).value<icl::core::ProgressBatch>().step, int64_t{0});
    QCOMPARE(progress.last().at(0).value<icl::core::ProgressBatch>().step, int64_t{6});
    QCOMPARE(session.state(), TrainingSession::State::Idle);
  }

  // The stop is requested from the test thread while the run is held in its report of step K:
  // the run ends without drawing step K + 1.
  void stopRequestEndsRunWithinOneStep() {
    QTemporaryDir dir;
    HeldWorker held(3, longTinyConfig(), dir.filePath(QStringLiteral("run")));
    const int64_t heldAt = held.waitUntilHeld(std::chrono::milliseconds(kRunTimeoutMs));
    QVERIFY2(heldAt >= 3, "the run never reported step 3");
    held.worker()->requestStop();
    held.release();
    QTRY_VERIFY_WITH_TIMEOUT(!held.results().isEmpty(), kRunTimeoutMs);
    QCOMPARE(held.results().first().status, icl::core::RunStatus::Stopped);
    QCOMPARE(held.results().first().stepsDone, heldAt);
  }

  // The pause is requested while the run is held in its report of step K, so the loop must wait
  // before step K + 1; after Resume it goes on.
  void pausedRunMakesNoStepsUntilResumed() {
    QTemporaryDir dir;
    HeldWorker held(3, longTinyConfig(), dir.filePath(QStringLiteral("run")));
    const int64_t heldAt = held.waitUntilHeld(std::chrono::milliseconds(kRunTimeoutMs));
    QVERIFY2(heldAt >= 3, "the run never reported step 3");
    held.worker()->requestPause();
    held.release();
    // A loop that ignored the pause would report steps here (tiny steps take milliseconds; the
    // report interval is 50 ms); a correct one cannot, however long this lasts.
    QTest::qWait(500);
    QCOMPARE(held.lastStep(), heldAt);
    QVERIFY(held.results().isEmpty());
    held.worker()->resume();
    QTRY_VERIFY_WITH_TIMEOUT(held.lastStep() > heldAt, kRunTimeoutMs);
    held.worker()->requestStop();  // only to end the test sooner: stop has its own test
    QTRY_VERIFY_WITH_TIMEOUT(!held.results().isEmpty(), kRunTimeoutMs);
    QVERIFY(held.results().first().stepsDone > heldAt);
  }

  // The session's transport follows pause, resume and stop, and a stop while paused ends the
  // run (the request wakes the paused loop).
  void sessionTransportFollowsPauseResumeAndStop() {
    QTemporaryDir dir;
    TrainingSession session;
    QSignalSpy finished(&session, &TrainingSession::finished);
    QSignalSpy states(&session, &TrainingSession::stateChanged);
    QVERIFY(session.start(longTinyConfig(), dir.filePath(QStringLiteral("run"))));
    session.pause();
    QCOMPARE(session.state(), TrainingSession::State::Paused);
    session.resume();
    QCOMPARE(session.state(), TrainingSession::State::Running);
    session.pause();
    session.stop();
    QCOMPARE(session.state(), TrainingSession::State::Stopping);
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(finished.takeFirst().at(0).value<icl::core::RunResult>().status,
             icl::core::RunStatus::Stopped);
    QCOMPARE(session.state(), TrainingSession::State::Idle);
    QList<TrainingSession::State> seen;
    for (const QList<QVariant>& change : states) {
      seen.append(change.at(0).value<TrainingSession::State>());
    }
    QCOMPARE(seen, (QList<TrainingSession::State>{
                       TrainingSession::State::Running, TrainingSession::State::Paused,
                       TrainingSession::State::Running, TrainingSession::State::Paused,
                       TrainingSession::State::Stopping, TrainingSession::State::Idle}));
  }

  void invalidConfigFailsNamingTheKey() {
    QTemporaryDir dir;
    auto config = tinyRunConfig();
    config.task.classes = 1;
    TrainingSession session;
    QSignalSpy finished(&session, &TrainingSession::finished);
    QVERIFY(session.start(config, dir.filePath(QStringLiteral("run"))));
    QVERIFY(finished.wait(kRunTimeoutMs));
    const auto result = finished.takeFirst().at(0).value<icl::core::RunResult>();
    QCOMPARE(result.status, icl::core::RunStatus::Failed);
    QVERIFY2(result.message.find("task.C") != std::string::npos, result.message.c_str());
  }
};

QTEST_GUILESS_MAIN(TestTrainingWorker)
#include "tst_training_worker.moc"
