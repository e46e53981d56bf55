// The loss chart's incremental flush (#13 item 6): through a live run, a resize, smoothing and
// log-scale changes, a learner that starts late, the wall-time axis and a new run, what the
// chart draws equals a full recomputation, bit for bit.
#include <QtTest>
#include <cmath>
#include <random>

#include "ui/loss_chart_panel.h"
#include "ui/min_max_decimation.h"
#include "ui/run_records.h"
#include "ui/series_math.h"

using icl::ui::decimateMinMax;
using icl::ui::LossAxis;
using icl::ui::LossChartPanel;
using icl::ui::RunRecords;

namespace {

/// Exact equality (QPointF's == is fuzzy): where the first difference is, empty if none.
QString difference(const QVector<QPointF>& got, const QVector<QPointF>& expected) {
  if (got.size() != expected.size()) {
    return QStringLiteral("%1 points instead of %2").arg(got.size()).arg(expected.size());
  }
  for (qsizetype i = 0; i < got.size(); ++i) {
    if (got[i].x() != expected[i].x() || got[i].y() != expected[i].y()) {
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

/// A live run's progress: @p count steps from @p first for each of @p learners.
void appendSteps(RunRecords& records, const QStringList& learners, int first, int count,
                 std::mt19937_64& random) {
  std::normal_distribution<double> noise(0.0, 0.08);
  icl::core::ProgressBatch batch;
  for (int step = first; step < first + count; ++step) {
    for (const QString& learner : learners) {
      const double loss = 0.2 + 1.5 * std::exp(-step / 4000.0) + std::abs(noise(random));
      batch.losses.push_back({step, step * 0.013, learner.toStdString(), loss});
    }
  }
  records.append(batch);
}

}  // namespace

class TestLossChartPanel : public QObject {
  Q_OBJECT

 private:
  /// Every learner's drawn curves against decimating its full (smoothed) series from scratch,
  /// on the pixel columns of the automatic x range.
  void verifyDrawnEqualsFullRecomputation(const LossChartPanel& panel, const RunRecords& records,
                                          const char* when) {
    const icl::ui::DecimationGrid grid = panel.decimationGrid();
    const auto xRange = panel.chartView()->autoRange(Qt::Horizontal);
    QVERIFY(xRange.has_value());
    QCOMPARE(grid.origin, xRange->min);
    QCOMPARE(grid.origin + grid.width * grid.columns, xRange->max);  // fuzzy: a rounding apart
    for (const QString& learner : records.learners()) {
      const QVector<QPointF>& points = records.lossPoints(learner, panel.axis());
      const QString raw = difference(panel.rawPoints(learner), decimateMinMax(points, grid));
      QVERIFY2(raw.isEmpty(), qPrintable(QStringLiteral("%1, %2 raw: %3").arg(when, learner, raw)));
      const QString smoothed =
          difference(panel.smoothedPoints(learner),
                     decimateMinMax(icl::ui::smoothEma(points, panel.smoothing()), grid));
      QVERIFY2(smoothed.isEmpty(),
               qPrintable(QStringLiteral("%1, %2 smoothed: %3").arg(when, learner, smoothed)));
    }
  }

  /// Random-sized chunks of steps, a flush after each, checked every time.
  void liveSteps(LossChartPanel& panel, RunRecords& records, const QStringList& learners,
                 int& step, int until, std::mt19937_64& random, const char* when) {
    std::uniform_int_distribution<int> chunk(1, 400);
    while (step < until) {
      const int count = chunk(random);
      appendSteps(records, learners, step, count, random);
      step += count;
      panel.flush();
      verifyDrawnEqualsFullRecomputation(panel, records, when);
      if (QTest::currentTestFailed()) {
        return;
      }
    }
  }

 private Q_SLOTS:
  void drawnCurvesEqualAFullRecomputationThroughoutARun() {
    for (const std::uint64_t seed : {1u, 2u, 3u}) {
      std::mt19937_64 random(seed);
      RunRecords records;
      LossChartPanel panel(&records);
      panel.resize(760, 360);
      panel.show();
      QVERIFY(QTest::qWaitForWindowExposed(&panel));
      const QStringList learners = {QStringLiteral("icl"), QStringLiteral("matchnet"),
                                    QStringLiteral("protonet")};
      int step = 1;
      liveSteps(panel, records, learners, step, 16000, random, "live run");
      QVERIFY(!QTest::currentTestFailed());
      QVERIFY(panel.rawPointCount(QStringLiteral("icl")) < 2 * 760 + 2);  // it was decimated

      const int columnsBefore = panel.decimationGrid().columns;
      panel.resize(560, 360);
      QCoreApplication::processEvents();  // the chart lays out its plot area anew
      panel.flush();
      QVERIFY(panel.decimationGrid().columns < columnsBefore);
      verifyDrawnEqualsFullRecomputation(panel, records, "narrower");

      panel.setSmoothing(0.9);
      panel.flush();
      verifyDrawnEqualsFullRecomputation(panel, records, "smoothing 0.9");
      panel.setSmoothing(0.0);
      panel.flush();
      verifyDrawnEqualsFullRecomputation(panel, records, "no smoothing");
      panel.setSmoothing(0.6);

      panel.setLogScale(true);  // redraws at once
      verifyDrawnEqualsFullRecomputation(panel, records, "log scale");
      liveSteps(panel, records, learners, step, 19000, random, "live on a log scale");
      panel.setLogScale(false);
      verifyDrawnEqualsFullRecomputation(panel, records, "linear again");

      // A learner that reports later: its curve starts at the current step.
      const QStringList more = learners + QStringList{QStringLiteral("cnp")};
      liveSteps(panel, records, more, step, 26000, random, "a fourth learner");
      QVERIFY(panel.rawPointCount(QStringLiteral("cnp")) > 0);

      panel.setAxis(LossAxis::WallTime);
      verifyDrawnEqualsFullRecomputation(panel, records, "wall time");
      liveSteps(panel, records, more, step, 27000, random, "live in wall time");
      panel.setAxis(LossAxis::Step);
      verifyDrawnEqualsFullRecomputation(panel, records, "steps again");

      // What a chart built now draws from all the points at once.
      LossChartPanel fresh(&records);
      fresh.resize(panel.size());
      fresh.show();
      QVERIFY(QTest::qWaitForWindowExposed(&fresh));
      for (LossChartPanel* chart : {&panel, &fresh}) {
        chart->flush();  // twice: the first may change the axis labels and so the plot area
        QCoreApplication::processEvents();
        chart->flush();
      }
      QVERIFY(fresh.decimationGrid() == panel.decimationGrid());
      // Settled, the bins are the plot's pixel columns.
      QCOMPARE(panel.decimationGrid().columns,
               static_cast<int>(panel.chartView()->chart()->plotArea().width()));
      for (const QString& learner : more) {
        const QString raw = difference(panel.rawPoints(learner), fresh.rawPoints(learner));
        QVERIFY2(raw.isEmpty(), qPrintable(learner + QStringLiteral(" raw: ") + raw));
        const QString smoothed =
            difference(panel.smoothedPoints(learner), fresh.smoothedPoints(learner));
        QVERIFY2(smoothed.isEmpty(), qPrintable(learner + QStringLiteral(" smoothed: ") + smoothed));
      }

      // A new run in the same window: nothing of the old one survives.
      records.clear();
      const QStringList next = {QStringLiteral("protonet"), QStringLiteral("cnp")};
      step = 1;
      liveSteps(panel, records, next, step, 3000, random, "the next run");
      QCOMPARE(panel.rawPointCount(QStringLiteral("icl")), 0);
      QCOMPARE(panel.rawPoints(QStringLiteral("cnp")).front().x(), 1.0);
    }
  }
};

QTEST_MAIN(TestLossChartPanel)
#include "tst_loss_chart_panel.moc"
