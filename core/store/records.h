#pragma once
// Plain rows of a run's CSV files; they cross from core to the UI unchanged.

#include <cstdint>
#include <string>

namespace icl::core {

/// One row of train.csv: the training loss of one learner at one step.
struct LossRecord {
  int64_t step = 0;          // optimiser steps done when this batch was drawn, from 1
  double wallSeconds = 0.0;  // since the run started
  std::string learner;
  double loss = 0.0;
};

/// One row of eval.csv (tidy form): one metric of one learner on one test family at one
/// number of shots, over a fixed set of test tasks.
struct EvalRecord {
  int64_t step = 0;
  std::string learner;
  std::string trainFamily;
  std::string testFamily;
  int64_t shots = 0;
  std::string metric;  // "accuracy" here; regression runs add "sq_error"
  double value = 0.0;
  double ciLow = 0.0;   // 95 % interval
  double ciHigh = 0.0;
  int64_t nTasks = 0;
};

}  // namespace icl::core
