#include "core/training/device_info.h"

#include "core/config/device_name.h"

namespace icl::core {
namespace {

std::string devicesText(int count) {
  return std::to_string(count) + (count == 1 ? " CUDA device" : " CUDA devices");
}

/// What the driver saw, as a clause: "; the NVIDIA driver sees 2 GPUs" or its problem.
std::string driverClause(const GpuDeviceList& driver) {
  if (!driver.problem.empty()) {
    return "; " + driver.problem;
  }
  const std::size_t count = driver.devices.size();
  return "; the NVIDIA driver sees " + std::to_string(count) + (count == 1 ? " GPU" : " GPUs");
}

}  // namespace

std::string cudaDeviceProblem(const std::string& name, const CudaSupport& support,
                              const GpuDeviceList& driver) {
  const auto parsed = parseDeviceName(name);
  const std::string subject = "device = \"" + name + "\": ";
  if (!parsed) {
    return subject + "expected \"auto\", \"cpu\", \"cuda\" or \"cuda:N\"";
  }
  if (parsed->kind != DeviceName::Kind::Cuda) {
    return "";
  }
  if (!support.builtWithCuda) {
    return subject +
           "this LibTorch was built without CUDA (Debian 12's libtorch is CPU-only); see the "
           "README section Training on an NVIDIA GPU" +
           driverClause(driver) + "; or use device \"cpu\" or \"auto\"";
  }
  if (support.deviceCount <= 0) {
    return subject + "no CUDA device: LibTorch is built with CUDA but sees none" +
           driverClause(driver) + "; or use device \"cpu\" or \"auto\"";
  }
  if (parsed->index >= support.deviceCount) {
    return subject + "no such CUDA device: LibTorch sees " + devicesText(support.deviceCount) +
           " (cuda:0 to cuda:" + std::to_string(support.deviceCount - 1) + ")";
  }
  return "";
}

std::string canonicalDeviceName(const std::string& name) {
  const auto parsed = parseDeviceName(name);
  if (parsed && parsed->kind == DeviceName::Kind::Cuda) {
    return "cuda:" + std::to_string(parsed->index);
  }
  return name;
}

}  // namespace icl::core
