// The meta-level views (#4): curriculum timeline and stage transport, stage bands on the loss
// chart, error-against-examples snapshots, for real (tiny) regression and meta-meta runs.
#include <QComboBox>
#include <QDockWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

#include "core/config/run_config.h"
#include "tests/core/tiny_config.h"
#include "tests/ui/window_test_support.h"
#include "ui/curriculum_panel.h"
#include "ui/experiment_panel.h"
#include "ui/loss_chart_panel.h"
#include "ui/main_window.h"
#include "ui/metatypes.h"
#include "ui/regression_panel.h"
#include "ui/stage_timeline.h"

using icl::core::RunConfig;
using icl::test::ScopedEnvironment;
using icl::test::waitForRunEnd;
using icl::ui::MainWindow;
using icl::ui::TrainingSession;

namespace {
// Generous waits: a tiny run takes seconds, but these tests also run on a loaded machine.
constexpr int kRunTimeoutMs = 120000;
}  // namespace

class TestRegressionViews : public QObject {
  Q_OBJECT

 private:
  icl::test::WindowTestEnvironment environment_;

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_regression_views"));
  }

  void init() { environment_.resetSettings(); }

  void curriculumConfigShowsItsStagesAndBands() {
    MainWindow window;
    window.show();
    window.setExperiment(tinyRegressionConfig());
    QVERIFY(window.curriculumDock()->isVisible());
    QCOMPARE(window.resultsView(), static_cast<QWidget*>(window.regressionPanel()));
    const auto& stages = window.curriculumPanel()->timeline()->stages();
    QCOMPARE(stages.size(), size_t{3});
    QCOMPARE(stages[1].firstStep, int64_t{5});
    QCOMPARE(stages[1].dims, int64_t{2});
    QCOMPARE(window.lossPanel()->stageBoundaryCount(), 2);
    QVERIFY(window.curriculumPanel()->caption().contains(QStringLiteral("1–1 active")));
    // The form round-trips the regression settings.
    QCOMPARE(window.experimentPanel()->config().toJsonText(), [] {
      RunConfig expected = tinyRegressionConfig();
      return expected.toJsonText();
    }());
    // Back to classification: the curriculum goes away.
    window.setExperiment(RunConfig());
    QVERIFY(!window.curriculumDock()->isVisible());
    QCOMPARE(window.lossPanel()->stageBoundaryCount(), 0);
  }

  // The first click lands right after Start, in the same call on the GUI thread, while the
  // engine is still in its step-0 evaluation (slowed by ICL_TEST_SLOW_MS), so it is always
  // before the first boundary (step 4). The pauses themselves are the engine's: it reports
  // pausedAtStageBoundary from the boundary step, then holds.
  void stageButtonsPauseExactlyAtEachBoundary() {
    const ScopedEnvironment slow("ICL_TEST_SLOW_MS", "500");  // outlives the training thread
    MainWindow window;
    window.show();
    window.experimentPanel()->setConfig(tinyRegressionConfig());
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QSignalSpy progress(window.session(), &TrainingSession::progressReady);
    QVERIFY(window.startRun());
    auto* panel = window.curriculumPanel();
    QVERIFY(panel->pauseAtBoundaryButton()->isEnabled());
    panel->pauseAtBoundaryButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), TrainingSession::State::Paused,
                              kRunTimeoutMs);
    QCOMPARE(window.progressBar()->value(), 4);
    QCOMPARE(panel->timeline()->currentStep(), 4);
    QVERIFY(panel->runToNextStageButton()->isEnabled());
    const qsizetype reportsAtFirstPause = progress.count();
    panel->runToNextStageButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(window.progressBar()->value(), 8, kRunTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), TrainingSession::State::Paused,
                              kRunTimeoutMs);
    // Every report between the two pauses is of a step in 5..8, the last one the pause at 8.
    QVERIFY(progress.count() > reportsAtFirstPause);
    for (qsizetype i = reportsAtFirstPause; i < progress.count(); ++i) {
      const auto batch = progress.at(i).at(0).value<icl::core::ProgressBatch>();
      QVERIFY2(batch.step >= 5 && batch.step <= 8, qPrintable(QString::number(batch.step)));
    }
    QVERIFY(progress.last().at(0).value<icl::core::ProgressBatch>().pausedAtStageBoundary);
    // A loop that ignored the pause would report steps here; a correct one cannot.
    QTest::qWait(300);
    QCOMPARE(window.progressBar()->value(), 8);  // stays at the boundary
    panel->runOnButton()->click();
    const auto result = waitForRunEnd(ended, kRunTimeoutMs);
    QVERIFY2(result.has_value(), "the run did not end after Run on");
    QCOMPARE(result->status, icl::core::RunStatus::Completed);
    // Snapshots at the boundaries, the checkpoint and the end; one opens on the left chart.
    QComboBox* snapshots = panel->snapshotChoice();
    QVERIFY(snapshots->findData(4) >= 0);
    QVERIFY(snapshots->findData(8) >= 0);
    QVERIFY(snapshots->findData(12) >= 0);
    snapshots->setCurrentIndex(snapshots->findData(4));
    QSignalSpy chosen(panel, &icl::ui::CurriculumPanel::snapshotChosen);
    for (QPushButton* button : panel->findChildren<QPushButton*>()) {
      if (button->text() == QStringLiteral("Open snapshot")) {
        button->click();
      }
    }
    QCOMPARE(chosen.count(), 1);
    auto* results = window.regressionPanel();
    QCOMPARE(results->stepChoice(0)->currentData().toLongLong(), 4);
    QCOMPARE(results->stepChoice(1)->currentData().toLongLong(), 12);
    for (const char* learner : {"gpt_curriculum", "gpt_plain", "least_squares", "zero"}) {
      QVERIFY2(results->pointCount(0, QString::fromLatin1(learner)) > 0, learner);
      QVERIFY2(results->pointCount(1, QString::fromLatin1(learner)) > 0, learner);
    }
    QVERIFY(window.lossPanel()->rawPointCount(QStringLiteral("gpt_curriculum")) > 0);
    QVERIFY(window.lossPanel()->rawPointCount(QStringLiteral("gpt_plain")) > 0);
    // The finished run reopens with its snapshots.
    const QString folder = window.runFolder();
    MainWindow reopened;
    QVERIFY(reopened.openRunFolder(folder));
    QVERIFY(reopened.curriculumPanel()->snapshotChoice()->findData(8) >= 0);
    QVERIFY(reopened.regressionPanel()->pointCount(1, QStringLiteral("gpt_plain")) > 0);
  }

  void metaMetaRunShowsErrorPerSupportSize() {
    MainWindow window;
    window.show();
    window.experimentPanel()->setConfig(tinyMetaMetaConfig());
    QVERIFY(!window.curriculumDock()->isVisible());
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    const auto result = waitForRunEnd(ended, kRunTimeoutMs);
    QVERIFY2(result.has_value(), "the meta-meta run did not end");
    QVERIFY2(result->status == icl::core::RunStatus::Completed, result->message.c_str());
    auto* results = window.regressionPanel();
    QVERIFY(results->familyChoice()->count() >= 2);  // one test set per support size
    int curves = 0;
    for (int side = 0; side < 2; ++side) {
      for (const char* learner : {"meta_icl_adapt", "meta_icl", "icl_adapt", "icl"}) {
        curves += results->pointCount(side, QString::fromLatin1(learner)) > 0 ? 1 : 0;
      }
    }
    QVERIFY2(curves >= 4, qPrintable(QString::number(curves)));
  }
};

QTEST_MAIN(TestRegressionViews)
#include "tst_regression_views.moc"
