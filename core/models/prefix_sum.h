#pragma once
// A helper of the learners that see every prefix of a sequence at once (ProtoNet, CNP).

#include <torch/types.h>

namespace icl::core {

/// @brief Exclusive prefix sums along positions: values [b, n, ...] -> out with
/// out[:, i] = sum_{j < i} values[:, j] (out[:, 0] = 0).
inline torch::Tensor exclusivePrefixSum(const torch::Tensor& values) {
  const torch::Tensor inclusive = values.cumsum(1);
  return inclusive - values;
}

}  // namespace icl::core
