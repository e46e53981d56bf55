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

/// One row of generalisation.csv (`icl-lab-cli evaluate`, issue #10): the accuracy of one
/// learner, selection rule or plug-in rule on one re-evaluation test set at one number of shots.
struct GeneralisationRecord {
  std::string checkpoint;  // "final" or "best"
  std::string testSet;     // "shift" (sigma varies), "offset" (mean offset varies) or "rad"
  std::string testFamily;  // "sim", "proto", "ave", "rad"
  double sigma = 1.0;      // input noise scale of the test tasks (task.sigma)
  double offset = 0.0;     // mean offset of the test inputs (task.mean_offset)
  std::string learner;     // icl, matchnet, protonet, cnp, selection, oracle, nearest_mean, ...
  int64_t shots = 0;
  double accuracy = 0.0;
  double ciLow = 0.0;  // 95 % Wilson interval over test tasks
  double ciHigh = 0.0;
  int64_t nTasks = 0;
};

/// One row of probe.csv: on one test set at one number of shots, the fraction of test tasks
/// whose query `model` (the ICL model) classifies as `reference` does, and the agreement
/// expected from the two accuracies alone (design.md §9).
struct ProbeRecord {
  std::string checkpoint;
  std::string testSet;
  std::string testFamily;
  double sigma = 1.0;
  double offset = 0.0;
  std::string model;      // "icl"
  std::string reference;  // matchnet, protonet, cnp, nearest_mean, cosine_vote, mean_offset
  int64_t shots = 0;
  double agreement = 0.0;
  double chance = 0.0;
  int64_t nTasks = 0;
};

}  // namespace icl::core
