#pragma once
// Shapes, models and inputs shared by the fused ICL kernel's tests (tst_icl_fused for the
// forward and its gradients, tst_icl_fused_loss for the training path).

#include <torch/torch.h>

#include <cstdint>
#include <utility>

#include "core/models/icl_fused_kernel.h"
#include "core/models/icl_transformer.h"

namespace icl::test {

/// One batch shape of the ICL transformer: b tasks of n tokens, queries from start on.
struct FusedCase {
  int64_t batch;
  int64_t length;
  int64_t start;
  int64_t depth;
  int64_t inputDim = 2;
  int64_t classes = 2;
  int64_t ffHidden = 24;
};

/// @brief The model of @p c, seeded, its weights 1.7x the default init so that softmaxes and
/// GELUs leave their linear regime.
inline icl::core::IclTransformer makeModel(const FusedCase& c, uint64_t seed) {
  torch::manual_seed(seed);
  icl::core::IclTransformerOptions options;
  options.inputDim = c.inputDim;
  options.labelWidth = 2 * c.classes;
  options.depth = c.depth;
  options.ffHidden = c.ffHidden;
  options.prefixChunk = 1;
  icl::core::IclTransformer model(options);
  torch::NoGradGuard noGrad;
  for (auto& parameter : model->parameters()) {
    parameter.mul_(1.7);
  }
  return model;
}

/// @brief Inputs like the task sampler's: Gaussian x, one-hot labels padded with C zeros.
inline std::pair<torch::Tensor, torch::Tensor> makeInputs(const FusedCase& c, uint64_t seed) {
  torch::manual_seed(seed);
  const torch::Tensor x = torch::randn({c.batch, c.length, c.inputDim});
  const torch::Tensor labels = torch::randint(c.classes, {c.batch, c.length}, torch::kLong);
  torch::Tensor targets = torch::zeros({c.batch, c.length, 2 * c.classes});
  targets.scatter_(2, labels.unsqueeze(-1), 1.0);
  return {x, targets};
}

/// @brief "generic", "avx2", "avx512" (or "auto"): test names and messages.
inline const char* isaLabel(icl::core::IclFusedIsa isa) {
  switch (isa) {
    case icl::core::IclFusedIsa::Generic:
      return "generic";
    case icl::core::IclFusedIsa::Avx2:
      return "avx2";
    case icl::core::IclFusedIsa::Avx512:
      return "avx512";
    case icl::core::IclFusedIsa::Auto:
      break;
  }
  return "auto";
}

}  // namespace icl::test
