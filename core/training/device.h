#pragma once
// Turning the config's "auto" / "cpu" / "cuda" / "cuda:N" into a device this machine has.

#include <torch/types.h>

#include <string>

#include "core/training/device_info.h"
#include "core/util/result.h"

namespace icl::core {

/// @brief "auto" gives cuda:0 when LibTorch sees a GPU, else the CPU; "cuda" is cuda:0;
/// "cuda:N" that GPU. A CUDA device LibTorch cannot use is an error naming the problem and
/// what LibTorch and the NVIDIA driver see (cudaDeviceProblem).
Result<torch::Device> resolveDevice(const std::string& name);

}  // namespace icl::core
