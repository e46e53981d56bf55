// The interactive chart view (#11 item 1) and the nice ticks of the window's charts (item 2):
// hover text with the band's interval, rubber-band zoom and double-click reset, fixed ranges
// that survive new data, Log x, and ticks on round numbers.
#include <QAction>
#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QCategoryAxis>
#include <QImage>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

#include "core/store/records.h"
#include "core/training/trainer.h"
#include "ui/axis_ranges_dialog.h"
#include "ui/band_curve.h"
#include "ui/chart_export.h"
#include "ui/chart_view.h"
#include "ui/comparison_panel.h"
#include "ui/loss_chart_panel.h"
#include "ui/regression_panel.h"
#include "ui/run_records.h"

using icl::ui::BandCurve;
using icl::ui::ChartView;

namespace {

void sendMouse(QWidget* target, QEvent::Type type, const QPoint& pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
  QMouseEvent event(type, QPointF(pos), target->mapToGlobal(QPointF(pos)), button, buttons,
                    modifiers);
  QApplication::sendEvent(target, &event);
}

/// A view of one band curve: (0, 0.5) (5, 0.6) (10, 0.8), bands ±0.1, axes 0..10 x 0..1.
struct Fixture {
  QChart* chart = new QChart;
  ChartView view{chart};
  QValueAxis* x = new QValueAxis;
  QValueAxis* y = new QValueAxis;
  BandCurve curve;

