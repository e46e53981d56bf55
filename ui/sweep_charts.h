#pragma once
// The two charts of the Sweep tab (issue #12), drawn from one group of a core::SweepSummary:
// per learner the mean over seeds as a line over its 95 % t-band across seeds, and each seed's
// own curve thin and faint beneath. (a) training loss against step; (b) the final evaluation
// against shots for one test family and measure (accuracy, or squared error by position).
//
// A running sweep is redrawn every second: when the learners and seeds are the same as drawn,
// the series keep their objects and only get new points (one replace each), which costs a
// fraction of building the ~40 series of a 5-seed chart again.

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
  std::vector<uint64_t> seedIds;  // the seed of each entry of seeds
};

/// @brief Shows the loss curves of @p group in @p view, reusing @p curves (what the view shows
/// now) when the learners and seeds match, else replacing every series. The band bounds are
/// parented to @p owner (an area series does not own them) and deleted with their curve.
/// @param maxPoints decimation: at most about this many steps are drawn (every k-th step and
/// the last, so each drawn value is exact)
void drawSweepLoss(ChartView* view, const icl::core::SweepGroup& group, QObject* owner,
                   int maxPoints, std::vector<SweepCurve>& curves);

/// @brief Shows @p metric of @p family against shots from the group's final evaluations, one
/// curve per learner in the loss chart's learner order; reuses @p curves like drawSweepLoss.
void drawSweepResults(ChartView* view, const icl::core::SweepGroup& group, const QString& family,
                      const QString& metric, QObject* owner, std::vector<SweepCurve>& curves);

}  // namespace icl::ui
