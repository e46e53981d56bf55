#pragma once
// Thread-safe stop and pause requests from the GUI thread or a signal handler to the training
// loop, which checks them between steps and inside long evaluations.

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace icl::core {

class RunControl {
 public:
  /// @brief Ask the run to end after the current step; wakes a paused run.
  void requestStop();
  /// @brief True after requestStop() or once the watched external flag is set.
  bool stopRequested() const {
    return stop_.load() || (external_ != nullptr && external_->load());
  }

  /// @brief Also treat @p flag (e.g. set by a SIGINT handler, which may not lock a mutex) as a
  /// stop request, so the loop and the evaluators see it between steps and test batches, not
  /// only when progress is reported. Call before the run starts; @p flag must outlive it.
  void watchExternalStop(const std::atomic<bool>* flag) { external_ = flag; }

  void requestPause();
  void resume();
  bool pauseRequested() const { return pause_.load(); }

  /// @brief Ask a curriculum run to pause right after its next stage boundary step (after that
  /// step's evaluation snapshot). "Run to next stage" = resume() + requestPauseAtNextStage().
  void requestPauseAtNextStage();
  void cancelPauseAtNextStage();
  bool pauseAtNextStageRequested() const { return pauseAtStage_.load(); }

  /// @brief Called by the trainer at a stage boundary: when a pause at the next stage was
  /// requested, consumes that request and turns it into a pause (waitWhilePaused then blocks).
  /// @return true when the run is now paused at this boundary
  bool pauseIfStageRequested() const;

  /// @brief Blocks the training thread while paused.
  /// @return false when a stop was requested (before or during the pause)
  bool waitWhilePaused() const;

  /// Seconds on a monotonic clock (any origin).
  using SecondsClock = std::function<double()>;
  /// @brief Replaces the clock that times the run and its pauses (a test's fake clock); call
  /// before the run starts.
  void setClock(SecondsClock clock) { clock_ = std::move(clock); }
  /// @brief Now on the run's clock (steady_clock unless setClock replaced it).
  double now() const;
  /// @brief Seconds the training thread spent blocked in waitWhilePaused(), so far: the run's
  /// wall time leaves them out (a pause is no training time).
  double pausedSeconds() const;

 private:
  std::atomic<bool> stop_{false};
  const std::atomic<bool>* external_ = nullptr;
  // mutable: the trainer holds a const reference and may only turn a stage request into a pause.
  mutable std::atomic<bool> pause_{false};
  mutable std::atomic<bool> pauseAtStage_{false};
  mutable std::mutex mutex_;
  mutable std::condition_variable wake_;
  SecondsClock clock_;
  mutable double pausedSeconds_ = 0.0;  // guarded by mutex_
};

}  // namespace icl::core
