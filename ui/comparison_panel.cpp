#include "ui/comparison_panel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <utility>

#include "core/evaluation/comparison_table.h"
#include "ui/chart_view.h"
#include "ui/comparison_table_model.h"
#include "ui/learner_style.h"

namespace icl::ui {

namespace {

constexpr int kBandAlpha = 45;  // confidence bands stay readable where they overlap

QString familyDisplayName(const QString& family) {
  if (family == QLatin1String("mix")) {
    return ComparisonPanel::tr("mix (training mixture)");
  }
  return family;
}

}  // namespace

ComparisonPanel::ComparisonPanel(RunRecords* records, QWidget* parent)
    : QWidget(parent),
      records_(records),
      chart_(new QChart),
      view_(new ChartView(chart_)),
      xAxis_(new QValueAxis),
      yAxis_(new QValueAxis),
      familyChoice_(new QComboBox),
      shotsChoice_(new QSpinBox),
      stepLabel_(new QLabel),
      tableModel_(new ComparisonTableModel(this)),
      table_(new QTableView) {
  chart_->setTitle(tr("Test accuracy against number of shots"));
  chart_->setAnimationOptions(QChart::NoAnimation);
  chart_->legend()->setAlignment(Qt::AlignBottom);
  view_->setMinimumHeight(220);
  xAxis_->setTitleText(tr("shots (examples before the query)"));
  xAxis_->setLabelFormat(QStringLiteral("%d"));
  yAxis_->setTitleText(tr("accuracy"));
  yAxis_->setRange(0.0, 1.0);
  yAxis_->setLabelFormat(QStringLiteral("%.2f"));
  chart_->addAxis(xAxis_, Qt::AlignBottom);
  chart_->addAxis(yAxis_, Qt::AlignLeft);
  view_->setIntegerTicks(Qt::Horizontal, true);
  view_->setLogXAvailable(1.0, tr("shots + 1 (log scale)"));

  familyChoice_->setToolTip(tr("Test family: the fixed, seeded test tasks the curves are measured on"));
  shotsChoice_->setRange(0, 10000);
  shotsChoice_->setValue(10);
  shotsChoice_->setToolTip(tr("Number of shots at which the table compares the learners"));
  table_->setModel(tableModel_);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setToolTip(tr("Accuracy at the chosen number of shots; the best learner of each test "
                        "family is bold and marked ★"));
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

  auto* chartControls = new QHBoxLayout;
  chartControls->addWidget(new QLabel(tr("Test family:")));
  chartControls->addWidget(familyChoice_, 1);
  chartControls->addWidget(stepLabel_);
  auto* chartSide = new QWidget;
  auto* chartLayout = new QVBoxLayout(chartSide);
  chartLayout->setContentsMargins(0, 0, 0, 0);
  chartLayout->addLayout(chartControls);
  chartLayout->addWidget(view_, 1);

  auto* tableControls = new QHBoxLayout;
  tableControls->addWidget(new QLabel(tr("Accuracy at shots:")));
  tableControls->addWidget(shotsChoice_);
  tableControls->addStretch(1);
  auto* tableSide = new QWidget;
  auto* tableLayout = new QVBoxLayout(tableSide);
  tableLayout->setContentsMargins(0, 0, 0, 0);
  tableLayout->addLayout(tableControls);
  tableLayout->addWidget(table_, 1);

  auto* splitter = new QSplitter(Qt::Horizontal);
  splitter->addWidget(chartSide);
  splitter->addWidget(tableSide);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter);

  connect(records_, &RunRecords::evaluationsChanged, this, &ComparisonPanel::refresh);
  connect(records_, &RunRecords::cleared, this, &ComparisonPanel::reset);
  connect(familyChoice_, &QComboBox::currentIndexChanged, this,
          &ComparisonPanel::refreshChart);
  connect(shotsChoice_, &QSpinBox::valueChanged, tableModel_, &ComparisonTableModel::setShots);
  connect(view_, &ChartView::logXChanged, this, &ComparisonPanel::refreshChart);
  reset();
}

void ComparisonPanel::reset() {
  chart_->removeAllSeries();
  curves_.clear();
  familyChoice_->clear();
  tableModel_->setTable({}, shotsChoice_->value());
  shotsChoice_->setMaximum(10000);
  stepLabel_->setText(tr("no evaluation yet"));
  view_->setAutoRange(Qt::Horizontal, view_->plotX(0.0), view_->plotX(10.0));
  view_->setAutoRange(Qt::Vertical, 0.0, 1.0);
}

