#pragma once
// Conditional Neural Process, the amortization-based learner (design.md §3.4): encode each example
// [x_j, y_j], average, transform into a context c (0 without examples), decode [c, x_q] into
// 2c logits. 250 parameters at d = 2, c = 2, hidden 6.

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>

namespace icl::core {

struct CnpOptions {
  int64_t inputDim = 2;    // d
  int64_t labelWidth = 4;  // 2c
  int64_t hidden = 6;      // width of encoder, context and decoder hidden layer (paper d + 2c)
};

class CnpImpl : public torch::nn::Module {
 public:
  explicit CnpImpl(const CnpOptions& options);
  torch::Tensor forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                int64_t start);
  torch::Tensor forwardQueries(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                               const torch::Tensor& queryX);
  /// Queries [b, q, d] that see the support examples mask [b, q, s] allows: the encoding mean
  /// over allowed examples (none: context 0) -> [b, q, 2c]
  torch::Tensor forwardMasked(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                              const torch::Tensor& mask, const torch::Tensor& queryX);

 private:
  /// mean encodings [b, m, h] and how many examples each averaged [b, m, 1] -> context
  torch::Tensor context(const torch::Tensor& meanEncoding, const torch::Tensor& exampleCount);
  torch::nn::Sequential encoder_{nullptr};     // "encoder": f1, per example
  torch::nn::Sequential aggregator_{nullptr};  // "aggregator": f2, on the mean
  torch::nn::Sequential decoder_{nullptr};     // "decoder": on [context, x_q]
  int64_t hidden_ = 0;
};
TORCH_MODULE(Cnp);

}  // namespace icl::core
