// Incremental chart decimation (#13 item 6): what a flush extends must equal, bit for bit, what a
// full recomputation draws, whatever the sizes of the chunks the points arrive in.
#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

#include "ui/loss_curve_cache.h"
#include "ui/min_max_decimation.h"
#include "ui/series_math.h"

using icl::ui::decimateMinMax;
using icl::ui::DecimationGrid;
using icl::ui::LossCurveCache;
using icl::ui::MinMaxDecimator;
using icl::ui::smoothEma;

namespace {

/// Exact equality, NaN equal to NaN (QPointF's == is fuzzy): where the first difference is.
QString difference(const QVector<QPointF>& got, const QVector<QPointF>& expected) {
  const auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
  if (got.size() != expected.size()) {
    return QStringLiteral("%1 points instead of %2").arg(got.size()).arg(expected.size());
  }
  for (qsizetype i = 0; i < got.size(); ++i) {
    if (!same(got[i].x(), expected[i].x()) || !same(got[i].y(), expected[i].y())) {
      return QStringLiteral("point %1 is (%2, %3) instead of (%4, %5)")
          .arg(i)
          .arg(got[i].x(), 0, 'g', 17)
          .arg(got[i].y(), 0, 'g', 17)
          .arg(expected[i].x(), 0, 'g', 17)
          .arg(expected[i].y(), 0, 'g', 17);
    }
  }
  return {};
}

#define ICL_COMPARE_EXACTLY(got, expected)                      \
  do {                                                          \
    const QString why = difference((got), (expected));         \
    QVERIFY2(why.isEmpty(), qPrintable(why));                   \
  } while (false)

/// A noisy falling loss with spikes, x = step: what a training run reports.
QVector<QPointF> lossCurve(int count, std::mt19937_64& random) {
  std::normal_distribution<double> noise(0.0, 0.05);
  std::uniform_real_distribution<double> uniform(0.0, 1.0);
  QVector<QPointF> points;
  for (int i = 1; i <= count; ++i) {
    double y = 0.3 + 2.0 * std::exp(-i / 3000.0) + noise(random);
    if (uniform(random) < 0.001) {
      y += 5.0;  // a spike the decimation must keep
    }
    points.append(QPointF(i, y));
  }
  return points;
}

/// Feeds @p points to @p decimator in random-sized chunks, checking every step.
void feedInChunks(MinMaxDecimator& decimator, const QVector<QPointF>& points,
                  const DecimationGrid& grid, std::mt19937_64& random, int maxChunk) {
  std::uniform_int_distribution<int> chunk(1, maxChunk);
  qsizetype size = 0;
  while (size < points.size()) {
    size = std::min(points.size(), size + chunk(random));
    const QVector<QPointF> prefix = points.mid(0, size);
    ICL_COMPARE_EXACTLY(decimator.update(prefix, grid), decimateMinMax(prefix, grid));
  }
}

}  // namespace

