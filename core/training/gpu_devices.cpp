#include "core/training/gpu_devices.h"

#include <dlfcn.h>

#include <cstddef>
#include <cstdio>
#include <mutex>

namespace icl::core {
namespace {

// The few driver API entry points used here, declared from NVIDIA's CUDA Driver API reference
// (no cuda.h at build time). CUresult is an enum (int), CUdevice an int, CUcontext a pointer.
using CuResult = int;
using CuDevice = int;
using CuContext = void*;
constexpr CuResult kCudaSuccess = 0;

struct DriverApi {
  CuResult (*init)(unsigned int flags) = nullptr;
  CuResult (*deviceGetCount)(int* count) = nullptr;
  CuResult (*deviceGet)(CuDevice* device, int ordinal) = nullptr;
  CuResult (*deviceGetName)(char* name, int length, CuDevice device) = nullptr;
  CuResult (*deviceTotalMem)(std::size_t* bytes, CuDevice device) = nullptr;
  CuResult (*primaryCtxGetState)(CuDevice device, unsigned int* flags, int* active) = nullptr;
  CuResult (*primaryCtxRetain)(CuContext* context, CuDevice device) = nullptr;
  CuResult (*primaryCtxRelease)(CuDevice device) = nullptr;
  CuResult (*ctxPushCurrent)(CuContext context) = nullptr;
  CuResult (*ctxPopCurrent)(CuContext* context) = nullptr;
  CuResult (*memGetInfo)(std::size_t* freeBytes, std::size_t* totalBytes) = nullptr;
  CuResult (*getErrorString)(CuResult error, const char** text) = nullptr;  // optional
};

constexpr const char* kDriverLibrary = "libcuda.so.1";

std::mutex& driverMutex() {
  static std::mutex mutex;
  return mutex;
}

// Guarded by driverMutex().
std::string& driverPathOverride() {
  static std::string path;
  return path;
}

template <typename F>
bool bind(void* handle, const char* symbol, F& target) {
  // dlsym returns void*; POSIX guarantees the conversion to a function pointer works.
  target = reinterpret_cast<F>(dlsym(handle, symbol));
  return target != nullptr;
}

/// The driver, loaded once per library path (kept loaded: unloading libcuda is not supported
/// while LibTorch may use it). Empty problem = every needed entry point was found.
struct LoadedDriver {
  DriverApi api;
  std::string problem;
};

LoadedDriver loadDriver(const std::string& path) {
  LoadedDriver driver;
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    driver.problem = "no NVIDIA driver (" + path + " not found)";
    return driver;
  }
  DriverApi& api = driver.api;
  // The _v2 names are the 64-bit-size versions cuda.h maps the plain names to.
  const bool complete = bind(handle, "cuInit", api.init) &&
                        bind(handle, "cuDeviceGetCount", api.deviceGetCount) &&
                        bind(handle, "cuDeviceGet", api.deviceGet) &&
                        bind(handle, "cuDeviceGetName", api.deviceGetName) &&
                        bind(handle, "cuDeviceTotalMem_v2", api.deviceTotalMem) &&
                        bind(handle, "cuDevicePrimaryCtxGetState", api.primaryCtxGetState) &&
                        bind(handle, "cuDevicePrimaryCtxRetain", api.primaryCtxRetain) &&
                        (bind(handle, "cuDevicePrimaryCtxRelease_v2", api.primaryCtxRelease) ||
                         bind(handle, "cuDevicePrimaryCtxRelease", api.primaryCtxRelease)) &&
                        bind(handle, "cuCtxPushCurrent_v2", api.ctxPushCurrent) &&
                        bind(handle, "cuCtxPopCurrent_v2", api.ctxPopCurrent) &&
                        bind(handle, "cuMemGetInfo_v2", api.memGetInfo);
  bind(handle, "cuGetErrorString", api.getErrorString);
  if (!complete) {
    driver.problem = "the NVIDIA driver (" + path + ") lacks a needed function; too old?";
  }
  return driver;
}

std::string errorText(const DriverApi& api, CuResult code) {
  const char* text = nullptr;
  if (api.getErrorString != nullptr && api.getErrorString(code, &text) == kCudaSuccess &&
      text != nullptr) {
    return std::string(text) + " (" + std::to_string(code) + ")";
  }
  return "error " + std::to_string(code);
}

/// The driver for the current path, initialised; problem set when it is unusable.
const LoadedDriver& initialisedDriver(std::string& problem) {
  static std::string loadedPath;
  static LoadedDriver driver;
  static bool loaded = false;
  const std::string path =
      driverPathOverride().empty() ? std::string(kDriverLibrary) : driverPathOverride();
  if (!loaded || path != loadedPath) {
    driver = loadDriver(path);
    loadedPath = path;
    loaded = true;
  }
  problem = driver.problem;
  if (problem.empty()) {
    // cuInit is cheap after the first call and must precede every other call.
    const CuResult result = driver.api.init(0);
    if (result != kCudaSuccess) {
      problem = "the NVIDIA driver did not start: cuInit " + errorText(driver.api, result);
    }
  }
  return driver;
}

}  // namespace

