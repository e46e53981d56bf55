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

#include "ui/learner_style.h"
#include "ui/series_math.h"

namespace icl::ui {

namespace {

constexpr int kFlushDelayMs = 40;      // at most 25 redraws a second
constexpr int kSmoothingSteps = 99;    // slider 0..99 -> weight 0..0.99
constexpr int kDefaultSmoothing = 60;  // TensorBoard's default is 0.6
constexpr int kRawAlpha = 60;          // the raw curve stays faintly visible

/// A 1, 2 or 5 x 10^k tick interval giving about five ticks over @p span.
double tickStep(double span) {
  const double raw = std::max(span, 1e-9) / 5.0;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double step : {1.0, 2.0, 5.0}) {
    if (step * power >= raw) {
      return step * power;
    }
  }
  return 10.0 * power;
}

}  // namespace

/// A chart view that shades curriculum stages: every other stage gets a faint band and each
/// boundary a dashed line, drawn over the plot area from the x axis's mapping.
class BandedChartView : public QChartView {
 public:
  explicit BandedChartView(QChart* chart) : QChartView(chart) {}
  void setBoundaries(const QVector<double>& boundaries, bool visible) {
    boundaries_ = boundaries;
    visible_ = visible;
    viewport()->update();
  }
  const QVector<double>& boundaries() const { return boundaries_; }

