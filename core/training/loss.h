#pragma once
// The proving-part loss (design.md §3.5): cross-entropy against the 2c-wide target, summed over
// query positions, averaged over tasks, divided by the configured divisor.

#include <torch/types.h>

namespace icl::core {

class Learner;

/// @param outputs [b, m, 2c] learner outputs (logits, or probabilities for MatchNet/ProtoNet,
/// which thereby get the upstream double softmax, §7.3)
/// @param targets [b, m, 2c]
/// @param divisor positive number the position sum is divided by (m, or N - 2 as in §7.5)
/// @return scalar loss
torch::Tensor episodeLoss(const torch::Tensor& outputs, const torch::Tensor& targets,
                          double divisor);


/// @brief The training loss of one batch, as episodeLoss(learner.forwardPrefixes(x, targets,
/// start), targets[:, start:], divisor), through the learner's fused loss-and-gradient pass
/// where it has one (Learner::fusedTrainingLoss: the ICL transformer's CPU kernel when
/// gradients are wanted), else through forwardPrefixes and episodeLoss.
/// @param x [b, n, d], @param targets [b, n, 2c], @param start first query position
/// @return scalar loss; backward() gives the same parameter gradients either way
torch::Tensor trainingLoss(Learner& learner, const torch::Tensor& x, const torch::Tensor& targets,
                           int64_t start, double divisor);

}  // namespace icl::core
