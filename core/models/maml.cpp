#include "core/models/maml.h"

#include <cmath>

namespace icl::core {

InnerLoopResult adaptParameters(const GptRegressionImpl& model,
                                const std::vector<torch::Tensor>& start,
                                const RegressionPrompts& support,
                                const InnerLoopOptions& options) {
  InnerLoopResult result;
  result.params = start;
  for (int64_t step = 0; step < options.steps; ++step) {
    const torch::Tensor loss =
        regressionLoss(model.forwardWith(result.params, support.xs, support.ys), support.ys);
    const double lossValue = loss.item<double>();
    if (step == 0) {
      result.firstLoss = lossValue;
    }
    if (!std::isfinite(lossValue)) {
      result.diverged = true;
      result.message = "inner-loop support loss is not finite at inner step " +
                       std::to_string(step + 1);
      return result;
    }
    const std::vector<torch::Tensor> grads =
        torch::autograd::grad({loss}, result.params, /*grad_outputs=*/{},
                              /*retain_graph=*/options.secondOrder,
                              /*create_graph=*/options.secondOrder);
    double squared = 0.0;
    for (const torch::Tensor& g : grads) {
      squared += g.detach().square().sum().item<double>();
    }
    const double norm = std::sqrt(squared);
    result.maxGradNorm = std::max(result.maxGradNorm, norm);
    if (!std::isfinite(norm) || norm > options.maxGradNorm) {
      result.diverged = true;
      result.message = "inner-loop gradient norm " + std::to_string(norm) + " at inner step " +
                       std::to_string(step + 1) + " exceeds the bound " +
                       std::to_string(options.maxGradNorm);
      return result;
    }
    std::vector<torch::Tensor> next;
    next.reserve(grads.size());
    for (std::size_t i = 0; i < grads.size(); ++i) {
      // First order: the gradient is a constant, so d theta'/d theta = I.
      const torch::Tensor g = options.secondOrder ? grads[i] : grads[i].detach();
      next.push_back(result.params[i] - options.lr * g);
    }
    result.params = std::move(next);
  }
  return result;
}

}  // namespace icl::core
