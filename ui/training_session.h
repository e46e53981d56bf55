#pragma once
// Owns the training thread of the window: starts one TrainingWorker per run on a fresh QThread,
// forwards its signals, and tracks the transport state (idle, running, paused, stopping).

#include <QObject>
#include <QPointer>
#include <QString>

#include "ui/metatypes.h"

class QThread;

namespace icl::ui {

class TrainingWorker;

class TrainingSession : public QObject {
  Q_OBJECT

 public:
  enum class State { Idle, Running, Paused, Stopping };
  Q_ENUM(State)

  explicit TrainingSession(QObject* parent = nullptr);
  ~TrainingSession() override;

  /// @brief Starts a run; false when one is already active.
  bool start(const icl::core::RunConfig& config, const QString& runDir);
  /// @brief Continues the interrupted run in @p runDir; false when a run is already active.
  bool resumeRun(const QString& runDir);
  void pause();
  void resume();
  /// @brief Curriculum runs: pause right after the next stage boundary.
  void pauseAtNextStage();
  /// @brief From a pause: resume and pause again at the next stage boundary.
  void runToNextStage();
  /// @brief From a pause: resume and train through the boundaries.
  void runOn();
  /// @brief Asks the run to end after its current step; finished() follows.
  void stop();
  /// @brief Stops and blocks until the training thread has ended (closing the window).
  void shutdown();

  State state() const { return state_; }
  bool active() const { return state_ != State::Idle; }

 Q_SIGNALS:
  void stateChanged(icl::ui::TrainingSession::State state);
  void progressReady(const icl::core::ProgressBatch& batch);
  void finished(const icl::core::RunResult& result);
  void failed(const QString& message);
  /// Internal: hands the run to the worker on its own thread.
  void startRequested(const icl::core::RunConfig& config, const QString& runDir);
  /// Internal: hands a resume to the worker on its own thread.
  void resumeRequested(const QString& runDir);

 private:
  /// @brief A fresh worker on a fresh thread, connected; false when a run is active.
  bool launchWorker();
  void setState(State state);
  void onWorkerDone();
  void onProgress(const icl::core::ProgressBatch& batch);

  QThread* thread_ = nullptr;
  QPointer<TrainingWorker> worker_;
  State state_ = State::Idle;
};

}  // namespace icl::ui
