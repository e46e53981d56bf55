#pragma once
// Periodic evaluation on fixed, seeded test sets (design.md §4.1): accuracy at every number of shots
// with a 95 % Wilson interval over test tasks.

#include <vector>

#include <torch/types.h>

#include "core/config/run_config.h"
#include "core/models/learner.h"
#include "core/store/records.h"
#include "core/tasks/episode.h"
#include "core/training/run_control.h"

namespace icl::core {

struct EvaluationOutcome {
  std::vector<EvalRecord> records;
  /// Mean accuracy over test families and shots train.start..N-1: the best-checkpoint score.
  double meanAccuracy = 0.0;
  bool interrupted = false;  // a stop arrived mid-evaluation; records are incomplete
};

class Evaluator {
 public:
  /// @brief Draws every test family of config.eval once, from streams derived from the seed.
  Evaluator(const RunConfig& config, const torch::Device& device);

  EvaluationOutcome evaluate(Learner& learner, int64_t step, const RunControl* control) const;

  /// @brief correct [t, n] bool -> one accuracy record per shot count.
  static std::vector<EvalRecord> accuracyRecords(const torch::Tensor& correct,
                                                 const EvalRecord& prototype);


 private:
  struct TestSet {
    TaskFamily family;
    Episode episode;
  };
  RunConfig config_;
  std::vector<TestSet> testSets_;
};

/// @brief Whether each query position was answered right: [b, m] bool, argmax over all 2c
/// outputs as upstream (ties to the lowest index).
torch::Tensor correctPredictions(const torch::Tensor& outputs, const torch::Tensor& labels);

}  // namespace icl::core
