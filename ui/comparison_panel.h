#pragma once
// Accuracy against the number of shots at the latest evaluation, one series per learner with
// its 95 % confidence band, for a chosen test family; and a learner x family table at a chosen
// shot count with the best learner of each column marked (ComparisonTableModel, over the same
// core::ComparisonTable as `icl-lab-cli report`).

#include <QHash>
#include <QWidget>

#include "ui/band_curve.h"
#include "ui/chart_view.h"  // the views returned convert to QChartView*
#include "ui/run_records.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QValueAxis;

namespace icl::ui {

class ComparisonTableModel;

class ComparisonPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ComparisonPanel(RunRecords* records, QWidget* parent = nullptr);

  ChartView* chartView() const { return view_; }
  QTableView* table() const { return table_; }
  ComparisonTableModel* tableModel() const { return tableModel_; }
  QComboBox* familyChoice() const { return familyChoice_; }
  QSpinBox* shotsChoice() const { return shotsChoice_; }
  /// Points in @p learner's accuracy series (0 when absent).
  int pointCount(const QString& learner) const;
  /// @brief Redraws chart and table from the records.
  void refresh();
  /// @brief The table as CSV text, every shot count, as `icl-lab-cli report --csv` writes it.
  QString tableCsv() const;

 private:
  BandCurve& curveFor(const QString& learner);
  void refreshFamilies();
  void refreshChart();
  void refreshTable();
  void reset();

  RunRecords* records_;
  QChart* chart_;
  ChartView* view_;
  QValueAxis* xAxis_;
  QValueAxis* yAxis_;
  QComboBox* familyChoice_;
  QSpinBox* shotsChoice_;
  QLabel* stepLabel_;
  ComparisonTableModel* tableModel_;
  QTableView* table_;
  QHash<QString, BandCurve> curves_;
};

}  // namespace icl::ui
