#include "ui/run_resumer.h"

#include <QAction>

#include <algorithm>
#include <filesystem>

#include "core/store/run_store.h"
#include "core/training/resume.h"
#include "ui/run_records.h"
#include "ui/training_session.h"

namespace icl::ui {

namespace {

/// The folder's rows through @p step: what the resumed run keeps (it drops the rest).
icl::core::RunData rowsThrough(icl::core::RunData run, int64_t step) {
  const auto after = [step](const auto& row) { return row.step > step; };
  run.losses.erase(std::remove_if(run.losses.begin(), run.losses.end(), after), run.losses.end());
  run.evaluations.erase(std::remove_if(run.evaluations.begin(), run.evaluations.end(), after),
                        run.evaluations.end());
  run.stages.erase(std::remove_if(run.stages.begin(), run.stages.end(), after), run.stages.end());
  return run;
}

}  // namespace

RunResumer::RunResumer(TrainingSession* session, RunRecords* records, QObject* parent)
    : QObject(parent), session_(session), records_(records) {
  action_ = new QAction(tr("Res&ume Run"), this);
  action_->setStatusTip(
      tr("Continue the opened stopped, failed or interrupted run from its last checkpoint"));
  connect(action_, &QAction::triggered, this, &RunResumer::resume);
  connect(session_, &TrainingSession::stateChanged, this, &RunResumer::updateEnabled);
  setRunFolder({});
}

void RunResumer::setRunFolder(const QString& dir) {
  dir_ = dir;
  updateEnabled();
}

void RunResumer::updateEnabled() {
  if (dir_.isEmpty()) {
    reason_ = tr("Open a run folder first.");
  } else if (session_->active()) {
    reason_ = tr("A run is active.");
  } else {
    const auto plan = icl::core::planResume(std::filesystem::path(dir_.toStdString()), {});
    reason_ = plan ? QString() : QString::fromStdString(plan.error());
  }
  action_->setEnabled(reason_.isEmpty());
  action_->setToolTip(reason_.isEmpty() ? action_->statusTip() : reason_);
}

bool RunResumer::resume() {
  const std::filesystem::path dir(dir_.toStdString());
  const auto plan = icl::core::planResume(dir, {});
  const auto run = icl::core::readRun(dir);
  if (dir_.isEmpty() || session_->active() || !plan || !run) {
    updateEnabled();
    const QString why = !plan ? QString::fromStdString(plan.error())
                        : !run ? QString::fromStdString(run.error())
                               : reason_;
    Q_EMIT refused(why);
    return false;
  }
  records_->load(rowsThrough(run.value(), plan.value().fromStep));
  if (!session_->resumeRun(dir_)) {
    Q_EMIT refused(tr("A run is active."));
    return false;
  }
  Q_EMIT resumeStarted(plan.value().config, plan.value().fromStep);
  return true;
}

}  // namespace icl::ui
