#pragma once
// The cross-version checkpoint fixtures (tests/core/data/icl-depth8-libtorch-*.pt): the ICL
// transformer at depth 8 with every parameter set to a fixed pattern, saved once by LibTorch
// 1.13 (Debian 12) and once by 2.6 (Debian 13) with tests/core/make_checkpoint_fixture.cpp, so
// that tst_learners can check that either version loads either's file, weights exact.

#include <torch/torch.h>

#include "core/config/run_config.h"

namespace icl::test {

/// The config the fixtures were saved with: the default config at ICL depth 8.
inline icl::core::RunConfig checkpointFixtureConfig() {
  icl::core::RunConfig config;
  config.learners.icl.depth = 8;
  config.resolveDefaults();
  return config;
}

/// Parameter k, element i holds k + i / 1024 (exact in float): any mix-up of parameters or
/// elements changes a value.
inline torch::Tensor checkpointFixtureValues(int64_t index, const torch::Tensor& like) {
  return (torch::arange(like.numel(), torch::kFloat) / 1024.0 + static_cast<double>(index))
      .reshape(like.sizes());
}

}  // namespace icl::test
