#pragma once
// Min/max decimation of a curve to about two points per pixel column, computed from scratch
// (decimateMinMax) or extended as a live series grows (MinMaxDecimator, #13 item 6): a loss
// chart flush then costs the new points, not the 100k already drawn.

#include <QPointF>
#include <QVector>
#include <algorithm>

namespace icl::ui {

/// @brief Equal-width x bins: bin k holds origin + k * width <= x < origin + (k + 1) * width;
/// x before the first bin falls in bin 0 and x past the last in bin columns - 1.
struct DecimationGrid {
  double origin = 0.0;
  double width = 1.0;  ///< > 0; the grid keeps nothing but the ends otherwise
  int columns = 1;     ///< >= 1

  /// @brief The bin of @p x (NaN falls in bin 0). Inline: decimation calls it for every point.
  int columnOf(double x) const {
    const double bin = (x - origin) / width;
    if (!(bin >= 1.0)) {  // also NaN; truncation is the floor from here on
      return 0;
    }
    return bin >= columns - 1 ? std::max(columns - 1, 0) : static_cast<int>(bin);
  }
  bool operator==(const DecimationGrid& other) const {
    return origin == other.origin && width == other.width && columns == other.columns;
  }
  bool operator!=(const DecimationGrid& other) const { return !(*this == other); }
};

/// @brief Keeps the first and last point and, for each run of consecutive points in the same
/// bin of @p grid, its lowest and highest point (in index order), so at most 2 points per bin
/// plus the ends survive and spikes stay visible. Input in x order; returned unchanged when it
/// has at most 2 * columns + 2 points.
QVector<QPointF> decimateMinMax(const QVector<QPointF>& points, const DecimationGrid& grid);

/// @brief The same with @p columns bins spanning the points' own x range (first to last x).
QVector<QPointF> decimateMinMax(const QVector<QPointF>& points, int columns);

/// @brief decimateMinMax(points, grid) of a series that only grows: each update scans the points
/// added since the last one and the last run of points, whose bin may still fill up; the
/// result equals the full recomputation exactly. A new grid, a shorter series (a new run) or
/// another first point starts over; reset() too (the caller changed the points in place).
class MinMaxDecimator {
 public:
  QVector<QPointF> update(const QVector<QPointF>& points, const DecimationGrid& grid);
  void reset();
  /// Points scanned by the last update (tests and the bench check that it stays small).
  qsizetype lastScanned() const { return lastScanned_; }

 private:
  /// A run of consecutive points in one bin: where it starts and its lowest and highest point.
  struct Run {
    qsizetype begin = 0;
    qsizetype lowest = 0;
    qsizetype highest = 0;
  };
  /// Scans points [from, end) into runs, appending each completed run's points to kept_.
  void scan(const QVector<QPointF>& points, qsizetype from, qsizetype end);
  static void appendRun(QVector<QPointF>& out, const QVector<QPointF>& points, const Run& run);

  DecimationGrid grid_;
  bool started_ = false;
  QPointF first_;
  qsizetype seen_ = 0;     // points of the series at the last update
  Run open_;               // the last run of points [1, seen_ - 1): its bin may still fill up
  bool hasOpen_ = false;
  QVector<QPointF> kept_;  // the first point and the points of every completed run
  qsizetype lastScanned_ = 0;
};

}  // namespace icl::ui
