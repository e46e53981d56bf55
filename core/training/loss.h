#pragma once
// The proving-part loss (design.md §3.5): cross-entropy against the 2c-wide target, summed over
// query positions, averaged over tasks, divided by the configured divisor.

#include <torch/types.h>

namespace icl::core {

/// @param outputs [b, m, 2c] learner outputs (logits, or probabilities for MatchNet/ProtoNet,
/// which thereby get the upstream double softmax, §7.3)
/// @param targets [b, m, 2c]
/// @param divisor positive number the position sum is divided by (m, or N - 2 as in §7.5)
/// @return scalar loss
torch::Tensor episodeLoss(const torch::Tensor& outputs, const torch::Tensor& targets,
                          double divisor);

}  // namespace icl::core
