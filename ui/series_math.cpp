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
  if (smoothed_.isEmpty()) {
    // Only when starting: an exact reserve at every update would copy the whole series each
    // flush, where append grows the storage geometrically.
    smoothed_.reserve(points.size());
  }
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

double niceTickStep(double min, double max, int maxCount, bool integer) {
  maxCount = std::max(maxCount, 2);
  const double span = max - min;
  if (!(span > 0.0) || !std::isfinite(span)) {
    return 1.0;
  }
  // Start one decade below the span's share per tick and take the first step that fits.
  double power = std::pow(10.0, std::floor(std::log10(span / maxCount)) - 1.0);
  for (int decade = 0; decade < 4; ++decade, power *= 10.0) {
    for (const double mantissa : {1.0, 2.0, 2.5, 5.0}) {
      const double step = mantissa * power;
      if (integer && (step < 1.0 || std::fmod(step, 1.0) != 0.0)) {
        continue;
      }
      const double first = std::ceil(min / step - 1e-9);
      const double last = std::floor(max / step + 1e-9);
      if (last - first + 1.0 <= maxCount) {
        return step;
      }
    }
  }
  return 10.0 * power;
}

QVector<double> niceTicks(double min, double max, int maxCount, bool integer) {
  const double step = niceTickStep(min, max, maxCount, integer);
  QVector<double> ticks;
  const double first = std::ceil(min / step - 1e-9);
  const double last = std::floor(max / step + 1e-9);
  for (double k = first; k <= last && ticks.size() <= maxCount; k += 1.0) {
    const double tick = k * step;
    ticks.append(std::abs(tick) < step * 1e-9 ? 0.0 : tick);  // no "-0"
  }
  return ticks;
}

int tickDecimals(double step) {
  for (int decimals = 0; decimals < 12; ++decimals) {
    const double scaled = step * std::pow(10.0, decimals);
    if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) {
      return decimals;
    }
  }
  return 12;
}

QVector<double> logTicks(double min, double max) {
  QVector<double> ticks;
  if (!(min > 0.0) || !(max > min)) {
    return ticks;
  }
  const int firstDecade = static_cast<int>(std::floor(std::log10(min)));
  const int lastDecade = static_cast<int>(std::floor(std::log10(max)));
  const bool few = lastDecade - firstDecade < 3;
  for (int decade = firstDecade; decade <= lastDecade; ++decade) {
    const double power = std::pow(10.0, decade);
    for (const double mantissa : {1.0, 2.0, 5.0}) {
      const double tick = mantissa * power;
      if ((mantissa == 1.0 || few) && tick >= min * (1.0 - 1e-9) && tick <= max * (1.0 + 1e-9)) {
        ticks.append(tick);
      }
    }
  }
  return ticks;
}

}  // namespace icl::ui
