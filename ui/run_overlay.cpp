#include "ui/run_overlay.h"

#include <QChart>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "core/evaluation/comparison_table.h"
#include "core/evaluation/cross_run_table.h"
#include "ui/chart_export.h"
#include "ui/chart_view.h"
#include "ui/learner_legend.h"
#include "ui/learner_style.h"
#include "ui/run_overlay_table_model.h"
#include "ui/series_math.h"

namespace icl::ui {

namespace {

constexpr double kLossSmoothing = 0.6;  // as the Training tab's default: the trend, not the noise
constexpr int kLossColumns = 800;       // decimation: ~2 points per pixel of a wide chart
constexpr int kCurveWidth = 2;          // thick enough to tell dash from dot
constexpr int kPreferredShots = 10;     // the table's k unless the runs stop earlier

const Qt::PenStyle kRunStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                   Qt::DashDotDotLine};
constexpr int kRunStyleCount = static_cast<int>(sizeof kRunStyles / sizeof kRunStyles[0]);

QString runLabel(const icl::core::RunData& run) {
  std::filesystem::path dir = run.dir;
  if (dir.filename().empty()) {
    dir = dir.parent_path();  // "runs/a/" names "a"
  }
  return QString::fromStdString(dir.filename().string());
}

bool isClassification(const icl::core::RunData& run) {
  return run.config.experiment == icl::core::Experiment::Classification;
}

QPen runPen(const QString& learner, int runIndex) {
  QPen pen(learnerColor(learner));
  pen.setStyle(RunOverlay::runPenStyle(runIndex));
  pen.setWidthF(kCurveWidth + runIndex / kRunStyleCount);
  return pen;
}

/// The learners of @p losses in first-seen order, each with its (step, loss) points.
std::vector<std::pair<QString, QVector<QPointF>>> lossCurves(
    const std::vector<icl::core::LossRecord>& losses) {
  std::vector<std::pair<QString, QVector<QPointF>>> curves;
  std::map<std::string, std::size_t> slot;
  for (const auto& record : losses) {
    if (!std::isfinite(record.loss)) {
      continue;  // a diverged learner's NaN would blank the whole axis range
    }
    auto found = slot.find(record.learner);
    if (found == slot.end()) {
      found = slot.emplace(record.learner, curves.size()).first;
      curves.push_back({QString::fromStdString(record.learner), {}});
    }
    curves[found->second].second.append(
        QPointF(static_cast<double>(record.step), record.loss));
  }
  return curves;
}

QString familyDisplayName(const QString& family) {
  if (family == QLatin1String("mix")) {
    return RunOverlay::tr("mix (all families)");
  }
  return family;
}

void styleChart(QChart* chart) {
  chart->setAnimationOptions(QChart::NoAnimation);
  // One legend below both charts (runs by line style, learners by colour): a chart's own
  // legend of runs x learners entries would cut every name.
  chart->legend()->hide();
}

constexpr QSize kSampleSize(36, 12);  // the line sample beside a run's name

QPixmap runSample(int runIndex, qreal ratio) {
  QPixmap pixmap(kSampleSize * ratio);
  pixmap.setDevicePixelRatio(ratio);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  QPen pen = runPen(QString(), runIndex);
  pen.setColor(QColor(0x44, 0x44, 0x44));  // the style is the run's; colours are learners'
  painter.setPen(pen);
  const int middle = kSampleSize.height() / 2;
  painter.drawLine(QPoint(1, middle), QPoint(kSampleSize.width() - 1, middle));
  return pixmap;
}

const char* const kLearnerProperty = "learner";  // a series' learner, for the legend's switches

}  // namespace

