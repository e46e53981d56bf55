// Wilson score intervals against values computed by hand from the closed form.
#include <QtTest>

#include "core/util/confidence.h"

using icl::core::wilsonInterval95;

class TestConfidence : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void halfOfHundredMatchesHandComputation() {
    // p = 0.5, n = 100, z = 1.95996: centre 0.5, half width z*sqrt(0.0025 + z^2/40000)/(1+z^2/100)
    const auto interval = wilsonInterval95(50, 100);
    QVERIFY(qAbs(interval.low - 0.403832) < 1e-5);
    QVERIFY(qAbs(interval.high - 0.596168) < 1e-5);
  }
  void zeroSuccessesStartAtZero() {
    const auto interval = wilsonInterval95(0, 10);
    QCOMPARE(interval.low, 0.0);
    QVERIFY(qAbs(interval.high - 0.277530) < 1e-5);
  }
  void allSuccessesEndAtOne() {
    const auto interval = wilsonInterval95(10, 10);
    QVERIFY(qAbs(interval.low - 0.722470) < 1e-5);
    QCOMPARE(interval.high, 1.0);
  }
  void intervalContainsTheProportionAndShrinksWithTasks() {
    const auto small = wilsonInterval95(30, 40);
    const auto large = wilsonInterval95(300, 400);
    QVERIFY(small.low < 0.75 && small.high > 0.75);
    QVERIFY(large.high - large.low < small.high - small.low);
  }
  void impossibleCountsThrow() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, wilsonInterval95(5, 4));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, wilsonInterval95(-1, 4));
  }
};

QTEST_APPLESS_MAIN(TestConfidence)
#include "tst_confidence.moc"
