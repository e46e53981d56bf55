#pragma once
// The NVIDIA GPUs this machine has, asked of the driver (libcuda.so.1) at run time, so that the
// lab lists them without CUDA headers or nvcc at build time, and says what it found even when
// this LibTorch build is CPU-only. Torch-free and Qt-free: the window includes it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace icl::core {

/// One CUDA device as the driver numbers it. Driver ordinals match the CUDA runtime's, hence
/// LibTorch's "cuda:N": both honour CUDA_VISIBLE_DEVICES and CUDA_DEVICE_ORDER.
struct GpuDevice {
  int index = 0;            // N of "cuda:N"
  std::string name;         // "NVIDIA H200"
  uint64_t totalBytes = 0;  // device memory
};

/// @brief What the driver reports: the devices, or none and why (driver missing, cuInit failed).
struct GpuDeviceList {
  std::vector<GpuDevice> devices;
  std::string problem;  // empty when the driver answered (zero devices is then no problem)
};

/// @brief Device memory in use, device-wide (every process on it), in bytes.
struct GpuMemoryUse {
  uint64_t usedBytes = 0;
  uint64_t totalBytes = 0;
};

/// @brief Lists the CUDA devices through the driver API. Does not create a CUDA context.
/// @return no devices and a problem such as "no NVIDIA driver (libcuda.so.1 not found)" when
/// the driver cannot be loaded or initialised
GpuDeviceList listGpuDevices();

/// @brief Memory in use on device @p index, read in its primary context. Only while that
/// context is already active (a run trains there): creating one would cost hundreds of MB of
/// device memory and a second or so, just to show a number.
/// @return nullopt when there is no driver, no such device, or no active context on it
std::optional<GpuMemoryUse> gpuMemoryUse(int index);

/// @brief "CUDA 0: NVIDIA H200, 143.8 GB" (decimal GB, as GPU makers count).
std::string gpuDeviceLabel(const GpuDevice& device);

/// @brief "3.1 / 143.8 GB".
std::string gpuMemoryText(const GpuMemoryUse& use);

/// @brief TEST-ONLY: the driver library to load instead of "libcuda.so.1" (the tests' fake
/// driver, tests/core/support/fake_libcuda.cpp); an empty path restores the real one. Not
/// thread-safe with concurrent listGpuDevices() calls; tests set it before anything else.
void setCudaDriverLibraryForTesting(const std::string& path);

}  // namespace icl::core
