// The device a run asks for (#13): "auto", "cpu", "cuda" and "cuda:N" are valid config values;
// a CUDA device LibTorch cannot use is refused with a message naming the problem and what
// LibTorch and the NVIDIA driver see. The message rules are checked for every kind of machine
// (CPU-only LibTorch, CUDA LibTorch without a GPU, too few GPUs); resolveDevice on this one.
#include <gtest/gtest.h>

#include <string>

#include "core/config/device_name.h"
#include "core/config/run_config.h"
#include "core/training/device.h"
#include "tests/core/support/checks.h"

using namespace icl::core;
using icl::test::hasText;

namespace {
GpuDeviceList driverWith(int count) {
  GpuDeviceList list;
  for (int i = 0; i < count; ++i) {
    list.devices.push_back(GpuDevice{i, "NVIDIA H200", 143'771'000'000ULL});
  }
  return list;
}

Status validateDevice(const std::string& device) {
  RunConfig config;
  config.device = device;
  return config.validate();
}
}  // namespace

TEST(Device, namesAreParsed) {
  EXPECT_EQ(parseDeviceName("auto")->kind, DeviceName::Kind::Auto);
  EXPECT_EQ(parseDeviceName("cpu")->kind, DeviceName::Kind::Cpu);
  EXPECT_EQ(parseDeviceName("cuda")->kind, DeviceName::Kind::Cuda);
  EXPECT_EQ(parseDeviceName("cuda")->index, 0);
  EXPECT_EQ(parseDeviceName("cuda:0")->index, 0);
  EXPECT_EQ(parseDeviceName("cuda:7")->index, 7);
  EXPECT_EQ(parseDeviceName("cuda:1023")->index, 1023);
  for (const char* bad :
       {"", "gpu", "CUDA", "cuda:", "cuda:-1", "cuda:+1", "cuda: 1", "cuda:1 ", "cuda:1a",
        "cuda:1024", "cuda:99999999999999999999", "cpu:0", "cuda0", "mps"}) {
    EXPECT_FALSE(parseDeviceName(bad).has_value()) << bad;
  }
  EXPECT_EQ(canonicalDeviceName("cuda"), "cuda:0");
  EXPECT_EQ(canonicalDeviceName("cuda:2"), "cuda:2");
  EXPECT_EQ(canonicalDeviceName("cpu"), "cpu");
}

TEST(Device, configAcceptsCudaNAndKeepsTheOldValues) {
  for (const char* good : {"auto", "cpu", "cuda", "cuda:0", "cuda:3"}) {
    const Status status = validateDevice(good);
    EXPECT_TRUE(status.ok()) << good << ": " << status.error();
  }
  const Status bad = validateDevice("cuda:x");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(hasText(bad.error(), "device = \"cuda:x\": expected \"auto\", \"cpu\" or \"cuda\""));
  EXPECT_TRUE(hasText(bad.error(), "\"cuda:N\""));
  // From JSON too, and written back unchanged.
  const auto parsed = RunConfig::fromJsonText(R"({"schemaVersion": 1, "device": "cuda:2"})", "x");
  ASSERT_TRUE(parsed.ok()) << parsed.error();
  EXPECT_EQ(parsed.value().device, "cuda:2");
  EXPECT_TRUE(hasText(parsed.value().toJsonText(), "\"device\": \"cuda:2\""));
  const auto wrong = RunConfig::fromJsonText(R"({"schemaVersion": 1, "device": "gpu"})", "x");
  ASSERT_FALSE(wrong.ok());
  EXPECT_TRUE(hasText(wrong.error(), "device = \"gpu\""));
}

TEST(Device, cpuOnlyLibTorchIsNamedWithTheReadme) {
  const CudaSupport cpuOnly{false, 0};
  for (const char* name : {"cuda", "cuda:1"}) {
    const std::string problem = cudaDeviceProblem(name, cpuOnly, driverWith(2));
    EXPECT_TRUE(hasText(problem, std::string("device = \"") + name + "\": "));
    EXPECT_TRUE(hasText(problem,
                        "this LibTorch was built without CUDA (Debian 12's libtorch is CPU-only); "
                        "see the README section Training on an NVIDIA GPU"));
    EXPECT_TRUE(hasText(problem, "the NVIDIA driver sees 2 GPUs"));
  }
  GpuDeviceList noDriver;
  noDriver.problem = "no NVIDIA driver (libcuda.so.1 not found)";
  EXPECT_TRUE(hasText(cudaDeviceProblem("cuda", cpuOnly, noDriver),
                      "; no NVIDIA driver (libcuda.so.1 not found)"));
  EXPECT_EQ(cudaDeviceProblem("cpu", cpuOnly, noDriver), "");
  EXPECT_EQ(cudaDeviceProblem("auto", cpuOnly, noDriver), "");
}

TEST(Device, cudaLibTorchWithoutADeviceSaysNoCudaDevice) {
  const std::string problem = cudaDeviceProblem("cuda", CudaSupport{true, 0}, driverWith(0));
  EXPECT_TRUE(hasText(problem, "device = \"cuda\": no CUDA device"));
  EXPECT_FALSE(hasText(problem, "built without CUDA"));
  EXPECT_TRUE(hasText(problem, "the NVIDIA driver sees 0 GPUs"));
}

TEST(Device, ordinalOutOfRangeNamesWhatLibTorchSees) {
  const CudaSupport two{true, 2};
  EXPECT_EQ(cudaDeviceProblem("cuda", two, driverWith(2)), "");
  EXPECT_EQ(cudaDeviceProblem("cuda:1", two, driverWith(2)), "");
  EXPECT_EQ(cudaDeviceProblem("cuda:2", two, driverWith(2)),
            "device = \"cuda:2\": no such CUDA device: LibTorch sees 2 CUDA devices (cuda:0 to "
            "cuda:1)");
  EXPECT_TRUE(hasText(cudaDeviceProblem("cuda:1", CudaSupport{true, 1}, driverWith(1)),
                      "LibTorch sees 1 CUDA device (cuda:0 to cuda:0)"));
}

TEST(Device, resolveOnThisMachine) {
  EXPECT_EQ(resolveDevice("cpu").value(), torch::Device(torch::kCPU));
  const Result<torch::Device> bad = resolveDevice("tpu");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(hasText(bad.error(), "device = \"tpu\""));
  const CudaSupport support = cudaSupport();
  const Result<torch::Device> autoDevice = resolveDevice("auto");
  ASSERT_TRUE(autoDevice.ok());
  EXPECT_EQ(autoDevice.value().is_cuda(), support.deviceCount > 0);
  const Result<torch::Device> cuda = resolveDevice("cuda");
  if (support.deviceCount == 0) {
    // This machine (no GPU): the refusal is the rule's message for this LibTorch.
    ASSERT_FALSE(cuda.ok());
    EXPECT_TRUE(
        hasText(cuda.error(), support.builtWithCuda ? "no CUDA device" : "built without CUDA"));
  } else {
    ASSERT_TRUE(cuda.ok()) << cuda.error();
    EXPECT_EQ(cuda.value(), torch::Device(torch::kCUDA, 0));
    const std::string past = "cuda:" + std::to_string(support.deviceCount);
    ASSERT_FALSE(resolveDevice(past).ok());
    EXPECT_TRUE(hasText(resolveDevice(past).error(), "no such CUDA device"));
  }
}
