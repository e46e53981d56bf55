#pragma once
// "Agreement with baselines" of an I1 regression run (issue #10 item 4, design.md §9):
// Akyürek et al.'s measure, the squared difference (GPT - baseline)^2 / D between each GPT arm's
// prediction and least squares', 3-NN's and averaging's on the same test prompts, against the
// number of in-context examples, at one evaluation snapshot, with 90 % bootstrap bands, and one
// sentence saying which algorithm each arm predicts most like. Reads eval.csv's sq_diff_* rows
// (core/evaluation/regression_agreement.h); a run without them gets a hint instead.

#include <QHash>
#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>

#include "ui/band_curve.h"
#include "ui/chart_view.h"  // the views returned convert to QChartView*
#include "ui/run_records.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLogValueAxis;
class QSpinBox;
class QValueAxis;

namespace icl::ui {

class RegressionAgreementChart : public QWidget {
  Q_OBJECT

 public:
  explicit RegressionAgreementChart(RunRecords* records, QWidget* parent = nullptr);

  ChartView* chartView() const { return view_; }
  /// The evaluation snapshot shown; follows the latest one until the user picks another.
  QComboBox* stepChoice() const { return stepChoice_; }
  /// The number of examples the sentence speaks of; the largest until the user picks another.
  QSpinBox* examplesChoice() const { return examplesChoice_; }
  /// @brief Shows the snapshot taken after @p step (the curriculum timeline's choice).
  void showSnapshot(qint64 step);
  /// @brief The mean points (examples, difference) of one curve at the shown snapshot.
  /// @param arm a GPT arm's learner name ("gpt_curriculum"); @param baseline "least_squares",
  /// "knn3" or "averaging"
  QVector<QPointF> curvePoints(const QString& arm, const QString& baseline) const;
  /// @brief Curves with points at the shown snapshot (arms x baselines).
  int curveCount() const;
  /// @brief The plain sentence under the chart ("At step 2000 with 16 examples ...").
  QString sentence() const;
  /// @brief Why there is nothing to show (e.g. the run predates the measure); empty otherwise.
  QString hint() const;
  void refresh();

 private:
  void reset();
  void refreshChoices();
  void refreshCurves();
  void refreshSentence();
  BandCurve& curveFor(const QString& arm, const QString& baseline);
  qint64 shownStep() const;

  RunRecords* records_;
  QWidget* controls_;  // the snapshot and examples choices
  QComboBox* stepChoice_;
  QSpinBox* examplesChoice_;
  QLabel* hint_;
  QLabel* sentence_;
  QChart* chart_;
  ChartView* view_;
  QValueAxis* x_;
  QLogValueAxis* y_;
  QHash<QString, BandCurve> curves_;  // key: arm + '|' + baseline
  bool followLatestStep_ = true;
  bool followLargestExamples_ = true;
};

}  // namespace icl::ui