  Fixture() {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    curve = icl::ui::addBandCurve(chart, x, y, QStringLiteral("icl"), 40, &view,
                                  QStringLiteral("95 % Wilson interval"));
    curve.replace({{0, 0.5}, {5, 0.6}, {10, 0.8}}, {{0, 0.6}, {5, 0.7}, {10, 0.9}},
                  {{0, 0.4}, {5, 0.5}, {10, 0.7}});
    view.setAutoRange(Qt::Horizontal, 0.0, 10.0);
    view.setAutoRange(Qt::Vertical, 0.0, 1.0);
    view.resize(640, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
  }

  /// Where the data point (@p dataX, @p dataY) is in the viewport.
  QPoint at(double dataX, double dataY) const {
    const QPointF inChart = chart->mapToPosition(QPointF(dataX, dataY), curve.mean);
    return view.mapFromScene(chart->mapToScene(inChart));
  }
};

icl::core::EvalRecord evalRecord(const char* learner, const char* family, int64_t shots,
                                 const char* metric, double value, int64_t step = 100) {
  icl::core::EvalRecord record;
  record.step = step;
  record.learner = learner;
  record.testFamily = family;
  record.shots = shots;
  record.metric = metric;
  record.value = value;
  record.ciLow = value - 0.05;
  record.ciHigh = value + 0.05;
  record.nTasks = 50;
  return record;
}

/// An accuracy curve of "icl" on "mix" at step 100, shots 0..16.
void appendAccuracy(icl::ui::RunRecords& records) {
  icl::core::ProgressBatch batch;
  batch.step = 100;
  for (int shots = 0; shots <= 16; shots += 4) {
    batch.evaluations.push_back(evalRecord("icl", "mix", shots, "accuracy", 0.3 + shots * 0.02));
  }
  records.append(batch);
}

}  // namespace

class TestChartView : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void hoverNamesSeriesValuesAndInterval() {
    Fixture f;
    const QPoint point = f.at(5, 0.6) + QPoint(3, -2);  // near, not exactly on, the point
    sendMouse(f.view.viewport(), QEvent::MouseMove, point, Qt::NoButton, Qt::NoButton);
    const QString text = f.view.hoverText();
    QVERIFY2(text.contains(f.curve.mean->name()), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("x = 5")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("y = 0.6")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("95 % Wilson interval: 0.5 – 0.7")), qPrintable(text));
    const QString keep = qEnvironmentVariable("ICL_KEEP_EXPORTS");
    if (!keep.isEmpty()) {  // to look at the tooltip and the context menu
      for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel") && widget->isVisible()) {
          widget->grab().save(QDir(keep).filePath(QStringLiteral("hover.png")));
        }
      }
      f.view.setLogXAvailable(1.0, QStringLiteral("shots + 1 (log scale)"));
      f.view.contextMenu()->popup(f.view.mapToGlobal(point));
      QTest::qWait(50);
      f.view.contextMenu()->grab().save(QDir(keep).filePath(QStringLiteral("menu.png")));
      f.view.contextMenu()->hide();
    }
    // Far from every point: nothing.
    QVERIFY(f.view.hoverTextAt(f.at(2.5, 0.1)).isEmpty());
  }

  void rubberBandZoomsAndDoubleClickResets() {
    Fixture f;
    QWidget* viewport = f.view.viewport();
    const QPoint from = f.at(2, 0.8);
    const QPoint to = f.at(6, 0.4);
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    QVERIFY(f.view.isZoomed());
    QVERIFY2(std::abs(f.x->min() - 2.0) < 0.1 && std::abs(f.x->max() - 6.0) < 0.1,
             qPrintable(QStringLiteral("x %1..%2").arg(f.x->min()).arg(f.x->max())));
    QVERIFY2(std::abs(f.y->min() - 0.4) < 0.02 && std::abs(f.y->max() - 0.8) < 0.02,
             qPrintable(QStringLiteral("y %1..%2").arg(f.y->min()).arg(f.y->max())));
    sendMouse(viewport, QEvent::MouseButtonDblClick, to, Qt::LeftButton, Qt::LeftButton);
    QVERIFY(!f.view.isZoomed());
    QCOMPARE(f.x->min(), 0.0);
    QCOMPARE(f.x->max(), 10.0);
    QCOMPARE(f.y->max(), 1.0);
  }

  void ctrlWheelZoomsAndShiftDragPans() {
    Fixture f;
    const QPoint centre = f.at(5, 0.5);
    QWheelEvent wheel(QPointF(centre), f.view.viewport()->mapToGlobal(QPointF(centre)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(f.view.viewport(), &wheel);
    QVERIFY(f.x->max() - f.x->min() < 9.0);
    const double before = f.x->min();
    const QPoint to = centre + QPoint(40, 0);
    sendMouse(f.view.viewport(), QEvent::MouseButtonPress, centre, Qt::LeftButton, Qt::LeftButton,
              Qt::ShiftModifier);
    sendMouse(f.view.viewport(), QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton,
              Qt::ShiftModifier);
    sendMouse(f.view.viewport(), QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton,
              Qt::ShiftModifier);
    QVERIFY2(f.x->min() < before - 0.1, "dragging right shows smaller x");
  }

  void fixedRangesStayWhenNewDataArrive() {
    Fixture f;
    f.view.setFixedRange(Qt::Vertical, 0.3, 0.9);
    f.view.setAutoRange(Qt::Vertical, 0.0, 1.0);  // a panel's refresh after new data
    f.view.setAutoRange(Qt::Horizontal, 0.0, 20.0);
    QCOMPARE(f.y->min(), 0.3);
    QCOMPARE(f.y->max(), 0.9);
    QCOMPARE(f.x->max(), 20.0);  // the axis not fixed follows the data
    f.view.resetZoom();
    QCOMPARE(f.y->min(), 0.0);
  }

  void contextMenuOffersTheActions() {
    Fixture f;
    f.view.setLogXAvailable(1.0, QStringLiteral("shots + 1 (log scale)"));
    QMenu* menu = f.view.contextMenu();
    for (const char* name : {"resetZoom", "fixedRanges", "logX", "export"}) {
      QVERIFY2(menu->findChild<QAction*>(QLatin1String(name)), name);
    }
    menu->findChild<QAction*>(QStringLiteral("logX"))->trigger();
    QVERIFY(f.view.logX());
    QVERIFY(qobject_cast<QLogValueAxis*>(f.view.axis(Qt::Horizontal)));
    QCOMPARE(f.view.axis(Qt::Horizontal)->titleText(), QStringLiteral("shots + 1 (log scale)"));
    QCOMPARE(f.view.plotX(0.0), 1.0);
    menu->findChild<QAction*>(QStringLiteral("logX"))->trigger();
    QCOMPARE(f.view.axis(Qt::Horizontal), static_cast<QAbstractAxis*>(f.x));
  }

  void comparisonAccuracyTicksAreNice() {
    icl::ui::RunRecords records;
    icl::ui::ComparisonPanel panel(&records);
    appendAccuracy(records);
    auto* y = qobject_cast<QValueAxis*>(panel.chartView()->axis(Qt::Vertical));
    auto* x = qobject_cast<QValueAxis*>(panel.chartView()->axis(Qt::Horizontal));
    QVERIFY(y && x);
    QCOMPARE(y->max(), 1.0);
    QCOMPARE(y->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(y->tickAnchor(), 0.0);
    QVERIFY(y->tickInterval() == 0.1 || y->tickInterval() == 0.2);
    QCOMPARE(y->labelFormat(), QStringLiteral("%.1f"));
    QCOMPARE(x->labelFormat(), QStringLiteral("%.0f"));
    QVERIFY(x->tickInterval() >= 1.0 && std::fmod(x->tickInterval(), 1.0) == 0.0);
    QCOMPARE(panel.pointCount(QStringLiteral("icl")), 5);
  }

  void comparisonLogXRedrawsOverShotsPlusOne() {
    icl::ui::RunRecords records;
    icl::ui::ComparisonPanel panel(&records);
    appendAccuracy(records);
    panel.chartView()->setLogX(true);
    QVERIFY(qobject_cast<QLogValueAxis*>(panel.chartView()->axis(Qt::Horizontal)));
    QCOMPARE(panel.chartView()->axis(Qt::Horizontal)->titleText(),
             QStringLiteral("shots + 1 (log scale)"));
    QCOMPARE(qobject_cast<QLogValueAxis*>(panel.chartView()->axis(Qt::Horizontal))->min(), 1.0);
    // The drawn points moved to shots + 1, the hover still says the shots.
    QCOMPARE(panel.pointCount(QStringLiteral("icl")), 5);
  }

  void lossLogAxisLabelsDecadesAndTwoFive() {
    icl::ui::RunRecords records;
    icl::ui::LossChartPanel panel(&records);
    panel.setLogScale(true);
    icl::core::ProgressBatch batch;
    for (int step = 1; step <= 50; ++step) {
      batch.losses.push_back({step, step * 0.1, "icl", 3.0 * std::pow(0.95, step)});  // 2.85..0.23
    }
    records.append(batch);
    panel.flush();
    QCategoryAxis* labels = nullptr;
    for (QAbstractAxis* axis : panel.chartView()->chart()->axes(Qt::Vertical)) {
      labels = labels ? labels : qobject_cast<QCategoryAxis*>(axis);
    }
    QVERIFY(labels);
    const QStringList shown = labels->categoriesLabels();
    for (const char* expected : {"0.5", "1", "2"}) {
      QVERIFY2(shown.contains(QLatin1String(expected)), qPrintable(shown.join(QLatin1Char(' '))));
    }
    QCOMPARE(labels->titleText(), QStringLiteral("loss"));
    const QString keep = qEnvironmentVariable("ICL_KEEP_EXPORTS");
    if (!keep.isEmpty()) {
      panel.resize(700, 320);
      panel.show();
      QTest::qWait(50);
      panel.grab().save(QDir(keep).filePath(QStringLiteral("loss-log.png")));
    }
  }

  void exportedPngHasTheChosenSizeAndSvgTheContext() {
    icl::ui::RunRecords records;
    icl::ui::ComparisonPanel panel(&records);
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    appendAccuracy(records);
    QTest::qWait(50);  // the legend is laid out by the event loop
    icl::ui::ChartView* view = panel.chartView();
    const QString caption = view->exportCaption();
    QVERIFY2(caption.contains(QStringLiteral("mix")) && caption.contains(QStringLiteral("step 100")) &&
                 caption.contains(QStringLiteral("95 % Wilson interval over 50 test tasks")),
             qPrintable(caption));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("accuracy.png"));
    const icl::ui::ChartExportOptions options{QStringLiteral("Run: demo\n") + caption, 2.0};
    QCOMPARE(icl::ui::exportChartPng(view, png, options), QString());
    const QImage image(png);
    QCOMPARE(image.size(), icl::ui::exportedPngSize(view, options));
    QCOMPARE(image.width(), 2 * view->viewport()->width());
    QVERIFY(image.height() > 2 * view->viewport()->height());  // the caption below the chart
    const QString svg = dir.filePath(QStringLiteral("accuracy.svg"));
    QCOMPARE(icl::ui::exportChartSvg(view, svg, {options.caption, 1.0}), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const char* expected : {"Run: demo", "Test family: mix", "step 100", "Wilson", "ICL"}) {
      QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }
    // To look at the files: ICL_KEEP_EXPORTS=/some/folder keeps a copy.
    const QString keep = qEnvironmentVariable("ICL_KEEP_EXPORTS");
    if (!keep.isEmpty()) {
      QFile::copy(png, QDir(keep).filePath(QStringLiteral("accuracy.png")));
      QFile::copy(svg, QDir(keep).filePath(QStringLiteral("accuracy.svg")));
    }
  }

  void comparisonCsvRecordsStepShotsAndLearnerIds() {
    icl::ui::RunRecords records;
    icl::ui::ComparisonPanel panel(&records);
    appendAccuracy(records);
    const QStringList lines = panel.tableCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    QVERIFY2(lines[0].startsWith(QStringLiteral("step,learner,test_family,shots,accuracy")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("100,icl,mix,0,")), qPrintable(lines[1]));
  }

  void regressionArmsAreDrawnOverBaselinesAndCurvesFitOrAreNamed() {
    icl::ui::RunRecords records;
    icl::ui::RegressionPanel panel(&records);
    // As in a live run: the step-0 evaluation of the arm comes before its first loss.
    icl::core::ProgressBatch first;
    for (int shots = 0; shots <= 8; ++shots) {
      first.evaluations.push_back(evalRecord("gpt_curriculum", "standard", shots, "sq_error", 1.0, 0));
    }
    records.append(first);
    // The baselines arrive after the arm (as in a live run): the arm must stay on top.
    icl::core::ProgressBatch second;
    for (int shots = 0; shots <= 8; ++shots) {
      second.evaluations.push_back(evalRecord("zero", "standard", shots, "sq_error", 1.0, 0));
      second.evaluations.push_back(
          evalRecord("averaging", "standard", shots, "sq_error", 3.5 - shots * 0.2, 0));
      second.evaluations.push_back(
          evalRecord("knn3", "standard", shots, "sq_error", 2.2 - shots * 0.1, 0));
    }
    records.append(second);
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (int side = 0; side < 2; ++side) {
      const QList<QAbstractSeries*> series = panel.chartView(side)->chart()->series();
      int armIndex = -1;
      int lastBaseline = -1;
      for (int i = 0; i < series.size(); ++i) {
        auto* line = qobject_cast<QLineSeries*>(series[i]);
        if (!line) {
          continue;
        }
        if (line->name().startsWith(QStringLiteral("GPT"))) {
          armIndex = i;
          QVERIFY(line->pen().widthF() > 2.0);
        } else {
          lastBaseline = i;
        }
      }
      QVERIFY2(armIndex > lastBaseline && lastBaseline >= 0,
               qPrintable(QStringLiteral("arm %1, baseline %2").arg(armIndex).arg(lastBaseline)));
      // Averaging peaks at 3.5: the axis stops at 3 and the title says what was cut off.
      auto* y = qobject_cast<QValueAxis*>(panel.chartView(side)->axis(Qt::Vertical));
      QCOMPARE(y->max(), 3.0);
      const QString title = panel.chartView(side)->chart()->title();
      QVERIFY2(title.contains(QStringLiteral("clipped: Averaging")) &&
                   !title.contains(QStringLiteral("3-NN")),
               qPrintable(title));
      const QString caption = panel.chartView(side)->exportCaption();
      QVERIFY2(caption.contains(QStringLiteral("y clipped at 3: Averaging up to 3.5")),
               qPrintable(caption));
    }
  }

  void regressionCeilingShowsTheWholeOfTheArmsAndTheZeroPredictor() {
    // An untrained I2 model (or a y scale above 1) lies far above 3: the ceiling follows the
    // curves a reader compares, and only a baseline above them is clipped.
    icl::ui::RunRecords records;
    icl::ui::RegressionPanel panel(&records);
    icl::core::ProgressBatch batch;
    for (int shots = 0; shots <= 8; ++shots) {
      batch.evaluations.push_back(evalRecord("gpt_curriculum", "standard", shots, "sq_error", 40.0, 0));
      batch.evaluations.push_back(evalRecord("zero", "standard", shots, "sq_error", 60.0, 0));
      batch.evaluations.push_back(evalRecord("averaging", "standard", shots, "sq_error", 200.0, 0));
    }
    records.append(batch);
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* y = qobject_cast<QValueAxis*>(panel.chartView(0)->axis(Qt::Vertical));
    QVERIFY2(y->max() >= 60.0 && y->max() < 200.0, qPrintable(QString::number(y->max())));
    QVERIFY(panel.chartView(0)->chart()->title().contains(QStringLiteral("clipped: Averaging")));
  }

  void fixedRangesDialogNamesBadInput() {
    icl::ui::AxisRangesDialog dialog;
    dialog.setRanges(0.0, 10.0, 0.0, 1.0);
    QVERIFY(dialog.problem().isEmpty());
    const QList<QLineEdit*> fields = dialog.findChildren<QLineEdit*>();
    QCOMPARE(fields.size(), 4);
    fields[3]->setText(QStringLiteral("-1"));  // y maximum below the minimum
    QVERIFY2(dialog.problem().contains(QStringLiteral("y minimum must be below the y maximum")),
             qPrintable(dialog.problem()));
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());  // not closed: the message shows under the fields
    const QString keep = qEnvironmentVariable("ICL_KEEP_EXPORTS");
    if (!keep.isEmpty()) {
      dialog.grab().save(QDir(keep).filePath(QStringLiteral("fixed-ranges-dialog.png")));
    }
    fields[3]->setText(QStringLiteral("abc"));
    QVERIFY(dialog.problem().contains(QStringLiteral("y maximum is not a number")));
    dialog.setLogAxes(false, true);
    dialog.setRanges(0.0, 10.0, 0.0, 1.0);
    QVERIFY(dialog.problem().contains(QStringLiteral("logarithmic")));
  }
};

QTEST_MAIN(TestChartView)
#include "tst_chart_view.moc"
