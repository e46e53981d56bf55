#include "ui/chart_view.h"

#include <QAction>
#include <QCategoryAxis>
#include <QChart>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QMetaMethod>
#include <QMessageBox>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/axis_ranges_dialog.h"
#include "ui/chart_export.h"
#include "ui/series_math.h"

namespace icl::ui {

namespace {

constexpr int kHoverRadiusPx = 12;   // a point this close to the cursor is "under" it
constexpr int kMinZoomPx = 5;        // a smaller rubber band is a click, not a zoom
constexpr int kMaxTicks = 7;         // readable at the charts' smallest size
constexpr double kWheelZoomIn = 0.8;
constexpr const char* kBandLow = "iclBandLow";
constexpr const char* kBandHigh = "iclBandHigh";
constexpr const char* kBandLabel = "iclBandLabel";

QString formatValue(double value) { return QString::number(value, 'g', 4); }

bool isLog(const QAbstractAxis* axis) { return qobject_cast<const QLogValueAxis*>(axis); }

/// The y of @p series at @p x (exact match), if any.
std::optional<double> yAt(const QXYSeries* series, double x, qsizetype hint) {
  if (!series) {
    return std::nullopt;
  }
  if (hint < series->count() && series->at(hint).x() == x) {
    return series->at(hint).y();
  }
  for (qsizetype i = 0; i < series->count(); ++i) {
    if (series->at(i).x() == x) {
      return series->at(i).y();
    }
  }
  return std::nullopt;
}

}  // namespace

ChartView::ChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent) {
  setRenderHint(QPainter::Antialiasing);
  // The stage bands are painted over the whole plot: a partial repaint would leave strips of
  // the previous frame (or none) where only a curve changed.
  setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
  setMouseTracking(true);
  viewport()->setMouseTracking(true);
  setRubberBand(QChartView::NoRubberBand);  // ours keeps the zoom across data updates
  rubberBand_ = new QRubberBand(QRubberBand::Rectangle, viewport());
  rubberBand_->hide();
  setToolTip(QString());
  adoptAxes();
}

ChartView::~ChartView() {
  // The detached one of the two x axes is ours to delete; the chart owns the attached one.
  const QList<QAbstractAxis*> attached = chart() ? chart()->axes() : QList<QAbstractAxis*>{};
  if (linearX_ && !attached.contains(linearX_.data())) {
    delete linearX_.data();
  }
  if (logAxisX_ && !attached.contains(logAxisX_.data())) {
    delete logAxisX_.data();
  }
}

void ChartView::registerBand(QXYSeries* mean, QXYSeries* lower, QXYSeries* upper,
                             const QString& label) {
  mean->setProperty(kBandLow, QVariant::fromValue<QObject*>(lower));
  mean->setProperty(kBandHigh, QVariant::fromValue<QObject*>(upper));
  mean->setProperty(kBandLabel, label);
}

QAbstractAxis* ChartView::axis(Qt::Orientation orientation) const {
  for (QAbstractAxis* candidate : chart()->axes(orientation)) {
    if (candidate != logLabels_.data()) {
      return candidate;
    }
  }
  return nullptr;
}

void ChartView::adoptAxes() {
  // Every range change, whoever makes it, gets nice ticks.
  for (QAbstractAxis* axis : chart()->axes()) {
    if (!adopted_.contains(axis) && axis != logLabels_.data()) {
      adopted_.append(axis);
      if (auto* log = qobject_cast<QLogValueAxis*>(axis)) {
        connect(log, &QLogValueAxis::rangeChanged, this, &ChartView::applyNiceTicks);
      } else if (auto* value = qobject_cast<QValueAxis*>(axis)) {
        connect(value, &QValueAxis::rangeChanged, this, &ChartView::applyNiceTicks);
      }
    }
  }
  adopted_.removeAll(nullptr);
}

void ChartView::setAutoRange(Qt::Orientation orientation, double min, double max) {
  if (!(max > min)) {
    max = min + 1.0;
  }
  auto_[index(orientation)] = Range{min, max};
  adoptAxes();
  applyRange(orientation);
}

std::optional<ChartView::Range> ChartView::autoRange(Qt::Orientation orientation) const {
  return auto_[index(orientation)];
}

