// TrainingWorker/TrainingSession (#3 item 4): the engine on a QThread, stop and bad config.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "../core/tiny_config.h"
#include "ui/metatypes.h"
#include "ui/training_session.h"

using icl::ui::TrainingSession;

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
    QVERIFY(!session.start(tinyRunConfig(), dir.filePath(QStringLiteral("second"))));
    QVERIFY(finished.wait(60000));
    const auto result = finished.takeFirst().at(0).value<icl::core::RunResult>();
    QCOMPARE(result.status, icl::core::RunStatus::Completed);
    QCOMPARE(result.stepsDone, 6);
    QVERIFY(progress.count() >= 2);  // the initial evaluation and the end at least
    QCOMPARE(session.state(), TrainingSession::State::Idle);
  }

  void stopRequestEndsRunWithinOneStep() {
    QTemporaryDir dir;
    auto config = tinyRunConfig();
    config.train.steps = 1000000;
    config.train.evalEvery = 1000000;
    TrainingSession session;
    QSignalSpy progress(&session, &TrainingSession::progressReady);
    QSignalSpy finished(&session, &TrainingSession::finished);
    QVERIFY(session.start(config, dir.filePath(QStringLiteral("run"))));
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 2, 30000);
    QElapsedTimer timer;
    timer.start();
    session.stop();
    QCOMPARE(session.state(), TrainingSession::State::Stopping);
    QVERIFY(finished.wait(10000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    const auto result = finished.takeFirst().at(0).value<icl::core::RunResult>();
    QCOMPARE(result.status, icl::core::RunStatus::Stopped);
  }

  void pausedRunMakesNoStepsUntilResumed() {
    QTemporaryDir dir;
    auto config = tinyRunConfig();
    config.train.steps = 1000000;
    config.train.evalEvery = 1000000;
    TrainingSession session;
    qint64 lastStep = 0;
    connect(&session, &TrainingSession::progressReady, this,
            [&lastStep](const icl::core::ProgressBatch& batch) { lastStep = batch.step; });
    QSignalSpy finished(&session, &TrainingSession::finished);
    QVERIFY(session.start(config, dir.filePath(QStringLiteral("run"))));
    QTRY_VERIFY_WITH_TIMEOUT(lastStep > 0, 30000);
    session.pause();
    QCOMPARE(session.state(), TrainingSession::State::Paused);
    QTest::qWait(300);  // the step in flight ends and reports
    const qint64 pausedAt = lastStep;
    QTest::qWait(400);
    QCOMPARE(lastStep, pausedAt);
    session.resume();
    QTRY_VERIFY_WITH_TIMEOUT(lastStep > pausedAt, 10000);
    session.stop();
    QVERIFY(finished.wait(10000));
  }

  void invalidConfigFailsNamingTheKey() {
    QTemporaryDir dir;
    auto config = tinyRunConfig();
    config.task.classes = 1;
    TrainingSession session;
    QSignalSpy finished(&session, &TrainingSession::finished);
    QVERIFY(session.start(config, dir.filePath(QStringLiteral("run"))));
    QVERIFY(finished.wait(30000));
    const auto result = finished.takeFirst().at(0).value<icl::core::RunResult>();
    QCOMPARE(result.status, icl::core::RunStatus::Failed);
    QVERIFY2(result.message.find("task.C") != std::string::npos, result.message.c_str());
  }
};

QTEST_GUILESS_MAIN(TestTrainingWorker)
#include "tst_training_worker.moc"