RunOverlay::RunOverlay(QWidget* parent)
    : QWidget(parent),
      lossChart_(new QChart),
      lossView_(new ChartView(lossChart_)),
      accuracyChart_(new QChart),
      accuracyView_(new ChartView(accuracyChart_)),
      familyChoice_(new QComboBox),
      shotsChoice_(new QSpinBox),
      exportButton_(new QPushButton(tr("Export CSV…"))),
      summary_(new QLabel),
      tableModel_(new RunOverlayTableModel(this)),
      table_(new QTableView),
      runLegend_(new QWidget),
      learnerLegend_(new LearnerLegend) {
  styleChart(lossChart_);
  styleChart(accuracyChart_);
  // The axes stay for the widget's life; ChartView sets their ranges (zoom, fixed ranges).
  const auto addAxes = [](QChart* chart, const QString& xTitle, const QString& yTitle) {
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setTitleText(xTitle);
    x->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    return y;
  };
  addAxes(lossChart_, tr("step"), tr("loss"));
  addAxes(accuracyChart_, tr("shots"), tr("accuracy"))
      ->setLabelFormat(QStringLiteral("%.2f"));
  for (ChartView* view : {lossView_, accuracyView_}) {
    view->setMinimumHeight(200);
    view->setIntegerTicks(Qt::Horizontal, true);
  }
  accuracyView_->setLogXAvailable(1.0, tr("shots + 1 (log scale)"));
  lossView_->setObjectName(QStringLiteral("compareLossView"));
  accuracyView_->setObjectName(QStringLiteral("compareAccuracyView"));
  summary_->setWordWrap(true);
  familyChoice_->setToolTip(tr("Test family of the accuracy curves"));
  shotsChoice_->setRange(0, 10000);
  shotsChoice_->setToolTip(tr("Number of shots k at which the table compares accuracy"));
  exportButton_->setToolTip(tr("Write the table as CSV: one line per run, learner, test family "
                               "and measure"));
  table_->setModel(tableModel_);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->hide();

  // The family control sits above both charts, so that they share the width equally.
  auto* chartControls = new QHBoxLayout;
  chartControls->addStretch(1);
  chartControls->addWidget(new QLabel(tr("Accuracy curves on test family:")));
  chartControls->addWidget(familyChoice_);

  auto* charts = new QSplitter(Qt::Horizontal);
  charts->addWidget(lossView_);
  charts->addWidget(accuracyView_);
  charts->setStretchFactor(0, 1);
  charts->setStretchFactor(1, 1);

  auto* tableSide = new QWidget;
  auto* tableControls = new QHBoxLayout;
  tableControls->addWidget(new QLabel(tr("Accuracy at k shots, k:")));
  tableControls->addWidget(shotsChoice_);
  tableControls->addStretch(1);
  tableControls->addWidget(exportButton_);
  auto* tableLayout = new QVBoxLayout(tableSide);
  tableLayout->setContentsMargins(0, 0, 0, 0);
  tableLayout->addLayout(tableControls);
  tableLayout->addWidget(table_, 1);

  runLegend_->setObjectName(QStringLiteral("compareRunLegend"));
  auto* runLegendLayout = new QHBoxLayout(runLegend_);
  runLegendLayout->setContentsMargins(4, 0, 4, 0);
  runLegendLayout->setSpacing(16);
  auto* chartSide = new QWidget;
  auto* chartLayout = new QVBoxLayout(chartSide);
  chartLayout->setContentsMargins(0, 0, 0, 0);
  chartLayout->addLayout(chartControls);
  chartLayout->addWidget(charts, 1);
  chartLayout->addWidget(runLegend_);
  chartLayout->addWidget(learnerLegend_);

  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(chartSide);
  split->addWidget(tableSide);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(summary_);
  layout->addWidget(split, 1);

  connect(familyChoice_, &QComboBox::currentIndexChanged, this, &RunOverlay::refreshAccuracy);
  connect(accuracyView_, &ChartView::logXChanged, this, &RunOverlay::refreshAccuracy);
  connect(shotsChoice_, &QSpinBox::valueChanged, this, [this] {
    shotsChosen_ = true;
    refreshTable();
  });
  connect(exportButton_, &QPushButton::clicked, this, &RunOverlay::onExportCsv);
  connect(learnerLegend_, &LearnerLegend::shownChanged, this, &RunOverlay::applyLearnerChoice);
  setRuns({});
}

Qt::PenStyle RunOverlay::runPenStyle(int index) {
  return kRunStyles[std::max(0, index) % kRunStyleCount];
}

QString RunOverlay::curveName(const QString& run, const QString& learner) {
  return QStringLiteral("%1 · %2").arg(run, learnerDisplayName(learner));
}

void RunOverlay::setRuns(std::vector<icl::core::RunData> runs) {
  runs_ = std::move(runs);
  refreshSummary();
  refreshLegend();
  refreshLoss();
  refreshFamilies();
  refreshAccuracy();
  refreshTable();
}

