// What is on screen belongs to one run (issue #11): a switch of experiment, a preset or a
// config clears the old run's views; the config is named after its experiment; unsaved edits
// are never discarded without asking; status texts follow the run.
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QXYSeries>
#include <QtTest>

#include "core/store/run_store.h"
#include "tests/core/tiny_config.h"
#include "tests/ui/window_test_support.h"
#include "ui/comparison_panel.h"
#include "ui/curriculum_panel.h"
#include "ui/experiment_panel.h"
#include "ui/loss_chart_panel.h"
#include "ui/main_window.h"
#include "ui/presets_menu.h"
#include "ui/regression_panel.h"
#include "ui/run_records.h"
#include "ui/run_resumer.h"
#include "ui/stage_timeline.h"

using icl::test::BoxAnswer;
using icl::test::runToEnd;
using icl::ui::MainWindow;

namespace {

constexpr int kRunTimeoutMs = 120000;

/// Points drawn by every line or scatter series of @p view's chart.
int drawnPoints(const QChartView* view) {
  int points = 0;
  for (QAbstractSeries* series : view->chart()->series()) {
    if (auto* xy = qobject_cast<QXYSeries*>(series)) {
      points += static_cast<int>(xy->count());
    }
  }
  return points;
}

/// The form's choice of experiment (the combo box that offers all three).
QComboBox* experimentChoice(MainWindow& window) {
  for (QComboBox* box : window.experimentPanel()->findChildren<QComboBox*>()) {
    if (box->findData(QStringLiteral("meta_meta")) >= 0) {
      return box;
    }
  }
  return nullptr;
}

/// As a user picks @p experiment ("classification", "regression", "meta_meta") in the form.
void switchExperiment(MainWindow& window, const QString& experiment) {
  QComboBox* box = experimentChoice(window);
  QVERIFY(box != nullptr);
  box->setCurrentIndex(box->findData(experiment));
}

/// As a user types a new seed: an edit that makes the experiment unsaved ("*").
void editSeed(MainWindow& window, const QString& seed) {
  auto* field = window.experimentPanel()->findChild<QLineEdit*>(QStringLiteral("seed"));
  QVERIFY(field != nullptr);
  field->selectAll();
  QTest::keyClicks(field, seed);
}

QAction* presetAction(MainWindow& window, const QString& name) {
  return window.presets()->action(name);
}

QString readText(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

}  // namespace

class TestShownRun : public QObject {
  Q_OBJECT

 private:
  icl::test::WindowTestEnvironment environment_;

  /// No series, table row or snapshot of any run is left, and no run folder is acted on.
  static void verifyNoRunShown(MainWindow& window) {
    QVERIFY(window.records()->losses().empty());
    QCOMPARE(drawnPoints(window.lossPanel()->chartView()), 0);
    QCOMPARE(drawnPoints(window.comparisonPanel()->chartView()), 0);
    QCOMPARE(window.comparisonPanel()->table()->model()->rowCount(), 0);
    QCOMPARE(window.comparisonPanel()->familyChoice()->count(), 0);
    for (int side = 0; side < 2; ++side) {
      QCOMPARE(drawnPoints(window.regressionPanel()->chartView(side)), 0);
      QCOMPARE(window.regressionPanel()->stepChoice(side)->count(), 0);
    }
    QCOMPARE(window.regressionPanel()->familyChoice()->count(), 0);
    QCOMPARE(window.curriculumPanel()->snapshotChoice()->count(), 0);
    QVERIFY(window.runFolder().isEmpty());
    QVERIFY(!window.resumer()->action()->isEnabled());
    QVERIFY2(window.shownRunLabel()->text().startsWith(QStringLiteral("No run shown")),
             qPrintable(window.shownRunLabel()->text()));
  }

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_shown_run"));
  }

  void init() { environment_.resetSettings(); }

  void aSwitchOfExperimentClearsTheClassificationRun() {
    MainWindow window;
    QVERIFY2(window.shownRunLabel()->text().startsWith(QStringLiteral("No run shown")),
             qPrintable(window.shownRunLabel()->text()));
    const auto result = runToEnd(window, tinyRunConfig(), kRunTimeoutMs);
    QVERIFY2(result && result->status == icl::core::RunStatus::Completed, "the run failed");
    window.lossPanel()->flush();
    QVERIFY(drawnPoints(window.lossPanel()->chartView()) > 0);
    QVERIFY(window.comparisonPanel()->table()->model()->rowCount() > 0);
    const QString folder = QFileInfo(window.runFolder()).fileName();
    QCOMPARE(window.shownRunLabel()->text(),
             QStringLiteral("Showing run %1 (completed)").arg(folder));

    // Editing a value of the same experiment keeps the run, and the label names it.
    editSeed(window, QStringLiteral("5"));
    QVERIFY(!window.runFolder().isEmpty());
    QVERIFY(window.comparisonPanel()->table()->model()->rowCount() > 0);
    QVERIFY(window.shownRunLabel()->text().contains(folder));

    switchExperiment(window, QStringLiteral("regression"));
    window.lossPanel()->flush();
    verifyNoRunShown(window);
  }

