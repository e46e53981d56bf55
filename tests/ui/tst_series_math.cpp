// Chart data reduction (#3 item 2 and performance): smoothing and decimation.
#include <QtTest>

#include "ui/loss_chart_panel.h"
#include "ui/run_records.h"
#include "ui/series_math.h"

using icl::ui::decimateMinMax;
using icl::ui::smoothEma;

class TestSeriesMath : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void smoothingIsDebiasedEma() {
    const QVector<QPointF> points = {{0, 4.0}, {1, 2.0}, {2, 1.0}};
    const QVector<QPointF> smoothed = smoothEma(points, 0.5);
    QCOMPARE(smoothed.size(), 3);
    // running: 2, 2, 1.5; debias divisors: 0.5, 0.75, 0.875
    QCOMPARE(smoothed[0].y(), 4.0);
    QCOMPARE(smoothed[1].y(), 2.0 / 0.75);
    QCOMPARE(smoothed[2].y(), 1.5 / 0.875);
    QCOMPARE(smoothed[2].x(), 2.0);
    QCOMPARE(smoothEma(points, 0.0), points);
  }

  void incrementalSmoothingEqualsSmoothingAllAtOnce() {
    QVector<QPointF> points;
    for (int i = 0; i < 50; ++i) {
      points.append(QPointF(i, std::cos(i * 0.3) + 2.0));
    }
    icl::ui::EmaSmoother smoother;
    smoother.update(points.mid(0, 20), 0.7);
    QCOMPARE(smoother.update(points, 0.7), smoothEma(points, 0.7));
    // A new weight or a shorter (new) series restarts the smoothing.
    QCOMPARE(smoother.update(points, 0.3), smoothEma(points, 0.3));
    QCOMPARE(smoother.update(points.mid(0, 5), 0.3), smoothEma(points.mid(0, 5), 0.3));
  }

  void niceCeilRoundsUpToTheNextNiceNumber() {
    QCOMPARE(icl::ui::niceCeil(0.9), 1.0);
    QCOMPARE(icl::ui::niceCeil(1.0), 1.0);
    QCOMPARE(icl::ui::niceCeil(130.0), 150.0);
    QCOMPARE(icl::ui::niceCeil(600.0), 600.0);
    QCOMPARE(icl::ui::niceCeil(3001.0), 4000.0);
    QCOMPARE(icl::ui::niceCeil(0.09), 0.1);
  }

  void decimationKeepsAtMostTwoPointsPerColumnAndTheSpikes() {
    QVector<QPointF> points;
    for (int i = 0; i < 100000; ++i) {
      points.append(QPointF(i, std::sin(i * 0.001)));
    }
    points[54321].setY(50.0);   // a spike
    points[77777].setY(-50.0);  // a dip
    const int columns = 400;
    const QVector<QPointF> kept = decimateMinMax(points, columns);
    QVERIFY2(kept.size() <= 2 * columns + 2, qPrintable(QString::number(kept.size())));
    QVERIFY(kept.size() > columns);
    QCOMPARE(kept.front(), points.front());
    QCOMPARE(kept.back(), points.back());
    QVERIFY(kept.contains(points[54321]));
    QVERIFY(kept.contains(points[77777]));
    for (int i = 1; i < kept.size(); ++i) {
      QVERIFY(kept[i].x() > kept[i - 1].x());
    }
  }

  void decimationAlwaysAdvancesWhenColumnEdgesRound() {
    // x = 1..1335 in 508 columns puts x = 668 exactly on a rounded column edge; the loop used
    // to stop advancing there and grow without bound (the GUI ran out of memory mid-run).
    for (const auto& [count, columns] : {std::pair{1335, 508}, {1321, 300}, {1342, 612}}) {
      QVector<QPointF> points;
      for (int i = 1; i <= count; ++i) {
        points.append(QPointF(i, 1.0 / i));
      }
      const QVector<QPointF> kept = decimateMinMax(points, columns);
      QVERIFY2(kept.size() <= 2 * columns + 2, qPrintable(QString::number(kept.size())));
      QCOMPARE(kept.back(), points.back());
    }
  }

  void smallSeriesAreNotDecimated() {
    const QVector<QPointF> points = {{0, 1}, {1, 2}, {2, 3}};
    QCOMPARE(decimateMinMax(points, 100), points);
  }

  void lossChartWith100kPointsDrawsAtMostTwoPerPixelColumn() {
    icl::ui::RunRecords records;
    icl::ui::LossChartPanel panel(&records);
    panel.resize(800, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    icl::core::ProgressBatch batch;
    for (int i = 1; i <= 100000; ++i) {
      batch.losses.push_back({i, i * 0.01, "icl", 1.0 + std::sin(i * 0.01)});
    }
    records.append(batch);
    panel.flush();
    const int columns = 800;  // the plot area is narrower than the panel
    QVERIFY(panel.rawPointCount(QStringLiteral("icl")) <= 2 * columns + 2);
    QVERIFY(panel.smoothedPointCount(QStringLiteral("icl")) <= 2 * columns + 2);
    QVERIFY(panel.rawPointCount(QStringLiteral("icl")) > 100);
  }

  void niceTicksAreOneTwoTwoHalfOrFiveTimesAPowerOfTen() {
    using icl::ui::niceTicks;
    using icl::ui::niceTickStep;
    QCOMPARE(niceTicks(0.0, 1.0, 6), (QVector<double>{0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0}));
    QCOMPARE(niceTickStep(0.0, 1.0, 11), 0.1);
    QCOMPARE(niceTickStep(0.0, 1.0, 7), 0.2);
    QCOMPARE(niceTickStep(0.0, 10.0, 5), 2.5);
    QCOMPARE(niceTickStep(0.0, 10.0, 5, true), 5.0);  // no 2.5 on an integer axis
    QCOMPARE(niceTickStep(0.0, 3.0, 10, true), 1.0);  // never below 1 on an integer axis
    QCOMPARE(niceTickStep(0.0, 2000.0, 7), 500.0);
    QCOMPARE(niceTickStep(0.3, 0.9, 7), 0.1);
    QCOMPARE(niceTickStep(-0.004, 0.0061, 6), 0.002);
    QCOMPARE(niceTickStep(0.0, 0.01, 5), 0.0025);
    // Every result fits the count and is a nice mantissa.
    for (const double span : {0.013, 0.7, 3.3, 17.0, 999.0, 1.2e5}) {
      for (int count = 3; count <= 11; ++count) {
        const double step = niceTickStep(0.0, span, count);
        const QVector<double> ticks = niceTicks(0.0, span, count);
        QVERIFY(ticks.size() <= count);
        QVERIFY(ticks.size() >= 2);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 ||
                     std::abs(mantissa - 2.5) < 1e-9 || std::abs(mantissa - 5) < 1e-9,
                 qPrintable(QString::number(step)));
      }
    }
  }

  void tickDecimalsPrintEveryTick() {
    QCOMPARE(icl::ui::tickDecimals(0.2), 1);
    QCOMPARE(icl::ui::tickDecimals(0.25), 2);
    QCOMPARE(icl::ui::tickDecimals(5.0), 0);
    QCOMPARE(icl::ui::tickDecimals(0.0025), 4);
  }

  void logTicksLabelEveryDecadeAndTwoFiveWhenFew() {
    QCOMPARE(icl::ui::logTicks(0.5, 3.0), (QVector<double>{0.5, 1.0, 2.0}));
    QCOMPARE(icl::ui::logTicks(1e-4, 10.0), (QVector<double>{1e-4, 1e-3, 1e-2, 1e-1, 1.0, 10.0}));
    QVERIFY(icl::ui::logTicks(0.0, 1.0).isEmpty());
  }
};

QTEST_MAIN(TestSeriesMath)
#include "tst_series_math.moc"
