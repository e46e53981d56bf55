#pragma once
// One learner's curves on the loss chart, kept between flushes (#13 item 6): the smoothed
// series and both decimations are extended by the points that arrived since the last flush,
// and start over only when the smoothing or the decimation grid (plot width, x range) changes.

#include <QPointF>
#include <QVector>

#include "ui/min_max_decimation.h"
#include "ui/series_math.h"

namespace icl::ui {

/// What the chart draws for one learner.
struct LossCurves {
  QVector<QPointF> raw;       ///< decimateMinMax(points, grid)
  QVector<QPointF> smoothed;  ///< decimateMinMax(smoothEma(points, weight), grid)
  bool rawChanged = true;     ///< false when raw equals the previous update's (skip the redraw)
  bool smoothedChanged = true;
};

class LossCurveCache {
 public:
  /// @brief The decimated raw and smoothed curves of @p points, a series that only grows (a new
  /// run needs a new cache). Equal to the full recomputation named in LossCurves, bit for bit.
  /// @param weight smoothing in [0, 1)
  LossCurves update(const QVector<QPointF>& points, double weight, const DecimationGrid& grid);

 private:
  EmaSmoother smoother_;
  MinMaxDecimator raw_;
  MinMaxDecimator smoothed_;
  bool started_ = false;
  qsizetype count_ = 0;
  double weight_ = 0.0;
  DecimationGrid grid_;
};

}  // namespace icl::ui
