#include "ui/min_max_decimation.h"

#include <algorithm>
#include <cmath>

namespace icl::ui {

namespace {

/// Exactly the same point, NaN included: a changed first point means another series.
bool samePoint(const QPointF& a, const QPointF& b) {
  const auto same = [](double u, double v) { return u == v || (std::isnan(u) && std::isnan(v)); };
  return same(a.x(), b.x()) && same(a.y(), b.y());
}

}  // namespace

QVector<QPointF> decimateMinMax(const QVector<QPointF>& points, const DecimationGrid& grid) {
  const qsizetype columns = std::max(grid.columns, 1);
  if (points.size() <= 2 * columns + 2) {
    return points;
  }
  if (!(grid.width > 0.0)) {
    return {points.front(), points.back()};
  }
  QVector<QPointF> kept;
  kept.reserve(2 * columns + 2);
  kept.append(points.front());
  qsizetype begin = 1;
  const qsizetype end = points.size() - 1;  // the last point is appended at the end
  // Each run of points in one column yields at most two points, and every pass consumes at
  // least one point.
  while (begin < end) {
    const int column = grid.columnOf(points[begin].x());
    qsizetype lowest = begin;
    qsizetype highest = begin;
    qsizetype i = begin;
    for (; i < end && grid.columnOf(points[i].x()) == column; ++i) {
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

QVector<QPointF> decimateMinMax(const QVector<QPointF>& points, int columns) {
  columns = std::max(columns, 1);
  if (points.size() <= 2 * static_cast<qsizetype>(columns) + 2) {
    return points;
  }
  const double xMin = points.front().x();
  return decimateMinMax(points, DecimationGrid{xMin, (points.back().x() - xMin) / columns, columns});
}

void MinMaxDecimator::reset() {
  started_ = false;
  seen_ = 0;
  hasOpen_ = false;
  kept_.clear();
  lastScanned_ = 0;
}

QVector<QPointF> MinMaxDecimator::update(const QVector<QPointF>& points,
                                         const DecimationGrid& grid) {
  const qsizetype count = points.size();
  if (!started_ || grid != grid_ || count < seen_ ||
      (seen_ > 0 && !samePoint(points.front(), first_))) {
    reset();
    grid_ = grid;
    started_ = true;
  }
  lastScanned_ = 0;
  if (seen_ == 0 && count > 0) {
    first_ = points.front();
    kept_.append(first_);
  }
  const qsizetype end = count - 1;  // the last point is kept apart: the next one may follow it
  if (grid_.width > 0.0 && end > 1 && count > seen_) {
    // The open run may still grow: forget it and scan again from its start.
    qsizetype from = 1;
    if (hasOpen_) {
      from = open_.begin;
      hasOpen_ = false;
    }
    scan(points, from, end);
  }
  seen_ = count;
  if (count <= 2 * static_cast<qsizetype>(std::max(grid_.columns, 1)) + 2) {
    return points;
  }
  if (!(grid_.width > 0.0)) {
    return {points.front(), points.back()};
  }
  QVector<QPointF> drawn;
  drawn.reserve(kept_.size() + 3);
  drawn.append(kept_);
  appendRun(drawn, points, open_);
  drawn.append(points.back());
  return drawn;
}

void MinMaxDecimator::scan(const QVector<QPointF>& points, qsizetype from, qsizetype end) {
  lastScanned_ = end - from;
  qsizetype i = from;
  while (i < end) {
    if (hasOpen_) {
      appendRun(kept_, points, open_);  // a new run starts, so the open one is complete
    }
    const int column = grid_.columnOf(points[i].x());
    Run run{i, i, i};
    for (; i < end && grid_.columnOf(points[i].x()) == column; ++i) {
      if (points[i].y() < points[run.lowest].y()) {
        run.lowest = i;
      }
      if (points[i].y() > points[run.highest].y()) {
        run.highest = i;
      }
    }
    open_ = run;
    hasOpen_ = true;
  }
}

void MinMaxDecimator::appendRun(QVector<QPointF>& out, const QVector<QPointF>& points,
                                const Run& run) {
  out.append(points[std::min(run.lowest, run.highest)]);
  if (run.lowest != run.highest) {
    out.append(points[std::max(run.lowest, run.highest)]);
  }
}

}  // namespace icl::ui
