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
  std::string metric;  // "accuracy"; regression runs write "sq_error" (squared error / D)
  double value = 0.0;
  double ciLow = 0.0;   // accuracy: 95 % Wilson interval; sq_error: 90 % bootstrap interval
  double ciHigh = 0.0;
  int64_t nTasks = 0;
};

/// One row of stages.csv (regression runs): from training step `step + 1` on, `learner` trains
/// on prompts with `dims` active dimensions and `points` points. Written at step 0 and at every
/// stage boundary, so the stage at any step is the last row with step < that step.
struct StageRecord {
  int64_t step = 0;
  std::string learner;
  int64_t dims = 0;
  int64_t points = 0;
};

}  // namespace icl::core
