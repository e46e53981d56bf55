#pragma once
// The Generalisation tab (issue #10 items 2 and 3, claims P3 and P4 of spec §6): accuracy
// against the input scale sigma or the input mean offset, one curve per learner with its 95 %
// band, per test family and checkpoint, at one shot count or averaged over the shots; and
// beside it the radial test, accuracy against shots of the trained learners, the selection
// baseline, the oracle and the plug-in rules. It shows the evaluation it is given
// (GeneralisationViews loads it) and offers Evaluate… with its progress.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <optional>

#include "core/evaluation/generalisation_results.h"
#include "ui/band_curve.h"
#include "ui/chart_view.h"  // the views returned convert to QChartView*
#include "ui/generalisation_tables.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QValueAxis;

namespace icl::ui {

class LearnerLegend;

class GeneralisationPanel : public QWidget {
  Q_OBJECT

 public:
  explicit GeneralisationPanel(QWidget* parent = nullptr);

  /// @brief The evaluations of the folder (tags, "" the untagged one) and the one shown; the
  /// selector hides with fewer than two.
  void setEvaluations(const QStringList& tags, const QString& current);
  /// @brief Shows @p results; nullopt clears the charts and shows @p hint instead.
  void setResults(const std::optional<icl::core::GeneralisationResults>& results,
                  const QString& hint = {});
  /// @brief Whether Evaluate… can be used, and why not (tooltip) when it cannot.
  void setEvaluateEnabled(bool enabled, const QString& reason = {});
  /// @brief Progress of a running evaluation (the bar and Cancel show while it runs).
  void setEvaluating(bool running);
  void showProgress(qint64 done, qint64 total, const QString& what);

  QComboBox* evaluationChoice() const { return evaluationChoice_; }
  QComboBox* checkpointChoice() const { return checkpointChoice_; }
  QComboBox* testSetChoice() const { return testSetChoice_; }
  QComboBox* familyChoice() const { return familyChoice_; }
  /// "mean over shots" (data -1) or a shot count.
  QComboBox* shotsChoice() const { return shotsChoice_; }
  QPushButton* evaluateButton() const { return evaluateButton_; }
  QPushButton* cancelButton() const { return cancelButton_; }
  QProgressBar* progressBar() const { return progress_; }
  QLabel* hintLabel() const { return hint_; }
  ChartView* levelChartView() const { return levelView_; }
  ChartView* radChartView() const { return radView_; }
  /// The learners drawn in the level chart and in the radial chart, in legend order.
  QStringList levelLearners() const { return levelOrder_; }
  QStringList radLearners() const { return radOrder_; }
  /// Points of @p learner's line, upper and lower band bound (empty when not drawn).
  QVector<QPointF> levelPoints(const QString& learner, int bound = 0) const;
  QVector<QPointF> radPoints(const QString& learner, int bound = 0) const;
  QString bandNote() const;
  LearnerLegend* legend() const { return legend_; }

 Q_SIGNALS:
  void evaluationChosen(const QString& tag);
  void evaluateRequested();
  void cancelRequested();

 private:
  void refreshChoices();
  void refreshLevelChart();
  void refreshRadChart();
  void refreshLegend();
  /// Redraws @p chart with @p curves; returns the curves drawn by learner.
  QHash<QString, BandCurve> drawCurves(ChartView* view, QValueAxis* x, QValueAxis* y,
                                       QObject*& owner, const LearnerCurves& curves,
                                       bool markers);

  std::optional<icl::core::GeneralisationResults> results_;
  QComboBox* evaluationChoice_;
  QLabel* evaluationLabel_;
  QComboBox* checkpointChoice_;
  QComboBox* testSetChoice_;
  QComboBox* familyChoice_;
  QComboBox* shotsChoice_;
  QPushButton* evaluateButton_;
  QPushButton* cancelButton_;
  QProgressBar* progress_;
  QLabel* hint_;
  QLabel* levelNote_;
  QLabel* radNote_;
  LearnerLegend* legend_;
  QSplitter* charts_ = nullptr;
  QChart* levelChart_;
  ChartView* levelView_;
  QValueAxis* levelX_;
  QValueAxis* levelY_;
  QObject* levelOwner_ = nullptr;
  QChart* radChart_;
  ChartView* radView_;
  QValueAxis* radX_;
  QValueAxis* radY_;
  QObject* radOwner_ = nullptr;
  QHash<QString, BandCurve> levelCurves_;
  QHash<QString, BandCurve> radCurves_;
  QStringList levelOrder_;
  QStringList radOrder_;
};

/// @brief "input scale σ" / "input mean offset" / "radial task" for a test set name.
QString testSetDisplayName(const QString& testSet);
/// @brief "(untagged)" for "", else the tag.
QString evaluationDisplayName(const QString& tag);
/// @brief Fills a tab's evaluation selector with @p tags and selects @p current without a
/// change signal; the selector and its @p label show only when there is a choice.
void setEvaluationChoice(QComboBox* combo, QWidget* label, const QStringList& tags,
                         const QString& current);

}  // namespace icl::ui
