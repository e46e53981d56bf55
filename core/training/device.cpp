#include "core/training/device.h"

#include <ATen/Context.h>
#include <torch/cuda.h>

#include "core/config/device_name.h"

namespace icl::core {

bool cudaAvailable() { return torch::cuda::is_available(); }

CudaSupport cudaSupport() {
  CudaSupport support;
  support.builtWithCuda = at::hasCUDA();
  support.deviceCount = support.builtWithCuda ? static_cast<int>(torch::cuda::device_count()) : 0;
  return support;
}

Result<torch::Device> resolveDevice(const std::string& name) {
  const auto parsed = parseDeviceName(name);
  if (!parsed) {
    return Result<torch::Device>::failure("device = \"" + name +
                                          "\": expected \"auto\", \"cpu\", \"cuda\" or \"cuda:N\"");
  }
  switch (parsed->kind) {
    case DeviceName::Kind::Cpu:
      return Result<torch::Device>::success(torch::Device(torch::kCPU));
    case DeviceName::Kind::Auto:
      return Result<torch::Device>::success(cudaAvailable() ? torch::Device(torch::kCUDA, 0)
                                                            : torch::Device(torch::kCPU));
    case DeviceName::Kind::Cuda:
      break;
  }
  const CudaSupport support = cudaSupport();
  // The driver is asked only to explain a refusal (it costs a dlopen).
  const bool usable = support.builtWithCuda && parsed->index < support.deviceCount;
  if (!usable) {
    return Result<torch::Device>::failure(cudaDeviceProblem(name, support, listGpuDevices()));
  }
  return Result<torch::Device>::success(
      torch::Device(torch::kCUDA, static_cast<torch::DeviceIndex>(parsed->index)));
}

}  // namespace icl::core
