#pragma once
// Turning full-resolution curves into what a chart draws: TensorBoard-style smoothing, nice
// axis steps and (in min_max_decimation.h) min/max decimation to two points per pixel column.

#include <QPointF>
#include <QVector>

#include "ui/min_max_decimation.h"

namespace icl::ui {

/// @brief Debiased exponential moving average, as TensorBoard's smoothing slider: the running
/// value starts at 0 and is divided by (1 - weight^k), so early points are not pulled to 0.
/// @param weight in [0, 1); 0 returns the input
QVector<QPointF> smoothEma(const QVector<QPointF>& points, double weight);

/// The same smoothing, extended point by point as a live series grows, so a flush costs only
/// the new points.
class EmaSmoother {
 public:
  /// @brief Smooths the points of @p points not yet seen; restarts when @p weight changes or
  /// @p points is shorter than what was seen (a new run).
  const QVector<QPointF>& update(const QVector<QPointF>& points, double weight);

 private:
  QVector<QPointF> smoothed_;
  double weight_ = -1.0;
  double running_ = 0.0;
  double debiasPower_ = 1.0;
};

/// @brief The smallest "nice" number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten)
/// at or above @p value > 0, so axis ranges change in steps rather than at every flush.
double niceCeil(double value);

/// @brief The tick interval of a nice axis: the smallest 1, 2, 2.5 or 5 x 10^k that puts at
/// most @p maxCount ticks on [@p min, @p max]; with @p integer only whole numbers (no 0.5, 2.5).
double niceTickStep(double min, double max, int maxCount, bool integer = false);

/// @brief The ticks themselves: every multiple of niceTickStep() inside [@p min, @p max].
QVector<double> niceTicks(double min, double max, int maxCount, bool integer = false);

/// @brief Decimals that print every multiple of @p step exactly (0.2 -> 1, 0.25 -> 2, 5 -> 0).
int tickDecimals(double step);

/// @brief Values to label on a log axis over [@p min, @p max] (both > 0): every decade, and 2
/// and 5 times each decade where there are fewer than three decades.
QVector<double> logTicks(double min, double max);

}  // namespace icl::ui