 protected:
  void drawForeground(QPainter* painter, const QRectF& rect) override {
    QChartView::drawForeground(painter, rect);
    if (!visible_ || boundaries_.isEmpty() || chart()->series().isEmpty()) {
      return;
    }
    const QRectF plot = chart()->plotArea();
    QAbstractSeries* reference = chart()->series().first();
    const auto xAt = [&](double step) {
      return chart()->mapToPosition(QPointF(step, 1.0), reference).x();
    };
    painter->save();
    painter->setClipRect(plot);
    double previous = plot.left();
    for (int i = 0; i <= boundaries_.size(); ++i) {
      const double x = i < boundaries_.size() ? xAt(boundaries_[i]) : plot.right();
      if (i % 2 == 1) {
        painter->fillRect(QRectF(QPointF(previous, plot.top()), QPointF(x, plot.bottom())),
                          QColor(0x1f, 0x77, 0xb4, 22));
      }
      if (i < boundaries_.size()) {
        painter->setPen(QPen(QColor(0x1f, 0x77, 0xb4, 120), 1.0, Qt::DashLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
      }
      previous = x;
    }
    painter->restore();
  }

 private:
  QVector<double> boundaries_;
  bool visible_ = true;
};

LossChartPanel::LossChartPanel(RunRecords* records, QWidget* parent)
    : QWidget(parent),
      records_(records),
      chart_(new QChart),
      view_(new BandedChartView(chart_)),
      axisChoice_(new QComboBox),
      logChoice_(new QCheckBox(tr("Log scale"))),
      smoothingSlider_(new QSlider(Qt::Horizontal)),
      smoothingLabel_(new QLabel),
      flushTimer_(new QTimer(this)) {
  chart_->setTitle(tr("Training loss"));
  chart_->setAnimationOptions(QChart::NoAnimation);
  chart_->legend()->setAlignment(Qt::AlignRight);
  view_->setRenderHint(QPainter::Antialiasing);
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
  series_.clear();
  smoothers_.clear();
  for (QAbstractAxis* axis : chart_->axes()) {
    chart_->removeAxis(axis);
    delete axis;
  }
  auto* x = new QValueAxis;
  x->setTitleText(axis_ == LossAxis::Step ? tr("step") : tr("wall time (s)"));
  x->setLabelFormat(QStringLiteral("%g"));
  chart_->addAxis(x, Qt::AlignBottom);
  xAxis_ = x;
  yAxis_ = nullptr;
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

void LossChartPanel::flush() {
  QElapsedTimer timer;
  timer.start();
  const int columns = plotColumns();
  const double weight = smoothing();
  const bool log = logScale();
  struct Drawn {
    LearnerSeries* series;
    QVector<QPointF> raw;
    QVector<QPointF> smoothed;
  };
  std::vector<Drawn> drawn;
  double xMin = std::numeric_limits<double>::max();
  double xMax = std::numeric_limits<double>::lowest();
  double yMin = std::numeric_limits<double>::max();
  double yMax = std::numeric_limits<double>::lowest();
  for (const QString& learner : records_->learners()) {
    const QVector<QPointF>& points = records_->lossPoints(learner, axis_);
    if (points.isEmpty()) {
      continue;
    }
    Drawn entry{&seriesFor(learner), decimateMinMax(points, columns),
                decimateMinMax(smoothers_[learner].update(points, weight), columns)};
    xMin = std::min(xMin, points.front().x());
    xMax = std::max(xMax, points.back().x());
    for (const QPointF& point : entry.raw) {
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
    updateRanges(xMin, xMax, yMin, yMax);
  }
  for (Drawn& entry : drawn) {
    entry.series->raw->replace(entry.raw);
    entry.series->smoothed->replace(entry.smoothed);
  }
  lastFlushMs_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void LossChartPanel::updateRanges(double xMin, double xMax, double yMin, double yMax) {
  // x grows in nice steps (1, 2, 5 x 10^k) so a live run rescales rarely.
  auto* x = static_cast<QValueAxis*>(xAxis_);
  const double xLow = std::min(0.0, xMin);
  const double xHigh = niceCeil(std::max(xMax, xLow + 1.0));
  if (x->min() != xLow || x->max() != xHigh) {
    x->setRange(xLow, xHigh);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0.0);
    x->setTickInterval(tickStep(xHigh - xLow));
  }
  double low = 0.0;
  double high = 0.0;
  if (logScale()) {
    auto* y = static_cast<QLogValueAxis*>(yAxis_);
    const bool inside = yMin >= y->min() && yMax <= y->max();
    const bool tooLoose = y->max() / y->min() > 4.0 * (yMax / yMin);
    if (inside && !tooLoose) {
      return;
    }
    low = yMin / 1.2;
    high = yMax * 1.2;
  } else {
    auto* y = static_cast<QValueAxis*>(yAxis_);
    const double span = std::max(yMax - yMin, 1e-6);
    const bool inside = yMin >= y->min() && yMax <= y->max();
    const bool tooLoose = y->max() - y->min() > 3.0 * span;
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
  yAxis_->setRange(low, high);
  if (auto* linear = qobject_cast<QValueAxis*>(yAxis_)) {
    linear->setTickType(QValueAxis::TicksDynamic);
    linear->setTickAnchor(0.0);
    linear->setTickInterval(tickStep(high - low));
  }
}

QChartView* LossChartPanel::chartView() const { return view_; }

void LossChartPanel::setStageBoundaries(const QVector<double>& boundaries) {
  view_->setBoundaries(boundaries, axis_ == LossAxis::Step);
}

int LossChartPanel::stageBoundaryCount() const {
  return static_cast<int>(view_->boundaries().size());
}

int LossChartPanel::rawPointCount(const QString& learner) const {
  const auto found = series_.constFind(learner);
  return found == series_.constEnd() ? 0 : static_cast<int>(found->raw->count());
}

int LossChartPanel::smoothedPointCount(const QString& learner) const {
  const auto found = series_.constFind(learner);
  return found == series_.constEnd() ? 0 : static_cast<int>(found->smoothed->count());
}

void LossChartPanel::setAxis(LossAxis axis) {
  axisChoice_->setCurrentIndex(axis == LossAxis::Step ? 0 : 1);
  if (axis_ != axis) {
    axis_ = axis;
    view_->setBoundaries(view_->boundaries(), axis_ == LossAxis::Step);  // bands are in steps
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
