// TEST-ONLY stand-in for the NVIDIA driver (libcuda.so.1), loaded by core/training/gpu_devices
// through setCudaDriverLibraryForTesting. It exports the driver API functions that module uses
// and describes two fake GPUs; ICL_FAKE_CUDA picks a failure instead:
//   unset        two devices: 0 "Fake GPU Alpha" (80 GB, context active, 3.1 GB in use)
//                             1 "Fake GPU Beta"  (16 GB, no context yet)
//   init-fails   cuInit returns CUDA_ERROR_NO_DEVICE (100)
//   no-devices   cuInit succeeds, zero devices
// ICL_FAKE_CUDA_USED_MB=<n> sets device 0's memory in use (a run that allocates more).
// fakeCudaBalance reports retains minus releases and pushes minus pops, so a test can check
// that every context taken is given back.
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

constexpr int kSuccess = 0;
constexpr int kInvalidValue = 1;
constexpr int kNotInitialized = 3;
constexpr int kInvalidContext = 201;
constexpr int kInvalidDevice = 101;
constexpr int kNoDevice = 100;

struct FakeDevice {
  const char* name;
  std::size_t total;
  std::size_t free;
  bool active;
};

const FakeDevice kDevices[] = {
    {"Fake GPU Alpha", 80'000'000'000ULL, 76'900'000'000ULL, true},
    {"Fake GPU Beta", 16'000'000'000ULL, 15'500'000'000ULL, false},
};

bool initialised = false;
int retained = 0;
int pushed = 0;
int current = -1;  // the device whose context is current, -1 = none

std::string mode() {
  const char* value = std::getenv("ICL_FAKE_CUDA");
  return value == nullptr ? std::string() : std::string(value);
}

int deviceCount() { return mode() == "no-devices" ? 0 : 2; }

bool validDevice(int device) { return initialised && device >= 0 && device < deviceCount(); }

// Contexts are the address of the device entry, so a pushed context names its device.
void* contextOf(int device) { return const_cast<FakeDevice*>(&kDevices[device]); }

}  // namespace

extern "C" {

int cuInit(unsigned int flags) {
  if (flags != 0) {
    return kInvalidValue;
  }
  if (mode() == "init-fails") {
    return kNoDevice;
  }
  initialised = true;
  return kSuccess;
}

int cuGetErrorString(int error, const char** text) {
  *text = error == kNoDevice ? "no CUDA-capable device is detected" : "fake driver error";
  return kSuccess;
}

int cuDeviceGetCount(int* count) {
  if (!initialised) {
    return kNotInitialized;
  }
  *count = deviceCount();
  return kSuccess;
}

int cuDeviceGet(int* device, int ordinal) {
  if (!validDevice(ordinal)) {
    return initialised ? kInvalidDevice : kNotInitialized;
  }
  *device = ordinal;
  return kSuccess;
}

int cuDeviceGetName(char* name, int length, int device) {
  if (!validDevice(device) || length <= 0) {
    return kInvalidValue;
  }
  std::strncpy(name, kDevices[device].name, static_cast<std::size_t>(length));
  name[length - 1] = '\0';
  return kSuccess;
}

int cuDeviceTotalMem_v2(std::size_t* bytes, int device) {
  if (!validDevice(device)) {
    return kInvalidDevice;
  }
  *bytes = kDevices[device].total;
  return kSuccess;
}

int cuDevicePrimaryCtxGetState(int device, unsigned int* flags, int* active) {
  if (!validDevice(device)) {
    return kInvalidDevice;
  }
  *flags = 0;
  *active = kDevices[device].active ? 1 : 0;
  return kSuccess;
}

int cuDevicePrimaryCtxRetain(void** context, int device) {
  if (!validDevice(device)) {
    return kInvalidDevice;
  }
  ++retained;
  *context = contextOf(device);
  return kSuccess;
}

int cuDevicePrimaryCtxRelease_v2(int device) {
  if (!validDevice(device) || retained == 0) {
    return kInvalidContext;
  }
  --retained;
  return kSuccess;
}

int cuCtxPushCurrent_v2(void* context) {
  for (int device = 0; device < deviceCount(); ++device) {
    if (context == contextOf(device)) {
      ++pushed;
      current = device;
      return kSuccess;
    }
  }
  return kInvalidContext;
}

int cuCtxPopCurrent_v2(void** context) {
  if (pushed == 0) {
    return kInvalidContext;
  }
  --pushed;
  *context = contextOf(current);
  current = -1;
  return kSuccess;
}

int cuMemGetInfo_v2(std::size_t* freeBytes, std::size_t* totalBytes) {
  if (current < 0) {
    return kInvalidContext;
  }
  *freeBytes = kDevices[current].free;
  const char* used = std::getenv("ICL_FAKE_CUDA_USED_MB");
  if (current == 0 && used != nullptr) {
    *freeBytes = kDevices[0].total - std::strtoull(used, nullptr, 10) * 1'000'000ULL;
  }
  *totalBytes = kDevices[current].total;
  return kSuccess;
}

// Not a driver function: for the tests' balance checks.
void fakeCudaBalance(int* retainedContexts, int* pushedContexts) {
  *retainedContexts = retained;
  *pushedContexts = pushed;
}

}  // extern "C"
