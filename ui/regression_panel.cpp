#include "ui/regression_panel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <set>

#include "core/config/names.h"
#include "ui/chart_view.h"
#include "ui/learner_style.h"
#include "ui/regression_agreement_chart.h"

namespace icl::ui {

namespace {

constexpr int kBandAlpha = 40;
constexpr double kArmPenWidth = 3.0;  // the GPT arms over the baselines' 2 px lines
// Error / D above the ceiling is clipped, and the title names the curves that go higher. The
// ceiling is at least 3 (1 is the error of predicting 0, 3-NN peaks near 2, averaging with one
// example can reach 20 and would flatten every other curve) and always shows the whole of the
// curves a reader compares: the GPT arms and the zero predictor (an untrained I2 model, or a
// y scale above 1, lies far above 3).
constexpr double kLowestCeiling = 3.0;
constexpr double kCeilingMargin = 1.05;
const std::string kMetric = "sq_error";

}  // namespace

RegressionPanel::RegressionPanel(RunRecords* records, QWidget* parent)
    : QWidget(parent),
      records_(records),
      familyChoice_(new QComboBox),
      tabs_(new QTabWidget),
      agreement_(new RegressionAgreementChart(records)) {
  familyChoice_->setToolTip(
      tr("Test prompts the error is measured on (meta-meta runs: one set per support size)"));
  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Test set:")));
  top->addWidget(familyChoice_, 1);
  auto* charts = new QHBoxLayout;
  const QStringList titles = {tr("Early snapshot"), tr("Late snapshot")};
  for (int i = 0; i < 2; ++i) {
    Side& side = sides_[i];
    side.step = new QComboBox;
    side.step->setToolTip(tr("The evaluation snapshot (training step) this chart shows"));
    side.chart = new QChart;
    side.chart->setAnimationOptions(QChart::NoAnimation);
    side.chart->legend()->setAlignment(Qt::AlignRight);
    side.title = titles[i];
    side.chart->setTitle(titles[i]);
    side.view = new ChartView(side.chart);
    side.view->setMinimumHeight(220);
    side.x = new QValueAxis;
    side.x->setTitleText(tr("in-context examples"));
    side.x->setLabelFormat(QStringLiteral("%d"));
    side.y = new QValueAxis;
    side.y->setTitleText(tr("error / D"));
    side.y->setLabelFormat(QStringLiteral("%.2f"));
    side.chart->addAxis(side.x, Qt::AlignBottom);
    side.chart->addAxis(side.y, Qt::AlignLeft);
    side.view->setIntegerTicks(Qt::Horizontal, true);
    side.view->setLogXAvailable(1.0, tr("in-context examples + 1 (log scale)"));
    connect(side.view, &ChartView::logXChanged, this, [this, i] { refreshSide(sides_[i]); });
    auto* column = new QVBoxLayout;
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(titles[i] + QLatin1Char(':')));
    row->addWidget(side.step, 1);
    column->addLayout(row);
    column->addWidget(side.view, 1);
    charts->addLayout(column, 1);
    connect(side.step, &QComboBox::currentIndexChanged, this, [this, i] { refreshSide(sides_[i]); });
  }
  auto* errors = new QWidget;
  auto* errorsLayout = new QVBoxLayout(errors);
  errorsLayout->setContentsMargins(0, 0, 0, 0);
  errorsLayout->addLayout(top);
  errorsLayout->addLayout(charts, 1);
  tabs_->addTab(errors, tr("Error curves"));
  tabs_->addTab(agreement_, tr("Agreement with baselines"));
  tabs_->setTabToolTip(1, tr("How close each GPT arm's predictions are to least squares, 3-NN "
                             "and averaging (Akyürek et al.), per number of examples"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(tabs_);
  connect(familyChoice_, &QComboBox::currentIndexChanged, this, [this] {
    refreshSide(sides_[0]);
    refreshSide(sides_[1]);
  });
  connect(records_, &RunRecords::evaluationsChanged, this, &RegressionPanel::refresh);
  connect(records_, &RunRecords::cleared, this, &RegressionPanel::reset);
  reset();
}

ChartView* RegressionPanel::chartView(int side) const { return sides_[side].view; }
QComboBox* RegressionPanel::stepChoice(int side) const { return sides_[side].step; }

void RegressionPanel::reset() {
  for (Side& side : sides_) {
    side.chart->removeAllSeries();
    side.curves.clear();
    const QSignalBlocker blocker(side.step);
    side.step->clear();
    side.view->setAutoRange(Qt::Horizontal, side.view->plotX(0.0), side.view->plotX(10.0));
    side.view->setAutoRange(Qt::Vertical, 0.0, 1.2);
  }
  const QSignalBlocker blocker(familyChoice_);
  familyChoice_->clear();
}

void RegressionPanel::refresh() {
  refreshChoices();
  refreshSide(sides_[0]);
  refreshSide(sides_[1]);
}

void RegressionPanel::refreshChoices() {
  std::set<qint64> steps;
  QStringList families;
  for (const icl::core::EvalRecord& record : records_->evaluations()) {
    if (record.metric != kMetric) {
      continue;
    }
    steps.insert(record.step);
    const QString family = QString::fromStdString(record.testFamily);
    if (!families.contains(family)) {
      families.append(family);
    }
  }
  if (familyChoice_->count() != families.size()) {
    const QString current = familyChoice_->currentText();
    const QSignalBlocker blocker(familyChoice_);
    familyChoice_->clear();
    familyChoice_->addItems(families);
    familyChoice_->setCurrentIndex(std::max(0, static_cast<int>(families.indexOf(current))));
  }
  for (int i = 0; i < 2; ++i) {
    QComboBox* choice = sides_[i].step;
    if (choice->count() == static_cast<int>(steps.size())) {
      continue;
    }
    const bool followLatest = choice->currentIndex() < 0 || choice->currentIndex() == choice->count() - 1;
    const qint64 current = choice->currentData().toLongLong();
    const QSignalBlocker blocker(choice);
    choice->clear();
    for (qint64 step : steps) {
      choice->addItem(tr("step %1").arg(step), step);
    }
    // Left: the first snapshot after the start (the "early" checkpoint) unless chosen; right:
    // follows the latest one.
    int index = choice->findData(current);
    if (i == 1 && followLatest) {
      index = choice->count() - 1;
    } else if (index < 0 || (current == 0 && choice->count() > 1)) {
      index = choice->count() > 1 ? 1 : 0;  // the first snapshot after the start
    }
    choice->setCurrentIndex(index);
  }
}

bool RegressionPanel::isArm(const QString& learner) const {
  // By name, not by training losses: the step-0 evaluation comes before the first loss, and a
  // curve created then as a "baseline" would stay under the others for the whole run.
  using icl::core::LearnerId;
  switch (icl::core::parseLearnerId(learner.toStdString()).value_or(LearnerId::Icl)) {
    case LearnerId::LeastSquares:
    case LearnerId::Knn3:
    case LearnerId::Averaging:
    case LearnerId::Zero: return false;
    default: return true;
  }
}

void RegressionPanel::raiseArms(Side& side) {
  // Qt Charts draws series in the order they were added: re-adding the arms puts them on top,
  // so an arm that matches a baseline (e.g. Zero early in training) stays visible.
  for (auto it = side.curves.begin(); it != side.curves.end(); ++it) {
    if (!isArm(it.key())) {
      continue;
    }
    for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(it->band),
                                    static_cast<QAbstractSeries*>(it->mean)}) {
      side.chart->removeSeries(series);
      side.chart->addSeries(series);
      series->attachAxis(side.view->axis(Qt::Horizontal));
      series->attachAxis(side.y);
    }
    for (QLegendMarker* marker : side.chart->legend()->markers(it->band)) {
      marker->setVisible(false);
    }
  }
}

