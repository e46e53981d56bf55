#pragma once
// Thread-safe stop and pause requests from the GUI thread or a signal handler to the training
// loop, which checks them between steps and inside long evaluations.

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace icl::core {

class RunControl {
 public:
  /// @brief Ask the run to end after the current step; wakes a paused run.
  void requestStop();
  bool stopRequested() const { return stop_.load(); }

  void requestPause();
  void resume();
  bool pauseRequested() const { return pause_.load(); }

  /// @brief Blocks the training thread while paused.
  /// @return false when a stop was requested (before or during the pause)
  bool waitWhilePaused() const;

 private:
  std::atomic<bool> stop_{false};
  std::atomic<bool> pause_{false};
  mutable std::mutex mutex_;
  mutable std::condition_variable wake_;
};

}  // namespace icl::core
