#include "core/training/run_control.h"

#include <chrono>

namespace icl::core {

void RunControl::requestStop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
}

void RunControl::requestPause() {
  std::lock_guard<std::mutex> lock(mutex_);
  pause_ = true;
}

void RunControl::requestPauseAtNextStage() {
  std::lock_guard<std::mutex> lock(mutex_);
  pauseAtStage_ = true;
}

void RunControl::cancelPauseAtNextStage() {
  std::lock_guard<std::mutex> lock(mutex_);
  pauseAtStage_ = false;
}

bool RunControl::pauseIfStageRequested() const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!pauseAtStage_.load()) {
    return false;
  }
  pauseAtStage_ = false;
  pause_ = true;
  return true;
}

void RunControl::resume() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    pause_ = false;
  }
  wake_.notify_all();
}

bool RunControl::waitWhilePaused() const {
  std::unique_lock<std::mutex> lock(mutex_);
  if (pause_.load() && !stopRequested()) {
    // Only a pause that blocks reads the clock: the loop calls this every step.
    const double pausedAt = now();
    wake_.wait(lock, [this] { return !pause_.load() || stopRequested(); });
    pausedSeconds_ += now() - pausedAt;
  }
  return !stopRequested();
}

double RunControl::now() const {
  if (clock_) {
    return clock_();
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

double RunControl::pausedSeconds() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return pausedSeconds_;
}

}  // namespace icl::core
