#pragma once
// Turning the config's "auto" / "cpu" / "cuda" into a device this machine has.

#include <string>

#include <torch/types.h>

#include "core/training/device_info.h"
#include "core/util/result.h"

namespace icl::core {

/// @brief "auto" gives CUDA when LibTorch sees a GPU, else the CPU; "cuda" without a GPU is an
/// error naming the problem.
Result<torch::Device> resolveDevice(const std::string& name);

}  // namespace icl::core