void RunOverlay::refreshLegend() {
  QLayout* layout = runLegend_->layout();
  while (QLayoutItem* item = layout->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  QStringList learners;
  for (std::size_t i = 0; i < runs_.size(); ++i) {
    auto* sample = new QLabel;
    sample->setPixmap(runSample(static_cast<int>(i), devicePixelRatioF()));
    auto* name = new QLabel(runLabel(runs_[i]));
    name->setToolTip(QString::fromStdString(runs_[i].dir.string()));
    auto* entry = new QWidget;
    auto* entryLayout = new QHBoxLayout(entry);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    entryLayout->addWidget(sample);
    entryLayout->addWidget(name);
    layout->addWidget(entry);
    for (const auto& record : runs_[i].losses) {
      const QString learner = QString::fromStdString(record.learner);
      if (!learners.contains(learner)) {
        learners << learner;
      }
    }
    for (const auto& record : runs_[i].evaluations) {
      const QString learner = QString::fromStdString(record.learner);
      if (record.metric == "accuracy" && !learners.contains(learner)) {
        learners << learner;
      }
    }
  }
  static_cast<QHBoxLayout*>(layout)->addStretch(1);
  runLegend_->setVisible(!runs_.empty());
  learnerLegend_->setLearners(learners);
}

void RunOverlay::applyLearnerChoice() {
  for (QChart* chart : {lossChart_, accuracyChart_}) {
    for (QAbstractSeries* series : chart->series()) {
      series->setVisible(learnerLegend_->isShown(series->property(kLearnerProperty).toString()));
    }
  }
}

QList<QLineSeries*> RunOverlay::lossSeries() const {
  QList<QLineSeries*> series;
  for (QAbstractSeries* s : lossChart_->series()) {
    if (auto* line = qobject_cast<QLineSeries*>(s)) {
      series << line;
    }
  }
  return series;
}

QList<QLineSeries*> RunOverlay::accuracySeries() const {
  QList<QLineSeries*> series;
  for (QAbstractSeries* s : accuracyChart_->series()) {
    if (auto* line = qobject_cast<QLineSeries*>(s)) {
      series << line;
    }
  }
  return series;
}

void RunOverlay::refreshSummary() {
  int classification = 0;
  for (const auto& run : runs_) {
    classification += isClassification(run) ? 1 : 0;
  }
  const int other = static_cast<int>(runs_.size()) - classification;
  if (runs_.empty()) {
    summary_->setText(tr("Check runs in the list to overlay them."));
    return;
  }
  QString text = tr("%n run(s) overlaid: colour = learner, line style = run.", "",
                    static_cast<int>(runs_.size()));
  if (classification > 0) {
    text += QLatin1Char(' ') + tr("Accuracy curves and table rows from the final evaluation of "
                                  "%n classification run(s).",
                                  "", classification);
  }
  if (other > 0) {
    text += QLatin1Char(' ') + tr("%n regression run(s) (I1, I2): loss, and the squared error "
                                  "at the last position in the table.",
                                  "", other);
  }
  summary_->setText(text);
}

void RunOverlay::addRunCurve(ChartView* view, const QString& name, const QString& learner,
                             int runIndex, const QVector<QPointF>& points) {
  auto* series = new QLineSeries;
  series->setName(name);
  series->setProperty(kLearnerProperty, learner);
  series->setPen(runPen(learner, runIndex));
  series->replace(points);
  series->setVisible(learnerLegend_->isShown(learner));
  view->chart()->addSeries(series);
  series->attachAxis(view->axis(Qt::Horizontal));
  series->attachAxis(view->axis(Qt::Vertical));
}

void RunOverlay::refreshLoss() {
  lossChart_->removeAllSeries();
  lossChart_->setTitle(runs_.empty() ? tr("Training loss: no run checked")
                                     : tr("Training loss (smoothed)"));
  double xMax = 1.0;
  double yMin = std::numeric_limits<double>::infinity();
  double yMax = -std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < runs_.size(); ++i) {
    const QString run = runLabel(runs_[i]);
    for (const auto& [learner, raw] : lossCurves(runs_[i].losses)) {
      const QVector<QPointF> points = decimateMinMax(smoothEma(raw, kLossSmoothing), kLossColumns);
      addRunCurve(lossView_, curveName(run, learner), learner, static_cast<int>(i), points);
      for (const QPointF& point : points) {
        xMax = std::max(xMax, point.x());
        yMin = std::min(yMin, point.y());
        yMax = std::max(yMax, point.y());
      }
    }
  }
  lossView_->setAutoRange(Qt::Horizontal, 0.0, xMax);
  if (yMin <= yMax) {
    const double pad = std::max(1e-6, 0.05 * (yMax - yMin));
    lossView_->setAutoRange(Qt::Vertical, std::max(0.0, yMin - pad), yMax + pad);
  } else {
    lossView_->setAutoRange(Qt::Vertical, 0.0, 1.0);
  }
}

