#include "ui/series_math.h"

#include <algorithm>
#include <cmath>

namespace icl::ui {

QVector<QPointF> smoothEma(const QVector<QPointF>& points, double weight) {
  if (weight <= 0.0 || points.isEmpty()) {
    return points;
  }
  weight = std::min(weight, 0.999);
  QVector<QPointF> smoothed;
  smoothed.reserve(points.size());
  double running = 0.0;
  double debiasPower = 1.0;
  for (const QPointF& point : points) {
    running = running * weight + (1.0 - weight) * point.y();
    debiasPower *= weight;
    smoothed.append(QPointF(point.x(), running / (1.0 - debiasPower)));
  }
  return smoothed;
}

const QVector<QPointF>& EmaSmoother::update(const QVector<QPointF>& points, double weight) {
  weight = std::clamp(weight, 0.0, 0.999);
  if (weight != weight_ || points.size() < smoothed_.size()) {
    smoothed_.clear();
    weight_ = weight;
    running_ = 0.0;
    debiasPower_ = 1.0;
  }
  smoothed_.reserve(points.size());
  for (qsizetype i = smoothed_.size(); i < points.size(); ++i) {
    running_ = running_ * weight_ + (1.0 - weight_) * points[i].y();
    debiasPower_ *= weight_;
    smoothed_.append(QPointF(points[i].x(), running_ / (1.0 - debiasPower_)));
  }
  return smoothed_;
}

double niceCeil(double value) {
  if (!(value > 0.0)) {
    return 1.0;
  }
  const double power = std::pow(10.0, std::floor(std::log10(value)));
  for (const double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
    if (step * power >= value * (1.0 - 1e-12)) {
      return step * power;
    }
  }
  return 10.0 * power;
}

QVector<QPointF> decimateMinMax(const QVector<QPointF>& points, int columns) {
  columns = std::max(columns, 1);
  if (points.size() <= 2 * columns + 2) {
    return points;
  }
  const double xMin = points.front().x();
  const double xMax = points.back().x();
  const double width = (xMax - xMin) / columns;
  if (!(width > 0.0)) {
    return {points.front(), points.back()};
  }
  QVector<QPointF> kept;
  kept.reserve(2 * columns + 2);
  kept.append(points.front());
  int begin = 1;
  const int end = points.size() - 1;  // the last point is appended at the end
  // Points are grouped by the column index computed from their x (monotonic in x), so each
  // column yields at most two points and every pass consumes at least one point.
  const auto columnOf = [&](const QPointF& point) {
    return std::min(columns - 1, static_cast<int>((point.x() - xMin) / width));
  };
  while (begin < end) {
    const int column = columnOf(points[begin]);
    int lowest = begin;
    int highest = begin;
    int i = begin;
    for (; i < end && columnOf(points[i]) == column; ++i) {
      if (points[i].y() < points[lowest].y()) {
        lowest = i;
      }
      if (points[i].y() > points[highest].y()) {
        highest = i;
      }
    }
    kept.append(points[std::min(lowest, highest)]);
    if (lowest != highest) {
      kept.append(points[std::max(lowest, highest)]);
    }
    begin = i;
  }
  kept.append(points.back());
  return kept;
}

}  // namespace icl::ui
