#include "core/training/run_control.h"

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
  wake_.wait(lock, [this] { return !pause_.load() || stopRequested(); });
  return !stopRequested();
}

}  // namespace icl::core
