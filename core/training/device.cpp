#include "core/training/device.h"

#include <torch/cuda.h>

namespace icl::core {

bool cudaAvailable() { return torch::cuda::is_available(); }

Result<torch::Device> resolveDevice(const std::string& name) {
  if (name == "cpu") {
    return Result<torch::Device>::success(torch::Device(torch::kCPU));
  }
  if (name == "cuda") {
    if (!cudaAvailable()) {
      return Result<torch::Device>::failure(
          "device = \"cuda\": this LibTorch build sees no CUDA device; use --device cpu or auto");
    }
    return Result<torch::Device>::success(torch::Device(torch::kCUDA, 0));
  }
  if (name == "auto") {
    return Result<torch::Device>::success(cudaAvailable() ? torch::Device(torch::kCUDA, 0)
                                                          : torch::Device(torch::kCPU));
  }
  return Result<torch::Device>::failure("device = \"" + name +
                                        "\": expected \"auto\", \"cpu\" or \"cuda\"");
}

}  // namespace icl::core
