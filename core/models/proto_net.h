#pragma once
// ProtoNet (design.md §3.3): a class-prototype learner over the shared embedding of
// metric_learners.h. Shapes: b tasks, n positions, m query positions, d input dimension,
// c classes, s support, q queries.

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>

namespace icl::core {

/// softmax(-||p_k - x_q||^2) with p_k the mean embedding of class k. Upstream compares the raw
/// query to embedded prototypes (§7.2); embedQuery embeds it too.
class ProtoNetImpl : public torch::nn::Module {
 public:
  ProtoNetImpl(int64_t d, bool embedQuery);
  torch::Tensor forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                int64_t start);
  torch::Tensor forwardQueries(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                               const torch::Tensor& queryX);
  /// Queries [b, q, d] that see the support examples mask [b, q, s] allows: prototypes are the
  /// means over allowed examples (an empty class: 0) -> [b, q, 2c]
  torch::Tensor forwardMasked(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                              const torch::Tensor& mask, const torch::Tensor& queryX);

 private:
  /// prototypes [b, m, c, d] and the queries [b, m, d] they are compared with -> [b, m, 2c]
  torch::Tensor classify(const torch::Tensor& prototypes, const torch::Tensor& queryX,
                         int64_t labelWidth);
  torch::nn::Sequential embedding_{nullptr};  // "embed"
  bool embedQuery_;
};
TORCH_MODULE(ProtoNet);

}  // namespace icl::core