void ComparisonPanel::refresh() {
  refreshFamilies();
  refreshChart();
  refreshTable();
}

void ComparisonPanel::refreshFamilies() {
  const QStringList families = records_->testFamilies();
  QStringList shown;
  for (int i = 0; i < familyChoice_->count(); ++i) {
    shown.append(familyChoice_->itemData(i).toString());
  }
  if (shown == families) {
    return;
  }
  const QString current = familyChoice_->currentData().toString();
  const QSignalBlocker blocker(familyChoice_);
  familyChoice_->clear();
  for (const QString& family : families) {
    familyChoice_->addItem(familyDisplayName(family), family);
  }
  int index = familyChoice_->findData(current.isEmpty() ? QStringLiteral("mix") : current);
  familyChoice_->setCurrentIndex(std::max(index, 0));
}

BandCurve& ComparisonPanel::curveFor(const QString& learner) {
  auto found = curves_.find(learner);
  if (found == curves_.end()) {
    BandCurve curve = addBandCurve(chart_, view_->axis(Qt::Horizontal), yAxis_, learner,
                                   kBandAlpha, this, tr("95 % Wilson interval"));
    curve.band->setName(learnerDisplayName(learner) + tr(" 95% CI"));
    curve.mean->setPointsVisible(true);
    found = curves_.insert(learner, curve);
  }
  return found.value();
}

void ComparisonPanel::refreshChart() {
  const QString family = familyChoice_->currentData().toString();
  const qint64 step = records_->latestEvalStep();
  if (family.isEmpty() || step < 0) {
    return;
  }
  stepLabel_->setText(tr("at step %1").arg(step));
  double maxShots = view_->plotX(1.0);
  double lowest = 1.0;
  qint64 tasks = 0;
  qint64 largestShots = 0;
  for (const QString& learner : records_->learners()) {
    const auto records = records_->accuracyCurve(learner, family, step);
    if (records.empty() && !curves_.contains(learner)) {
      continue;
    }
    BandCurve& curve = curveFor(learner);
    QVector<QPointF> mean;
    QVector<QPointF> upper;
    QVector<QPointF> lower;
    for (const icl::core::EvalRecord& record : records) {
      const double shots = view_->plotX(static_cast<double>(record.shots));
      mean.append(QPointF(shots, record.value));
      upper.append(QPointF(shots, record.ciHigh));
      lower.append(QPointF(shots, record.ciLow));
      maxShots = std::max(maxShots, shots);
      lowest = std::min(lowest, record.ciLow);
      tasks = std::max<qint64>(tasks, record.nTasks);
      largestShots = std::max<qint64>(largestShots, record.shots);
    }
    curve.replace(mean, upper, lower);
  }
  view_->setAutoRange(Qt::Horizontal, view_->plotX(0.0), maxShots);
  view_->setExportCaption(
      tr("Test family: %1 · evaluation at step %2 · 0 to %3 shots · bands: 95 % Wilson "
         "interval over %4 test tasks")
          .arg(familyDisplayName(family))
          .arg(step)
          .arg(largestShots)
          .arg(tasks));
  view_->setAutoRange(Qt::Vertical, std::max(0.0, std::floor(lowest * 10.0) / 10.0), 1.0);
}

void ComparisonPanel::refreshTable() {
  icl::core::ComparisonTable table = icl::core::buildComparisonTable(records_->evaluations());
  // The spin box offers only the shot counts the test sequences have.
  if (!records_->evaluations().empty() && shotsChoice_->maximum() != table.largestShots) {
    const QSignalBlocker blocker(shotsChoice_);
    shotsChoice_->setMaximum(static_cast<int>(table.largestShots));
  }
  tableModel_->setTable(std::move(table), shotsChoice_->value());
}

int ComparisonPanel::pointCount(const QString& learner) const {
  const auto found = curves_.constFind(learner);
  return found == curves_.constEnd() ? 0 : static_cast<int>(found->mean->count());
}

QString ComparisonPanel::tableCsv() const {
  return QString::fromStdString(icl::core::formatComparisonCsv(tableModel_->table()));
}

}  // namespace icl::ui
