#include "ui/sweep_charts.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "ui/chart_view.h"
#include "ui/learner_style.h"

namespace icl::ui {

namespace {

constexpr int kBandAlpha = 60;   // the band shows the spread without hiding the seeds below it
constexpr int kSeedAlpha = 90;   // each seed visible, but clearly behind the mean
constexpr double kSeedWidth = 1.0;

/// Extent of the values a chart draws, for its automatic range.
struct Extent {
  double xMax = 1.0;
  double yMin = std::numeric_limits<double>::infinity();
  double yMax = -std::numeric_limits<double>::infinity();
  void add(double x, double y) {
    xMax = std::max(xMax, x);
    yMin = std::min(yMin, y);
    yMax = std::max(yMax, y);
  }
};

QLineSeries* addSeedSeries(ChartView* view, const QString& learner, uint64_t seed,
                           const QVector<QPointF>& points) {
  auto* series = new QLineSeries;
  QColor color = learnerColor(learner);
  color.setAlpha(kSeedAlpha);
  QPen pen(color);
  pen.setWidthF(kSeedWidth);
  series->setPen(pen);
  series->setName(ChartView::tr("%1, seed %2").arg(learnerDisplayName(learner)).arg(seed));
  series->replace(points);
  view->chart()->addSeries(series);
  series->attachAxis(view->axis(Qt::Horizontal));
  series->attachAxis(view->axis(Qt::Vertical));
  for (QLegendMarker* marker : view->chart()->legend()->markers(series)) {
    marker->setVisible(false);  // the legend names learners; seeds are told apart on hover
  }
  return series;
}

/// What one learner's curve draws: the mean and band, and each seed's points.
struct CurveData {
  QString learner;
  QVector<QPointF> mean, upper, lower;
  std::map<uint64_t, QVector<QPointF>> bySeed;
};

CurveData curveData(const QString& learner,
                    const std::vector<std::pair<double, const icl::core::AcrossSeeds*>>& points,
                    Extent& extent) {
  CurveData data;
  data.learner = learner;
  for (const auto& [x, value] : points) {
    if (!std::isfinite(value->mean)) {
      continue;  // a diverged seed's NaN would blank the whole axis range
    }
    for (const auto& [seed, v] : value->perSeed) {
      if (std::isfinite(v)) {
        data.bySeed[seed].append(QPointF(x, v));
        extent.add(x, v);
      }
    }
    data.mean.append(QPointF(x, value->mean));
    data.upper.append(QPointF(x, value->high));
    data.lower.append(QPointF(x, value->low));
    extent.add(x, value->mean);
  }
  return data;
}

bool sameShape(const std::vector<SweepCurve>& curves, const std::vector<CurveData>& data) {
  if (curves.size() != data.size()) {
    return false;
  }
  for (std::size_t i = 0; i < data.size(); ++i) {
    std::vector<uint64_t> seeds;
    for (const auto& entry : data[i].bySeed) {
      seeds.push_back(entry.first);
    }
    if (curves[i].learner != data[i].learner || curves[i].seedIds != seeds) {
      return false;
    }
  }
  return true;
}

/// Puts @p data into @p view: new points into the drawn series when the shape matches, else
/// new series (seeds first, the band and mean on top).
void show(ChartView* view, const std::vector<CurveData>& data, QObject* owner,
          std::vector<SweepCurve>& curves) {
  if (!sameShape(curves, data)) {
    view->chart()->removeAllSeries();
    for (SweepCurve& curve : curves) {
      delete curve.band.upper;  // not the chart's: the removed area series only used them
      delete curve.band.lower;
    }
    curves.clear();
    for (const CurveData& d : data) {
      SweepCurve curve;
      curve.learner = d.learner;
      for (const auto& entry : d.bySeed) {
        curve.seeds << addSeedSeries(view, d.learner, entry.first, {});
        curve.seedIds.push_back(entry.first);
      }
      curve.band = addBandCurve(view->chart(), view->axis(Qt::Horizontal),
                                view->axis(Qt::Vertical), d.learner, kBandAlpha, owner,
                                ChartView::tr("95 % t-interval across seeds"));
      curves.push_back(curve);
    }
  }
  for (std::size_t i = 0; i < data.size(); ++i) {
    int s = 0;
    for (const auto& entry : data[i].bySeed) {
      curves[i].seeds[s++]->replace(entry.second);
    }
    curves[i].band.replace(data[i].mean, data[i].upper, data[i].lower);
  }
}

void applyRange(ChartView* view, const Extent& extent, double xMin, bool fromZero) {
  view->setAutoRange(Qt::Horizontal, xMin, extent.xMax);
  if (extent.yMin > extent.yMax) {
    view->setAutoRange(Qt::Vertical, 0.0, 1.0);
    return;
  }
  const double pad = std::max(1e-6, 0.05 * (extent.yMax - extent.yMin));
  view->setAutoRange(Qt::Vertical, fromZero ? std::max(0.0, extent.yMin - pad) : extent.yMin - pad,
                     extent.yMax + pad);
}

}  // namespace

void drawSweepLoss(ChartView* view, const icl::core::SweepGroup& group, QObject* owner,
                   int maxPoints, std::vector<SweepCurve>& curves) {
  std::vector<CurveData> data;
  Extent extent;
  for (const icl::core::SweepLossCurve& loss : group.losses) {
    const std::size_t count = loss.steps.size();
    const std::size_t stride =
        std::max<std::size_t>(1, (count + static_cast<std::size_t>(maxPoints) - 1) /
                                     static_cast<std::size_t>(std::max(1, maxPoints)));
    std::vector<std::pair<double, const icl::core::AcrossSeeds*>> points;
    for (std::size_t i = 0; i < count; i += stride) {
      points.push_back({static_cast<double>(loss.steps[i]), &loss.loss[i]});
    }
    if (count > 0 && (count - 1) % stride != 0) {
      points.push_back({static_cast<double>(loss.steps.back()), &loss.loss.back()});  // the end
    }
    data.push_back(curveData(QString::fromStdString(loss.learner), points, extent));
  }
  show(view, data, owner, curves);
  applyRange(view, extent, 0.0, true);
}

void drawSweepResults(ChartView* view, const icl::core::SweepGroup& group, const QString& family,
                      const QString& metric, QObject* owner, std::vector<SweepCurve>& curves) {
  // Learners in first-seen order, each with its rows sorted by shots.
  std::vector<std::pair<QString, std::vector<const icl::core::SweepEvalRow*>>> learners;
  for (const auto& row : group.evaluations) {
    if (QString::fromStdString(row.testFamily) != family ||
        QString::fromStdString(row.metric) != metric) {
      continue;
    }
    const QString learner = QString::fromStdString(row.learner);
    auto found = std::find_if(learners.begin(), learners.end(),
                              [&learner](const auto& entry) { return entry.first == learner; });
    if (found == learners.end()) {
      learners.push_back({learner, {}});
      found = learners.end() - 1;
    }
    found->second.push_back(&row);
  }
  // The loss chart's learner order, so both legends read alike.
  const auto rank = [&group](const QString& learner) {
    for (std::size_t i = 0; i < group.losses.size(); ++i) {
      if (QString::fromStdString(group.losses[i].learner) == learner) {
        return i;
      }
    }
    return group.losses.size();
  };
  std::stable_sort(learners.begin(), learners.end(), [&rank](const auto& a, const auto& b) {
    return rank(a.first) < rank(b.first);
  });
  std::vector<CurveData> data;
  Extent extent;
  for (auto& [learner, rows] : learners) {
    std::sort(rows.begin(), rows.end(),
              [](const auto* a, const auto* b) { return a->shots < b->shots; });
    std::vector<std::pair<double, const icl::core::AcrossSeeds*>> points;
    for (const auto* row : rows) {
      points.push_back({view->plotX(static_cast<double>(row->shots)), &row->value});
    }
    data.push_back(curveData(learner, points, extent));
  }
  show(view, data, owner, curves);
  if (metric == QLatin1String("accuracy")) {
    view->setAutoRange(Qt::Horizontal, view->plotX(0.0), std::max(extent.xMax, view->plotX(1.0)));
    view->setAutoRange(Qt::Vertical, 0.0, 1.0);
  } else {
    applyRange(view, extent, view->plotX(0.0), true);
  }
}

}  // namespace icl::ui
