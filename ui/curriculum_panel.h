#pragma once
// The curriculum of a regression run (issue #4): its stages as a timeline with the current
// position, what the current stage means, the stage-boundary transport (pause at the next
// boundary, run to the next stage, run on) and the evaluation snapshots taken at boundaries.

#include <QWidget>

#include "core/config/run_config.h"
#include "core/training/trainer.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace icl::ui {

class StageTimeline;

class CurriculumPanel : public QWidget {
  Q_OBJECT

 public:
  explicit CurriculumPanel(QWidget* parent = nullptr);

  /// @brief Shows the schedule of @p config's curriculum arm (nothing for other experiments).
  void setConfig(const icl::core::RunConfig& config);
  /// @brief Moves the position marker and the caption to the reported stage.
  void showProgress(const icl::core::ProgressBatch& batch);
  /// @brief Offers the evaluation steps as snapshots.
  void setSnapshotSteps(const QList<qint64>& steps);
  /// @brief Enables the stage buttons that make sense while a run is (not) active.
  void setRunActive(bool active, bool paused);

  StageTimeline* timeline() const { return timeline_; }
  QPushButton* pauseAtBoundaryButton() const { return pauseAtBoundary_; }
  QPushButton* runToNextStageButton() const { return runToNext_; }
  QPushButton* runOnButton() const { return runOn_; }
  QComboBox* snapshotChoice() const { return snapshots_; }
  QString caption() const;
  /// The line under the caption: a requested or reached stage pause, or empty.
  QString statusText() const;

 Q_SIGNALS:
  void pauseAtNextStageRequested();
  void runToNextStageRequested();
  void runOnRequested();
  /// The user chose to open the evaluation snapshot taken after @p step.
  void snapshotChosen(qint64 step);

 private:
  /// Says which boundary a pause-at-next-stage request will stop at.
  void acknowledgeStagePause();

  StageTimeline* timeline_;
  QLabel* caption_;
  QLabel* status_;
  QPushButton* pauseAtBoundary_;
  QPushButton* runToNext_;
  QPushButton* runOn_;
  QComboBox* snapshots_;
  QPushButton* openSnapshot_;
  bool paused_ = false;
};

}  // namespace icl::ui