void ChartView::setFixedRange(Qt::Orientation orientation, double min, double max) {
  if (!(max > min)) {
    return;
  }
  user_[index(orientation)] = Range{min, max};
  applyRange(orientation);
}

bool ChartView::isZoomed() const { return user_[0].has_value() || user_[1].has_value(); }

void ChartView::forgetRanges() {
  for (int i = 0; i < 2; ++i) {
    auto_[i].reset();
    user_[i].reset();
  }
}

void ChartView::resetZoom() {
  user_[0].reset();
  user_[1].reset();
  applyRange(Qt::Horizontal);
  applyRange(Qt::Vertical);
}

void ChartView::applyRange(Qt::Orientation orientation) {
  QAbstractAxis* target = axis(orientation);
  const std::optional<Range>& range =
      user_[index(orientation)] ? user_[index(orientation)] : auto_[index(orientation)];
  if (!target || !range) {
    return;
  }
  double min = range->min;
  double max = range->max;
  if (isLog(target) && !(min > 0.0)) {
    min = std::max(max * 1e-3, 1e-12);  // a log axis cannot reach 0
  }
  target->setRange(min, max);
  applyNiceTicks();
  viewport()->update();
}

ChartView::Range ChartView::currentRange(Qt::Orientation orientation) const {
  const QAbstractAxis* target = axis(orientation);
  if (const auto* value = qobject_cast<const QValueAxis*>(target)) {
    return {value->min(), value->max()};
  }
  if (const auto* log = qobject_cast<const QLogValueAxis*>(target)) {
    return {log->min(), log->max()};
  }
  return {0.0, 1.0};
}

void ChartView::setIntegerTicks(Qt::Orientation orientation, bool integer) {
  integer_[index(orientation)] = integer;
  applyNiceTicks();
}

void ChartView::applyNiceTicks() {
  updateLogLabels();
  for (const Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
    auto* value = qobject_cast<QValueAxis*>(axis(orientation));
    if (!value || !(value->max() > value->min())) {
      continue;
    }
    const bool integer = integer_[index(orientation)];
    const double step = niceTickStep(value->min(), value->max(), kMaxTicks, integer);
    const QString format = QStringLiteral("%.%1f").arg(integer ? 0 : tickDecimals(step));
    if (value->tickType() != QValueAxis::TicksDynamic || value->tickInterval() != step ||
        value->tickAnchor() != 0.0 || value->labelFormat() != format) {
      value->setTickType(QValueAxis::TicksDynamic);
      value->setTickAnchor(0.0);
      value->setTickInterval(step);
      value->setLabelFormat(format);
    }
  }
}

void ChartView::updateLogLabels() {
  auto* log = qobject_cast<QLogValueAxis*>(axis(Qt::Vertical));
  if (!log) {
    if (logLabels_) {
      chart()->removeAxis(logLabels_);
      delete logLabels_.data();
    }
    return;
  }
  if (!logLabels_) {
    logLabels_ = new QCategoryAxis;
    logLabels_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    logLabels_->setGridLineVisible(false);  // the log axis draws the grid
    chart()->addAxis(logLabels_, Qt::AlignLeft);
  }
  // The companion shows the labels and the title; the log axis only maps and draws the grid.
  if (!log->titleText().isEmpty()) {
    logLabels_->setTitleText(log->titleText());
    log->setTitleText(QString());
  }
  log->setLabelsVisible(false);
  log->setLineVisible(false);
  if (!(log->min() > 0.0) || !(log->max() > log->min())) {
    return;
  }
  const QStringList old = logLabels_->categoriesLabels();
  for (const QString& label : old) {
    logLabels_->remove(label);
  }
  logLabels_->setRange(std::log10(log->min()), std::log10(log->max()));
  logLabels_->setStartValue(std::log10(log->min()));
  for (const double tick : logTicks(log->min(), log->max())) {
    logLabels_->append(QString::number(tick, 'g', 3), std::log10(tick));
  }
}

void ChartView::setLogXAvailable(double offset, const QString& logTitle) {
  logOffset_ = offset;
  logTitle_ = logTitle;
  if (!linearX_) {
    linearX_ = axis(Qt::Horizontal);
  }
}

