// The Compare tab (#11 "Compare runs"), driven in the real window offscreen: two tiny runs and a
// corrupt folder in a temporary runs folder; the list, a note edited in place, both runs
// overlaid and tabulated, and a run opened from the list.
#include <QAbstractItemDelegate>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include <algorithm>
#include <map>
#include <sstream>
#include <set>

#include "app/cli/cli.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/tiny_config.h"
#include "tests/ui/window_test_support.h"
#include "ui/main_window.h"
#include "ui/run_browser.h"
#include "ui/run_list_model.h"
#include "ui/run_overlay.h"
#include "ui/run_overlay_table_model.h"

using icl::ui::MainWindow;
using icl::ui::RunBrowser;
using icl::ui::RunListModel;
using icl::ui::RunOverlay;
using icl::ui::RunOverlayTableModel;

namespace {

QString readText(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// One accuracy row of eval.csv, parsed here without core's reader.
struct EvalLine {
  qint64 step;
  QString learner;
  QString family;
  qint64 shots;
  double value;
  double low;
  double high;
};

std::vector<EvalLine> accuracyLines(const QString& runDir) {
  std::vector<EvalLine> lines;
  const QStringList text = readText(runDir + QStringLiteral("/eval.csv")).split('\n');
  for (int i = 1; i < text.size(); ++i) {
    const QStringList f = text[i].split(',');
    if (f.size() == 10 && f[5] == QLatin1String("accuracy")) {
      lines.push_back({f[0].toLongLong(), f[1], f[3], f[4].toLongLong(), f[6].toDouble(),
                       f[7].toDouble(), f[8].toDouble()});
    }
  }
  return lines;
}

}  // namespace

class TestRunBrowser : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_run_browser"));
    const QString root = env_.runsRoot();
    completed_ = root + QStringLiteral("/tiny-a");
    stopped_ = root + QStringLiteral("/tiny-b");
    auto config = tinyRunConfig();
    config.seed = 11;
    icl::test::trainUntil(config, completed_.toStdString(), -1);
    config.seed = 12;
    icl::test::trainUntil(config, stopped_.toStdString(), /*stopAfterEvalStep=*/3);
    regression_ = root + QStringLiteral("/tiny-r");
    icl::test::trainUntil(tinyRegressionConfig(), regression_.toStdString(), -1);
    QDir(root).mkdir(QStringLiteral("broken"));
    QFile corrupt(root + QStringLiteral("/broken/config.json"));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{\"schemaVersion\": ");
  }
  void init() { env_.resetSettings(); }

  void listShowsBothRunsWithExperimentAndStatusAndTheCorruptFolderUnreadable() {
    MainWindow window;
    QSignalSpy errors(&window, &MainWindow::errorShown);
    RunBrowser* browser = showCompareTab(window);
    RunListModel* model = browser->model();
    QCOMPARE(model->rowCount(), 4);
    const int a = model->rowOf(completed_);
    const int b = model->rowOf(stopped_);
    QVERIFY(a >= 0 && b >= 0);
    QCOMPARE(model->index(a, RunListModel::kExperiment).data().toString(),
             QStringLiteral("classification"));
    QCOMPARE(model->index(a, RunListModel::kStatus).data().toString(), QStringLiteral("completed"));
    QCOMPARE(model->index(b, RunListModel::kStatus).data().toString(), QStringLiteral("stopped"));
    QCOMPARE(model->index(model->rowOf(regression_), RunListModel::kExperiment).data().toString(),
             QStringLiteral("I1 regression"));
    QCOMPARE(model->index(a, RunListModel::kSteps).data().toString(), QStringLiteral("6 / 6"));
    QCOMPARE(model->index(b, RunListModel::kSteps).data().toString(), QStringLiteral("3 / 6"));
    const int broken = model->rowOf(env_.runsRoot() + QStringLiteral("/broken"));
    QVERIFY(broken >= 0);
    QCOMPARE(model->index(broken, RunListModel::kStatus).data().toString(),
             QStringLiteral("unreadable"));
    QVERIFY(!(model->flags(model->index(broken, RunListModel::kName)) & Qt::ItemIsUserCheckable));
    QVERIFY(!(model->flags(model->index(broken, RunListModel::kNote)) & Qt::ItemIsEditable));
    QVERIFY(errors.isEmpty());
  }

  void editingANoteInPlaceWritesNoteTxtAndTheReportShowsIt() {
    MainWindow window;
    RunBrowser* browser = showCompareTab(window);
    QTableView* list = browser->list();
    const QModelIndex note =
        browser->model()->index(browser->model()->rowOf(completed_), RunListModel::kNote);
    list->setCurrentIndex(note);
    list->edit(note);
    auto* editor = list->findChild<QLineEdit*>();
    QVERIFY(editor != nullptr);
    editor->setText(QStringLiteral("seed 11, the baseline"));
    QTest::keyClick(editor, Qt::Key_Return);  // the delegate commits in a queued call
    QTRY_COMPARE(readText(completed_ + QStringLiteral("/note.txt")),
             QStringLiteral("seed 11, the baseline\n"));
    // A new list reads it back.
    browser->refresh();
    QCOMPARE(browser->model()
                 ->index(browser->model()->rowOf(completed_), RunListModel::kNote)
                 .data()
                 .toString(),
             QStringLiteral("seed 11, the baseline"));
    std::ostringstream out;
    std::ostringstream err;
    QCOMPARE(icl::app::runCli({"report", completed_.toStdString()}, out, err), 0);
    QVERIFY2(out.str().find("Note: seed 11, the baseline\n") != std::string::npos,
             out.str().c_str());
  }

  void aFailedNoteWriteKeepsTheEarlierNoteAndSaysSo() {
    MainWindow window;
    QSignalSpy errors(&window, &MainWindow::errorShown);
    RunBrowser* browser = showCompareTab(window);
    RunListModel* model = browser->model();
    const QModelIndex note = model->index(model->rowOf(stopped_), RunListModel::kNote);
    QVERIFY(model->setData(note, QStringLiteral("first words")));
    QVERIFY(QDir(stopped_).mkdir(QStringLiteral(".note.txt.tmp")));  // blocks the temporary file
    const bool saved = model->setData(note, QStringLiteral("second words"));
    QDir(stopped_).rmdir(QStringLiteral(".note.txt.tmp"));
    QVERIFY(!saved);
    QCOMPARE(readText(stopped_ + QStringLiteral("/note.txt")), QStringLiteral("first words\n"));
    QCOMPARE(note.data().toString(), QStringLiteral("first words"));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("note.txt")),
             qPrintable(errors.first().first().toString()));
  }

  void checkingBothRunsOverlaysTheirLossesAndTabulatesEvalCsvsFinalValues() {
    MainWindow window;
    RunBrowser* browser = showCompareTab(window);
    browser->model()->setChecked(completed_, true);
    browser->model()->setChecked(stopped_, true);
    RunOverlay* overlay = browser->overlay();
    QCOMPARE(static_cast<int>(overlay->runs().size()), 2);
    QVERIFY(browser->problems().isEmpty());

    // Loss: every learner of both runs, one line style per run.
    std::map<QString, std::set<int>> stylesByRun;
    for (QLineSeries* series : overlay->lossSeries()) {
      QVERIFY(series->count() > 0);
      const QString run = series->name().section(QStringLiteral(" · "), 0, 0);
      stylesByRun[run].insert(static_cast<int>(series->pen().style()));
    }
    QCOMPARE(static_cast<int>(stylesByRun.size()), 2);
    // The list (newest first) puts tiny-b first: solid; tiny-a second: dashed.
    QCOMPARE(stylesByRun[QStringLiteral("tiny-b")], std::set<int>{Qt::SolidLine});
    QCOMPARE(stylesByRun[QStringLiteral("tiny-a")], std::set<int>{Qt::DashLine});
    QVERIFY(overlay->lossSeries().size() >= 2 * 4);  // four learners each
    QVERIFY(!overlay->accuracySeries().isEmpty());

    // Table: the cells equal each run's final accuracy rows at k shots.
    const qint64 shots = overlay->shotsChoice()->value();
    QVERIFY(shots > 0);
    RunOverlayTableModel* table = overlay->tableModel();
    QCOMPARE(table->columnCount(), RunOverlayTableModel::kFirstRunColumn + 2);
    int compared = 0;
    const std::vector<std::string>& columns = table->table().runs;
    for (const QString& runDir : {completed_, stopped_}) {
      const std::string label = QFileInfo(runDir).fileName().toStdString();
      const int column = static_cast<int>(std::find(columns.begin(), columns.end(), label) -
                                           columns.begin());
      QVERIFY2(column < 2, label.c_str());
      QCOMPARE(table->headerData(RunOverlayTableModel::kFirstRunColumn + column, Qt::Horizontal)
                   .toString(),
               QString::fromStdString(label));
      const auto lines = accuracyLines(runDir);
      qint64 finalStep = 0;
      for (const EvalLine& line : lines) {
        finalStep = std::max(finalStep, line.step);
      }
      QCOMPARE(finalStep, runDir == completed_ ? 6 : 3);
      for (const EvalLine& line : lines) {
        if (line.step != finalStep || line.shots != shots) {
          continue;
        }
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
          const auto& tableRow = table->table().rows[static_cast<std::size_t>(r)];
          if (QString::fromStdString(tableRow.learner) == line.learner &&
              QString::fromStdString(tableRow.testFamily) == line.family &&
              tableRow.metric == "accuracy") {
            row = r;
          }
        }
        QVERIFY2(row >= 0, qPrintable(line.learner + ' ' + line.family));
        const QModelIndex cell = table->index(row, RunOverlayTableModel::kFirstRunColumn + column);
        QCOMPARE(cell.data(RunOverlayTableModel::kValueRole).toDouble(), line.value);
        QCOMPARE(cell.data(RunOverlayTableModel::kCiLowRole).toDouble(), line.low);
        QCOMPARE(cell.data(RunOverlayTableModel::kCiHighRole).toDouble(), line.high);
        ++compared;
      }
    }
    QVERIFY(compared >= 2 * 4);
    QVERIFY(overlay->tableCsv().startsWith(QStringLiteral("run,learner,test_family,metric,")));

    // Unchecking one leaves the other alone.
    browser->model()->setChecked(stopped_, false);
    QCOMPARE(static_cast<int>(overlay->runs().size()), 1);
    for (QLineSeries* series : overlay->lossSeries()) {
      QVERIFY(series->name().startsWith(QStringLiteral("tiny-a · ")));
    }
  }

  void aRegressionRunBesideAClassificationRunGivesItsFinalErrorAndKeepsTheDefaultShots() {
    MainWindow window;
    RunBrowser* browser = showCompareTab(window);
    browser->model()->setChecked(regression_, true);  // first: no accuracy rows at all
    browser->model()->setChecked(completed_, true);
    RunOverlay* overlay = browser->overlay();
    QVERIFY(overlay->summaryLabel()->text().contains(QStringLiteral("regression")));
    bool regressionLoss = false;
    for (QLineSeries* series : overlay->lossSeries()) {
      regressionLoss = regressionLoss || series->name().startsWith(QStringLiteral("tiny-r · "));
    }
    QVERIFY(regressionLoss);

    // k: the largest number of shots <= 10 in the classification run's final evaluation.
    qint64 finalStep = 0;
    for (const EvalLine& line : accuracyLines(completed_)) {
      finalStep = std::max(finalStep, line.step);
    }
    qint64 expectedShots = -1;
    for (const EvalLine& line : accuracyLines(completed_)) {
      if (line.step == finalStep && line.shots <= 10) {
        expectedShots = std::max(expectedShots, line.shots);
      }
    }
    QCOMPARE(static_cast<qint64>(overlay->shotsChoice()->value()), expectedShots);

    // The regression column: eval.csv's sq_error at the final step and the last position.
    const QStringList text = readText(regression_ + QStringLiteral("/eval.csv")).split('\n');
    qint64 lastStep = 0;
    for (const QString& line : text) {
      const QStringList f = line.split(',');
      if (f.size() == 10 && f[5] == QLatin1String("sq_error")) {
        lastStep = std::max(lastStep, f[0].toLongLong());
      }
    }
    std::map<QString, std::pair<qint64, double>> lastPosition;  // learner|family -> shots, value
    for (const QString& line : text) {
      const QStringList f = line.split(',');
      if (f.size() == 10 && f[5] == QLatin1String("sq_error") && f[0].toLongLong() == lastStep) {
        auto& entry = lastPosition[f[1] + '|' + f[3]];
        if (f[4].toLongLong() >= entry.first) {
          entry = {f[4].toLongLong(), f[6].toDouble()};
        }
      }
    }
    QVERIFY(!lastPosition.empty());
    RunOverlayTableModel* table = overlay->tableModel();
    const auto& columns = table->table().runs;
    const int column = static_cast<int>(
        std::find(columns.begin(), columns.end(), std::string("tiny-r")) - columns.begin());
    QVERIFY(column < 2);
    int compared = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
      const auto& row = table->table().rows[static_cast<std::size_t>(r)];
      if (row.metric != "sq_error") {
        continue;
      }
      const auto expected = lastPosition.at(QString::fromStdString(row.learner + "|" +
                                                                   row.testFamily));
      const QModelIndex cell = table->index(r, RunOverlayTableModel::kFirstRunColumn + column);
      QCOMPARE(cell.data(RunOverlayTableModel::kValueRole).toDouble(), expected.second);
      ++compared;
    }
    QCOMPARE(compared, static_cast<int>(lastPosition.size()));
  }

  void openingARunFromTheListShowsItInTheTrainingTab() {
    MainWindow window;
    RunBrowser* browser = showCompareTab(window);
    const int row = browser->model()->rowOf(stopped_);
    browser->list()->selectRow(row);
    browser->refresh();  // keeps the selection
    QVERIFY(browser->openButton()->isEnabled());
    QTest::mouseClick(browser->openButton(), Qt::LeftButton);
    QCOMPARE(window.runFolder(), stopped_);
    QCOMPARE(window.viewTabs()->currentIndex(), 0);
  }

 private:
  RunBrowser* showCompareTab(MainWindow& window) {
    window.show();
    window.viewTabs()->setCurrentWidget(window.runBrowser());
    return window.runBrowser();
  }

  icl::test::WindowTestEnvironment env_;
  QString completed_;
  QString stopped_;
  QString regression_;
};

QTEST_MAIN(TestRunBrowser)
#include "tst_run_browser.moc"
