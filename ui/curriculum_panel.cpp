#include "ui/curriculum_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

#include "core/config/names.h"
#include "core/training/curriculum.h"
#include "ui/stage_timeline.h"
#include "ui/wheel_guard.h"

namespace icl::ui {

CurriculumPanel::CurriculumPanel(QWidget* parent)
    : QWidget(parent),
      timeline_(new StageTimeline),
      caption_(new QLabel),
      status_(new QLabel),
      pauseAtBoundary_(new QPushButton(tr("Pause at next stage"))),
      runToNext_(new QPushButton(tr("Run to next stage"))),
      runOn_(new QPushButton(tr("Run on"))),
      snapshots_(new QComboBox),
      openSnapshot_(new QPushButton(tr("Open snapshot"))) {
  caption_->setWordWrap(true);
  status_->setWordWrap(true);
  timeline_->setToolTip(tr("The curriculum's stages; hover a stage to see what it means"));
  pauseAtBoundary_->setToolTip(
      tr("Pause right after the next stage boundary, once its evaluation snapshot is taken"));
  runToNext_->setToolTip(tr("Resume and pause again at the next stage boundary"));
  runOn_->setToolTip(tr("Resume and keep training through the stage boundaries"));
  snapshots_->setToolTip(tr("Evaluations taken at stage boundaries and checkpoints"));
  openSnapshot_->setToolTip(tr("Show the error against examples at this snapshot"));

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(pauseAtBoundary_);
  buttons->addWidget(runToNext_);
  buttons->addWidget(runOn_);
  buttons->addWidget(status_, 1);  // beside the buttons it answers: one line less on a laptop
  auto* snapshotRow = new QHBoxLayout;
  snapshotRow->addWidget(new QLabel(tr("Snapshot:")));
  snapshotRow->addWidget(snapshots_, 1);
  snapshotRow->addWidget(openSnapshot_);
  auto* content = new QWidget;
  auto* column = new QVBoxLayout(content);
  column->addWidget(timeline_);
  column->addWidget(caption_);
  column->addLayout(buttons);
  column->addLayout(snapshotRow);
  column->addStretch(1);
  // The dock scrolls rather than impose its height: the window must fit a 768-pixel screen
  // (review of 2026-12-01, item 2).
  auto* scroll = new QScrollArea;
  scroll->setWidget(content);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(scroll);
  guardWheel(content);

  // The request is acknowledged at once (after the signal, which resumes a paused run and so
  // clears the paused text); the pause itself comes at the boundary.
  connect(pauseAtBoundary_, &QPushButton::clicked, this, [this] {
    Q_EMIT pauseAtNextStageRequested();
    acknowledgeStagePause();
  });
  connect(runToNext_, &QPushButton::clicked, this, [this] {
    Q_EMIT runToNextStageRequested();
    acknowledgeStagePause();
  });
  connect(runOn_, &QPushButton::clicked, this, [this] {
    Q_EMIT runOnRequested();
    status_->clear();
  });
  connect(openSnapshot_, &QPushButton::clicked, this, [this] {
    if (snapshots_->currentIndex() >= 0) {
      Q_EMIT snapshotChosen(snapshots_->currentData().toLongLong());
    }
  });
  setRunActive(false, false);
}

void CurriculumPanel::setConfig(const icl::core::RunConfig& config) {
  const auto& regression = config.regression;
  const bool hasCurriculum =
      config.experiment == icl::core::Experiment::Regression &&
      std::find(regression.arms.begin(), regression.arms.end(), icl::core::kCurriculumArm) !=
          regression.arms.end();
  if (!hasCurriculum) {
    timeline_->setStages({}, 1);
    caption_->setText(tr("This experiment has no curriculum."));
    return;
  }
  const auto stages = icl::core::curriculumStages(
      icl::core::armCurriculum(regression, icl::core::kCurriculumArm), regression.steps);
  timeline_->setStages(stages, regression.steps);
  timeline_->setCurrentStep(0);
  caption_->setText(stages.empty() ? QString() : StageTimeline::describe(stages.front()));
  status_->clear();
}

void CurriculumPanel::showProgress(const icl::core::ProgressBatch& batch) {
  timeline_->setCurrentStep(batch.step);
  for (const icl::core::StageProgress& stage : batch.stages) {
    if (stage.learner != icl::core::learnerName(icl::core::LearnerId::GptCurriculum)) {
      continue;
    }
    icl::core::CurriculumStage shown;
    shown.index = stage.stageIndex;
    shown.firstStep = stage.stageFirstStep;
    shown.dims = stage.dims;
    shown.points = stage.points;
    const auto& stages = timeline_->stages();
    shown.lastStep = stage.stageIndex < static_cast<int64_t>(stages.size())
                         ? stages[static_cast<size_t>(stage.stageIndex)].lastStep
                         : stage.nextBoundaryStep;
    caption_->setText(StageTimeline::describe(shown));
  }
  if (batch.pausedAtStageBoundary) {
    status_->setText(tr("Paused at the stage boundary after step %1; its snapshot is taken.")
                         .arg(batch.step));
  }
}

void CurriculumPanel::setSnapshotSteps(const QList<qint64>& steps) {
  const qint64 current = snapshots_->currentData().toLongLong();
  // Follow the newest snapshot unless the user picked an older one.
  const bool followLatest = snapshots_->currentIndex() == snapshots_->count() - 1;
  const QSignalBlocker blocker(snapshots_);
  snapshots_->clear();
  for (qint64 step : steps) {
    snapshots_->addItem(tr("after step %1").arg(step), step);
  }
  const int index = followLatest ? -1 : snapshots_->findData(current);
  snapshots_->setCurrentIndex(index >= 0 ? index : snapshots_->count() - 1);
}

void CurriculumPanel::setRunActive(bool active, bool paused) {
  const bool hasStages = timeline_->stages().size() > 1;
  pauseAtBoundary_->setEnabled(active && !paused && hasStages);
  runToNext_->setEnabled(active && paused && hasStages);
  runOn_->setEnabled(active && paused);
  // "Paused at the stage boundary ..." is stale once training goes on.
  if (!active || (paused_ && !paused)) {
    status_->clear();
  }
  paused_ = active && paused;
}

void CurriculumPanel::acknowledgeStagePause() {
  // The stage in progress ends next; at a boundary that is the following stage.
  const qint64 step = timeline_->currentStep();
  const auto& stages = timeline_->stages();
  for (std::size_t i = 0; i + 1 < stages.size(); ++i) {  // the last stage ends the run
    if (stages[i].lastStep > step) {
      status_->setText(tr("Will pause when stage %1 ends (after step %2).")
                           .arg(stages[i].index + 1)
                           .arg(stages[i].lastStep));
      return;
    }
  }
  status_->setText(tr("No stage boundary is left; the run trains to its end."));
}

QString CurriculumPanel::statusText() const { return status_->text(); }

QString CurriculumPanel::caption() const { return caption_->text(); }

}  // namespace icl::ui
