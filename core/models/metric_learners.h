#pragma once
// The classic metric-based meta-learners (spec §3.2, §3.3). Both embed inputs with the same
// small MLP d -> d -> d and end in a softmax over [c class scores, c padding slots].
// Shapes: b tasks, n positions, d input dimension, c classes, s support, q queries.

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>

#include "core/config/run_config.h"

namespace icl::core {

/// Linear(d, d) -> LeakyReLU(0.01) -> Linear(d, d): 12 parameters at d = 2.
torch::nn::Sequential makeMetricEmbedding(int64_t d);

/// Pair-wise metric learner: score = sum_j sim(f(x_q), f(x_j)) y_j.
class MatchNetImpl : public torch::nn::Module {
 public:
  MatchNetImpl(int64_t d, Similarity similarity);
  torch::Tensor forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                int64_t start);
  torch::Tensor forwardQueries(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                               const torch::Tensor& queryX);

 private:
  torch::Tensor embed(const torch::Tensor& x);
  torch::nn::Sequential embedding_{nullptr};  // "embed"
  Similarity similarity_;
};
TORCH_MODULE(MatchNet);

/// Class-prototype learner: softmax(-||p_k - x_q||^2) with p_k the mean embedding of class k.
/// Upstream compares the raw query to embedded prototypes (§7.2); embedQuery embeds it too.
class ProtoNetImpl : public torch::nn::Module {
 public:
  ProtoNetImpl(int64_t d, bool embedQuery);
  torch::Tensor forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                int64_t start);
  torch::Tensor forwardQueries(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                               const torch::Tensor& queryX);

 private:
  /// prototypes [b, m, c, d] and the queries [b, m, d] they are compared with -> [b, m, 2c]
  torch::Tensor classify(const torch::Tensor& prototypes, const torch::Tensor& queryX,
                         int64_t labelWidth);
  torch::nn::Sequential embedding_{nullptr};  // "embed"
  bool embedQuery_;
};
TORCH_MODULE(ProtoNet);

/// Scores [..., c] -> probabilities [..., 2c] with the padding slots at kPaddingScore.
torch::Tensor padAndSoftmax(const torch::Tensor& classScores, int64_t labelWidth);

/// Exclusive prefix sums along positions: out[:, i] = sum_{j < i} values[:, j].
torch::Tensor exclusivePrefixSum(const torch::Tensor& values);

}  // namespace icl::core
