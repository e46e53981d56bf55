// The window's comparison table and `icl-lab-cli report --csv` share one core table and one CSV
// writer (#9): the CSV exported from the window equals the CLI's byte for byte, for a run
// trained in the window and for the same folder opened again, and the view shows its numbers.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <sstream>

#include "../core/tiny_config.h"
#include "app/cli/cli.h"
#include "ui/comparison_panel.h"
#include "ui/comparison_table_model.h"
#include "ui/experiment_panel.h"
#include "ui/main_window.h"
#include "ui/metatypes.h"

using icl::ui::ComparisonTableModel;
using icl::ui::MainWindow;

namespace {

const QString kHeader =
    QStringLiteral("step,learner,test_family,shots,accuracy,ci95_low,ci95_high,n_tasks");

QByteArray readBytes(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The CSV the window exports (Export All's comparison-table.csv).
QByteArray windowCsv(MainWindow& window, const QTemporaryDir& out) {
  const QString error = window.exportAllTo(out.path());
  return error.isEmpty() ? readBytes(out.filePath(QStringLiteral("comparison-table.csv")))
                         : error.toUtf8();
}

/// The CSV `icl-lab-cli report RUN_DIR --csv FILE` writes.
QByteArray cliCsv(const QString& runDir, const QString& path) {
  std::ostringstream out;
  std::ostringstream err;
  const int code = icl::app::runCli(
      {"report", runDir.toStdString(), "--csv", path.toStdString()}, out, err);
  return code == 0 ? readBytes(path) : QByteArray::fromStdString("exit " + std::to_string(code) +
                                                                   ": " + err.str());
}

}  // namespace

class TestComparisonTableModel : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir runs_;
  QString runDir_;  // the tiny run trained by the first test

 private Q_SLOTS:
  void initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("ICL Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_comparison_table_model"));
    icl::ui::registerMetaTypes();
    QSettings().clear();
    QSettings().setValue(QStringLiteral("runs/root"), runs_.path());
  }

  void windowCsvOfALiveRunEqualsTheCliCsv() {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    // Checks every reset and dataChanged the model sends while the run fills it.
    QAbstractItemModelTester tester(window.comparisonPanel()->tableModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.experimentPanel()->setConfig(tinyRunConfig());
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    QVERIFY(ended.wait(60000));
    runDir_ = window.runFolder();
    QTemporaryDir out;
    const QByteArray fromWindow = windowCsv(window, out);
    QCOMPARE(fromWindow, cliCsv(runDir_, out.filePath(QStringLiteral("cli.csv"))));
    // Not an empty match: 4 learners x 4 test families x 8 shot counts (0..7), machine ids.
    const QStringList lines = QString::fromUtf8(fromWindow).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), kHeader);
    QCOMPARE(lines.size() - 1, 4 * 4 * 8);
    // The last evaluation (step 6), ordered by test family, then learner, then shots.
    QVERIFY2(lines[1].startsWith(QStringLiteral("6,cnp,ave,0,")), qPrintable(lines[1]));
    QVERIFY(fromWindow.contains(",cnp,proto,7,"));
    QVERIFY(!fromWindow.contains("ICL"));
  }

  void windowCsvOfAnOpenedRunEqualsTheCliCsv() {
    QVERIFY2(!runDir_.isEmpty(), "needs the run of the previous test");
    MainWindow window;
    window.show();
    QVERIFY(window.openRunFolder(runDir_));
    QTemporaryDir out;
    const QByteArray fromWindow = windowCsv(window, out);
    QVERIFY(fromWindow.startsWith(kHeader.toUtf8() + "\n6,"));
    QCOMPARE(fromWindow, cliCsv(runDir_, out.filePath(QStringLiteral("cli.csv"))));
  }

  void viewShowsTheCsvNumbersAtTheChosenShots() {
    QVERIFY2(!runDir_.isEmpty(), "needs the run of the previous test");
    MainWindow window;
    window.show();
    QVERIFY(window.openRunFolder(runDir_));
    QTemporaryDir out;
    // accuracy by "learner,family,shots", from the CLI's CSV
    QHash<QString, double> accuracy;
    const QByteArray csv = cliCsv(runDir_, out.filePath(QStringLiteral("cli.csv")));
    for (const QString& line : QString::fromUtf8(csv).split('\n', Qt::SkipEmptyParts).mid(1)) {
      accuracy.insert(line.section(',', 1, 3), line.section(',', 4, 4).toDouble());
    }
    QSpinBox* shots = window.comparisonPanel()->shotsChoice();
    QCOMPARE(shots->maximum(), 7);
    const ComparisonTableModel* model = window.comparisonPanel()->tableModel();
    QCOMPARE(window.comparisonPanel()->table()->model(), model);
    const QStringList families = {QStringLiteral("proto"), QStringLiteral("ave"),
                                  QStringLiteral("sim"), QStringLiteral("mix")};
    const QStringList learners = {QStringLiteral("icl"), QStringLiteral("matchnet"),
                                  QStringLiteral("protonet"), QStringLiteral("cnp")};
    const QStringList names = {QStringLiteral("ICL"), QStringLiteral("MatchNet"),
                               QStringLiteral("ProtoNet"), QStringLiteral("CNP")};
    for (const int shot : {10, 3, 0}) {  // 10 is beyond the run: the spin box keeps it at 7
      shots->setValue(shot);
      const int shown = shots->value();
      QCOMPARE(model->rowCount(), learners.size());
      QCOMPARE(model->columnCount(), families.size());
      for (int column = 0; column < families.size(); ++column) {
        QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), families[column]);
        int best = -1;
        for (int row = 0; row < learners.size(); ++row) {
          QCOMPARE(model->headerData(row, Qt::Vertical).toString(), names[row]);
          const QString key = QStringLiteral("%1,%2,%3").arg(learners[row], families[column]).arg(shown);
          QVERIFY2(accuracy.contains(key), qPrintable(key));
          const QModelIndex index = model->index(row, column);
          QCOMPARE(index.data(ComparisonTableModel::kAccuracyRole).toDouble(), accuracy[key]);
          QVERIFY2(index.data().toString().startsWith(QString::number(accuracy[key], 'f', 3)),
                   qPrintable(key + QStringLiteral(": ") + index.data().toString()));
          if (best < 0 || accuracy[key] > accuracy[QStringLiteral("%1,%2,%3")
                                                       .arg(learners[best], families[column])
                                                       .arg(shown)]) {
            best = row;
          }
        }
        for (int row = 0; row < learners.size(); ++row) {
          const QModelIndex index = model->index(row, column);
          QCOMPARE(index.data(ComparisonTableModel::kBestRole).toBool(), row == best);
          QCOMPARE(index.data().toString().endsWith(QStringLiteral(" ★")), row == best);
          QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), row == best);
        }
      }
    }
    QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().startsWith(
        QStringLiteral("95% CI [")));
  }
};

QTEST_MAIN(TestComparisonTableModel)
#include "tst_comparison_table_model.moc"
