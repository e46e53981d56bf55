#pragma once
// A thin adapter that runs core::train() on a background QThread. It never
// touches widgets; it shares only its RunControl with the GUI thread.

#include <QObject>
#include <QString>

#include "core/training/run_control.h"
#include "ui/metatypes.h"

namespace icl::ui {

class TrainingWorker : public QObject {
  Q_OBJECT

 public:
  explicit TrainingWorker(QObject* parent = nullptr);

  // Plain thread-safe methods, not slots: the worker's event loop is busy inside train(), so
  // a queued call would only arrive after the run.
  void requestStop();
  void requestPause();
  void resume();
  void requestPauseAtNextStage();
  void cancelPauseAtNextStage();

  /// Seconds between progress batches; 0.05 keeps the GUI at most at 20 updates a second.
  static constexpr double kProgressInterval = 0.05;

 public Q_SLOTS:
  /// @brief Trains @p config into the new folder @p runDir; one run per worker.
  void start(const icl::core::RunConfig& config, const QString& runDir);
  /// @brief Continues the interrupted run in @p runDir from its last checkpoint (issue #8).
  void resumeRun(const QString& runDir);

 Q_SIGNALS:
  void progressReady(const icl::core::ProgressBatch& batch);
  void finished(const icl::core::RunResult& result);
  /// An exception escaped the engine (a bug or out of memory); the run folder may be partial.
  void failed(const QString& message);

 private:
  icl::core::RunControl control_;
};

}  // namespace icl::ui
