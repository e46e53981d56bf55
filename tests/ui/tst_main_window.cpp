// The visual lab (#3): the real window driven as a user would, offscreen.
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>
#include <sstream>
#include <tuple>
#include <vector>

#include "app/cli/cli.h"
#include "core/store/run_store.h"
#include "core/tasks/episode_preview.h"
#include "tests/core/tiny_config.h"
#include "tests/ui/window_test_support.h"
#include "ui/comparison_panel.h"
#include "ui/episode_preview.h"
#include "ui/experiment_panel.h"
#include "ui/language.h"
#include "ui/loss_chart_panel.h"
#include "ui/main_window.h"
#include "ui/metatypes.h"
#include "ui/run_records.h"
#include "ui/training_session.h"

using icl::core::TaskFamily;
using icl::test::runToEnd;
using icl::test::ScopedEnvironment;
using icl::test::waitForRunEnd;
using icl::ui::MainWindow;
using icl::ui::TrainingSession;

namespace {

const QStringList kLearners = {QStringLiteral("icl"), QStringLiteral("matchnet"),
                               QStringLiteral("protonet"), QStringLiteral("cnp")};

icl::core::RunConfig longTinyConfig() {
  auto config = tinyRunConfig();
  config.train.steps = 1000000;
  config.train.evalEvery = 1000000;
  return config;
}

QString readText(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// (class, x, y) of every point an episode preview chart draws, per chart in family order.
using DrawnPoints = std::vector<std::vector<std::tuple<int, double, double>>>;

DrawnPoints drawnPoints(const QWidget& preview) {
  DrawnPoints drawn;
  for (const QChartView* view : preview.findChildren<QChartView*>()) {
    drawn.emplace_back();
    const QList<QAbstractSeries*> series = view->chart()->series();
    for (int label = 0; label < series.size(); ++label) {
      for (const QPointF& point : static_cast<QScatterSeries*>(series[label])->points()) {
        drawn.back().emplace_back(label, point.x(), point.y());
      }
    }
  }
  return drawn;
}

/// The same, from the core's sampler: what the preview must show for @p seed.
DrawnPoints sampledPoints(const icl::core::TaskConfig& task, int64_t length, uint64_t seed) {
  const auto tasks = icl::core::samplePreviewTasks(
      task, {TaskFamily::Sim, TaskFamily::Proto, TaskFamily::Ave}, length, seed);
  DrawnPoints sampled;
  for (const icl::core::PreviewTask& one : tasks.value()) {
    sampled.emplace_back();
    for (int64_t label = 0; label < task.classes; ++label) {  // one series per class
      for (std::size_t p = 0; p < one.points.size(); ++p) {
        if (one.labels[p] == label) {
          sampled.back().emplace_back(static_cast<int>(label), one.points[p][0], one.points[p][1]);
        }
      }
    }
  }
  return sampled;
}

}  // namespace

// Generous waits: a tiny run takes seconds, but these tests also run on a loaded machine.
constexpr int kRunTimeoutMs = 120000;

class TestMainWindow : public QObject {
  Q_OBJECT

 private:
  icl::test::WindowTestEnvironment environment_;

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_main_window"));
  }

  void init() { environment_.resetSettings(); }

  void firstRunOpensOnTheQuickMixturePreset() {
    MainWindow window;
    const auto config = window.experimentPanel()->config();
    QCOMPARE(QString::fromStdString(config.name), QStringLiteral("quick-mixture"));
    QVERIFY(window.startAction()->isEnabled());
    QVERIFY(!window.stopAction()->isEnabled());
  }

  void mixtureWeightsShowNormalisedProportions() {
    MainWindow window;
    auto* panel = window.experimentPanel();
    panel->setMixtureWeight(TaskFamily::Sim, 2.0);
    panel->setMixtureWeight(TaskFamily::Proto, 1.0);
    panel->setMixtureWeight(TaskFamily::Ave, 1.0);
    panel->setMixtureWeight(TaskFamily::Rad, 0.0);
    QCOMPARE(panel->shownProportion(TaskFamily::Sim), 0.5);
    QCOMPARE(panel->shownProportion(TaskFamily::Ave), 0.25);
    const auto config = panel->config();
    QCOMPARE(config.task.mixture.at(TaskFamily::Sim), 2.0);
    QCOMPARE(config.task.mixture.at(TaskFamily::Rad), 0.0);
    bool shown = false;
    for (QLabel* label : panel->findChildren<QLabel*>()) {
      shown = shown || label->text() == QStringLiteral("50 %");
    }
    QVERIFY(shown);
    // All weights zero: the form says what is wrong and Start is off.
    for (TaskFamily family : {TaskFamily::Sim, TaskFamily::Proto, TaskFamily::Ave}) {
      panel->setMixtureWeight(family, 0.0);
    }
    QVERIFY2(panel->problem().contains(QStringLiteral("task.mixture")),
             qPrintable(panel->problem()));
    QVERIFY(!window.startAction()->isEnabled());
  }