BandCurve& RegressionPanel::curveFor(Side& side, const QString& learner) {
  auto found = side.curves.find(learner);
  if (found == side.curves.end()) {
    found = side.curves.insert(learner,
                               addBandCurve(side.chart, side.view->axis(Qt::Horizontal), side.y,
                                            learner, kBandAlpha, this,
                                            tr("90 % bootstrap interval")));
    if (isArm(learner)) {
      QPen pen = found->mean->pen();
      pen.setWidthF(kArmPenWidth);
      found->mean->setPen(pen);
    }
    raiseArms(side);
  }
  return found.value();
}

void RegressionPanel::refreshSide(Side& side) {
  const std::string family = familyChoice_->currentText().toStdString();
  if (side.step->currentIndex() < 0 || family.empty()) {
    return;
  }
  const qint64 step = side.step->currentData().toLongLong();
  // Baselines (learners without training losses) do not change with training and are
  // evaluated only at the start and the end: every snapshot shows their latest evaluation.
  QHash<QString, std::set<qint64>> baselineSteps;
  for (const icl::core::EvalRecord& record : records_->evaluations()) {
    const QString learner = QString::fromStdString(record.learner);
    if (record.metric == kMetric && record.testFamily == family &&
        records_->lossPoints(learner, LossAxis::Step).isEmpty()) {
      baselineSteps[learner].insert(record.step);
    }
  }
  QHash<QString, qint64> stepOf;  // the evaluation each baseline is shown from
  for (auto it = baselineSteps.cbegin(); it != baselineSteps.cend(); ++it) {
    const auto after = it->upper_bound(step);
    stepOf[it.key()] = after == it->begin() ? *it->begin() : *std::prev(after);
  }
  QHash<QString, QVector<QPointF>> mean;
  QHash<QString, QVector<QPointF>> upper;
  QHash<QString, QVector<QPointF>> lower;
  QStringList order;
  double maxShots = side.view->plotX(1.0);
  double highest = 0.0;
  QHash<QString, double> peakOf;  // per learner, for the clipping note
  qint64 prompts = 0;
  for (const icl::core::EvalRecord& record : records_->evaluations()) {
    const QString learner = QString::fromStdString(record.learner);
    if (record.metric != kMetric || record.testFamily != family ||
        record.step != stepOf.value(learner, step)) {
      continue;
    }
    if (!order.contains(learner)) {
      order.append(learner);
    }
    const double shots = side.view->plotX(static_cast<double>(record.shots));
    mean[learner].append(QPointF(shots, record.value));
    upper[learner].append(QPointF(shots, record.ciHigh));
    lower[learner].append(QPointF(shots, record.ciLow));
    maxShots = std::max(maxShots, shots);
    prompts = std::max<qint64>(prompts, record.nTasks);
    if (std::isfinite(record.value)) {
      highest = std::max(highest, record.value);
      peakOf[learner] = std::max(peakOf.value(learner), record.value);
    }
  }
  // Baselines first, arms last: new curves are added on top.
  std::stable_sort(order.begin(), order.end(), [this](const QString& a, const QString& b) {
    return !isArm(a) && isArm(b);
  });
  for (const QString& learner : order) {
    curveFor(side, learner).replace(mean[learner], upper[learner], lower[learner]);
  }
  for (auto it = side.curves.begin(); it != side.curves.end(); ++it) {
    if (!order.contains(it.key())) {
      it->mean->clear();
      it->upper->clear();
      it->lower->clear();
    }
  }
  side.view->setAutoRange(Qt::Horizontal, side.view->plotX(0.0), maxShots);
  side.view->setExportCaption(
      tr("Squared error / D · test set: %1 · snapshot after step %2 · bands: 90 % bootstrap "
         "interval over %3 test prompts")
          .arg(QString::fromStdString(family))
          .arg(step)
          .arg(prompts));
  double compared = 0.0;  // the highest point of the arms and the zero predictor
  for (const QString& learner : order) {
    if (isArm(learner) || icl::core::parseLearnerId(learner.toStdString()) ==
                              icl::core::LearnerId::Zero) {
      compared = std::max(compared, peakOf.value(learner));
    }
  }
  const double ceiling = std::max(kLowestCeiling, compared * kCeilingMargin);
  // Every curve fits up to the ceiling; the title names the curves cut off there (short, so
  // that it fits a narrow chart), their peaks are in the export caption.
  QStringList above;
  QStringList peaks;
  for (const QString& learner : order) {
    if (peakOf.value(learner) > ceiling) {
      above.append(learnerDisplayName(learner));
      peaks.append(tr("%1 up to %2")
                       .arg(learnerDisplayName(learner))
                       .arg(QString::number(peakOf.value(learner), 'g', 3)));
    }
  }
  side.view->setAutoRange(Qt::Vertical, 0.0, std::min(std::max(highest * 1.05, 0.1), ceiling));
  side.chart->setTitle(above.isEmpty() ? side.title
                                       : tr("%1 (clipped: %2)")
                                             .arg(side.title)
                                             .arg(above.join(QStringLiteral(", "))));
  if (!peaks.isEmpty()) {
    const QString clipped = tr(" · y clipped at %1: %2")
                                .arg(QString::number(ceiling, 'g', 3))
                                .arg(peaks.join(QStringLiteral(", ")));
    side.view->setExportCaption(side.view->exportCaption() + clipped);
  }
}

void RegressionPanel::showSnapshot(qint64 step) {
  const int index = sides_[0].step->findData(step);
  if (index >= 0) {
    sides_[0].step->setCurrentIndex(index);
  }
  agreement_->showSnapshot(step);
}

int RegressionPanel::pointCount(int side, const QString& learner) const {
  const auto found = sides_[side].curves.constFind(learner);
  return found == sides_[side].curves.constEnd() ? 0 : static_cast<int>(found->mean->count());
}

}  // namespace icl::ui
