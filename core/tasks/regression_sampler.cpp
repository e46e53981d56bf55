#include "core/tasks/regression_sampler.h"

#include <torch/torch.h>

#include <stdexcept>
#include <string>

namespace icl::core {

RegressionSampler::RegressionSampler(int64_t dims, uint64_t seed)
    : dims_(dims), generator_(at::detail::createCPUGenerator(seed)) {
  if (dims < 1) {
    throw std::invalid_argument("RegressionSampler: dims must be >= 1, got " +
                                std::to_string(dims));
  }
}

RegressionPrompts RegressionSampler::sample(int64_t prompts, int64_t points, int64_t activeDims) {
  if (activeDims < 1 || activeDims > dims_) {
    throw std::invalid_argument("RegressionSampler: activeDims must be in 1.." +
                                std::to_string(dims_) + ", got " + std::to_string(activeDims));
  }
  torch::Tensor xs = torch::randn({prompts, points, dims_}, generator_, torch::kFloat32);
  if (activeDims < dims_) {
    xs.narrow(2, activeDims, dims_ - activeDims).zero_();
  }
  const torch::Tensor w = torch::randn({prompts, dims_, 1}, generator_, torch::kFloat32);
  return {xs, torch::bmm(xs, w).squeeze(2)};
}

RegressionDomain RegressionSampler::sampleDomain(double yScale) {
  RegressionDomain domain;
  domain.transform = torch::randn({dims_, dims_}, generator_, torch::kFloat32);
  domain.bias = torch::randn({1}, generator_, torch::kFloat32).item<double>();
  domain.yScale = yScale * torch::randn({1}, generator_, torch::kFloat32).item<double>();
  return domain;
}

RegressionPrompts RegressionSampler::sampleInDomain(const RegressionDomain& domain,
                                                    int64_t prompts, int64_t points) {
  const torch::Tensor z = torch::randn({prompts, points, dims_}, generator_, torch::kFloat32);
  const torch::Tensor xs = torch::matmul(z, domain.transform) + domain.bias;
  const torch::Tensor w = torch::randn({prompts, dims_, 1}, generator_, torch::kFloat32);
  return {xs, domain.yScale * torch::bmm(xs, w).squeeze(2)};
}

torch::Tensor RegressionSampler::randomIndices(int64_t count, int64_t bound) {
  return torch::randint(bound, {count}, generator_, torch::kLong);
}

}  // namespace icl::core
