#include "ui/export_actions.h"

#include <QAction>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

#include "ui/chart_export.h"
#include "ui/chart_view.h"
#include "ui/comparison_panel.h"
#include "ui/experiment_panel.h"
#include "ui/loss_chart_panel.h"
#include "ui/main_window.h"
#include "ui/regression_agreement_chart.h"
#include "ui/regression_panel.h"
#include "ui/run_records.h"

// The exports' texts keep the window's translation context (MainWindow::tr), where
// translations/*.ts has them.

namespace icl::ui {

ExportActions::ExportActions(const Sources& sources, QMainWindow* window)
    : QObject(window),
      sources_(sources),
      window_(window),
      exportAllAction_(new QAction(MainWindow::tr("Export &All…"), window)) {
  exportAllAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  exportAllAction_->setStatusTip(
      MainWindow::tr("Write every chart (PNG, SVG) and CSV of the run to a folder"));
  connect(exportAllAction_, &QAction::triggered, this, &ExportActions::onExportAll);
}

void ExportActions::addTo(QMenu* file) {
  QMenu* exportMenu = file->addMenu(MainWindow::tr("&Export"));
  exportMenu->addAction(MainWindow::tr("Loss Chart (PNG or SVG)…"), this,
                        [this] { onExportChart(Chart::Loss); });
  exportMenu->addAction(MainWindow::tr("Accuracy Chart (PNG or SVG)…"), this,
                        [this] { onExportChart(Chart::Accuracy); });
  exportMenu->addSeparator();
  exportMenu->addAction(MainWindow::tr("Loss Data (CSV)…"), this,
                        [this] { onExportCsv(Table::Losses); });
  exportMenu->addAction(MainWindow::tr("Evaluation Data (CSV)…"), this,
                        [this] { onExportCsv(Table::Evaluations); });
  exportMenu->addAction(MainWindow::tr("Comparison Table (CSV)…"), this,
                        [this] { onExportCsv(Table::Comparison); });
  file->addAction(exportAllAction_);
}

QString ExportActions::fileName(Chart chart) {
  switch (chart) {
    case Chart::Loss: return QStringLiteral("loss");
    case Chart::Accuracy: break;
  }
  return QStringLiteral("accuracy");
}

QString ExportActions::fileName(Table table) {
  switch (table) {
    case Table::Losses: return QStringLiteral("train.csv");
    case Table::Evaluations: return QStringLiteral("eval.csv");
    case Table::Comparison: break;
  }
  return QStringLiteral("comparison-table.csv");
}

QChartView* ExportActions::chartView(Chart chart) const {
  return chart == Chart::Loss ? sources_.loss->chartView() : sources_.comparison->chartView();
}

QString ExportActions::csv(Table table) const {
  switch (table) {
    case Table::Losses: return lossCsv(*sources_.records);
    case Table::Evaluations: return evalCsv(*sources_.records);
    case Table::Comparison: break;
  }
  return sources_.comparison->tableCsv();
}

void ExportActions::onExportChart(Chart chart) {
  const QString path = QFileDialog::getSaveFileName(
      window_, MainWindow::tr("Export Chart"), fileName(chart) + QStringLiteral(".png"),
      MainWindow::tr("PNG image (*.png);;SVG drawing (*.svg)"));
  if (path.isEmpty()) {
    return;
  }
  const QString error = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                            ? exportChartSvg(chartView(chart), path)
                            : exportChartPng(chartView(chart), path);
  if (!error.isEmpty()) {
    Q_EMIT errorOccurred(MainWindow::tr("Export Chart"), error);
  }
}

void ExportActions::onExportCsv(Table table) {
  const QString path = QFileDialog::getSaveFileName(window_, MainWindow::tr("Export CSV"),
                                                    fileName(table), MainWindow::tr("CSV (*.csv)"));
  if (path.isEmpty()) {
    return;
  }
  const QString error = writeTextFile(path, csv(table));
  if (!error.isEmpty()) {
    Q_EMIT errorOccurred(MainWindow::tr("Export CSV"), error);
  }
}

void ExportActions::onExportAll() {
  const QString dir =
      QFileDialog::getExistingDirectory(window_, MainWindow::tr("Export All Into Folder"));
  if (dir.isEmpty()) {
    return;
  }
  if (!QDir(dir).isEmpty() &&
      QMessageBox::question(window_, MainWindow::tr("Export All"),
                            MainWindow::tr("%1 is not empty. Files with the same names will be "
                                           "replaced. Continue?")
                                .arg(QDir::toNativeSeparators(dir))) != QMessageBox::Yes) {
    return;
  }
  const QString error = exportAllTo(dir);
  if (!error.isEmpty()) {
    Q_EMIT errorOccurred(MainWindow::tr("Export All"), error);
  } else {
    window_->statusBar()->showMessage(
        MainWindow::tr("Exported to %1").arg(QDir::toNativeSeparators(dir)), 5000);
  }
}

QString ExportActions::exportAllTo(const QString& dir) {
  sources_.loss->flush();
  const QDir target(dir);
  // Every file is attempted; the first problem is the one reported.
  QString firstError;
  const auto keepFirstError = [&firstError](const QString& error) {
    if (firstError.isEmpty()) {
      firstError = error;
    }
  };
  const auto writeChart = [&](QChartView* view, const QString& name) {
    keepFirstError(exportChartPng(view, target.filePath(name + QStringLiteral(".png"))));
    keepFirstError(exportChartSvg(view, target.filePath(name + QStringLiteral(".svg"))));
  };
  for (const Chart chart : {Chart::Loss, Chart::Accuracy}) {
    writeChart(chartView(chart), fileName(chart));
  }
  if (sources_.results->currentWidget() == sources_.regression) {
    writeChart(sources_.regression->chartView(0), QStringLiteral("error-early"));
    writeChart(sources_.regression->chartView(1), QStringLiteral("error-late"));
    writeChart(sources_.regression->agreementChart()->chartView(), QStringLiteral("agreement"));
  }
  for (const Table table : {Table::Losses, Table::Evaluations, Table::Comparison}) {
    keepFirstError(writeTextFile(target.filePath(fileName(table)), csv(table)));
  }
  keepFirstError(writeTextFile(target.filePath(QStringLiteral("config.json")),
                               QString::fromStdString(sources_.experiment->config().toJsonText())));
  return firstError;
}

}  // namespace icl::ui
