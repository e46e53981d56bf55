#pragma once
// MatchNet (design.md §3.2): a pair-wise metric learner over the shared embedding of
// metric_learners.h. Shapes: b tasks, n positions, d input dimension, c classes, s support,
// q queries.

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>

namespace icl::core {

// Defined in core/config/run_config.h; declared here so that this header does not pull in
// the whole config.
enum class Similarity;

/// score = sum_j sim(f(x_q), f(x_j)) y_j, then a softmax over [c scores, c padding slots].
class MatchNetImpl : public torch::nn::Module {
 public:
  MatchNetImpl(int64_t d, Similarity similarity);
  torch::Tensor forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                int64_t start);
  torch::Tensor forwardQueries(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                               const torch::Tensor& queryX);
  /// Queries [b, q, d] that see the support examples mask [b, q, s] allows: an excluded
  /// example's similarity adds 0 to the score sum, as if absent -> [b, q, 2c]
  torch::Tensor forwardMasked(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                              const torch::Tensor& mask, const torch::Tensor& queryX);

 private:
  torch::Tensor embed(const torch::Tensor& x);
  torch::nn::Sequential embedding_{nullptr};  // "embed"
  Similarity similarity_;
};
TORCH_MODULE(MatchNet);

}  // namespace icl::core
