// The Sweep tab (#12 "the window opens a sweep folder and draws bands"), in the real window
// offscreen: a sweep folder of 2 seeds x 2 values of learners.matchnet.lr of the tiny config,
// trained here through core::train, plus a third seed whose points failed or never ran. The
// band, the faint seeds and the table are checked against values recomputed here from the run
// folders' CSV files, without core's sweep reader.
#include <QComboBox>
#include <QAbstractAxis>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

#include <cmath>
#include <map>

#include "core/sweep/sweep_manifest.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/tiny_config.h"
#include "tests/ui/window_test_support.h"
#include "ui/chart_view.h"
#include "ui/main_window.h"
#include "ui/sweep_dialog.h"
#include "ui/sweep_point_model.h"
#include "ui/sweep_process.h"
#include "ui/sweep_table_model.h"
#include "ui/sweep_view.h"

using icl::ui::MainWindow;
using icl::ui::SweepPointModel;
using icl::ui::SweepTableModel;
using icl::ui::SweepView;

namespace {

const char* const kKey = "learners.matchnet.lr";
const char* const kValues[] = {"3e-3", "1e-2"};
const uint64_t kTrainedSeeds[] = {0, 1};
const uint64_t kMissingSeed = 2;  // value 0: failed; value 1: never ran (no folder)
const char* const kFailure = "the point's process was killed (out of memory)";

// t(0.975) with one degree of freedom: Student's t with 1 df is the Cauchy distribution, whose
// quantile is tan(pi (p - 1/2)); computed here, not taken from core's table.
const double kT1 = std::tan(M_PI * (0.975 - 0.5));

QStringList csvLines(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    return {};
  }
  QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
  lines.removeFirst();  // the header
  return lines;
}

/// train.csv as loss[learner][step], parsed without core's reader.
std::map<QString, std::map<qint64, double>> losses(const QString& runDir) {
  std::map<QString, std::map<qint64, double>> out;
  for (const QString& line : csvLines(runDir + QStringLiteral("/train.csv"))) {
    const QStringList f = line.split(',');
    out[f[2]][f[0].toLongLong()] = f[3].toDouble();
  }
  return out;
}

/// The last evaluation step's accuracy of @p learner on @p family at @p shots.
double finalAccuracy(const QString& runDir, const QString& learner, const QString& family,
                     qint64 shots) {
  qint64 lastStep = -1;
  double value = std::nan("");
  for (const QString& line : csvLines(runDir + QStringLiteral("/eval.csv"))) {
    const QStringList f = line.split(',');
    if (f[1] == learner && f[3] == family && f[4].toLongLong() == shots &&
        f[5] == QLatin1String("accuracy") && f[0].toLongLong() >= lastStep) {
      lastStep = f[0].toLongLong();
      value = f[6].toDouble();
    }
  }
  return value;
}

/// Mean and half-width of the 95 % t-interval of two values.
std::pair<double, double> twoSeedInterval(double a, double b) {
  const double mean = (a + b) / 2.0;
  const double sd = std::abs(a - b) / std::sqrt(2.0);  // sample sd of two values
  return {mean, kT1 * sd / std::sqrt(2.0)};
}

/// @p got and @p expected come from the same "%.9g" CSV text through a few double operations
/// each (sum, difference, square root: ~10 ulp, 1e-12 relative to the values' size), and the
/// reader may hold t(0.975) to a table's precision: up to 1e-6 relative of the half-width
/// @p half. A wrong t (1.96, or t with n degrees of freedom: 4.30), a population sd (off by
/// sqrt 2) or a missing seed are all off by far more.
bool near(double got, double expected, double size, double half = 0.0) {
  return std::abs(got - expected) <=
         1e-12 * std::max(1.0, std::abs(size)) + 1e-6 * std::abs(half);
}

}  // namespace