  // Each chart draws the task the core samples for the preview's seed, coloured by label;
  // the Resample button draws other tasks.
  void episodePreviewDrawsEveryFamily() {
    MainWindow window;
    window.show();
    auto* preview = window.experimentPanel()->preview();
    const icl::core::TaskConfig task = window.experimentPanel()->config().task;
    const DrawnPoints before = drawnPoints(*preview);
    QCOMPARE(before.size(), std::size_t{3});
    for (int family = 0; family < 3; ++family) {
      QVERIFY(preview->pointCount(family) > 0);
    }
    QVERIFY(before == sampledPoints(task, preview->pointCount(0), preview->seed()));
    QPushButton* resample = nullptr;
    for (QPushButton* button : preview->findChildren<QPushButton*>()) {
      resample = button->text() == QStringLiteral("Resample") ? button : resample;
    }
    QVERIFY(resample != nullptr);
    QTest::mouseClick(resample, Qt::LeftButton);
    const DrawnPoints after = drawnPoints(*preview);
    QVERIFY(after != before);
    QVERIFY(after == sampledPoints(task, preview->pointCount(0), preview->seed()));
  }

  void tinyRunFillsEveryChart() {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    const auto result = runToEnd(window, tinyRunConfig(), kRunTimeoutMs);
    QVERIFY2(result.has_value(), "the tiny run did not end");
    QVERIFY2(result->status == icl::core::RunStatus::Completed, result->message.c_str());
    for (const QString& learner : kLearners) {
      QVERIFY2(window.lossPanel()->rawPointCount(learner) > 0, qPrintable(learner));
      QVERIFY2(window.comparisonPanel()->pointCount(learner) > 0, qPrintable(learner));
    }
    const QAbstractItemModel* table = window.comparisonPanel()->table()->model();
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->columnCount(), 4);  // proto, ave, sim, mix
    int marked = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
      for (int column = 0; column < table->columnCount(); ++column) {
        marked += table->index(row, column).data(Qt::UserRole + 1).toBool() ? 1 : 0;
      }
    }
    QCOMPARE(marked, table->columnCount());  // one best per column
    QCOMPARE(window.progressBar()->value(), 6);
    const auto run = icl::core::readRun(window.runFolder().toStdString());
    QVERIFY2(run.ok(), run.error().c_str());
    QCOMPARE(run.value().summary.value("status", std::string()), std::string("completed"));
    QCOMPARE(window.records()->losses().size(), run.value().losses.size());
  }

  void aLoadedSeedKeepsAll64Bits() {
    // #8: the form narrowed a 64-bit seed to int, so a reloaded experiment ran another seed.
    MainWindow window;
    auto* panel = window.experimentPanel();
    for (const quint64 seed : {quint64{0}, quint64{2147483648ULL}, quint64{(1ULL << 63) + 12345},
                               std::numeric_limits<quint64>::max()}) {
      auto config = tinyRunConfig();
      config.seed = seed;
      panel->setConfig(config);
      QCOMPARE(static_cast<quint64>(panel->config().seed), seed);
    }
    auto* field = panel->findChild<QLineEdit*>(QStringLiteral("seed"));
    QVERIFY(field != nullptr);
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("18446744073709551616"));  // 2^64: last digit refused
    QCOMPARE(field->text(), QStringLiteral("1844674407370955161"));
    QCOMPARE(static_cast<quint64>(panel->config().seed), 1844674407370955161ULL);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);  // as a user empties it
    QTest::keyClicks(field, QStringLiteral("x"));
    QVERIFY(field->text().isEmpty());
    QVERIFY2(panel->problem().contains(QStringLiteral("Seed")), qPrintable(panel->problem()));
    QVERIFY(!window.startAction()->isEnabled());
  }

  void aConfigNameCannotLeaveTheRunsFolder() {
    MainWindow window;
    auto config = tinyRunConfig();
    config.name = "../../escape";
    QVERIFY2(runToEnd(window, config, kRunTimeoutMs).has_value(), "the run did not end");
    const QFileInfo folder(window.runFolder());
    QCOMPARE(folder.absoluteDir().canonicalPath(), QDir(environment_.runsRoot()).canonicalPath());
    QVERIFY2(folder.fileName().startsWith(QStringLiteral("escape-")),
             qPrintable(folder.fileName()));
  }

  // Pause is triggered right after Start, in the same call on the GUI thread, while the
  // engine is still in its step-0 evaluation (slowed by ICL_TEST_SLOW_MS to 2 s in all), so the
  // run holds before step 1 by construction: every report until Resume is the step-0 one.
  void pauseHoldsTheRunAndResumeAndStopEndIt() {
    // Set before the training thread exists, unset after the window has ended it.
    const ScopedEnvironment slow("ICL_TEST_SLOW_MS", "1000");
    MainWindow window;
    window.experimentPanel()->setConfig(longTinyConfig());
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QSignalSpy progress(window.session(), &TrainingSession::progressReady);
    QVERIFY(window.startRun());
    window.pauseAction()->trigger();
    QVERIFY(window.resumeAction()->isEnabled());
    QVERIFY(!window.pauseAction()->isEnabled());
    QVERIFY(window.stopAction()->isEnabled());
    QVERIFY(!window.experimentPanel()->isEnabled());  // the config is locked while training
    QVERIFY(progress.wait(kRunTimeoutMs));            // the step-0 evaluation
    // A loop that ignored the pause would report steps here (tiny steps take milliseconds);
    // a correct one cannot, however long this lasts.
    QTest::qWait(500);
    for (const QList<QVariant>& batch : progress) {
      QCOMPARE(batch.at(0).value<icl::core::ProgressBatch>().step, int64_t{0});
    }
    QCOMPARE(window.progressBar()->value(), 0);

    window.resumeAction()->trigger();
    QVERIFY(window.pauseAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(window.progressBar()->value() > 0, kRunTimeoutMs);
    window.pauseAction()->trigger();
    window.stopAction()->trigger();  // a stop wakes the paused run, which ends at once
    const auto result = waitForRunEnd(ended, kRunTimeoutMs);
    QVERIFY2(result.has_value(), "the stopped run did not end");
    QCOMPARE(result->status, icl::core::RunStatus::Stopped);
    QVERIFY(result->stepsDone > 0 && result->stepsDone < longTinyConfig().train.steps);
    QCOMPARE(window.progressBar()->value(), static_cast<int>(result->stepsDone));
    QVERIFY(window.startAction()->isEnabled());
    QVERIFY(!window.stopAction()->isEnabled());
    QVERIFY(window.experimentPanel()->isEnabled());
    // The folder holds every step it trained, and says it was stopped.
    const auto run = icl::core::readRun(window.runFolder().toStdString());
    QVERIFY2(run.ok(), run.error().c_str());
    QCOMPARE(run.value().summary.value("status", std::string()), std::string("stopped"));
    QCOMPARE(run.value().losses.size(), static_cast<std::size_t>(result->stepsDone) * 4);
  }

  void closingDuringTrainingLeavesACompleteRunFolder() {
    QString folder;
    {
      MainWindow window;
      window.show();
      window.experimentPanel()->setConfig(longTinyConfig());
      QVERIFY(window.startRun());
      QTRY_VERIFY_WITH_TIMEOUT(window.progressBar()->value() > 0, 30000);
      folder = window.runFolder();
      QVERIFY(window.close());
    }
    const auto run = icl::core::readRun(folder.toStdString());
    QVERIFY2(run.ok(), run.error().c_str());
    QCOMPARE(run.value().summary.value("status", std::string()), std::string("stopped"));
    QVERIFY(!run.value().losses.empty());
  }

  void exportWritesPngSvgAndCsv() {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    const auto result = runToEnd(window, tinyRunConfig(), kRunTimeoutMs);
    QVERIFY2(result.has_value(), "the tiny run did not end");
    QVERIFY2(result->status == icl::core::RunStatus::Completed, result->message.c_str());
    QTemporaryDir out;
    QCOMPARE(window.exportAllTo(out.path()), QString());
    for (const char* chart : {"loss", "accuracy"}) {
      const QImage image(out.filePath(QStringLiteral("%1.png").arg(QLatin1String(chart))));
      QVERIFY2(!image.isNull() && image.width() > 100, chart);
      const QString svg =
          readText(out.filePath(QStringLiteral("%1.svg").arg(QLatin1String(chart))));
      QVERIFY2(svg.contains(QStringLiteral("<svg")), chart);
    }
    const QStringList train =
        readText(out.filePath(QStringLiteral("train.csv"))).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(train.first(), QStringLiteral("step,wall_s,learner,loss"));
    QCOMPARE(static_cast<size_t>(train.size() - 1), window.records()->losses().size());
    const QStringList eval =
        readText(out.filePath(QStringLiteral("eval.csv"))).split('\n', Qt::SkipEmptyParts);
    QVERIFY(eval.first().startsWith(QStringLiteral("step,learner,train_family,test_family,shots")));
    QCOMPARE(static_cast<size_t>(eval.size() - 1), window.records()->evaluations().size());
    const QString table = readText(out.filePath(QStringLiteral("comparison-table.csv")));
    QVERIFY(table.startsWith(QStringLiteral("step,learner,test_family,shots,accuracy,")));
    QVERIFY(table.contains(QStringLiteral(",icl,mix,")));
    const auto config =
        icl::core::RunConfig::fromFile(out.filePath(QStringLiteral("config.json")).toStdString());
    QVERIFY2(config.ok(), config.error().c_str());
  }

  void opensARunFolderMadeByTheCli() {
    QTemporaryDir dir;
    const std::string runDir = dir.filePath(QStringLiteral("cli-run")).toStdString();
    std::ostringstream out;
    std::ostringstream err;
    const int code = icl::app::runCli({"run",      "--preset",
                                       "p1-proto", "--out",
                                       runDir,     "--device",
                                       "cpu",      "--threads",
                                       "1",        "--quiet",
                                       "--set",    "task.N=6",
                                       "--set",    "learners.icl.depth=1",
                                       "--set",    "train.steps=4",
                                       "--set",    "train.batch_size=6",
                                       "--set",    "train.eval_every=2",
                                       "--set",    "eval.tasks_per_family=8",
                                       "--set",    "eval.N=8"},
                                      out, err);
    QVERIFY2(code == 0, err.str().c_str());
    MainWindow window;
    window.show();
    QVERIFY(window.openRunFolder(QString::fromStdString(runDir)));
    QCOMPARE(QString::fromStdString(window.experimentPanel()->config().name),
             QStringLiteral("p1-proto"));
    for (const QString& learner : kLearners) {
      QVERIFY2(window.lossPanel()->rawPointCount(learner) > 0, qPrintable(learner));
      QVERIFY2(window.comparisonPanel()->pointCount(learner) > 0, qPrintable(learner));
    }
    QCOMPARE(window.comparisonPanel()->familyChoice()->currentData().toString(),
             QStringLiteral("proto"));
  }

  void rejectsACorruptConfigAndKeepsTheExperiment() {
    MainWindow window;
    window.show();
    window.experimentPanel()->setMixtureWeight(TaskFamily::Sim, 3.0);
    const std::string before = window.experimentPanel()->config().toJsonText();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"task": {"d": "two"}})");
    file.close();
    QSignalSpy errors(&window, &MainWindow::errorShown);
    QVERIFY(!window.openConfigFile(path));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().at(0).toString().contains(QStringLiteral("broken.json")));
    QVERIFY2(window.lastError().contains(QStringLiteral("task.d")), qPrintable(window.lastError()));
    QCOMPARE(window.experimentPanel()->config().toJsonText(), before);
    auto* box = window.findChild<QMessageBox*>();
    QVERIFY(box && box->isVisible());
    QVERIFY(box->detailedText().contains(QStringLiteral("task.d")));
    box->close();
    // A folder that is not a run is refused the same way.
    QVERIFY(!window.openRunFolder(dir.path()));
    QVERIFY(window.lastError().contains(QStringLiteral("config.json")));
    QCOMPARE(window.experimentPanel()->config().toJsonText(), before);
  }

  void savedConfigRoundTripsThroughTheCliFormat() {
    MainWindow window;
    window.experimentPanel()->setMixtureWeight(TaskFamily::Ave, 4.0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QVERIFY(window.saveConfigTo(path));
    const auto parsed = icl::core::RunConfig::fromFile(path.toStdString());
    QVERIFY2(parsed.ok(), parsed.error().c_str());
    QCOMPARE(parsed.value().task.mixture.at(TaskFamily::Ave), 4.0);
    MainWindow second;
    QVERIFY(second.openConfigFile(path));
    QCOMPARE(second.experimentPanel()->config().toJsonText(), parsed.value().toJsonText());
  }

  void settingsKeepTheLastConfigAndRecentFiles() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.json"));
    {
      MainWindow window;
      window.show();
      window.experimentPanel()->setMixtureWeight(TaskFamily::Proto, 5.0);
      QVERIFY(window.saveConfigTo(path));
      window.experimentPanel()->setMixtureWeight(TaskFamily::Ave, 7.0);  // unsaved edit
      icl::test::BoxAnswer save(QMessageBox::Save);  // quitting with "*" asks (#11)
      QVERIFY(window.close());
      QVERIFY(!save.question().isEmpty());
    }
    QCOMPARE(icl::core::RunConfig::fromFile(path.toStdString()).value().task.mixture.at(
                 TaskFamily::Ave),
             7.0);
    MainWindow reopened;
    const auto config = reopened.experimentPanel()->config();
    QCOMPARE(config.task.mixture.at(TaskFamily::Proto), 5.0);
    QCOMPARE(config.task.mixture.at(TaskFamily::Ave), 7.0);
    QCOMPARE(QSettings().value(QStringLiteral("recent/files")).toStringList().value(0), path);
  }

  // An error the engine reports on any machine (the device forced to cpu, so no CUDA): the
  // runs folder exists but nothing can be created in it, not even by root (/proc/self), so
  // train() fails before its first step; the window says why and stays usable.
  void engineErrorShowsAMessageAndTheWindowStaysUp() {
    QSettings().setValue(QStringLiteral("runs/root"), QStringLiteral("/proc/self"));
    MainWindow window;
    window.show();
    auto config = tinyRunConfig();
    config.device = "cpu";
    QSignalSpy errors(&window, &MainWindow::errorShown);
    const auto result = runToEnd(window, config, kRunTimeoutMs);
    QVERIFY2(result.has_value(), "the failing run did not end");
    QCOMPARE(result->status, icl::core::RunStatus::Failed);
    QCOMPARE(errors.count(), 1);
    QVERIFY2(window.lastError().contains(QStringLiteral("cannot create output folder /proc/self/")),
             qPrintable(window.lastError()));
    QVERIFY(window.isVisible());
    QVERIFY(window.startAction()->isEnabled());
    QVERIFY(window.experimentPanel()->isEnabled());
  }

  void unwritableRunsFolderIsReportedBeforeStarting() {
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QSettings().setValue(QStringLiteral("runs/root"), blocker + QStringLiteral("/runs"));
    MainWindow window;
    window.experimentPanel()->setConfig(tinyRunConfig());
    QSignalSpy errors(&window, &MainWindow::errorShown);
    QVERIFY(!window.startRun());
    QCOMPARE(errors.count(), 1);
    QVERIFY2(window.lastError().contains(QStringLiteral("not-a-folder")),
             qPrintable(window.lastError()));
    QVERIFY(window.startAction()->isEnabled());
  }

  void loadsTheChineseTranslation() {
    QVERIFY(icl::ui::installLanguage(qApp, QStringLiteral("zh_CN")));
    {
      MainWindow window;
      const QString file = window.menuBar()->actions().first()->text();
      QVERIFY2(file.contains(QStringLiteral("文件")), qPrintable(file));
      QCOMPARE(window.startAction()->text(), QStringLiteral("开始"));
    }
    QVERIFY(icl::ui::installLanguage(qApp, QStringLiteral("en")));
    MainWindow english;
    QCOMPARE(english.startAction()->text(), QStringLiteral("Start"));
  }

  // Qt's own strings follow when the system has Qt's translations (qt6-translations-l10n).
  void qtsOwnButtonsFollowTheLanguageWhenQtsTranslationsAreInstalled() {
    const QString qtFile = QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                           QStringLiteral("/qtbase_zh_CN.qm");
    if (!QFileInfo::exists(qtFile)) {
      QSKIP("Qt's own translations are not installed (Debian: qt6-translations-l10n)");
    }
    const auto closeText = [] {
      QDialogButtonBox box(QDialogButtonBox::Close);
      return box.button(QDialogButtonBox::Close)->text();
    };
    const QString english = closeText();
    QVERIFY(icl::ui::installLanguage(qApp, QStringLiteral("zh_CN")));
    const QString chinese = closeText();
    QVERIFY(icl::ui::installLanguage(qApp, QStringLiteral("en")));
    QCOMPARE(closeText(), english);  // switching back removes Qt's translator too
    QVERIFY2(chinese.contains(QStringLiteral("关闭")), qPrintable(chinese));
  }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
