#pragma once
// A helper of the learners that answer queries from a masked support (Learner::forwardMasked).
// Shapes: b tasks, s support examples, q queries, d input dimension.

#include <torch/torch.h>

namespace icl::core {

/// @brief The mask [b, q, s] bool as 0/1 weights in supportX's dtype, after checking that it
/// fits supportX [b, s, d] and queryX [b, q, d]. Weight 0 removes an example from every sum,
/// exactly as if it were absent.
inline torch::Tensor supportMaskWeights(const torch::Tensor& mask, const torch::Tensor& supportX,
                                        const torch::Tensor& queryX) {
  TORCH_CHECK(mask.defined() && mask.scalar_type() == torch::kBool,
              "forwardMasked: mask must be a bool tensor [b, q, s]");
  TORCH_CHECK(supportX.dim() == 3 && queryX.dim() == 3 && mask.dim() == 3 &&
                  mask.size(0) == supportX.size(0) && mask.size(0) == queryX.size(0) &&
                  mask.size(1) == queryX.size(1) && mask.size(2) == supportX.size(1),
              "forwardMasked: mask ", mask.sizes(), " does not fit supportX ", supportX.sizes(),
              " and queryX ", queryX.sizes(), " (expected [b, q, s])");
  return mask.to(supportX.scalar_type());
}

}  // namespace icl::core
