#pragma once
// Live training loss: one series per learner (a faint raw curve and its smoothed version),
// x as step or wall time, y linear or log. Progress only marks the chart dirty; a 40 ms
// single-shot timer flushes with one replace() per series that changed. Each learner's curves
// are smoothed and decimated incrementally (LossCurveCache), so a flush costs the new points.

#include <QHash>
#include <QWidget>

#include "ui/chart_view.h"  // the views returned convert to QChartView*
#include "ui/loss_curve_cache.h"
#include "ui/min_max_decimation.h"
#include "ui/run_records.h"
#include "ui/series_math.h"

class QAbstractAxis;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineSeries;
class QSlider;
class QTimer;

namespace icl::ui {

class LossChartPanel : public QWidget {
  Q_OBJECT

 public:
  explicit LossChartPanel(RunRecords* records, QWidget* parent = nullptr);

  /// The interactive view (hover, zoom, stage bands); a QChartView for exports.
  ChartView* chartView() const;
  /// @brief Redraws now (tests and export); normally the flush timer does it.
  void flush();
  /// @return how long the last flush took, in milliseconds
  double lastFlushMs() const { return lastFlushMs_; }
  /// Points drawn for @p learner's raw and smoothed series.
  int rawPointCount(const QString& learner) const;
  int smoothedPointCount(const QString& learner) const;
  /// The points drawn for @p learner's raw and smoothed series (tests compare them with a
  /// full recomputation).
  QVector<QPointF> rawPoints(const QString& learner) const;
  QVector<QPointF> smoothedPoints(const QString& learner) const;
  /// The bins the last flush decimated into: the pixel columns of the automatic x range.
  DecimationGrid decimationGrid() const { return grid_; }

  /// @brief Curriculum stages as alternating bands behind the curves (step axis only).
  /// @param boundaries the last step of every stage but the final one
  void setStageBoundaries(const QVector<double>& boundaries);
  int stageBoundaryCount() const;

  void setAxis(LossAxis axis);
  void setLogScale(bool log);
  /// @param weight smoothing in [0, 0.99]
  void setSmoothing(double weight);
  double smoothing() const;
  LossAxis axis() const { return axis_; }
  bool logScale() const;

 private:
  struct LearnerSeries {
    QLineSeries* raw = nullptr;
    QLineSeries* smoothed = nullptr;
    LossCurveCache curves;  // what was drawn, extended by each flush
  };
  /// The automatic x range: from 0 (or below) to a nice number past the data.
  struct XRange {
    double low = 0.0;
    double high = 1.0;
  };
  static XRange autoXRange(double xMin, double xMax);
  void scheduleFlush();
  void rebuild();
  LearnerSeries& seriesFor(const QString& learner);
  void attachAxes(QLineSeries* series);
  void replaceYAxis();
  void updateRanges(const XRange& x, double yMin, double yMax);
  int plotColumns() const;

  RunRecords* records_;
  QChart* chart_;
  ChartView* view_;
  QComboBox* axisChoice_;
  QCheckBox* logChoice_;
  QSlider* smoothingSlider_;
  QLabel* smoothingLabel_;
  QTimer* flushTimer_;
  QAbstractAxis* xAxis_ = nullptr;
  QAbstractAxis* yAxis_ = nullptr;
  QHash<QString, LearnerSeries> series_;
  DecimationGrid grid_;
  LossAxis axis_ = LossAxis::Step;
  double lastFlushMs_ = 0.0;
};

}  // namespace icl::ui