class TestSweepView : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_sweep_view"));
    sweepDir_ = env_.runsRoot() + QStringLiteral("/tiny-sweep");
    QVERIFY(QDir().mkpath(sweepDir_));
    const icl::core::RunConfig base = tinyRunConfig();
    icl::core::SweepManifest manifest;
    manifest.name = base.name;
    manifest.source = "config tiny.json";
    manifest.baseConfigJson = base.toJsonText();
    manifest.seeds = {0, 1, kMissingSeed};
    manifest.axes = {{kKey, {kValues[0], kValues[1]}}};
    for (int v = 0; v < 2; ++v) {
      for (uint64_t seed : {uint64_t{0}, uint64_t{1}, kMissingSeed}) {
        icl::core::SweepPoint point;
        point.seed = seed;
        point.settings = {{kKey, kValues[v]}};
        point.folder = icl::core::sweepPointFolderName(point.settings, seed);
        if (seed == kMissingSeed) {
          point.status = v == 0 ? icl::core::SweepPointStatus::Failed
                                : icl::core::SweepPointStatus::Pending;
          point.message = v == 0 ? kFailure : "";
        } else {
          icl::core::RunConfig config = base;
          config.seed = seed;
          config.learners.matchNet.lr = std::stod(kValues[v]);
          const auto dir = std::filesystem::path(sweepDir_.toStdString()) / point.folder;
          QCOMPARE(icl::test::trainUntil(config, dir, -1).status,
                   icl::core::RunStatus::Completed);
          point.status = icl::core::SweepPointStatus::Completed;
        }
        manifest.points.push_back(point);
      }
    }
    QVERIFY(icl::core::writeSweepManifest(sweepDir_.toStdString(), manifest).ok());
  }
  void init() { env_.resetSettings(); }

  // Open Run Folder on a sweep folder opens it in the Sweep tab.
  void openRunOnASweepFolderShowsTheSweepTab() {
    MainWindow window;
    SweepView* view = openInWindow(window);
    QVERIFY(view != nullptr);
    QCOMPARE(window.viewTabs()->currentWidget(), static_cast<QWidget*>(view));
    QCOMPARE(view->sweepDir(), sweepDir_);
  }

  void selectorListsBothValuesOfTheSweptKey() {
    MainWindow window;
    SweepView* view = openInWindow(window);
    QVERIFY(view != nullptr);
    QComboBox* groups = view->groupChoice();
    QCOMPARE(groups->count(), 2);
    QCOMPARE(groups->itemText(0), QStringLiteral("%1=%2").arg(kKey, kValues[0]));
    QCOMPARE(groups->itemText(1), QStringLiteral("%1=%2").arg(kKey, kValues[1]));
    QVERIFY(groups->isEnabled());
  }

  // The loss band of every learner is mean -/+ t s / sqrt(n) of the two seeds' train.csv rows,
  // for both groups (the selector switches what is drawn).
  void lossBandIsTheAcrossSeedIntervalOfTheTwoRuns() {
    MainWindow window;
    SweepView* view = openInWindow(window);
    QVERIFY(view != nullptr);
    for (int v = 0; v < 2; ++v) {
      view->groupChoice()->setCurrentIndex(v);
      const auto a = losses(pointDir(v, 0));
      const auto b = losses(pointDir(v, 1));
      QVERIFY(!a.empty());
      QCOMPARE(view->lossCurves().size(), a.size());
      int checked = 0;
      for (const auto& curve : view->lossCurves()) {
        QVERIFY2(a.count(curve.learner) == 1, qPrintable(curve.learner));
        const auto& seedA = a.at(curve.learner);
        const auto& seedB = b.at(curve.learner);
        QVERIFY(curve.band.upper != nullptr && curve.band.lower != nullptr);
        const QList<QPointF> upper = curve.band.upper->points();
        const QList<QPointF> lower = curve.band.lower->points();
        const QList<QPointF> mean = curve.band.mean->points();
        QCOMPARE(upper.size(), static_cast<qsizetype>(seedA.size()));
        for (qsizetype i = 0; i < upper.size(); ++i) {
          const qint64 step = static_cast<qint64>(upper[i].x());
          const auto [m, half] = twoSeedInterval(seedA.at(step), seedB.at(step));
          QVERIFY2(half > 0.0, "two seeds with the same loss: the band would test nothing");
          QVERIFY2(near(mean[i].y(), m, m), qPrintable(curve.learner));
          QVERIFY2(near(upper[i].y(), m + half, m, half),
                   qPrintable(QStringLiteral("%1 step %2: upper %3, expected %4")
                                  .arg(curve.learner)
                                  .arg(step)
                                  .arg(upper[i].y(), 0, 'g', 17)
                                  .arg(m + half, 0, 'g', 17)));
          QVERIFY2(near(lower[i].y(), m - half, m, half), qPrintable(curve.learner));
          ++checked;
        }
        // Each seed faint beneath: its own train.csv values.
        QCOMPARE(curve.seeds.size(), 2);
        const QList<QPointF> first = curve.seeds[0]->points();
        QCOMPARE(first.size(), static_cast<qsizetype>(seedA.size()));
        QCOMPARE(first.front().y(), seedA.begin()->second);
        QCOMPARE(curve.seeds[1]->points().back().y(), seedB.rbegin()->second);
        QVERIFY(curve.seeds[0]->pen().color().alpha() < curve.band.mean->pen().color().alpha());
        QVERIFY(curve.seeds[0]->pen().widthF() < curve.band.mean->pen().widthF());
      }
      QVERIFY(checked >= 6);
    }
  }

  // The accuracy chart and the table: the mean and interval of the two seeds' final accuracy.
  void tableAndAccuracyChartShowTheAcrossSeedInterval() {
    MainWindow window;
    SweepView* view = openInWindow(window);
    QVERIFY(view != nullptr);
    view->groupChoice()->setCurrentIndex(1);
    const QString family = view->familyChoice()->currentData().toString();
    QVERIFY(!family.isEmpty());
    SweepTableModel* table = view->tableModel();
    QVERIFY(table->rowCount() >= 1);
    QVERIFY(table->columnCount() >= 2);
    int checked = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
      for (int column = 1; column < table->columnCount(); ++column) {
        const QModelIndex cell = table->index(row, column);
        const qint64 shots = table->shotsAt(column);
        const QString learner = table->learnerAt(row);
        const double a = finalAccuracy(pointDir(1, 0), learner, family, shots);
        const double b = finalAccuracy(pointDir(1, 1), learner, family, shots);
        QVERIFY2(!std::isnan(a) && !std::isnan(b), qPrintable(learner));
        const auto [m, half] = twoSeedInterval(a, b);
        QVERIFY(near(cell.data(SweepTableModel::kMeanRole).toDouble(), m, 1.0));
        QVERIFY(near(cell.data(SweepTableModel::kLowRole).toDouble(), m - half, 1.0, half));
        QVERIFY(near(cell.data(SweepTableModel::kHighRole).toDouble(), m + half, 1.0, half));
        const QString text = cell.data().toString();
        QCOMPARE(text, QStringLiteral("%1 [%2, %3] (2)")
                           .arg(m, 0, 'f', 3)
                           .arg(m - half, 0, 'f', 3)
                           .arg(m + half, 0, 'f', 3));
        ++checked;
      }
    }
    QVERIFY(checked >= 2);
    // The chart against shots has the same band per learner.
    QCOMPARE(view->resultCurves().size(), static_cast<std::size_t>(table->rowCount()));
    for (const auto& curve : view->resultCurves()) {
      QCOMPARE(curve.seeds.size(), 2);
      const QPointF last = curve.band.upper->points().back();
      const double a = finalAccuracy(pointDir(1, 0), curve.learner, family, qint64(last.x()));
      const double b = finalAccuracy(pointDir(1, 1), curve.learner, family, qint64(last.x()));
      const auto [m, half] = twoSeedInterval(a, b);
      QVERIFY(near(last.y(), m + half, 1.0, half));
    }
    // The CSV export has every cell with its seeds.
    const QString csv = view->tableCsv();
    QVERIFY(csv.startsWith(QStringLiteral("learner,test_family,metric,shots,seeds,mean")));
    QVERIFY(csv.contains(QStringLiteral(",accuracy,")));
    QVERIFY(csv.contains(QStringLiteral(" 1:")));
  }

  void failedAndMissingPointsShowWithTheirStatus() {
    MainWindow window;
    SweepView* view = openInWindow(window);
    QVERIFY(view != nullptr);
    SweepPointModel* points = view->pointModel();
    QCOMPARE(points->rowCount(), 6);
    const auto folder = [](int v, uint64_t seed) {
      return QString::fromStdString(
          icl::core::sweepPointFolderName({{kKey, kValues[v]}}, seed));
    };
    const int failed = points->rowOf(folder(0, kMissingSeed));
    const int pending = points->rowOf(folder(1, kMissingSeed));
    const int done = points->rowOf(folder(0, 0));
    QVERIFY(failed >= 0 && pending >= 0 && done >= 0);
    QCOMPARE(points->index(failed, SweepPointModel::kStatus).data().toString(),
             QStringLiteral("failed"));
    QVERIFY(points->index(failed, SweepPointModel::kStatus)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String(kFailure)));
    QCOMPARE(points->index(pending, SweepPointModel::kStatus).data().toString(),
             QStringLiteral("pending"));
    QCOMPARE(points->index(done, SweepPointModel::kStatus).data().toString(),
             QStringLiteral("completed"));
    QCOMPARE(points->index(done, SweepPointModel::kSteps).data().toString(),
             QStringLiteral("6 / 6"));
    QCOMPARE(points->index(done, SweepPointModel::kSettings).data().toString(),
             QStringLiteral("%1=%2").arg(kKey, kValues[0]));
    QVERIFY(view->statusLabel()->text().contains(QStringLiteral("1 failed")));
  }

  // A regression sweep: squared error against position, with its band, instead of accuracy.
  void regressionSweepShowsSquaredErrorByPosition() {
    const QString dir = env_.runsRoot() + QStringLiteral("/regression-sweep");
    const icl::core::RunConfig base = tinyRegressionConfig();
    icl::core::SweepManifest manifest;
    manifest.name = base.name;
    manifest.baseConfigJson = base.toJsonText();
    manifest.seeds = {0, 1};
    for (uint64_t seed : manifest.seeds) {
      icl::core::SweepPoint point;
      point.seed = seed;
      point.folder = icl::core::sweepPointFolderName({}, seed);
      point.status = icl::core::SweepPointStatus::Completed;
      icl::core::RunConfig config = base;
      config.seed = seed;
      QCOMPARE(icl::test::trainUntil(config, dir.toStdString() + "/" + point.folder, -1).status,
               icl::core::RunStatus::Completed);
      manifest.points.push_back(point);
    }
    QVERIFY(icl::core::writeSweepManifest(dir.toStdString(), manifest).ok());
    MainWindow window;
    SweepView* view = window.sweepView();
    QSignalSpy loaded(view, &SweepView::loaded);
    QVERIFY(window.openSweepFolder(dir));
    QTRY_VERIFY_WITH_TIMEOUT(!view->reading() && view->summary().points.size() == 2, 20000);
    QCOMPARE(view->groupChoice()->itemText(0), QStringLiteral("all seeds"));
    QVERIFY(!view->resultCurves().empty());
    QCOMPARE(view->resultView()->axis(Qt::Vertical)->titleText(), QStringLiteral("squared error / D"));
    QVERIFY(view->resultView()->chart()->title().startsWith(QStringLiteral("Squared error")));
    QCOMPARE(view->resultCurves().front().seeds.size(), 2);
    QVERIFY(view->tableModel()->rowCount() >= 1);
    QVERIFY(view->tableModel()->index(0, 1).data().toString().endsWith(QStringLiteral("(2)")));
  }

  // A folder without sweep.json is refused by name; the tab keeps what it showed.
  void openSweepOnAPlainFolderNamesIt() {
    MainWindow window;
    QSignalSpy errors(&window, &MainWindow::errorShown);
    const QString plain = env_.runsRoot() + QStringLiteral("/not-a-sweep");
    QVERIFY(QDir().mkpath(plain));
    QVERIFY(!window.openSweepFolder(plain));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(QDir::toNativeSeparators(plain)));
    QVERIFY(window.sweepView()->sweepDir().isEmpty());
  }

  // Start Sweep…: bad input is named inline and keeps the dialog open.
  void startDialogNamesBadInputInline() {
    icl::ui::SweepDialog dialog(tinyRunConfig(), env_.runsRoot() + QStringLiteral("/new-sweep"));
    dialog.seedsEdit()->setText(QStringLiteral("0-x"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("\"0-x\"")), qPrintable(dialog.errorText()));

    dialog.seedsEdit()->setText(QStringLiteral("0-1"));
    dialog.keyChoice()->setCurrentIndex(dialog.keyChoice()->findData(QString::fromLatin1(kKey)));
    dialog.valuesEdit()->setText(QStringLiteral("3e-3, fast"));
    dialog.accept();
    QVERIFY2(dialog.errorText().contains(QStringLiteral("\"fast\"")) &&
                 dialog.errorText().contains(QLatin1String(kKey)),
             qPrintable(dialog.errorText()));

    dialog.valuesEdit()->setText(QStringLiteral("3e-3"));
    dialog.accept();
    QVERIFY2(dialog.errorText().contains(QStringLiteral("at least two")),
             qPrintable(dialog.errorText()));

    dialog.valuesEdit()->setText(QStringLiteral("3e-3, 1e-2"));
    dialog.outDirEdit()->setText(sweepDir_);
    dialog.accept();
    QVERIFY2(dialog.errorText().contains(QStringLiteral("already holds a sweep")),
             qPrintable(dialog.errorText()));

    dialog.outDirEdit()->setText(env_.runsRoot() + QStringLiteral("/new-sweep"));
    dialog.jobsSpin()->setValue(1);
    dialog.accept();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const icl::ui::SweepRequest request = dialog.request();
    QCOMPARE(request.arguments(QStringLiteral("base.json")),
             QStringList({"sweep", "--config", "base.json", "--seeds", "0-1", "--set",
                          QStringLiteral("%1=3e-3,1e-2").arg(kKey), "--jobs", "1", "--out",
                          env_.runsRoot() + QStringLiteral("/new-sweep")}));
  }

  // Start Sweep: the real CLI runs two seeds of the tiny config; the tab follows the folder.
  void startedSweepRunsTheCliAndTheTabFollowsIt() {
    const icl::test::ScopedEnvironment cli("ICL_LAB_CLI", ICL_LAB_CLI_PATH);
    MainWindow window;
    QSignalSpy errors(&window, &MainWindow::errorShown);
    SweepView* view = window.sweepView();
    QSignalSpy finished(view->process(), &icl::ui::SweepProcess::finished);
    const QString out = env_.runsRoot() + QStringLiteral("/started-sweep");
    QCOMPARE(view->startSweep(twoSeeds(out), cliConfig()), QString());
    QVERIFY(view->process()->running());
    QVERIFY(view->stopButton()->isEnabled());
    QVERIFY(finished.wait(180000));
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QVERIFY(QFile::exists(icl::ui::SweepProcess::baseConfigPath(out)));
    QTRY_VERIFY_WITH_TIMEOUT(!view->reading() && view->summary().completed == 2, 10000);
    QCOMPARE(view->sweepDir(), out);
    QCOMPARE(view->pointModel()->rowCount(), 2);
    QVERIFY(!view->lossCurves().empty());
    QCOMPARE(view->lossCurves().front().seeds.size(), 2);
    QVERIFY(!view->stopButton()->isEnabled());
    QVERIFY(errors.isEmpty());
  }

  // Stop Sweep: SIGINT to the CLI; the running point ends stopped, no error box.
  void stopSweepMarksTheRunningPointStopped() {
    const icl::test::ScopedEnvironment cli("ICL_LAB_CLI", ICL_LAB_CLI_PATH);
    const icl::test::ScopedEnvironment slow("ICL_TEST_SLOW_MS", "300");
    MainWindow window;
    QSignalSpy errors(&window, &MainWindow::errorShown);
    SweepView* view = window.sweepView();
    QSignalSpy finished(view->process(), &icl::ui::SweepProcess::finished);
    const QString out = env_.runsRoot() + QStringLiteral("/stopped-sweep");
    QCOMPARE(view->startSweep(twoSeeds(out), cliConfig()), QString());
    // Once the first point has written its config, its process stops cleanly on SIGINT.
    const QString first = out + QStringLiteral("/seed0/config.json");
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(first), 60000);
    QTest::mouseClick(view->stopButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toInt(), icl::ui::SweepProcess::kStoppedExitCode);
    QTRY_VERIFY_WITH_TIMEOUT(!view->reading() && view->pointModel()->rowCount() == 2 &&
                                 view->pointModel()
                                         ->index(view->pointModel()->rowOf(QStringLiteral("seed0")),
                                                 SweepPointModel::kStatus)
                                         .data()
                                         .toString() == QLatin1String("stopped"),
                             10000);
    QVERIFY(view->statusLabel()->text().contains(QStringLiteral("Stopped")));
    QVERIFY(errors.isEmpty());
  }

  void seedListsParseRangesAndLists() {
    QString error;
    QCOMPARE(icl::ui::parseSeedList(QStringLiteral("0-2,7"), &error).value(),
             (std::vector<quint64>{0, 1, 2, 7}));
    QVERIFY(!icl::ui::parseSeedList(QStringLiteral("3-1"), &error));
    QVERIFY(error.contains(QStringLiteral("\"3-1\"")));
    QVERIFY(!icl::ui::parseSeedList(QString(), &error));
  }

 private:
  /// The window's Sweep tab on the test sweep, opened through Open Run Folder, once read.
  SweepView* openInWindow(MainWindow& window) {
    SweepView* view = window.sweepView();
    QSignalSpy loaded(view, &SweepView::loaded);
    if (!window.openRunFolder(sweepDir_)) {
      return nullptr;
    }
    while (view->reading() || view->summary().points.empty()) {
      if (!loaded.wait(20000)) {
        return nullptr;
      }
    }
    return view;
  }

  static icl::ui::SweepRequest twoSeeds(const QString& out) {
    icl::ui::SweepRequest request;
    request.seeds = QStringLiteral("0-1");
    request.jobs = 1;
    request.outDir = out;
    return request;
  }

  /// The tiny config with the ICL learner only: each point is a process of its own.
  static icl::core::RunConfig cliConfig() {
    icl::core::RunConfig config = tinyRunConfig();
    config.learners.matchNet.enabled = false;
    config.learners.protoNet.enabled = false;
    config.learners.cnp.enabled = false;
    return config;
  }

  QString pointDir(int v, uint64_t seed) const {
    return sweepDir_ + QLatin1Char('/') +
           QString::fromStdString(icl::core::sweepPointFolderName({{kKey, kValues[v]}}, seed));
  }

  icl::test::WindowTestEnvironment env_;
  QString sweepDir_;
};

QTEST_MAIN(TestSweepView)
#include "tst_sweep_view.moc"
