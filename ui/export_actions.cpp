#include "ui/export_actions.h"

#include <QAction>
#include <QChartView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <optional>
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

namespace {

/// The PNG size dialog: a scale factor of the chart on screen, with the pixels it gives.
std::optional<double> askPngScale(QWidget* parent, QChartView* view, const QString& caption) {
  QDialog dialog(parent);
  dialog.setWindowTitle(MainWindow::tr("PNG Size"));
  auto* scale = new QDoubleSpinBox;
  scale->setRange(0.5, 8.0);
  scale->setSingleStep(0.5);
  scale->setDecimals(1);
  scale->setValue(ExportActions::kExportAllScale);
  scale->setSuffix(QStringLiteral(" ×"));
  scale->setToolTip(MainWindow::tr("Pixels per screen pixel: 2 × suits slides and print "
                                   "(about 192 dpi)"));
  auto* pixels = new QLabel;
  const auto showPixels = [&] {
    const QSize size = exportedPngSize(view, {caption, scale->value()});
    pixels->setText(MainWindow::tr("%1 × %2 px, %3 dpi")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(qRound(96.0 * scale->value())));
  };
  QObject::connect(scale, &QDoubleSpinBox::valueChanged, &dialog, showPixels);
  showPixels();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  auto* form = new QFormLayout(&dialog);
  form->addRow(MainWindow::tr("Scale:"), scale);
  form->addRow(MainWindow::tr("Image:"), pixels);
  form->addRow(buttons);
  if (dialog.exec() != QDialog::Accepted) {
    return std::nullopt;
  }
  return scale->value();
}

}  // namespace

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
  // Every chart's context menu Export… (the view asks for a file itself when unconnected).
  for (ChartView* view : window_->findChildren<ChartView*>()) {
    connect(view, &ChartView::exportRequested, this,
            [this](ChartView* requested) { exportChart(requested); });
  }
}

QString ExportActions::startPath(const QString& fileName) const {
  return lastFolder_.isEmpty() ? fileName : QDir(lastFolder_).filePath(fileName);
}

void ExportActions::remember(const QString& path) {
  lastFolder_ = QFileInfo(path).absolutePath();
}

QString ExportActions::captionFor(QChartView* view) const {
  const auto* window = qobject_cast<const MainWindow*>(window_);
  QString run = window ? QFileInfo(window->runFolder()).fileName() : QString();
  if (run.isEmpty() && sources_.experiment) {
    run = QString::fromStdString(sources_.experiment->config().name);
  }
  const auto* chartView = qobject_cast<ChartView*>(view);
  const QString own = chartView ? chartView->exportCaption() : QString();
  return own.isEmpty() ? MainWindow::tr("Run: %1").arg(run)
                       : MainWindow::tr("Run: %1\n%2").arg(run, own);
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
  if (chart == Chart::Loss) {
    sources_.loss->flush();
  }
  exportChart(chartView(chart));
}

void ExportActions::exportChart(QChartView* view) {
  const QString name = view->chart()->title().isEmpty() ? QStringLiteral("chart")
                                                        : view->chart()->title().section(
                                                              QLatin1Char(':'), 0, 0);
  QString suggested = view == chartView(Chart::Loss)       ? fileName(Chart::Loss)
                      : view == chartView(Chart::Accuracy) ? fileName(Chart::Accuracy)
                                                           : name.toLower().replace(
                                                                 QLatin1Char(' '), QLatin1Char('-'));
  const QString path = QFileDialog::getSaveFileName(
      window_, MainWindow::tr("Export Chart"), startPath(suggested + QStringLiteral(".png")),
      MainWindow::tr("PNG image (*.png);;SVG drawing (*.svg)"));
  if (path.isEmpty()) {
    return;
  }
  remember(path);
  const QString caption = captionFor(view);
  QString error;
  if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
    error = exportChartSvg(view, path, {caption, 1.0});
  } else {
    const std::optional<double> scale = askPngScale(window_, view, caption);
    if (!scale) {
      return;
    }
    error = exportChartPng(view, path, {caption, *scale});
  }
  if (!error.isEmpty()) {
    Q_EMIT errorOccurred(MainWindow::tr("Export Chart"), error);
  } else {
    window_->statusBar()->showMessage(
        MainWindow::tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
  }
}

void ExportActions::onExportCsv(Table table) {
  const QString path =
      QFileDialog::getSaveFileName(window_, MainWindow::tr("Export CSV"),
                                   startPath(fileName(table)), MainWindow::tr("CSV (*.csv)"));
  if (path.isEmpty()) {
    return;
  }
  remember(path);
  const QString error = writeTextFile(path, csv(table));
  if (!error.isEmpty()) {
    Q_EMIT errorOccurred(MainWindow::tr("Export CSV"), error);
  } else {
    window_->statusBar()->showMessage(
        MainWindow::tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
  }
}

void ExportActions::onExportAll() {
  const QString dir = QFileDialog::getExistingDirectory(
      window_, MainWindow::tr("Export All Into Folder"), lastFolder_);
  if (dir.isEmpty()) {
    return;
  }
  lastFolder_ = dir;
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
    const QString caption = captionFor(view);
    keepFirstError(exportChartPng(view, target.filePath(name + QStringLiteral(".png")),
                                  {caption, kExportAllScale}));
    keepFirstError(
        exportChartSvg(view, target.filePath(name + QStringLiteral(".svg")), {caption, 1.0}));
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
