#pragma once
// Seeded prompt generators of the improving experiments (design.md §5.1, §5.5). Everything is drawn
// on the CPU from the sampler's own generator, so a seed gives the same prompts on any device.
// Legend: b prompts, n points, d = D input dimension.

#include <torch/types.h>

#include <cstdint>

namespace icl::core {

/// A batch of linear-regression prompts: xs [b, n, d] float, ys [b, n] float.
struct RegressionPrompts {
  torch::Tensor xs;
  torch::Tensor ys;
  RegressionPrompts to(const torch::Device& device) const { return {xs.to(device), ys.to(device)}; }
  /// @brief Prompts [start, start + count) of the batch.
  RegressionPrompts slice(int64_t start, int64_t count) const {
    return {xs.narrow(0, start, count), ys.narrow(0, start, count)};
  }
};

/// A domain of meta-meta-learning (design.md §5.5): x = z S + b, y = t <x, w>.
struct RegressionDomain {
  torch::Tensor transform;  // S [d, d], N(0, 1) entries
  double bias = 0.0;        // b ~ N(0, 1), added to every coordinate
  double yScale = 1.0;      // t = scale * N(0, 1)
};

class RegressionSampler {
 public:
  /// @param dims D; @param seed the stream's seed (two samplers with one seed agree)
  RegressionSampler(int64_t dims, uint64_t seed);

  /// @brief x ~ N(0, I_D) with coordinates >= activeDims set to 0, a fresh w ~ N(0, I_D) per
  /// prompt, y = <x, w>.
  RegressionPrompts sample(int64_t prompts, int64_t points, int64_t activeDims);

  /// @brief A new domain with t = yScale * N(0, 1).
  RegressionDomain sampleDomain(double yScale);

  /// @brief Prompts of @p domain, each with its own w ~ N(0, I_D).
  RegressionPrompts sampleInDomain(const RegressionDomain& domain, int64_t prompts,
                                   int64_t points);

  /// @brief Uniform integers in [0, bound), for mini-batch indices.
  torch::Tensor randomIndices(int64_t count, int64_t bound);

 
  /// @brief The stream every draw comes from; a resumed run restores its state.
  at::Generator& generator() { return generator_; }

 private:
  int64_t dims_;
  at::Generator generator_;
};

}  // namespace icl::core
