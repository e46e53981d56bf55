#pragma once
// MAML inner loop over the functional GPT forward (design.md §5.5, §7 item 12): the adapted weights
// are new tensors computed from the starting ones, so the outer loss can be differentiated
// through them (second order) or with the inner gradients treated as constants (first order).

#include <torch/torch.h>

#include <string>
#include <vector>

#include "core/models/gpt_regression.h"
#include "core/tasks/regression_sampler.h"

namespace icl::core {

struct InnerLoopOptions {
  int64_t steps = 1;           // SGD steps on the same support batch
  double lr = 0.01;            // inner learning rate
  bool secondOrder = false;    // keep the graph of the inner gradients (create_graph)
  double maxGradNorm = 1e6;    // a larger inner gradient norm counts as divergence
};

struct InnerLoopResult {
  std::vector<torch::Tensor> params;  // adapted weights, parameters() order
  double firstLoss = 0.0;             // support loss before the first step
  double maxGradNorm = 0.0;           // largest inner gradient norm seen
  bool diverged = false;
  std::string message;                // why it diverged
};

/// @brief theta' <- theta' - lr * grad MSE(support; theta'), @p options.steps times, from
/// @p start (tensors that require grad, e.g. model->parameters()).
InnerLoopResult adaptParameters(const GptRegressionImpl& model,
                                const std::vector<torch::Tensor>& start,
                                const RegressionPrompts& support, const InnerLoopOptions& options);

}  // namespace icl::core
