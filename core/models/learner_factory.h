#pragma once
// Builds any learner from a run's config; the only place that knows the concrete model types.

#include <memory>
#include <string>

#include <torch/types.h>

#include "core/config/run_config.h"
#include "core/models/learner.h"

namespace icl::core {

/// @brief A freshly initialised learner of @p kind on @p device. Initial weights come from
/// torch's global generator, which the caller seeds (see Trainer) for reproducibility.
std::shared_ptr<Learner> makeLearner(LearnerKind kind, const RunConfig& config,
                                     const torch::Device& device);

/// @brief Query prefixes per padded ICL pass when the config says 0: one pass on a GPU (launch
/// bound), small chunks on a CPU (measured with `icl-lab-cli bench`).
int64_t defaultPrefixChunk(const torch::Device& device, int64_t length);

/// @brief Whether the ICL learner uses the fused CPU kernel: "fused" and "torch" say so (the
/// fused kernel only ever runs CPU float32; elsewhere the LibTorch path runs); "auto" is fused
/// on the CPU, where `icl-lab-cli bench` measured it several times faster, and torch on CUDA.
bool useFusedIclKernel(const std::string& kernel, const torch::Device& device);

}  // namespace icl::core