void ChartView::setLogX(bool log) {
  if (log == logX_ || !linearX_) {
    return;
  }
  if (!logAxisX_) {
    logAxisX_ = new QLogValueAxis;
    logAxisX_->setBase(10.0);
    logAxisX_->setLabelFormat(QStringLiteral("%g"));
    logAxisX_->setMinorTickCount(-1);
  }
  logAxisX_->setTitleText(logTitle_);
  QAbstractAxis* from = log ? static_cast<QAbstractAxis*>(linearX_.data()) : logAxisX_.data();
  QAbstractAxis* to = log ? static_cast<QAbstractAxis*>(logAxisX_.data()) : linearX_.data();
  const QList<QAbstractSeries*> series = chart()->series();
  for (QAbstractSeries* one : series) {
    one->detachAxis(from);
  }
  chart()->removeAxis(from);
  chart()->addAxis(to, Qt::AlignBottom);
  for (QAbstractSeries* one : series) {
    one->attachAxis(to);
  }
  logX_ = log;
  // A zoom in one scale means nothing in the other; the panel redraws with its new auto range.
  user_[0].reset();
  if (auto_[0]) {
    const double shift = log ? logOffset_ : -logOffset_;
    auto_[0] = Range{auto_[0]->min + shift, auto_[0]->max + shift};
  }
  applyRange(Qt::Horizontal);
  if (logXAction_) {
    logXAction_->setChecked(log);
  }
  Q_EMIT logXChanged(log);
}

void ChartView::setStageBoundaries(const QVector<double>& boundaries, bool visible) {
  boundaries_ = boundaries;
  boundariesVisible_ = visible;
  viewport()->update();
}

QPointF ChartView::chartPoint(const QPoint& viewportPos) const {
  return chart()->mapFromScene(mapToScene(viewportPos));
}

double ChartView::valueAt(Qt::Orientation orientation, double position) const {
  const QRectF plot = chart()->plotArea();
  const Range range = currentRange(orientation);
  const double fraction = orientation == Qt::Horizontal
                              ? (position - plot.left()) / std::max(plot.width(), 1.0)
                              : (plot.bottom() - position) / std::max(plot.height(), 1.0);
  if (isLog(axis(orientation)) && range.min > 0.0) {
    return std::exp(std::log(range.min) + fraction * (std::log(range.max) - std::log(range.min)));
  }
  return range.min + fraction * (range.max - range.min);
}

double ChartView::positionOf(Qt::Orientation orientation, double value) const {
  const QRectF plot = chart()->plotArea();
  const Range range = currentRange(orientation);
  double fraction = 0.0;
  if (isLog(axis(orientation)) && range.min > 0.0 && value > 0.0) {
    fraction = (std::log(value) - std::log(range.min)) / (std::log(range.max) - std::log(range.min));
  } else {
    fraction = (value - range.min) / (range.max - range.min);
  }
  return orientation == Qt::Horizontal ? plot.left() + fraction * plot.width()
                                       : plot.bottom() - fraction * plot.height();
}

void ChartView::zoomToRect(const QRect& viewportRect) {
  const QRectF plot = chart()->plotArea();
  const QPointF a = chartPoint(viewportRect.topLeft());
  const QPointF b = chartPoint(viewportRect.bottomRight());
  const QRectF chosen = QRectF(a, b).normalized().intersected(plot);
  if (chosen.width() < 1.0 || chosen.height() < 1.0) {
    return;
  }
  user_[0] = Range{valueAt(Qt::Horizontal, chosen.left()), valueAt(Qt::Horizontal, chosen.right())};
  user_[1] = Range{valueAt(Qt::Vertical, chosen.bottom()), valueAt(Qt::Vertical, chosen.top())};
  applyRange(Qt::Horizontal);
  applyRange(Qt::Vertical);
}

void ChartView::zoomAt(const QPoint& pos, double factor) {
  const QPointF at = chartPoint(pos);
  for (const Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
    const Range range = currentRange(orientation);
    const double position = orientation == Qt::Horizontal ? at.x() : at.y();
    if (isLog(axis(orientation))) {
      const double centre = std::log(valueAt(orientation, position));
      user_[index(orientation)] =
          Range{std::exp(centre + (std::log(range.min) - centre) * factor),
                std::exp(centre + (std::log(range.max) - centre) * factor)};
    } else {
      const double centre = valueAt(orientation, position);
      user_[index(orientation)] = Range{centre + (range.min - centre) * factor,
                                        centre + (range.max - centre) * factor};
    }
    applyRange(orientation);
  }
}

