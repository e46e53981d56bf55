// The meta-level views (#4): curriculum timeline and stage transport, stage bands on the loss
// chart, error-against-examples snapshots, for real (tiny) regression and meta-meta runs.
#include <QComboBox>
#include <QDockWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "../core/tiny_config.h"
#include "core/config/run_config.h"
#include "ui/curriculum_panel.h"
#include "ui/experiment_panel.h"
#include "ui/loss_chart_panel.h"
#include "ui/main_window.h"
#include "ui/metatypes.h"
#include "ui/regression_panel.h"
#include "ui/stage_timeline.h"

using icl::core::RunConfig;
using icl::ui::MainWindow;

class TestRegressionViews : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir runs_;

 private Q_SLOTS:
  void initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("ICL Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_regression_views"));
    icl::ui::registerMetaTypes();
  }

  void init() {
    QSettings().clear();
    QSettings().setValue(QStringLiteral("runs/root"), runs_.path());
  }

  void curriculumConfigShowsItsStagesAndBands() {
    MainWindow window;
    window.show();
    window.experimentPanel()->setConfig(tinyRegressionConfig());
    window.experimentPanel()->configEdited();
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
    window.experimentPanel()->setConfig(RunConfig());
    window.experimentPanel()->configEdited();
    QVERIFY(!window.curriculumDock()->isVisible());
    QCOMPARE(window.lossPanel()->stageBoundaryCount(), 0);
  }

  void stageButtonsPauseExactlyAtEachBoundary() {
    MainWindow window;
    window.show();
    window.experimentPanel()->setConfig(tinyRegressionConfig());
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    auto* panel = window.curriculumPanel();
    QVERIFY(panel->pauseAtBoundaryButton()->isEnabled());
    panel->pauseAtBoundaryButton()->click();  // before the first boundary (step 4) is reached
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), icl::ui::TrainingSession::State::Paused, 30000);
    QCOMPARE(window.progressBar()->value(), 4);
    QCOMPARE(panel->timeline()->currentStep(), 4);
    QVERIFY(panel->runToNextStageButton()->isEnabled());
    panel->runToNextStageButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(window.progressBar()->value(), 8, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), icl::ui::TrainingSession::State::Paused, 30000);
    QTest::qWait(200);
    QCOMPARE(window.progressBar()->value(), 8);  // stays at the boundary
    panel->runOnButton()->click();
    QVERIFY(ended.wait(60000));
    QCOMPARE(ended.takeFirst().at(0).value<icl::core::RunResult>().status,
             icl::core::RunStatus::Completed);
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
    QVERIFY(ended.wait(120000));
    const auto result = ended.takeFirst().at(0).value<icl::core::RunResult>();
    QVERIFY2(result.status == icl::core::RunStatus::Completed, result.message.c_str());
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
