#include "ui/loss_chart_panel.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSlider>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/chart_view.h"
#include "ui/learner_style.h"
#include "ui/series_math.h"

namespace icl::ui {

namespace {

constexpr int kFlushDelayMs = 40;      // at most 25 redraws a second
constexpr int kSmoothingSteps = 99;    // slider 0..99 -> weight 0..0.99
constexpr int kDefaultSmoothing = 60;  // TensorBoard's default is 0.6
constexpr int kRawAlpha = 60;          // the raw curve stays faintly visible

}  // namespace

LossChartPanel::LossChartPanel(RunRecords* records, QWidget* parent)
    : QWidget(parent),
      records_(records),
      chart_(new QChart),
      view_(new ChartView(chart_)),
      axisChoice_(new QComboBox),
      logChoice_(new QCheckBox(tr("Log scale"))),
      smoothingSlider_(new QSlider(Qt::Horizontal)),
      smoothingLabel_(new QLabel),
      flushTimer_(new QTimer(this)) {
  chart_->setTitle(tr("Training loss"));
  chart_->setAnimationOptions(QChart::NoAnimation);
  chart_->legend()->setAlignment(Qt::AlignRight);
  view_->setMinimumHeight(220);

  axisChoice_->addItem(tr("Step"));
  axisChoice_->addItem(tr("Wall time (s)"));
  axisChoice_->setToolTip(tr("Plot the loss against optimiser steps or seconds since the start"));
  logChoice_->setToolTip(tr("Logarithmic loss axis"));
  logChoice_->setChecked(false);  // cross-entropy spans well under a decade here
  smoothingSlider_->setRange(0, kSmoothingSteps);
  smoothingSlider_->setValue(kDefaultSmoothing);
  smoothingSlider_->setToolTip(
      tr("Exponential moving average of the loss, debiased as in TensorBoard; the raw curve "
         "stays faintly visible"));

  auto* controls = new QHBoxLayout;
  controls->addWidget(new QLabel(tr("x:")));
  controls->addWidget(axisChoice_);
  controls->addWidget(logChoice_);
  controls->addSpacing(12);
  controls->addWidget(new QLabel(tr("Smoothing:")));
  controls->addWidget(smoothingSlider_, 1);
  controls->addWidget(smoothingLabel_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(controls);
  layout->addWidget(view_, 1);

  flushTimer_->setSingleShot(true);
  flushTimer_->setInterval(kFlushDelayMs);
  connect(flushTimer_, &QTimer::timeout, this, &LossChartPanel::flush);
  connect(records_, &RunRecords::lossesAppended, this, &LossChartPanel::scheduleFlush);
  connect(records_, &RunRecords::cleared, this, &LossChartPanel::rebuild);
  connect(axisChoice_, &QComboBox::currentIndexChanged, this,
          [this](int index) { setAxis(index == 0 ? LossAxis::Step : LossAxis::WallTime); });
  connect(logChoice_, &QCheckBox::toggled, this, [this](bool) {
    replaceYAxis();
    flush();
  });
  connect(smoothingSlider_, &QSlider::valueChanged, this, [this](int value) {
    smoothingLabel_->setText(QString::number(value / 100.0, 'f', 2));
    scheduleFlush();
  });
  smoothingLabel_->setText(QString::number(kDefaultSmoothing / 100.0, 'f', 2));
  rebuild();
}

void LossChartPanel::scheduleFlush() {
  if (!flushTimer_->isActive()) {
    flushTimer_->start();
  }
}

void LossChartPanel::rebuild() {
  chart_->removeAllSeries();
  series_.clear();  // and each learner's cached curves: a new run or axis draws from scratch
  for (QAbstractAxis* axis : chart_->axes()) {
    chart_->removeAxis(axis);
    delete axis;
  }
  auto* x = new QValueAxis;
  x->setTitleText(axis_ == LossAxis::Step ? tr("step") : tr("wall time (s)"));
  x->setLabelFormat(QStringLiteral("%g"));
  chart_->addAxis(x, Qt::AlignBottom);
  xAxis_ = x;
  view_->setIntegerTicks(Qt::Horizontal, axis_ == LossAxis::Step);
  yAxis_ = nullptr;
  view_->forgetRanges();  // new axes: a zoom of the old ones means nothing
  replaceYAxis();
  flush();
}

void LossChartPanel::replaceYAxis() {
  if (yAxis_) {
    chart_->removeAxis(yAxis_);
    delete yAxis_;
  }
  if (logChoice_->isChecked()) {
    auto* y = new QLogValueAxis;
    y->setBase(10.0);
    y->setLabelFormat(QStringLiteral("%.3g"));
    y->setMinorTickCount(-1);
    yAxis_ = y;
  } else {
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.3g"));
    yAxis_ = y;
  }
  view_->forgetRanges();
  yAxis_->setTitleText(tr("loss"));
  chart_->addAxis(yAxis_, Qt::AlignLeft);
  for (QAbstractSeries* series : chart_->series()) {
    series->attachAxis(yAxis_);
  }
}

void LossChartPanel::attachAxes(QLineSeries* series) {
  series->attachAxis(xAxis_);
  series->attachAxis(yAxis_);
}

LossChartPanel::LearnerSeries& LossChartPanel::seriesFor(const QString& learner) {
  auto found = series_.find(learner);
  if (found != series_.end()) {
    return found.value();
  }
  const QColor color = learnerColor(learner);
  LearnerSeries created;
  created.raw = new QLineSeries;
  QColor faint = color;
  faint.setAlpha(kRawAlpha);
  QPen rawPen(faint);
  rawPen.setWidthF(1.0);
  created.raw->setPen(rawPen);
  created.raw->setName(learnerDisplayName(learner) + tr(" (raw)"));
  created.smoothed = new QLineSeries;
  QPen pen(color);
  pen.setWidthF(2.0);
  created.smoothed->setPen(pen);
  created.smoothed->setName(learnerDisplayName(learner));
  chart_->addSeries(created.raw);
  chart_->addSeries(created.smoothed);
  attachAxes(created.raw);
  attachAxes(created.smoothed);
  // One legend entry per learner: the faint raw series needs none.
  for (QLegendMarker* marker : chart_->legend()->markers(created.raw)) {
    marker->setVisible(false);
  }
  return series_.insert(learner, created).value();
}

int LossChartPanel::plotColumns() const {
  const int width = static_cast<int>(chart_->plotArea().width());
  return std::max(width > 0 ? width : view_->width(), 100);
}

LossChartPanel::XRange LossChartPanel::autoXRange(double xMin, double xMax) {
  // x grows in nice steps (1, 1.2, 1.5, 2 ... x 10^k) so a live run rescales rarely.
  const double low = std::min(0.0, xMin);
  return XRange{low, niceCeil(std::max(xMax, low + 1.0))};
}

void LossChartPanel::flush() {
  QElapsedTimer timer;
  timer.start();
  const int columns = plotColumns();
  const double weight = smoothing();
  const bool log = logScale();
  const QStringList learners = records_->learners();
  double xMin = std::numeric_limits<double>::max();
  double xMax = std::numeric_limits<double>::lowest();
  for (const QString& learner : learners) {
    const QVector<QPointF>& points = records_->lossPoints(learner, axis_);
    if (!points.isEmpty()) {
      xMin = std::min(xMin, points.front().x());
      xMax = std::max(xMax, points.back().x());
    }
  }
  // The bins are the pixel columns of the automatic x range, which only moves in nice steps:
  // between rescales each series' decimation just grows (LossCurveCache).
  const XRange xRange = autoXRange(xMin, xMax);
  grid_ = DecimationGrid{xRange.low, (xRange.high - xRange.low) / columns, columns};
  struct Drawn {
    QLineSeries* raw;  // not the LearnerSeries: a later insert into series_ may move it
    QLineSeries* smoothed;
    LossCurves curves;
  };
  std::vector<Drawn> drawn;
  double yMin = std::numeric_limits<double>::max();
  double yMax = std::numeric_limits<double>::lowest();
  for (const QString& learner : learners) {
    const QVector<QPointF>& points = records_->lossPoints(learner, axis_);
    if (points.isEmpty()) {
      continue;
    }
    LearnerSeries& series = seriesFor(learner);
    Drawn entry{series.raw, series.smoothed, series.curves.update(points, weight, grid_)};
    for (const QPointF& point : entry.curves.raw) {
      if (std::isfinite(point.y()) && (!log || point.y() > 0.0)) {
        yMin = std::min(yMin, point.y());
        yMax = std::max(yMax, point.y());
      }
    }
    drawn.push_back(std::move(entry));
  }
  // Ranges first, and only when they must change: every range change makes Qt Charts
  // recompute the geometry of every series, so it is the dearest part of a flush.
  if (!drawn.empty() && yMin <= yMax) {
    updateRanges(xRange, yMin, yMax);
  }
  // replace() strokes the whole path again (Qt Charts keeps its outline for hovering), so a
  // series whose points did not change (a new smoothing, a log toggle) is left alone.
  for (Drawn& entry : drawn) {
    if (entry.curves.rawChanged) {
      entry.raw->replace(entry.curves.raw);
    }
    if (entry.curves.smoothedChanged) {
      entry.smoothed->replace(entry.curves.smoothed);
    }
  }
  view_->setExportCaption(
      tr("Training loss against %1 · smoothing %2 (debiased EMA; the raw curve faint)%3")
          .arg(axis_ == LossAxis::Step ? tr("step") : tr("wall time"))
          .arg(weight, 0, 'f', 2)
          .arg(view_->stageBoundaries().isEmpty() ? QString()
                                                  : tr(" · shading: curriculum stages")));
  lastFlushMs_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void LossChartPanel::updateRanges(const XRange& x, double yMin, double yMax) {
  const auto shownX = view_->autoRange(Qt::Horizontal);
  if (!shownX || shownX->min != x.low || shownX->max != x.high) {
    view_->setAutoRange(Qt::Horizontal, x.low, x.high);
  }
  // The automatic y range, not the axis's: the axis may show the user's zoom.
  const auto shown = view_->autoRange(Qt::Vertical);
  double low = 0.0;
  double high = 0.0;
  if (logScale()) {
    const bool inside = shown && shown->min > 0.0 && yMin >= shown->min && yMax <= shown->max;
    const bool tooLoose = shown && shown->max / shown->min > 4.0 * (yMax / yMin);
    if (inside && !tooLoose) {
      return;
    }
    low = yMin / 1.2;
    high = yMax * 1.2;
  } else {
    const double span = std::max(yMax - yMin, 1e-6);
    const bool inside = shown && yMin >= shown->min && yMax <= shown->max;
    const bool tooLoose = shown && shown->max - shown->min > 3.0 * span;
    if (inside && !tooLoose) {
      return;
    }
    const double grid = niceCeil(span) / 10.0;  // round outward to a tenth of the span
    low = std::max(0.0, std::floor(yMin / grid) * grid);
    high = std::ceil(yMax / grid) * grid;
    if (high <= low) {
      high = low + grid;
    }
  }
  view_->setAutoRange(Qt::Vertical, low, high);
}

ChartView* LossChartPanel::chartView() const { return view_; }

void LossChartPanel::setStageBoundaries(const QVector<double>& boundaries) {
  view_->setStageBoundaries(boundaries, axis_ == LossAxis::Step);
}

int LossChartPanel::stageBoundaryCount() const {
  return static_cast<int>(view_->stageBoundaries().size());
}

int LossChartPanel::rawPointCount(const QString& learner) const {
  const auto found = series_.constFind(learner);
  return found == series_.constEnd() ? 0 : static_cast<int>(found->raw->count());
}

int LossChartPanel::smoothedPointCount(const QString& learner) const {
  const auto found = series_.constFind(learner);
  return found == series_.constEnd() ? 0 : static_cast<int>(found->smoothed->count());
}

QVector<QPointF> LossChartPanel::rawPoints(const QString& learner) const {
  const auto found = series_.constFind(learner);
  return found == series_.constEnd() ? QVector<QPointF>() : found->raw->points();
}

QVector<QPointF> LossChartPanel::smoothedPoints(const QString& learner) const {
  const auto found = series_.constFind(learner);
  return found == series_.constEnd() ? QVector<QPointF>() : found->smoothed->points();
}

void LossChartPanel::setAxis(LossAxis axis) {
  axisChoice_->setCurrentIndex(axis == LossAxis::Step ? 0 : 1);
  if (axis_ != axis) {
    axis_ = axis;
    view_->setStageBoundaries(view_->stageBoundaries(), axis_ == LossAxis::Step);  // bands are in steps
    rebuild();
  }
}

void LossChartPanel::setLogScale(bool log) { logChoice_->setChecked(log); }

void LossChartPanel::setSmoothing(double weight) {
  smoothingSlider_->setValue(static_cast<int>(std::lround(weight * 100.0)));
}

double LossChartPanel::smoothing() const { return smoothingSlider_->value() / 100.0; }

bool LossChartPanel::logScale() const { return logChoice_->isChecked(); }

}  // namespace icl::ui