QString ChartView::hoverTextAt(const QPoint& pos) const {
  const QPointF at = chartPoint(pos);
  if (!chart()->plotArea().adjusted(-kHoverRadiusPx, -kHoverRadiusPx, kHoverRadiusPx,
                                    kHoverRadiusPx)
           .contains(at)) {
    return {};
  }
  const QXYSeries* nearest = nullptr;
  qsizetype nearestIndex = -1;
  double nearestDistance = kHoverRadiusPx;
  for (QAbstractSeries* series : chart()->series()) {
    const auto* xy = qobject_cast<const QXYSeries*>(series);
    if (!xy || !xy->isVisible() || xy->name().isEmpty()) {
      continue;
    }
    for (qsizetype i = 0; i < xy->count(); ++i) {
      const QPointF point = xy->at(i);
      const double distance =
          std::hypot(positionOf(Qt::Horizontal, point.x()) - at.x(),
                     positionOf(Qt::Vertical, point.y()) - at.y());
      if (distance <= nearestDistance) {
        nearestDistance = distance;
        nearest = xy;
        nearestIndex = i;
      }
    }
  }
  if (!nearest) {
    return {};
  }
  const QPointF point = nearest->at(nearestIndex);
  const double x = logX_ ? point.x() - logOffset_ : point.x();
  QString text = tr("%1\nx = %2, y = %3").arg(nearest->name(), formatValue(x), formatValue(point.y()));
  const auto* low = qobject_cast<const QXYSeries*>(nearest->property(kBandLow).value<QObject*>());
  const auto* high = qobject_cast<const QXYSeries*>(nearest->property(kBandHigh).value<QObject*>());
  const auto lowY = yAt(low, point.x(), nearestIndex);
  const auto highY = yAt(high, point.x(), nearestIndex);
  if (lowY && highY) {
    text += tr("\n%1: %2 – %3")
                .arg(nearest->property(kBandLabel).toString(), formatValue(*lowY),
                     formatValue(*highY));
  }
  return text;
}

