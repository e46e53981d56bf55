#pragma once
// Squared error (divided by D) against the number of in-context examples for the regression
// experiments (issue #4): two evaluation snapshots side by side (an early and a late
// checkpoint, as the paper's 200k and 500k), one curve per model and baseline with its 90 %
// bootstrap band, for a chosen test set (meta-meta runs: one per support size). A second tab
// holds the agreement with baselines (ui/regression_agreement_chart.h, issue #10).

#include <QHash>
#include <QWidget>

#include "ui/band_curve.h"
#include "ui/chart_view.h"  // the views returned convert to QChartView*
#include "ui/run_records.h"

class QChart;
class QChartView;
class QComboBox;
class QTabWidget;
class QValueAxis;

namespace icl::ui {

class RegressionAgreementChart;

class RegressionPanel : public QWidget {
  Q_OBJECT

 public:
  explicit RegressionPanel(RunRecords* records, QWidget* parent = nullptr);

  /// @param side 0 (left, early) or 1 (right, late)
  ChartView* chartView(int side) const;
  QComboBox* stepChoice(int side) const;
  QComboBox* familyChoice() const { return familyChoice_; }
  /// The tabs: error curves (0) and agreement with baselines (1).
  QTabWidget* tabs() const { return tabs_; }
  RegressionAgreementChart* agreementChart() const { return agreement_; }
  /// @brief Shows the snapshot taken after @p step on the left side and in the agreement tab.
  void showSnapshot(qint64 step);
  int pointCount(int side, const QString& learner) const;
  void refresh();

 private:
  struct Side {
    QComboBox* step = nullptr;
    QChart* chart = nullptr;
    ChartView* view = nullptr;
    QValueAxis* x = nullptr;
    QValueAxis* y = nullptr;
    QHash<QString, BandCurve> curves;
    QString title;
  };
  void reset();
  void refreshChoices();
  void refreshSide(Side& side);
  BandCurve& curveFor(Side& side, const QString& learner);
  bool isArm(const QString& learner) const;
  void raiseArms(Side& side);

  RunRecords* records_;
  QComboBox* familyChoice_;
  Side sides_[2];
  QTabWidget* tabs_;
  RegressionAgreementChart* agreement_;
};

}  // namespace icl::ui
