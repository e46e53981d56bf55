#pragma once
// The interface every few-shot learner offers to the trainer, evaluator and inference API.
// Shapes: b tasks, n positions, d input dimension, c classes (targets are 2c wide, design.md §1),
// s support examples, q queries.

#include <memory>
#include <stdexcept>
#include <string>

#include <torch/nn/module.h>
#include <torch/types.h>

#include "core/config/names.h"

namespace icl::core {

class Learner {
 public:
  virtual ~Learner() = default;

  virtual LearnerKind kind() const = 0;
  /// @brief The parameters, train()/eval() state and (de)serialisation of the learner.
  virtual torch::nn::Module& module() = 0;

  /// @brief Outputs for query positions start..n-1; query i sees examples 0..i-1 only.
  /// @param x [b, n, d] inputs, @param targets [b, n, 2c] one-hot labels
  /// @return [b, n - start, 2c] logits, or probabilities when outputsProbabilities()
  virtual torch::Tensor forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                        int64_t start) = 0;

  /// @brief Outputs for queries that each see the whole support set.
  /// @param supportX [b, s, d], @param supportTargets [b, s, 2c], @param queryX [b, q, d]
  /// @return [b, q, 2c]
  virtual torch::Tensor forwardQueries(const torch::Tensor& supportX,
                                       const torch::Tensor& supportTargets,
                                       const torch::Tensor& queryX) = 0;

  /// @brief Outputs for queries that each see only the support examples @p mask allows, as if
  /// the others were absent (leave-one-out accuracy of the algorithm-selection baseline,
  /// design.md §9). MatchNet, ProtoNet and CNP implement it; the default (the ICL transformer,
  /// which is not a selection candidate) throws std::logic_error.
  /// @param supportX [b, s, d], @param supportTargets [b, s, 2c], @param mask [b, q, s] bool,
  /// @param queryX [b, q, d]
  /// @return [b, q, 2c], as forwardQueries
  virtual torch::Tensor forwardMasked(const torch::Tensor& /*supportX*/,
                                      const torch::Tensor& /*supportTargets*/,
                                      const torch::Tensor& /*mask*/,
                                      const torch::Tensor& /*queryX*/) {
    throw std::logic_error("forwardMasked is not supported by the " + learnerName(kind()) +
                           " learner (only matchnet, protonet and cnp can see a masked support)");
  }

  /// @brief The training loss over query positions start..n-1 (design.md §3.5: cross-entropy
  /// with the target, summed over positions, divided by @p divisor, mean over tasks) computed
  /// with its parameter gradients in one fused pass, as an autograd node whose backward hands
  /// them out; an undefined tensor where the learner has no such pass for these inputs (the
  /// default), and then the caller uses forwardPrefixes and episodeLoss (trainingLoss in
  /// core/training/loss.h does both).
  /// @param x [b, n, d], @param targets [b, n, 2c]
  /// @return scalar loss, or undefined
  virtual torch::Tensor fusedTrainingLoss(const torch::Tensor& /*x*/,
                                          const torch::Tensor& /*targets*/, int64_t /*start*/,
                                          double /*divisor*/) {
    return {};
  }

  /// @brief MatchNet and ProtoNet end in a softmax; their loss applies a second one (§7.3).
  virtual bool outputsProbabilities() const = 0;

  /// @brief Class probabilities [..., 2c] from forward outputs.
  torch::Tensor probabilities(const torch::Tensor& outputs) const {
    return outputsProbabilities() ? outputs : outputs.softmax(-1);
  }

  int64_t parameterCount() {
    int64_t count = 0;
    for (const auto& parameter : module().parameters()) {
      count += parameter.numel();
    }
    return count;
  }
};

/// Score given to the c padding label slots so that a softmax puts ~0 on them (design.md §3.2).
constexpr double kPaddingScore = -9999.0;

}  // namespace icl::core
