// The meta-level views (#4): curriculum timeline and stage transport, stage bands on the loss
// chart, error-against-examples snapshots, for real (tiny) regression and meta-meta runs; the
// agreement with baselines (#10 item 4) at the chosen snapshot, and its hint for old folders.
#include <QComboBox>
#include <QFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QDockWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <limits>
#include <utility>

#include "core/config/names.h"
#include "core/config/run_config.h"
#include "core/evaluation/regression_agreement.h"
#include "core/store/run_store.h"
#include "tests/core/tiny_config.h"
#include "tests/ui/window_test_support.h"
#include "ui/curriculum_panel.h"
#include "ui/experiment_panel.h"
#include "ui/loss_chart_panel.h"
#include "ui/main_window.h"
#include "ui/metatypes.h"
#include "ui/regression_agreement_chart.h"
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
// Live values are the engine's doubles, eval.csv keeps 9 significant digits (core/store/csv.cpp).
constexpr double kCsvRelativeTolerance = 1e-8;

const char* const kArms[] = {"gpt_curriculum", "gpt_plain"};

/// The mean points of one agreement curve at @p step, from eval.csv's rows.
QVector<QPointF> csvCurve(const icl::core::RunData& run, qint64 step, const std::string& arm,
                          icl::core::LearnerId baseline) {
  QVector<QPointF> points;
  for (const icl::core::EvalRecord& record : run.evaluations) {
    if (record.step == step && record.learner == arm &&
        record.metric == icl::core::predictionDifferenceMetric(baseline)) {
      points.append(QPointF(static_cast<double>(record.shots), record.value));
    }
  }
  return points;
}

/// Fails unless every curve of @p chart equals eval.csv's rows at @p step.
bool chartMatchesCsv(const icl::ui::RegressionAgreementChart& chart,
                     const icl::core::RunData& run, qint64 step) {
  for (const char* arm : kArms) {
    for (icl::core::LearnerId baseline : icl::core::agreementBaselines()) {
      const QString name = QString::fromStdString(icl::core::learnerName(baseline));
      const QVector<QPointF> shown = chart.curvePoints(QString::fromLatin1(arm), name);
      const QVector<QPointF> expected = csvCurve(run, step, arm, baseline);
      if (expected.isEmpty() || shown.size() != expected.size()) {
        qWarning("%s vs %s: %d points shown, %d in eval.csv", arm, qPrintable(name),
                 static_cast<int>(shown.size()), static_cast<int>(expected.size()));
        return false;
      }
      for (qsizetype i = 0; i < shown.size(); ++i) {
        const double want = expected[i].y();
        if (shown[i].x() != expected[i].x() ||
            std::abs(shown[i].y() - want) > kCsvRelativeTolerance * std::abs(want)) {
          qWarning("%s vs %s at %g examples: %.9g shown, %.9g in eval.csv", arm, qPrintable(name),
                   expected[i].x(), shown[i].y(), want);
          return false;
        }
      }
    }
  }
  return true;
}

/// What the sentence calls @p baseline.
QString sentenceName(icl::core::LearnerId baseline) {
  switch (baseline) {
    case icl::core::LearnerId::LeastSquares: return QStringLiteral("least squares");
    case icl::core::LearnerId::Knn3: return QStringLiteral("3-NN");
    default: return QStringLiteral("averaging");
  }
}

/// The baseline whose eval.csv difference to @p arm is smallest at @p step and @p shots.
icl::core::LearnerId closestBaseline(const icl::core::RunData& run, qint64 step,
                                     const std::string& arm, int64_t shots) {
  icl::core::LearnerId best = icl::core::LearnerId::LeastSquares;
  double smallest = std::numeric_limits<double>::infinity();
  for (icl::core::LearnerId baseline : icl::core::agreementBaselines()) {
    for (const QPointF& point : csvCurve(run, step, arm, baseline)) {
      if (static_cast<int64_t>(point.x()) == shots && point.y() < smallest) {
        smallest = point.y();
        best = baseline;
      }
    }
  }
  return best;
}

