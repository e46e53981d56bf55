#pragma once
// Inference outside the training loop: any learner, loaded from a run folder's checkpoint,
// predicts class probabilities for query points from a support set. Torch-free header with
// plain vectors, so that a Qt view could use it; only tst_predictor does so far.

#include <filesystem>
#include <memory>
#include <vector>

#include "core/config/run_config.h"
#include "core/util/result.h"

namespace icl::core {

class Learner;

/// The checkpoint name of a run's latest resumable state (see Predictor::fromRun).
inline constexpr const char* kLatestState = "latest";

/// A support set: points [s][d] and their class indices in [0, C).
struct SupportSet {
  std::vector<std::vector<float>> points;
  std::vector<int64_t> labels;
};

class Predictor {
 public:
  /// @param checkpoint "best", "final" or kLatestState (the weights of the resumable state
  /// that checkpoint.json names: a running or paused run, before its final checkpoint)
  /// @param iclKernel empty: the run's learners.icl.kernel; else "fused", "torch" or "auto"
  /// in its place (the playground benchmark measures both paths)
  static Result<Predictor> fromRun(const std::filesystem::path& runDir, LearnerKind kind,
                                   const std::string& checkpoint = "final",
                                   const std::string& iclKernel = {});

  /// @brief Probabilities [q][C] for each query point, each query seeing the whole support.
  /// The learner's 2C outputs are turned into probabilities (softmax for logits) and the C
  /// class entries renormalised. Queries are processed in batches.
  Result<std::vector<std::vector<float>>> predictProbabilities(
      const SupportSet& support, const std::vector<std::vector<float>>& queries) const;

  /// @brief As predictProbabilities with flat arrays, for many queries (the playground's grid):
  /// @param queries [q * d] row-major @return [q * C] row-major. All queries go to the learner
  /// in chunks of @p chunk (one batched call per chunk).
  Result<std::vector<float>> predictFlat(const SupportSet& support,
                                         const std::vector<float>& queries,
                                         int64_t chunk = 1024) const;

  LearnerKind kind() const;
  const TaskConfig& task() const { return task_; }

 private:
  Predictor(std::shared_ptr<Learner> learner, TaskConfig task);
  std::shared_ptr<Learner> learner_;
  TaskConfig task_;
};

}  // namespace icl::core
