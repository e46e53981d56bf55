#pragma once
// File > Resume Run (issue #8): for the opened run folder whose status is not completed (a
// stopped, failed or interrupted run), continues it from its last checkpoint in the window's
// TrainingSession. The views keep the folder's rows up to that checkpoint; the resumed run's
// progress adds the rest.

#include <QObject>
#include <QString>

#include "ui/metatypes.h"

class QAction;

namespace icl::ui {

class RunRecords;
class TrainingSession;

class RunResumer : public QObject {
  Q_OBJECT

 public:
  RunResumer(TrainingSession* session, RunRecords* records, QObject* parent);

  QAction* action() const { return action_; }
  /// @brief The run folder shown changed (empty: none); re-checks whether it can be resumed.
  void setRunFolder(const QString& dir);
  /// @brief Resumes the folder given to setRunFolder.
  /// @return false, with refused() emitted, when it cannot be resumed
  bool resume();
  /// Why the action is off (empty when it is on).
  QString reason() const { return reason_; }

 Q_SIGNALS:
  /// The resumed run started from the checkpoint at @p fromStep (-1: from the start).
  void resumeStarted(const icl::core::RunConfig& config, qint64 fromStep);
  void refused(const QString& message);

 private:
  void updateEnabled();

  TrainingSession* session_;
  RunRecords* records_;
  QAction* action_;
  QString dir_;
  QString reason_;
};

}  // namespace icl::ui
