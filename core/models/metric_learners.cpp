#include "core/models/metric_learners.h"

#include <torch/torch.h>

#include "core/models/learner.h"

namespace icl::core {

torch::nn::Sequential makeMetricEmbedding(int64_t d) {
  return torch::nn::Sequential(torch::nn::Linear(d, d), torch::nn::LeakyReLU(),
                               torch::nn::Linear(d, d));
}

torch::Tensor padAndSoftmax(const torch::Tensor& classScores, int64_t labelWidth) {
  const int64_t classes = classScores.size(-1);
  std::vector<int64_t> paddingShape = classScores.sizes().vec();
  paddingShape.back() = labelWidth - classes;
  const torch::Tensor padding = torch::full(paddingShape, kPaddingScore, classScores.options());
  return torch::cat({classScores, padding}, -1).softmax(-1);
}

}  // namespace icl::core
