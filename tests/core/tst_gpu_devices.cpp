// GPU devices through the driver API loaded at run time (#13): against the tests' fake
// libcuda (tests/core/support/fake_libcuda.cpp, two fake GPUs), so the list, names, memory and
// the failure paths run on a machine without a GPU.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "core/training/gpu_devices.h"
#include "tests/core/support/checks.h"

using namespace icl::core;
using icl::test::hasText;

namespace {

/// Sets ICL_FAKE_CUDA (the fake driver's mode) for one scope.
class FakeMode {
 public:
  explicit FakeMode(const char* mode) { setenv("ICL_FAKE_CUDA", mode, 1); }
  ~FakeMode() { unsetenv("ICL_FAKE_CUDA"); }
  FakeMode(const FakeMode&) = delete;
  FakeMode& operator=(const FakeMode&) = delete;
};

/// Contexts retained minus released, and pushed minus popped, in the fake driver.
std::pair<int, int> fakeBalance() {
  void* handle = dlopen(ICL_FAKE_CUDA_PATH, RTLD_NOW | RTLD_LOCAL);
  EXPECT_NE(handle, nullptr);
  using Balance = void (*)(int*, int*);
  auto balance = reinterpret_cast<Balance>(dlsym(handle, "fakeCudaBalance"));
  EXPECT_NE(balance, nullptr);
  int retained = -1;
  int pushed = -1;
  balance(&retained, &pushed);
  dlclose(handle);
  return {retained, pushed};
}

}  // namespace

class GpuDevices : public ::testing::Test {
 protected:
  void SetUp() override { setCudaDriverLibraryForTesting(ICL_FAKE_CUDA_PATH); }
  void TearDown() override { setCudaDriverLibraryForTesting(""); }
};

TEST_F(GpuDevices, listsTheDriversDevicesWithNamesAndMemory) {
  const GpuDeviceList list = listGpuDevices();
  EXPECT_EQ(list.problem, "");
  ASSERT_EQ(list.devices.size(), 2U);
  EXPECT_EQ(list.devices[0].index, 0);
  EXPECT_EQ(list.devices[0].name, "Fake GPU Alpha");
  EXPECT_EQ(list.devices[0].totalBytes, 80'000'000'000ULL);
  EXPECT_EQ(list.devices[1].index, 1);
  EXPECT_EQ(list.devices[1].name, "Fake GPU Beta");
  EXPECT_EQ(list.devices[1].totalBytes, 16'000'000'000ULL);
  EXPECT_EQ(gpuDeviceLabel(list.devices[0]), "CUDA 0: Fake GPU Alpha, 80.0 GB");
  EXPECT_EQ(gpuDeviceLabel(list.devices[1]), "CUDA 1: Fake GPU Beta, 16.0 GB");
  EXPECT_EQ(fakeBalance(), std::make_pair(0, 0));  // listing takes no context
}

TEST_F(GpuDevices, memoryInUseIsReadInTheActiveContextAndGivenBack) {
  const auto use = gpuMemoryUse(0);
  ASSERT_TRUE(use.has_value());
  EXPECT_EQ(use->usedBytes, 3'100'000'000ULL);
  EXPECT_EQ(use->totalBytes, 80'000'000'000ULL);
  EXPECT_EQ(gpuMemoryText(*use), "3.1 / 80.0 GB");
  EXPECT_EQ(fakeBalance(), std::make_pair(0, 0));
}

TEST_F(GpuDevices, noContextIsCreatedJustToShowMemory) {
  // Device 1 has no active context (nothing trains there): no number, and nothing retained.
  EXPECT_FALSE(gpuMemoryUse(1).has_value());
  EXPECT_FALSE(gpuMemoryUse(2).has_value());  // no such device
  EXPECT_FALSE(gpuMemoryUse(-1).has_value());
  EXPECT_EQ(fakeBalance(), std::make_pair(0, 0));
}

TEST_F(GpuDevices, driverThatFailsToStartIsNamed) {
  const FakeMode mode("init-fails");
  const GpuDeviceList list = listGpuDevices();
  EXPECT_TRUE(list.devices.empty());
  EXPECT_EQ(list.problem,
            "the NVIDIA driver did not start: cuInit no CUDA-capable device is detected (100)");
  EXPECT_FALSE(gpuMemoryUse(0).has_value());
}

TEST_F(GpuDevices, zeroDevicesIsAnEmptyListWithoutAProblem) {
  const FakeMode mode("no-devices");
  const GpuDeviceList list = listGpuDevices();
  EXPECT_TRUE(list.devices.empty());
  EXPECT_EQ(list.problem, "");
  EXPECT_FALSE(gpuMemoryUse(0).has_value());
}

TEST_F(GpuDevices, missingDriverIsNamed) {
  setCudaDriverLibraryForTesting("/nonexistent/libcuda.so.1");
  const GpuDeviceList list = listGpuDevices();
  EXPECT_TRUE(list.devices.empty());
  EXPECT_EQ(list.problem, "no NVIDIA driver (/nonexistent/libcuda.so.1 not found)");
  EXPECT_FALSE(gpuMemoryUse(0).has_value());
}

TEST_F(GpuDevices, theRealDriverIsAskedByDefault) {
  // Back to libcuda.so.1: on a machine without the NVIDIA driver the message names it; with one,
  // the answer is the real list (whatever it holds), never the fake's devices.
  setCudaDriverLibraryForTesting("");
  const GpuDeviceList list = listGpuDevices();
  void* real = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
  if (real == nullptr) {
    EXPECT_EQ(list.problem, "no NVIDIA driver (libcuda.so.1 not found)");
    EXPECT_TRUE(list.devices.empty());
  } else {
    dlclose(real);
    for (const GpuDevice& device : list.devices) {
      EXPECT_NE(device.name, "Fake GPU Alpha");
    }
  }
}

TEST_F(GpuDevices, libraryWithoutTheDriverFunctionsIsRefused) {
  setCudaDriverLibraryForTesting("libm.so.6");  // loads, but exports no cu* function
  const GpuDeviceList list = listGpuDevices();
  EXPECT_TRUE(list.devices.empty());
  EXPECT_TRUE(hasText(list.problem, "lacks a needed function")) << list.problem;
}
