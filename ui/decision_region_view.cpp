#include "ui/decision_region_view.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

#include "ui/decision_picture.h"

namespace icl::ui {

namespace {

constexpr double kGrabRadius = 9.0;    // px: how close a press must be to pick a point
constexpr double kPointRadius = 5.5;   // px
constexpr int kTitleHeight = 20;       // px above the plot
constexpr int kAxisMargin = 26;        // px left of and below the plot, for tick labels

}  // namespace

DecisionRegionView::DecisionRegionView(const QString& title, QWidget* parent)
    : QWidget(parent), title_(title) {
  setMouseTracking(true);
  setFocusPolicy(Qt::ClickFocus);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void DecisionRegionView::setTitle(const QString& title) {
  title_ = title;
  update();
}

void DecisionRegionView::setRegions(const icl::core::PanelGrid& panel,
                                    const icl::core::GridSpec& grid) {
  if (!panel.available) {
    setMessage(QString::fromStdString(panel.message));
    return;
  }
  message_.clear();
  rows_ = grid.rows;
  columns_ = grid.columns;
  classZero_ = panel.classZero;
  image_ = probabilityImage(classZero_, rows_, columns_);
  contour_ = contourSegments(classZero_, rows_, columns_);
  update();
}

void DecisionRegionView::setMessage(const QString& message) {
  message_ = message;
  image_ = QImage();
  contour_.clear();
  classZero_.clear();
  update();
}

void DecisionRegionView::setSupport(const icl::core::SupportSet& support, int selected,
                                    int used) {
  support_ = support;
  selected_ = selected;
  used_ = used;
  update();
}

void DecisionRegionView::setRange(double range) {
  range_ = range;
  update();
}

QRectF DecisionRegionView::plotRect(const QSize& size) const {
  const double side = std::max(
      10.0, std::min(size.width() - kAxisMargin - 6.0, size.height() - kTitleHeight - kAxisMargin - 2.0));
  const double left = kAxisMargin + (size.width() - kAxisMargin - 6.0 - side) / 2.0;
  return {left, static_cast<double>(kTitleHeight), side, side};
}

QPointF DecisionRegionView::toWidget(double x, double y) const {
  const QRectF plot = plotRect(size());
  return {plot.left() + (x + range_) / (2.0 * range_) * plot.width(),
          plot.top() + (range_ - y) / (2.0 * range_) * plot.height()};
}

QPointF DecisionRegionView::toPlane(const QPointF& position) const {
  const QRectF plot = plotRect(size());
  return {-range_ + (position.x() - plot.left()) / plot.width() * 2.0 * range_,
          range_ - (position.y() - plot.top()) / plot.height() * 2.0 * range_};
}

void DecisionRegionView::render(QPainter& painter, const QSize& size) const {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  painter.fillRect(QRect(QPoint(0, 0), size), palette().window());
  const QRectF plot = plotRect(size);
  QFont titleFont = font();
  titleFont.setBold(true);
  painter.setFont(titleFont);
  painter.setPen(palette().windowText().color());
  painter.drawText(QRectF(0, 0, size.width(), kTitleHeight), Qt::AlignCenter, title_);
  painter.setFont(font());

  if (!image_.isNull()) {
    painter.drawImage(plot, image_);
    painter.save();
    painter.setClipRect(plot);
    painter.translate(plot.topLeft());
    painter.scale(plot.width() / static_cast<double>(columns_),
                  plot.height() / static_cast<double>(rows_));
    QPen contourPen(QColor(40, 40, 40));
    contourPen.setCosmetic(true);  // 1.5 px whatever the scale
    contourPen.setWidthF(1.5);
    painter.setPen(contourPen);
    painter.drawLines(contour_);
    painter.restore();
  } else {
    painter.fillRect(plot, QColor(235, 235, 235));
  }
  // Axes: the frame, ticks at whole numbers (every 2 beyond a range of 6) and the origin lines.
  painter.setPen(QPen(QColor(90, 90, 90), 1.0));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(plot);
  const int step = range_ > 6.0 ? 2 : 1;
  const auto planeToPlot = [&](double x, double y) {
    return QPointF(plot.left() + (x + range_) / (2.0 * range_) * plot.width(),
                   plot.top() + (range_ - y) / (2.0 * range_) * plot.height());
  };
  QFont small = font();
  small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
  painter.setFont(small);
  for (int tick = -static_cast<int>(std::floor(range_)); tick <= static_cast<int>(std::floor(range_));
       ++tick) {
    if (tick % step != 0) {
      continue;
    }
    const QPointF bottom = planeToPlot(tick, -range_);
    const QPointF left = planeToPlot(-range_, tick);
    painter.drawLine(bottom, bottom + QPointF(0, 4));
    painter.drawLine(left, left - QPointF(4, 0));
    painter.drawText(QRectF(bottom.x() - 15, bottom.y() + 4, 30, 14), Qt::AlignCenter,
                     QString::number(tick));
    painter.drawText(QRectF(left.x() - kAxisMargin, left.y() - 7, kAxisMargin - 6, 14),
                     Qt::AlignRight | Qt::AlignVCenter, QString::number(tick));
  }
  painter.setPen(QPen(QColor(90, 90, 90, 90), 1.0, Qt::DotLine));
  painter.drawLine(planeToPlot(-range_, 0), planeToPlot(range_, 0));
  painter.drawLine(planeToPlot(0, -range_), planeToPlot(0, range_));

  // The support, numbered in its order; points beyond "the first k" are hollow.
  painter.setClipRect(plot.adjusted(-kPointRadius, -kPointRadius, kPointRadius, kPointRadius));
  for (std::size_t i = 0; i < support_.points.size(); ++i) {
    const QPointF at = planeToPlot(support_.points[i][0], support_.points[i][1]);
    const bool used = static_cast<int>(i) < used_;
    const QColor colour = classColour(support_.labels[i]);
    const bool selected = static_cast<int>(i) == selected_;
    painter.setPen(QPen(selected ? Qt::red : Qt::black, selected ? 2.5 : 1.0));
    painter.setBrush(used ? QBrush(colour) : QBrush(Qt::NoBrush));
    if (support_.labels[i] == 0) {
      painter.drawEllipse(at, kPointRadius, kPointRadius);
    } else {  // a square: the classes differ in shape, not only in colour
      painter.drawRect(QRectF(at.x() - kPointRadius, at.y() - kPointRadius, 2 * kPointRadius,
                              2 * kPointRadius));
    }
    painter.setPen(Qt::black);
    painter.drawText(at + QPointF(kPointRadius + 1, -kPointRadius), QString::number(i + 1));
  }
  if (image_.isNull() && !message_.isEmpty()) {  // on top of the points, so it stays readable
    painter.setClipping(false);
    const QRectF box = plot.adjusted(10, plot.height() / 3.0, -10, -plot.height() / 3.0);
    painter.setPen(QColor(160, 160, 160));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(palette().windowText().color());
    painter.drawText(box.adjusted(6, 4, -6, -4), Qt::AlignCenter | Qt::TextWordWrap, message_);
  }
  painter.restore();
}

void DecisionRegionView::paintEvent(QPaintEvent* /*event*/) {
  QPainter painter(this);
  render(painter, size());
}

int DecisionRegionView::pointAt(const QPointF& position) const {
  int best = -1;
  double bestDistance = kGrabRadius;
  for (std::size_t i = 0; i < support_.points.size(); ++i) {
    const QPointF at = toWidget(support_.points[i][0], support_.points[i][1]);
    const double distance = std::hypot(at.x() - position.x(), at.y() - position.y());
    if (distance <= bestDistance) {
      best = static_cast<int>(i);
      bestDistance = distance;
    }
  }
  return best;
}

void DecisionRegionView::mousePressEvent(QMouseEvent* event) {
  const QPointF position = event->position();
  const int hit = pointAt(position);
  removedByPress_ = false;
  if (event->button() == Qt::RightButton) {
    if (hit >= 0) {
      removedByPress_ = true;  // the context menu event that may follow is not a request
      Q_EMIT removeRequested(hit);
      event->accept();
      return;
    }
    QWidget::mousePressEvent(event);  // empty plane: the context menu
    return;
  }
  if (event->button() != Qt::LeftButton) {
    return;
  }
  if (hit >= 0) {
    dragging_ = hit;
    Q_EMIT pointPressed(hit);
  } else if (plotRect(size()).contains(position)) {
    const QPointF plane = toPlane(position);
    Q_EMIT addRequested(plane.x(), plane.y());
  }
}

void DecisionRegionView::mouseMoveEvent(QMouseEvent* event) {
  const QRectF plot = plotRect(size());
  const QPointF position(std::clamp(event->position().x(), plot.left(), plot.right()),
                         std::clamp(event->position().y(), plot.top(), plot.bottom()));
  const QPointF plane = toPlane(position);
  if (dragging_ >= 0 && (event->buttons() & Qt::LeftButton)) {
    Q_EMIT moveRequested(dragging_, plane.x(), plane.y());
  }
  if (plot.contains(event->position())) {
    Q_EMIT cursorMoved(plane.x(), plane.y());
  } else {
    Q_EMIT cursorLeft();
  }
}

void DecisionRegionView::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton && dragging_ >= 0) {
    dragging_ = -1;
    Q_EMIT dragFinished();
  }
}

void DecisionRegionView::leaveEvent(QEvent* /*event*/) { Q_EMIT cursorLeft(); }

void DecisionRegionView::contextMenuEvent(QContextMenuEvent* event) {
  if (removedByPress_ || pointAt(event->pos()) >= 0) {
    removedByPress_ = false;
    return;  // the right press removed a point
  }
  QMenu menu(this);
  menu.addAction(tr("Export this panel…"), this, &DecisionRegionView::exportRequested);
  menu.exec(event->globalPos());
}

}  // namespace icl::ui
