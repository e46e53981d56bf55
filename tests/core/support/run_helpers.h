#pragma once
// Runs and run folders for the trainer, resume and failure tests: file text, train.csv without
// its wall time column, a run driven until a chosen evaluation, and a run on a background thread
// that is always stopped and joined, whatever the test body did.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/training/trainer.h"

namespace icl::test {

inline std::string fileText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

/// train.csv with its second column (wall_s) removed: wall time never repeats.
inline std::string withoutWallTime(const std::string& csv) {
  std::istringstream lines(csv);
  std::string line;
  std::string out;
  while (std::getline(lines, line)) {
    const std::size_t first = line.find(',');
    const std::size_t second = line.find(',', first + 1);
    out += line.substr(0, first) + line.substr(second) + "\n";
  }
  return out;
}

/// @brief Trains @p config into the new folder @p dir on this thread.
inline core::RunResult trainInto(const core::RunConfig& config, const std::filesystem::path& dir,
                                 const core::RunControl& control,
                                 const core::ProgressCallback& onProgress = {}) {
  core::TrainOptions options;
  options.outDir = dir;
  return core::train(config, options, onProgress, control);
}

/// Trains @p config into @p dir; with @p stopAfterEvalStep >= 0 asks the run to stop as soon
/// as the evaluation of that step has been reported.
inline core::RunResult trainUntil(const core::RunConfig& config, const std::filesystem::path& dir,
                                  int64_t stopAfterEvalStep) {
  core::RunControl control;
  return trainInto(config, dir, control,
                   [&control, stopAfterEvalStep](const core::ProgressBatch& batch) {
                     for (const core::EvalRecord& record : batch.evaluations) {
                       if (stopAfterEvalStep >= 0 && record.step == stopAfterEvalStep) {
                         control.requestStop();
                       }
                     }
                   });
}

/// The steps a run reported, written by the training thread and read by the test's thread.
class StepLog {
 public:
  void record(int64_t step) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      steps_.push_back(step);
    }
    changed_.notify_all();
  }
  std::vector<int64_t> steps() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return steps_;
  }
  int64_t last() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return steps_.empty() ? -1 : steps_.back();
  }
  /// @brief Waits until step @p step has been reported; false after @p timeout.
  bool waitForStep(int64_t step, std::chrono::milliseconds timeout) const {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] {
      for (int64_t seen : steps_) {
        if (seen == step) {
          return true;
        }
      }
      return false;
    });
  }

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::vector<int64_t> steps_;
};

/// train() on its own thread. The destructor requests a stop and a resume (either wakes a
/// paused run; the resume even if stopping is what is broken) and joins, so a failed assertion
/// that returns early neither leaves the run blocked nor a std::thread unjoined (terminate).
class BackgroundRun {
 public:
  BackgroundRun(core::RunConfig config, core::TrainOptions options,
                core::ProgressCallback onProgress, core::RunControl& control)
      : control_(control), done_(result_.get_future()) {
    thread_ = std::thread([this, config = std::move(config), options = std::move(options),
                           onProgress = std::move(onProgress)] {
      try {
        result_.set_value(core::train(config, options, onProgress, control_));
      } catch (...) {  // rethrown by waitFor() on the test's thread, reported by GoogleTest
        result_.set_exception(std::current_exception());
      }
    });
  }
  ~BackgroundRun() {
    control_.requestStop();
    control_.resume();
    thread_.join();
  }
  BackgroundRun(const BackgroundRun&) = delete;
  BackgroundRun& operator=(const BackgroundRun&) = delete;

  /// @brief The run's result once train() has returned; nullopt if it is still going after
  /// @p timeout (the destructor then stops it).
  std::optional<core::RunResult> waitFor(std::chrono::milliseconds timeout) {
    if (!finished_) {
      if (done_.wait_for(timeout) != std::future_status::ready) {
        return std::nullopt;
      }
      finished_ = done_.get();
    }
    return finished_;
  }

 private:
  core::RunControl& control_;
  std::promise<core::RunResult> result_;
  std::future<core::RunResult> done_;
  std::optional<core::RunResult> finished_;
  std::thread thread_;
};

}  // namespace icl::test

namespace icl::core {
/// GoogleTest prints a RunStatus by name (found by argument-dependent lookup).
inline void PrintTo(RunStatus status, std::ostream* out) { *out << runStatusName(status); }
}  // namespace icl::core
