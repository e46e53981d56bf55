#include "ui/loss_curve_cache.h"

namespace icl::ui {

LossCurves LossCurveCache::update(const QVector<QPointF>& points, double weight,
                                  const DecimationGrid& grid) {
  LossCurves curves;
  curves.rawChanged = !started_ || points.size() != count_ || grid != grid_;
  curves.smoothedChanged = curves.rawChanged || weight != weight_;
  if (started_ && weight != weight_) {
    smoothed_.reset();  // the smoother starts over too: every smoothed point moves
  }
  curves.raw = raw_.update(points, grid);
  curves.smoothed = smoothed_.update(smoother_.update(points, weight), grid);
  started_ = true;
  count_ = points.size();
  weight_ = weight;
  grid_ = grid;
  return curves;
}

}  // namespace icl::ui
