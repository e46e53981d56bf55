#pragma once
// What the UI may ask about devices without including LibTorch headers, and the rules that
// turn a device name into a problem message (torch-free, so they are tested on any machine).

#include <string>

#include "core/training/gpu_devices.h"

namespace icl::core {

/// @brief Whether this LibTorch build sees a CUDA device (for the UI's device list).
bool cudaAvailable();

/// What this LibTorch build can do with CUDA.
struct CudaSupport {
  bool builtWithCuda = false;  // at::hasCUDA(): false for Debian 12's CPU-only libtorch
  int deviceCount = 0;         // devices LibTorch sees (0 when built without CUDA)
};

/// @brief Asks LibTorch (at::hasCUDA, torch::cuda::device_count).
CudaSupport cudaSupport();

/// @brief Why device @p name cannot be used here, or "" when it can. "auto" and "cpu" always
/// can. The message names the problem and what LibTorch and the driver see, e.g. "device =
/// \"cuda\": this LibTorch was built without CUDA (Debian 12's libtorch is CPU-only); see the
/// README section Training on an NVIDIA GPU".
/// @param support what LibTorch can do (cudaSupport())
/// @param driver what the NVIDIA driver reports (listGpuDevices()), named in the message
std::string cudaDeviceProblem(const std::string& name, const CudaSupport& support,
                              const GpuDeviceList& driver);

/// @brief "cuda:N" for a CUDA name ("cuda" is "cuda:0"); other names unchanged.
std::string canonicalDeviceName(const std::string& name);

}  // namespace icl::core
