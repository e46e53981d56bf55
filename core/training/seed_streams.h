#pragma once
// Seed offsets of a run's independent random streams (README "Determinism"): every stream is seeded
// with config.seed + its offset, so adding a stream never shifts the numbers of another.
// All offsets live here, so two streams cannot take the same one by accident.

#include <cstdint>

namespace icl::core {

struct SeedStreams {
  // Classification (trainer.cpp, evaluator.cpp).
  static constexpr uint64_t kTrainTasks = 1;      // + arm index in regression runs
  static constexpr uint64_t kTestTasks = 1000;    // + index of the test family in baseFamilies
  static constexpr uint64_t kLearnerInit = 2000;  // + index of the learner in allLearners

  // Regression (regression_trainer.cpp) and meta-meta (meta_meta_trainer.cpp) runs.
  static constexpr uint64_t kRegressionTestPrompts = kTestTasks + 100;
  static constexpr uint64_t kRegressionInit = kLearnerInit + 100;  // every arm: same weights
  static constexpr uint64_t kTestDomains = kTestTasks + 200;
  static constexpr uint64_t kMetaInit = kLearnerInit + 200;  // both models: same weights
  static constexpr uint64_t kBootstrap = 3000;     // + step: resampling of the test errors
  static constexpr uint64_t kAdaptBatches = 4000;  // + domain * 1000 + support size

  // Re-evaluation of a classification run (shift_test_sets.cpp, issue #10): the evaluation's
  // seed (the run's by default) + this + kind * 10^6 + family * 10^4 + a hash of the set's
  // sigma or offset below 10^4; far above the streams of training, so none can coincide.
  static constexpr uint64_t kGeneralisationTasks = 1'000'000'000;
};

}  // namespace icl::core
