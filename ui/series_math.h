#pragma once
// Turning full-resolution curves into what a chart draws: TensorBoard-style smoothing and
// min/max decimation to about two points per pixel column (style guide §3).

#include <QPointF>
#include <QVector>

namespace icl::ui {

/// @brief Debiased exponential moving average, as TensorBoard's smoothing slider: the running
/// value starts at 0 and is divided by (1 - weight^k), so early points are not pulled to 0.
/// @param weight in [0, 1); 0 returns the input
QVector<QPointF> smoothEma(const QVector<QPointF>& points, double weight);

/// @brief Keeps the first, minimum, maximum and last point (in x order) of each of @p columns
/// equal-width x bins, so at most 2 points per column plus the ends survive and spikes stay
/// visible. Input sorted by x; returned unchanged when already small enough.
QVector<QPointF> decimateMinMax(const QVector<QPointF>& points, int columns);

}  // namespace icl::ui