GpuDeviceList listGpuDevices() {
  std::lock_guard<std::mutex> lock(driverMutex());
  GpuDeviceList list;
  const LoadedDriver& driver = initialisedDriver(list.problem);
  if (!list.problem.empty()) {
    return list;
  }
  const DriverApi& api = driver.api;
  int count = 0;
  if (const CuResult result = api.deviceGetCount(&count); result != kCudaSuccess) {
    list.problem = "cuDeviceGetCount " + errorText(api, result);
    return list;
  }
  for (int ordinal = 0; ordinal < count; ++ordinal) {
    CuDevice device = 0;
    char name[256] = {};
    std::size_t bytes = 0;
    if (api.deviceGet(&device, ordinal) != kCudaSuccess ||
        api.deviceGetName(name, static_cast<int>(sizeof name) - 1, device) != kCudaSuccess ||
        api.deviceTotalMem(&bytes, device) != kCudaSuccess) {
      list.problem = "the NVIDIA driver did not describe device " + std::to_string(ordinal);
      continue;
    }
    list.devices.push_back(GpuDevice{ordinal, name, static_cast<uint64_t>(bytes)});
  }
  return list;
}

std::optional<GpuMemoryUse> gpuMemoryUse(int index) {
  std::lock_guard<std::mutex> lock(driverMutex());
  std::string problem;
  const LoadedDriver& driver = initialisedDriver(problem);
  if (!problem.empty()) {
    return std::nullopt;
  }
  const DriverApi& api = driver.api;
  CuDevice device = 0;
  unsigned int flags = 0;
  int active = 0;
  if (api.deviceGet(&device, index) != kCudaSuccess ||
      api.primaryCtxGetState(device, &flags, &active) != kCudaSuccess || active == 0) {
    return std::nullopt;
  }
  // Retaining an active primary context only counts a reference; pushing it makes it current
  // on this thread for cuMemGetInfo, and popping restores whatever was current before.
  CuContext context = nullptr;
  if (api.primaryCtxRetain(&context, device) != kCudaSuccess) {
    return std::nullopt;
  }
  std::optional<GpuMemoryUse> use;
  if (api.ctxPushCurrent(context) == kCudaSuccess) {
    std::size_t freeBytes = 0;
    std::size_t totalBytes = 0;
    if (api.memGetInfo(&freeBytes, &totalBytes) == kCudaSuccess && freeBytes <= totalBytes) {
      use = GpuMemoryUse{static_cast<uint64_t>(totalBytes - freeBytes),
                         static_cast<uint64_t>(totalBytes)};
    }
    CuContext popped = nullptr;
    api.ctxPopCurrent(&popped);
  }
  api.primaryCtxRelease(device);
  return use;
}

std::string gpuDeviceLabel(const GpuDevice& device) {
  char memory[32];
  std::snprintf(memory, sizeof memory, "%.1f GB", static_cast<double>(device.totalBytes) / 1e9);
  return "CUDA " + std::to_string(device.index) + ": " + device.name + ", " + memory;
}

std::string gpuMemoryText(const GpuMemoryUse& use) {
  char text[48];
  std::snprintf(text, sizeof text, "%.1f / %.1f GB", static_cast<double>(use.usedBytes) / 1e9,
                static_cast<double>(use.totalBytes) / 1e9);
  return text;
}

void setCudaDriverLibraryForTesting(const std::string& path) {
  std::lock_guard<std::mutex> lock(driverMutex());
  driverPathOverride() = path;
}

}  // namespace icl::core