void RunOverlay::refreshFamilies() {
  const QString current = familyChoice_->currentData().toString();
  QStringList families;
  for (const auto& run : runs_) {
    if (!isClassification(run)) {
      continue;
    }
    const auto table = icl::core::buildComparisonTable(run.evaluations);
    for (const std::string& family : table.testFamilies) {
      const QString name = QString::fromStdString(family);
      if (!families.contains(name)) {
        families << name;
      }
    }
  }
  const QSignalBlocker blocker(familyChoice_);
  familyChoice_->clear();
  for (const QString& family : families) {
    familyChoice_->addItem(familyDisplayName(family), family);
  }
  const int keep = familyChoice_->findData(current);
  familyChoice_->setCurrentIndex(keep >= 0 ? keep : (families.isEmpty() ? -1 : 0));
  familyChoice_->setEnabled(!families.isEmpty());
}

void RunOverlay::refreshAccuracy() {
  accuracyChart_->removeAllSeries();
  const QString family = familyChoice_->currentData().toString();
  accuracyChart_->setTitle(family.isEmpty() ? tr("Accuracy: no classification run checked")
                                            : tr("Final accuracy against shots"));
  double xMax = 1.0;
  for (std::size_t i = 0; i < runs_.size() && !family.isEmpty(); ++i) {
    if (!isClassification(runs_[i])) {
      continue;
    }
    const QString run = runLabel(runs_[i]);
    const auto table = icl::core::buildComparisonTable(runs_[i].evaluations);
    for (const auto& row : table.rows) {
      if (QString::fromStdString(row.testFamily) != family) {
        continue;
      }
      QVector<QPointF> points;
      for (const auto& cell : row.cells) {
        points.append(QPointF(accuracyView_->plotX(static_cast<double>(cell.shots)),
                              cell.accuracy));
        xMax = std::max(xMax, static_cast<double>(cell.shots));
      }
      const QString learner = QString::fromStdString(row.learner);
      addRunCurve(accuracyView_, curveName(run, learner), learner, static_cast<int>(i), points);
    }
  }
  accuracyView_->setAutoRange(Qt::Horizontal, accuracyView_->plotX(0.0),
                              accuracyView_->plotX(xMax));
  accuracyView_->setAutoRange(Qt::Vertical, 0.0, 1.0);
}

void RunOverlay::refreshTable() {
  std::vector<icl::core::CrossRunInput> inputs;
  for (const auto& run : runs_) {
    inputs.push_back({runLabel(run).toStdString(), run.evaluations});
  }
  int64_t largest = 0;
  for (const auto& run : runs_) {
    for (const auto& record : run.evaluations) {
      if (record.metric == "accuracy") {
        largest = std::max(largest, record.shots);
      }
    }
  }
  {
    // The maximum first: a default above the previous runs' maximum would be clamped.
    const QSignalBlocker blocker(shotsChoice_);
    shotsChoice_->setMaximum(static_cast<int>(std::max<int64_t>(largest, 1)));
    if (!shotsChosen_) {
      const int64_t preferred = icl::core::defaultCrossRunShots(inputs, kPreferredShots);
      shotsChoice_->setValue(static_cast<int>(std::max<int64_t>(0, preferred)));
    }
  }
  shotsChoice_->setEnabled(largest > 0);
  tableModel_->setTable(icl::core::buildCrossRunTable(inputs, shotsChoice_->value()));
  exportButton_->setEnabled(!tableModel_->table().rows.empty());
}

QString RunOverlay::tableCsv() const {
  return QString::fromStdString(icl::core::formatCrossRunCsv(tableModel_->table()));
}

void RunOverlay::onExportCsv() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison CSV"),
                                                    QStringLiteral("compare-runs.csv"),
                                                    tr("CSV (*.csv)"));
  if (path.isEmpty()) {
    return;
  }
  const QString error = writeTextFile(path, tableCsv());
  if (!error.isEmpty()) {
    Q_EMIT errorOccurred(tr("Export Comparison CSV"), error);
  }
}

}  // namespace icl::ui