  void aPresetClearsTheRun() {
    MainWindow window;
    QVERIFY(runToEnd(window, tinyRunConfig(), kRunTimeoutMs).has_value());
    QAction* preset = presetAction(window, QStringLiteral("p1-proto"));
    QVERIFY(preset != nullptr);
    preset->trigger();  // the form is unedited: nothing to ask
    window.lossPanel()->flush();
    verifyNoRunShown(window);
    QCOMPARE(QString::fromStdString(window.experimentPanel()->config().name),
             QStringLiteral("p1-proto"));
  }

  void aRegressionRunLeavesNothingInClassification() {
    MainWindow window;
    const auto result = runToEnd(window, tinyRegressionConfig(), kRunTimeoutMs);
    QVERIFY2(result && result->status == icl::core::RunStatus::Completed, "the run failed");
    window.lossPanel()->flush();
    QVERIFY(window.lossPanel()->rawPointCount(QStringLiteral("gpt_curriculum")) > 0);
    QVERIFY(window.regressionPanel()->familyChoice()->count() > 0);
    switchExperiment(window, QStringLiteral("classification"));
    window.lossPanel()->flush();
    verifyNoRunShown(window);
    QCOMPARE(window.lossPanel()->rawPointCount(QStringLiteral("gpt_curriculum")), 0);
    QCOMPARE(window.comparisonPanel()->familyChoice()->findText(QStringLiteral("standard")), -1);
  }

  void theNameFollowsTheExperiment() {
    MainWindow window;
    QAction* preset = presetAction(window, QStringLiteral("quick-mixture"));
    QVERIFY(preset != nullptr);
    preset->trigger();
    const std::string quickDescription = window.experimentPanel()->config().description;
    switchExperiment(window, QStringLiteral("regression"));
    const icl::core::RunConfig shown = window.experimentPanel()->config();
    QCOMPARE(QString::fromStdString(shown.name), QStringLiteral("i1-regression"));
    QVERIFY(shown.description != quickDescription);
    QVERIFY2(QString::fromStdString(shown.description).startsWith(QStringLiteral("I1")),
             shown.description.c_str());
    QVERIFY2(window.windowTitle().contains(QStringLiteral("i1-regression")),
             qPrintable(window.windowTitle()));
    switchExperiment(window, QStringLiteral("meta_meta"));
    QCOMPARE(QString::fromStdString(window.experimentPanel()->config().name),
             QStringLiteral("i2-meta-meta"));
    switchExperiment(window, QStringLiteral("regression"));

    // A tiny run of what the form names: the folder and config.json carry the new name.
    auto tiny = tinyRegressionConfig();
    tiny.name = shown.name;
    tiny.description = shown.description;
    const auto result = runToEnd(window, tiny, kRunTimeoutMs);
    QVERIFY2(result && result->status == icl::core::RunStatus::Completed, "the run failed");
    const QString folder = QFileInfo(window.runFolder()).fileName();
    const QRegularExpression pattern(QStringLiteral("^i1-regression-\\d{8}-\\d{6}"));
    QVERIFY2(pattern.match(folder).hasMatch(), qPrintable(folder));
    const auto run = icl::core::readRun(window.runFolder().toStdString());
    QVERIFY2(run.ok(), run.error().c_str());
    QCOMPARE(run.value().config.name, std::string("i1-regression"));
    QVERIFY(run.value().config.description != quickDescription);
  }

  void unsavedEditsAreNeverDiscardedSilently() {
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("mine.json"));
    MainWindow window;
    QVERIFY(window.saveConfigTo(path));
    editSeed(window, QStringLiteral("77"));
    QVERIFY(window.windowTitle().contains(QLatin1Char('*')));
    QAction* preset = presetAction(window, QStringLiteral("p1-proto"));
    QVERIFY(preset != nullptr);

