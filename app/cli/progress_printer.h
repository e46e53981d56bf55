#pragma once
// What `run` and `resume` print while a run trains: warnings, the mean accuracy of each
// evaluation, and a loss line at most every two seconds, all on stderr.

#include <atomic>
#include <chrono>
#include <map>
#include <ostream>
#include <string>

#include "core/training/run_control.h"
#include "core/training/trainer.h"

namespace icl::app {

/// @brief "42s", "3m07s", "1h05m"; "?" for a negative (unknown) duration.
std::string formatDuration(double seconds);

class ProgressPrinter {
 public:
  /// @param quiet print warnings only
  /// @param control stopped when @p interrupt (may be null) is set
  ProgressPrinter(bool quiet, std::ostream& err, core::RunControl& control,
                  const std::atomic<bool>* interrupt);

  /// @brief The trainer's progress callback.
  void print(const core::ProgressBatch& batch);

 private:
  void printEvaluations(const core::ProgressBatch& batch);
  void printLosses(const core::ProgressBatch& batch);

  bool quiet_;
  std::ostream& err_;
  core::RunControl& control_;
  const std::atomic<bool>* interrupt_;
  std::map<std::string, double> lastLoss_;  // by learner, in name order
  std::chrono::steady_clock::time_point lastPrint_;
};

}  // namespace icl::app