void ChartView::mousePressEvent(QMouseEvent* event) {
  const bool pan = event->button() == Qt::MiddleButton ||
                   (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier);
  if (pan || event->button() == Qt::LeftButton) {
    drag_ = pan ? Drag::Pan : Drag::Zoom;
    dragStart_ = event->position().toPoint();
    lastDrag_ = dragStart_;
    if (drag_ == Drag::Zoom) {
      rubberBand_->setGeometry(QRect(dragStart_, QSize()));
      rubberBand_->show();
    } else {
      viewport()->setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
    return;
  }
  QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent* event) {
  const QPoint pos = event->position().toPoint();
  if (drag_ == Drag::Zoom) {
    rubberBand_->setGeometry(QRect(dragStart_, pos).normalized());
  } else if (drag_ == Drag::Pan) {
    const QPointF from = chartPoint(lastDrag_);
    const QPointF to = chartPoint(pos);
    for (const Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
      const Range range = currentRange(orientation);
      const double a = orientation == Qt::Horizontal ? from.x() : from.y();
      const double b = orientation == Qt::Horizontal ? to.x() : to.y();
      if (isLog(axis(orientation))) {
        const double ratio = valueAt(orientation, a) / valueAt(orientation, b);
        user_[index(orientation)] = Range{range.min * ratio, range.max * ratio};
      } else {
        const double shift = valueAt(orientation, a) - valueAt(orientation, b);
        user_[index(orientation)] = Range{range.min + shift, range.max + shift};
      }
      applyRange(orientation);
    }
    lastDrag_ = pos;
  } else {
    hoverText_ = hoverTextAt(pos);
    if (hoverText_.isEmpty()) {
      QToolTip::hideText();
    } else {
      QToolTip::showText(event->globalPosition().toPoint(), hoverText_, viewport());
    }
  }
  QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event) {
  if (drag_ == Drag::None) {
    QChartView::mouseReleaseEvent(event);
    return;
  }
  const QRect band = QRect(dragStart_, event->position().toPoint()).normalized();
  if (drag_ == Drag::Zoom && band.width() >= kMinZoomPx && band.height() >= kMinZoomPx) {
    zoomToRect(band);
  }
  drag_ = Drag::None;
  rubberBand_->hide();
  viewport()->unsetCursor();
  event->accept();
}

void ChartView::mouseDoubleClickEvent(QMouseEvent* event) {
  resetZoom();
  event->accept();
}

void ChartView::wheelEvent(QWheelEvent* event) {
  if (!(event->modifiers() & Qt::ControlModifier) || event->angleDelta().y() == 0) {
    QChartView::wheelEvent(event);
    return;
  }
  zoomAt(event->position().toPoint(),
         event->angleDelta().y() > 0 ? kWheelZoomIn : 1.0 / kWheelZoomIn);
  event->accept();
}

QMenu* ChartView::contextMenu() {
  if (menu_) {
    return menu_;
  }
  menu_ = new QMenu(this);
  QAction* reset = menu_->addAction(tr("Reset zoom"), this, &ChartView::resetZoom);
  reset->setObjectName(QStringLiteral("resetZoom"));
  reset->setToolTip(tr("Back to the automatic ranges (or double-click the chart)"));
  QAction* fixed = menu_->addAction(tr("Fixed axis ranges…"), this, &ChartView::showFixedRangesDialog);
  fixed->setObjectName(QStringLiteral("fixedRanges"));
  if (linearX_) {
    logXAction_ = menu_->addAction(tr("Log x"));
    logXAction_->setObjectName(QStringLiteral("logX"));
    logXAction_->setCheckable(true);
    logXAction_->setChecked(logX_);
    connect(logXAction_, &QAction::toggled, this, &ChartView::setLogX);
  }
  menu_->addSeparator();
  QAction* exportAction = menu_->addAction(tr("Export…"), this, [this] {
    if (isSignalConnected(QMetaMethod::fromSignal(&ChartView::exportRequested))) {
      Q_EMIT exportRequested(this);
    } else {
      exportWithDialog();
    }
  });
  exportAction->setObjectName(QStringLiteral("export"));
  return menu_;
}

void ChartView::contextMenuEvent(QContextMenuEvent* event) {
  contextMenu()->exec(event->globalPos());
  event->accept();
}

void ChartView::leaveEvent(QEvent* event) {
  hoverText_.clear();
  QChartView::leaveEvent(event);
}

void ChartView::showFixedRangesDialog() {
  AxisRangesDialog dialog(this);
  const Range x = currentRange(Qt::Horizontal);
  const Range y = currentRange(Qt::Vertical);
  dialog.setRanges(logX_ ? x.min - logOffset_ : x.min, logX_ ? x.max - logOffset_ : x.max, y.min,
                   y.max);
  dialog.setLogAxes(logX_, isLog(axis(Qt::Vertical)));
  if (dialog.exec() != QDialog::Accepted) {
    return;
  }
  const double shift = logX_ ? logOffset_ : 0.0;
  setFixedRange(Qt::Horizontal, dialog.xMin() + shift, dialog.xMax() + shift);
  setFixedRange(Qt::Vertical, dialog.yMin(), dialog.yMax());
}

void ChartView::exportWithDialog() {
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export Chart"), QStringLiteral("chart.png"),
      tr("PNG image (*.png);;SVG drawing (*.svg)"));
  if (path.isEmpty()) {
    return;
  }
  const QString error = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                            ? exportChartSvg(this, path, {exportCaption_, 1.0})
                            : exportChartPng(this, path, {exportCaption_, 2.0});
  if (!error.isEmpty()) {
    QMessageBox::warning(this, tr("Export Chart"), error);
  }
}

void ChartView::drawForeground(QPainter* painter, const QRectF& rect) {
  QChartView::drawForeground(painter, rect);
  if (!boundariesVisible_ || boundaries_.isEmpty() || !axis(Qt::Horizontal)) {
    return;
  }
  // Positions come from the plot area of this very frame, in unrounded scene coordinates, so
  // the bands meet the curves' edges without gaps.
  const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
  const double offset = plot.left() - chart()->plotArea().left();
  painter->save();
  painter->setClipRect(plot);
  double previous = plot.left();
  for (int i = 0; i <= boundaries_.size(); ++i) {
    const double x =
        i < boundaries_.size() ? positionOf(Qt::Horizontal, boundaries_[i]) + offset : plot.right();
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

}  // namespace icl::ui