class TestMinMaxDecimation : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void gridPutsEachXInItsColumnAndClampsTheRest() {
    const DecimationGrid grid{10.0, 2.0, 5};  // columns [10, 12) [12, 14) ... [18, 20)
    QCOMPARE(grid.columnOf(10.0), 0);
    QCOMPARE(grid.columnOf(11.999), 0);
    QCOMPARE(grid.columnOf(12.0), 1);
    QCOMPARE(grid.columnOf(19.9), 4);
    QCOMPARE(grid.columnOf(1e300), 4);  // past the end: the last column
    QCOMPARE(grid.columnOf(-5.0), 0);   // before the start: the first
    QCOMPARE(grid.columnOf(std::numeric_limits<double>::quiet_NaN()), 0);
  }

  void decimationOnAGridKeepsTheEndsAndEachColumnsExtremes() {
    QVector<QPointF> points;
    for (int i = 0; i < 40; ++i) {
      points.append(QPointF(i, (i * 7) % 10));  // 0 7 4 1 8 5 2 9 6 3, repeated
    }
    // Four columns of ten points. The first and last point are kept apart, so column 0 keeps
    // the lowest and highest of points 1..9 (1 at x = 3, 9 at x = 7) and column 3 of 30..38;
    // the others their 0 and their 9, each pair in index order.
    const QVector<QPointF> expected = {{0, 0},  {3, 1},  {7, 9},  {10, 0}, {17, 9},
                                       {20, 0}, {27, 9}, {30, 0}, {37, 9}, {39, 3}};
    ICL_COMPARE_EXACTLY(decimateMinMax(points, DecimationGrid{0.0, 10.0, 4}), expected);
  }

  void incrementalDecimationEqualsTheFullRecomputationInRandomChunks() {
    for (const std::uint64_t seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u}) {
      std::mt19937_64 random(seed);
      const QVector<QPointF> points = lossCurve(8000, random);
      const DecimationGrid grid{0.0, 10000.0 / 200, 200};  // 50 steps a column
      MinMaxDecimator decimator;
      for (const int maxChunk : {1, 7, 500}) {
        decimator.reset();
        feedInChunks(decimator, points, grid, random, maxChunk);
        if (QTest::currentTestFailed()) {
          qWarning("seed %llu, chunks up to %d", static_cast<unsigned long long>(seed), maxChunk);
          return;
        }
      }
    }
  }

  void incrementalDecimationFollowsXThatGoesBackAndNaNLosses() {
    // A resumed run read back from its folder may restart its wall time; a diverged step
    // reports NaN. Runs of equal columns are then shorter, and still equal the full pass.
    std::mt19937_64 random(11);
    QVector<QPointF> points = lossCurve(6000, random);
    for (int i = 3000; i < points.size(); ++i) {
      points[i].setX(points[i].x() - 2500.0);
    }
    points[1234].setY(std::numeric_limits<double>::quiet_NaN());
    points[4321].setY(std::numeric_limits<double>::infinity());
    MinMaxDecimator decimator;
    feedInChunks(decimator, points, DecimationGrid{0.0, 8000.0 / 200, 200}, random, 97);
  }

  void aNewGridOrANewSeriesStartsOver() {
    std::mt19937_64 random(5);
    const QVector<QPointF> points = lossCurve(5000, random);
    MinMaxDecimator decimator;
    const DecimationGrid wide{0.0, 6000.0 / 400, 400};
    const DecimationGrid narrow{0.0, 6000.0 / 150, 150};  // the plot got narrower
    decimator.update(points.mid(0, 3000), wide);
    ICL_COMPARE_EXACTLY(decimator.update(points, narrow), decimateMinMax(points, narrow));
    // A new run: fewer points than before.
    const QVector<QPointF> next = lossCurve(2000, random);
    ICL_COMPARE_EXACTLY(decimator.update(next, narrow), decimateMinMax(next, narrow));
    // A new run that is already longer, with another first point.
    QVector<QPointF> longer = lossCurve(4000, random);
    longer[0].setY(42.0);
    ICL_COMPARE_EXACTLY(decimator.update(longer, narrow), decimateMinMax(longer, narrow));
  }

  void anUpdateScansOnlyTheNewPointsAndTheLastColumn() {
    std::mt19937_64 random(3);
    const QVector<QPointF> points = lossCurve(100050, random);
    const int columns = 800;
    const DecimationGrid grid{0.0, 120000.0 / columns, columns};
    MinMaxDecimator decimator;
    decimator.update(points.mid(0, 100000), grid);
    QCOMPARE(decimator.lastScanned(), qsizetype{100000 - 2});  // all but the two ends
    decimator.update(points, grid);
    // 50 new points and at most one column's worth (150 steps) scanned again.
    QVERIFY2(decimator.lastScanned() <= 50 + 150, qPrintable(QString::number(decimator.lastScanned())));
    QVERIFY(decimator.lastScanned() >= 50);
    decimator.update(points, grid);
    QCOMPARE(decimator.lastScanned(), qsizetype{0});  // nothing new
  }

  void cachedCurvesEqualSmoothingAndDecimatingFromScratch() {
    for (const std::uint64_t seed : {21u, 22u, 23u, 24u}) {
      std::mt19937_64 random(seed);
      const QVector<QPointF> points = lossCurve(30000, random);
      std::uniform_int_distribution<int> chunk(1, 900);
      std::uniform_int_distribution<int> coin(0, 19);
      const double weights[] = {0.6, 0.0, 0.95, 0.6};
      const DecimationGrid grids[] = {{0.0, 40000.0 / 700, 700}, {0.0, 40000.0 / 333, 333}};
      LossCurveCache cache;
      int weightIndex = 0;
      int gridIndex = 0;
      qsizetype size = 0;
      while (size < points.size()) {
        size = std::min(points.size(), size + chunk(random));
        // Now and then the user moves the smoothing slider or resizes the window.
        if (coin(random) == 0) {
          weightIndex = (weightIndex + 1) % 4;
        }
        if (coin(random) == 0) {
          gridIndex = 1 - gridIndex;
        }
        const QVector<QPointF> prefix = points.mid(0, size);
        const double weight = weights[weightIndex];
        const DecimationGrid& grid = grids[gridIndex];
        const icl::ui::LossCurves curves = cache.update(prefix, weight, grid);
        ICL_COMPARE_EXACTLY(curves.raw, decimateMinMax(prefix, grid));
        ICL_COMPARE_EXACTLY(curves.smoothed, decimateMinMax(smoothEma(prefix, weight), grid));
        if (QTest::currentTestFailed()) {
          qWarning("seed %llu, %lld points, weight %g, %d columns",
                   static_cast<unsigned long long>(seed), static_cast<long long>(size), weight,
                   grid.columns);
          return;
        }
      }
    }
  }

  void cachedCurvesSayWhatChanged() {
    std::mt19937_64 random(9);
    const QVector<QPointF> points = lossCurve(4000, random);
    const DecimationGrid grid{0.0, 5000.0 / 100, 100};
    LossCurveCache cache;
    icl::ui::LossCurves curves = cache.update(points.mid(0, 3000), 0.6, grid);
    QVERIFY(curves.rawChanged && curves.smoothedChanged);  // the first time
    curves = cache.update(points.mid(0, 3000), 0.6, grid);
    QVERIFY(!curves.rawChanged && !curves.smoothedChanged);  // nothing new: no redraw
    curves = cache.update(points.mid(0, 3000), 0.8, grid);
    QVERIFY(!curves.rawChanged && curves.smoothedChanged);  // the slider moved
    ICL_COMPARE_EXACTLY(curves.smoothed, decimateMinMax(smoothEma(points.mid(0, 3000), 0.8), grid));
    curves = cache.update(points, 0.8, grid);
    QVERIFY(curves.rawChanged && curves.smoothedChanged);  // new points
    curves = cache.update(points, 0.8, DecimationGrid{0.0, 5000.0 / 90, 90});
    QVERIFY(curves.rawChanged && curves.smoothedChanged);  // a narrower plot
  }
};

QTEST_APPLESS_MAIN(TestMinMaxDecimation)
#include "tst_min_max_decimation.moc"