/// Clicks the curriculum panel's "Open snapshot" for the snapshot after @p step.
void openSnapshot(icl::ui::CurriculumPanel* panel, qint64 step) {
  panel->snapshotChoice()->setCurrentIndex(panel->snapshotChoice()->findData(step));
  for (QPushButton* button : panel->findChildren<QPushButton*>()) {
    if (button->text() == QStringLiteral("Open snapshot")) {
      button->click();
    }
  }
}

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

  // #10 item 4: live during the run, then at the chosen snapshot equal to eval.csv's rows, one
  // curve per arm x baseline; the sentence names the closest baseline; an old folder gets the
  // hint and still its error curves.
  void agreementChartShowsEvalCsvAtTheChosenSnapshot() {
    const ScopedEnvironment slow("ICL_TEST_SLOW_MS", "300");  // outlives the training thread
    MainWindow window;
    window.show();
    window.experimentPanel()->setConfig(tinyRegressionConfig());
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    auto* agreement = window.regressionPanel()->agreementChart();
    QTRY_COMPARE_WITH_TIMEOUT(agreement->curveCount(), 6, kRunTimeoutMs);
    QVERIFY2(window.session()->active(), "the chart filled only after the run");
    QVERIFY(agreement->hint().isEmpty());
    const auto result = waitForRunEnd(ended, kRunTimeoutMs);
    QVERIFY2(result.has_value(), "the run did not end");
    QCOMPARE(result->status, icl::core::RunStatus::Completed);
    const auto read = icl::core::readRun(window.runFolder().toStdString());
    QVERIFY2(read.ok(), read.error().c_str());
    const icl::core::RunData& run = read.value();

    // The latest snapshot first, then the curriculum timeline's choice, as the error curves.
    QCOMPARE(agreement->stepChoice()->currentData().toLongLong(), 12);
    QCOMPARE(agreement->curveCount(), 6);
    QVERIFY(chartMatchesCsv(*agreement, run, 12));
    const QVector<QPointF> late = agreement->curvePoints(QStringLiteral("gpt_plain"),
                                                         QStringLiteral("least_squares"));
    openSnapshot(window.curriculumPanel(), 4);
    QCOMPARE(agreement->stepChoice()->currentData().toLongLong(), 4);
    QCOMPARE(window.regressionPanel()->stepChoice(0)->currentData().toLongLong(), 4);
    QVERIFY(chartMatchesCsv(*agreement, run, 4));
    QVERIFY(agreement->curvePoints(QStringLiteral("gpt_plain"), QStringLiteral("least_squares")) !=
            late);

    // The sentence: at the most examples (4), each arm's closest baseline by eval.csv.
    QCOMPARE(agreement->examplesChoice()->value(), 4);
    const QString sentence = agreement->sentence();
    QVERIFY2(sentence.startsWith(QStringLiteral("At step 4 with 4 examples ")),
             qPrintable(sentence));
    for (const auto& [arm, phrase] : {std::pair{"gpt_curriculum", "the curriculum arm"},
                                      std::pair{"gpt_plain", "the arm without curriculum"}}) {
      const QString expected = QStringLiteral("%1 is closest to %2: ")
                                   .arg(QLatin1String(phrase),
                                        sentenceName(closestBaseline(run, 4, arm, 4)));
      QVERIFY2(sentence.contains(expected),
               qPrintable(sentence + QStringLiteral(" / ") + expected));
    }
    agreement->examplesChoice()->setValue(2);
    QVERIFY2(agreement->sentence().startsWith(QStringLiteral("At step 4 with 2 examples ")),
             qPrintable(agreement->sentence()));

    // A folder written before the measure: eval.csv without the sq_diff_* rows.
    const QString old = environment_.runsRoot() + QStringLiteral("/old-run");
    std::filesystem::copy(window.runFolder().toStdString(), old.toStdString(),
                          std::filesystem::copy_options::recursive);
    QFile eval(old + QStringLiteral("/eval.csv"));
    QVERIFY(eval.open(QIODevice::ReadOnly));
    QByteArray kept;
    for (const QByteArray& line : eval.readAll().split('\n')) {
      if (!line.isEmpty() && !line.contains(",sq_diff_")) {
        kept += line + '\n';
      }
    }
    eval.close();
    QVERIFY(eval.open(QIODevice::WriteOnly | QIODevice::Truncate));
    eval.write(kept);
    eval.close();
    MainWindow reopened;
    QVERIFY(reopened.openRunFolder(old));
    auto* oldAgreement = reopened.regressionPanel()->agreementChart();
    QVERIFY2(oldAgreement->hint().contains(QStringLiteral("predates the agreement measure")),
             qPrintable(oldAgreement->hint()));
    QCOMPARE(oldAgreement->curveCount(), 0);
    QVERIFY(oldAgreement->sentence().isEmpty());
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
    // No agreement rows in a meta-meta run: the tab says why instead of showing nothing.
    QVERIFY2(results->agreementChart()->hint().contains(QStringLiteral("(I1) runs only")),
             qPrintable(results->agreementChart()->hint()));
  }
};

QTEST_MAIN(TestRegressionViews)
#include "tst_regression_views.moc"
