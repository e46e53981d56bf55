#include "core/training/loss.h"

#include <torch/torch.h>

#include "core/models/learner.h"

namespace icl::core {

torch::Tensor episodeLoss(const torch::Tensor& outputs, const torch::Tensor& targets,
                          double divisor) {
  TORCH_CHECK(outputs.sizes() == targets.sizes(), "episodeLoss: outputs ", outputs.sizes(),
              " and targets ", targets.sizes(), " differ");
  TORCH_CHECK(divisor > 0.0, "episodeLoss: divisor must be > 0, got ", divisor);
  const torch::Tensor crossEntropy = -(targets * outputs.log_softmax(-1)).sum(-1);  // [b, m]
  return crossEntropy.sum() / (static_cast<double>(outputs.size(0)) * divisor);
}

torch::Tensor trainingLoss(Learner& learner, const torch::Tensor& x, const torch::Tensor& targets,
                           int64_t start, double divisor) {
  torch::Tensor fused = learner.fusedTrainingLoss(x, targets, start, divisor);
  if (fused.defined()) {
    return fused;
  }
  const torch::Tensor outputs = learner.forwardPrefixes(x, targets, start);
  return episodeLoss(outputs, targets.narrow(1, start, targets.size(1) - start), divisor);
}

}  // namespace icl::core
