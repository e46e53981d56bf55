#pragma once
// The right side of the Compare tab (issue #11): the checked runs overlaid. (a) Training loss
// of every run and learner, the learner's colour (learner_style.h) with one line style per run;
// (b) accuracy against shots at each classification run's final evaluation, for one test
// family; (c) a table with one column per run (RunOverlayTableModel over a
// core::CrossRunTable), exportable as CSV.

#include <QList>
#include <QString>
#include <QWidget>
#include <vector>

#include "core/store/run_store.h"

class QChart;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QSpinBox;
class QTableView;

namespace icl::ui {

class ChartView;
class LearnerLegend;
class RunOverlayTableModel;

class RunOverlay : public QWidget {
  Q_OBJECT

 public:
  explicit RunOverlay(QWidget* parent = nullptr);

  /// @brief Shows @p runs (read with core::readRun), in this order: run i draws with
  /// runPenStyle(i).
  void setRuns(std::vector<icl::core::RunData> runs);
  const std::vector<icl::core::RunData>& runs() const { return runs_; }

  /// @brief The line style of the @p index-th run: solid, dash, dot, dash-dot, dash-dot-dot,
  /// then again (the width grows with each round, so runs stay apart).
  static Qt::PenStyle runPenStyle(int index);
  /// @brief "run folder · learner" as the legends name a curve.
  static QString curveName(const QString& run, const QString& learner);

  ChartView* lossView() const { return lossView_; }
  ChartView* accuracyView() const { return accuracyView_; }
  QList<QLineSeries*> lossSeries() const;
  QList<QLineSeries*> accuracySeries() const;
  QComboBox* familyChoice() const { return familyChoice_; }
  QSpinBox* shotsChoice() const { return shotsChoice_; }
  QTableView* table() const { return table_; }
  RunOverlayTableModel* tableModel() const { return tableModel_; }
  QLabel* summaryLabel() const { return summary_; }
  LearnerLegend* learnerLegend() const { return learnerLegend_; }
  /// @brief The table as CSV text (core::formatCrossRunCsv), as Export CSV writes it.
  QString tableCsv() const;

 Q_SIGNALS:
  /// Exporting the table failed; @p message names the file and the problem.
  void errorOccurred(const QString& title, const QString& message);

 private:
  /// One run's curve of @p learner: the learner's colour, the run's line style.
  void addRunCurve(ChartView* view, const QString& name, const QString& learner, int runIndex,
                   const QVector<QPointF>& points);
  void refreshLoss();
  void refreshFamilies();
  void refreshAccuracy();
  void refreshTable();
  void refreshSummary();
  void refreshLegend();
  /// Shows or hides each learner's curves as its legend entry says.
  void applyLearnerChoice();
  void onExportCsv();

  std::vector<icl::core::RunData> runs_;
  QChart* lossChart_;
  ChartView* lossView_;
  QChart* accuracyChart_;
  ChartView* accuracyView_;
  QComboBox* familyChoice_;
  QSpinBox* shotsChoice_;
  QPushButton* exportButton_;
  QLabel* summary_;
  RunOverlayTableModel* tableModel_;
  QTableView* table_;
  QWidget* runLegend_;  // a line sample and the folder name per run
  LearnerLegend* learnerLegend_;  // colour per learner; unchecking hides its curves
  bool shotsChosen_ = false;  // the user picked k: keep it when the checked runs change
};

}  // namespace icl::ui
