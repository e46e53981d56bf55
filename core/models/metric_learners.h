#pragma once
// What the classic metric-based meta-learners (design.md §3.2, §3.3; match_net.h, proto_net.h)
// share: the same small MLP embedding d -> d -> d, and a softmax over [c class scores,
// c padding slots]. Shapes: b tasks, n positions, d input dimension, c classes.

#include <torch/nn/modules/container/sequential.h>

namespace icl::core {

/// Linear(d, d) -> LeakyReLU(0.01) -> Linear(d, d): 12 parameters at d = 2.
torch::nn::Sequential makeMetricEmbedding(int64_t d);

/// Scores [..., c] -> probabilities [..., 2c] with the padding slots at kPaddingScore.
torch::Tensor padAndSoftmax(const torch::Tensor& classScores, int64_t labelWidth);

}  // namespace icl::core