    {  // Cancel keeps everything.
      BoxAnswer cancel(QMessageBox::Cancel);
      preset->trigger();
      QVERIFY2(cancel.question().contains(QStringLiteral("unsaved")), "no question asked");
      QCOMPARE(window.experimentPanel()->config().seed, uint64_t{77});
      QVERIFY(window.windowTitle().contains(QLatin1Char('*')));
    }
    {  // Opening a config asks as well.
      BoxAnswer cancel(QMessageBox::Cancel);
      QVERIFY(!window.openConfigFile(path));
      QVERIFY(!cancel.question().isEmpty());
      QCOMPARE(window.experimentPanel()->config().seed, uint64_t{77});
    }
    {  // Quitting too.
      window.show();
      BoxAnswer cancel(QMessageBox::Cancel);
      QVERIFY(!window.close());
      QVERIFY(!cancel.question().isEmpty());
      QVERIFY(window.isVisible());
    }
    {  // Save writes the edit through File > Save, then the preset is loaded.
      BoxAnswer save(QMessageBox::Save);
      preset->trigger();
      QVERIFY(!save.question().isEmpty());
      QCOMPARE(QString::fromStdString(window.experimentPanel()->config().name),
               QStringLiteral("p1-proto"));
      const auto saved = icl::core::RunConfig::fromJsonText(readText(path).toStdString(), "t");
      QVERIFY2(saved.ok(), saved.error().c_str());
      QCOMPARE(saved.value().seed, uint64_t{77});
      QVERIFY(!window.windowTitle().contains(QLatin1Char('*')));
    }
    {  // Opening a run folder, then Discard.
      const auto result = runToEnd(window, tinyRunConfig(), kRunTimeoutMs);
      QVERIFY(result.has_value());
      const QString folder = window.runFolder();
      editSeed(window, QStringLiteral("78"));
      {
        BoxAnswer cancel(QMessageBox::Cancel);
        QVERIFY(!window.openRunFolder(folder));
        QVERIFY(!cancel.question().isEmpty());
        QCOMPARE(window.experimentPanel()->config().seed, uint64_t{78});
      }
      BoxAnswer discard(QMessageBox::Discard);
      QVERIFY(window.openRunFolder(folder));
      QVERIFY(!discard.question().isEmpty());
      QCOMPARE(window.experimentPanel()->config().seed, tinyRunConfig().seed);
      QVERIFY(!window.windowTitle().contains(QLatin1Char('*')));
    }
  }

  void quitWithDiscardKeepsTheSavedFile() {
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("kept.json"));
    {
      MainWindow window;
      window.show();
      QVERIFY(window.saveConfigTo(path));
      editSeed(window, QStringLiteral("79"));
      BoxAnswer discard(QMessageBox::Discard);
      QVERIFY(window.close());
      QVERIFY(!discard.question().isEmpty());
    }
    MainWindow reopened;
    QVERIFY(reopened.experimentPanel()->config().seed != uint64_t{79});
    QVERIFY(!reopened.windowTitle().contains(QLatin1Char('*')));
  }

  void anOpenedRunShowsItsOwnProgress() {
    MainWindow window;
    QVERIFY(runToEnd(window, tinyRunConfig(), kRunTimeoutMs).has_value());
    const QString six = window.runFolder();
    auto longer = tinyRunConfig();
    longer.train.steps = 9;
    QVERIFY(runToEnd(window, longer, kRunTimeoutMs).has_value());
    QCOMPARE(window.progressBar()->maximum(), 9);
    QVERIFY(window.openRunFolder(six));
    QCOMPARE(window.progressBar()->maximum(), 6);
    QCOMPARE(window.progressBar()->value(), 6);
    QCOMPARE(window.shownRunLabel()->text(),
             QStringLiteral("Showing run %1 (completed)").arg(QFileInfo(six).fileName()));
  }

  void curriculumStatusFollowsTheRun() {
    icl::ui::CurriculumPanel panel;
    panel.setConfig(tinyRegressionConfig());  // boundaries after steps 4 and 8 of 12
    // The session's answers to the buttons, as the window wires them.
    connect(&panel, &icl::ui::CurriculumPanel::runToNextStageRequested, &panel,
            [&panel] { panel.setRunActive(true, false); });
    connect(&panel, &icl::ui::CurriculumPanel::runOnRequested, &panel,
            [&panel] { panel.setRunActive(true, false); });
    panel.setRunActive(true, false);
    panel.pauseAtBoundaryButton()->click();
    QCOMPARE(panel.statusText(), QStringLiteral("Will pause when stage 1 ends (after step 4)."));

    icl::core::ProgressBatch boundary;
    boundary.step = 4;
    boundary.totalSteps = 12;
    boundary.pausedAtStageBoundary = true;
    panel.setRunActive(true, true);
    panel.showProgress(boundary);
    QVERIFY2(panel.statusText().startsWith(
                 QStringLiteral("Paused at the stage boundary after step 4")),
             qPrintable(panel.statusText()));
    panel.setRunActive(true, false);  // Resume
    QCOMPARE(panel.statusText(), QString());

    panel.setRunActive(true, true);
    panel.showProgress(boundary);
    panel.runToNextStageButton()->click();
    QCOMPARE(panel.statusText(), QStringLiteral("Will pause when stage 2 ends (after step 8)."));

    boundary.step = 8;
    panel.setRunActive(true, true);
    panel.showProgress(boundary);
    panel.runOnButton()->click();
    QCOMPARE(panel.statusText(), QString());
  }

  void oneStageIsSingular() {
    icl::ui::StageTimeline timeline;
    icl::core::CurriculumStage only;
    only.lastStep = 10;
    timeline.setStages({only}, 10);
    QCOMPARE(timeline.stageCountText(), QStringLiteral("1 stage"));
    icl::core::CurriculumStage second = only;
    second.index = 1;
    timeline.setStages({only, second}, 10);
    QCOMPARE(timeline.stageCountText(), QStringLiteral("2 stages"));
  }
};

QTEST_MAIN(TestShownRun)
#include "tst_shown_run.moc"
