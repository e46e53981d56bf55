#pragma once
// The two charts of the Sweep tab (issue #12), drawn from one group of a core::SweepSummary:
// per learner the mean over seeds as a line over its 95 % t-band across seeds, and each seed's
// own curve thin and faint beneath. (a) training loss against step; (b) the final evaluation
// against shots for one test family and measure (accuracy, or squared error by position).

#include <QList>
#include <QString>
#include <vector>

#include "core/sweep/sweep_summary.h"
#include "ui/band_curve.h"

class QLineSeries;
class QObject;

namespace icl::ui {

class ChartView;

/// One learner in a sweep chart: its mean and band, and one faint series per seed.
struct SweepCurve {
  QString learner;
  BandCurve band;
  QList<QLineSeries*> seeds;
};

/// @brief Replaces the series of @p view's chart with the loss curves of @p group. The band
/// bounds are parented to @p owner (an area series does not own them).
/// @param maxPoints decimation: at most this many steps are drawn (every k-th step, so each
/// drawn value is exact)
std::vector<SweepCurve> drawSweepLoss(ChartView* view, const icl::core::SweepGroup& group,
                                      QObject* owner, int maxPoints);

/// @brief Replaces the series of @p view's chart with @p metric of @p family against shots,
/// one curve per learner, from the group's final evaluations.
std::vector<SweepCurve> drawSweepResults(ChartView* view, const icl::core::SweepGroup& group,
                                         const QString& family, const QString& metric,
                                         QObject* owner);

}  // namespace icl::ui
