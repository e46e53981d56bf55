// A run too large for the machine is refused up front, naming the keys (#8): before, a
// batch of 10^8 tasks grew to 24 GB and was killed by the kernel with no message.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "app/cli/cli.h"
#include "core/config/run_config.h"
#include "core/training/memory_estimate.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/temp_dir.h"

using namespace icl::core;
using icl::test::hasText;
using icl::test::startsWith;

namespace {

double term(const MemoryEstimate& estimate, const std::string& what) {
  for (const MemoryTerm& t : estimate.terms) {
    if (t.what == what) {
      return t.bytes;
    }
  }
  return 0.0;
}

RunConfig resolved(RunConfig config) {
  config.resolveDefaults();
  return config;
}

struct SizeKey {
  const char* row;
  const char* key;
  void (*set)(RunConfig&, int64_t);
};

const SizeKey kSizeKeys[] = {
    {"taskN", "task.N", [](RunConfig& c, int64_t v) { c.task.length = v; }},
    {"evalN", "eval.N", [](RunConfig& c, int64_t v) { c.eval.length = v; }},
    {"evalTasksPerFamily", "eval.tasks_per_family",
     [](RunConfig& c, int64_t v) { c.eval.tasksPerFamily = v; }},
    {"trainBatchSize", "train.batch_size", [](RunConfig& c, int64_t v) { c.train.batchSize = v; }},
    {"taskD", "task.d", [](RunConfig& c, int64_t v) { c.task.d = v; }},
    {"taskC", "task.C", [](RunConfig& c, int64_t v) { c.task.classes = v; }},
};

class UpperBound : public ::testing::TestWithParam<SizeKey> {};

}  // namespace

TEST_P(UpperBound, namesTheKey) {
  RunConfig config;
  GetParam().set(config, int64_t{1} << 40);
  const Status status = config.validate();
  ASSERT_FALSE(status.ok());
  EXPECT_TRUE(startsWith(status.error(), std::string(GetParam().key) + " = "));
  EXPECT_TRUE(hasText(status.error(), "expected a value <="));
}

INSTANTIATE_TEST_SUITE_P(Keys, UpperBound, ::testing::ValuesIn(kSizeKeys), icl::test::RowName());

TEST(MemoryEstimate, estimateGrowsWithEachSizeKey) {
  // Each key that sets a tensor's size moves its term in proportion: the batch and the test
  // set linearly; the LibTorch kernel keeps every prefix's pass (N^2 growth).
  const RunConfig base = resolved(RunConfig());
  const MemoryEstimate before = estimateRunMemory(base);
  RunConfig bigger = base;
  bigger.train.batchSize *= 100;
  EXPECT_DOUBLE_EQ(term(estimateRunMemory(bigger), "training batch"),
                   100.0 * term(before, "training batch"));
  bigger = base;
  bigger.eval.tasksPerFamily *= 100;
  EXPECT_DOUBLE_EQ(term(estimateRunMemory(bigger), "test sets"), 100.0 * term(before, "test sets"));
  bigger = base;
  bigger.learners.icl.kernel = "torch";
  const double torchTerm = term(estimateRunMemory(bigger), "ICL activations (torch kernel)");
  EXPECT_GT(torchTerm, 0.0);
  EXPECT_EQ(term(before, "ICL activations (torch kernel)"), 0.0);  // fused: no such term
  bigger.task.length *= 4;
  EXPECT_GE(term(estimateRunMemory(bigger), "ICL activations (torch kernel)"),
            15.99 * torchTerm);  // 4x the prefixes, each 4x as long
}

TEST(MemoryEstimate, aRunThatDoesNotFitIsRefusedNamingTheKeys) {
  RunConfig config = resolved(RunConfig());
  config.train.batchSize = 5'000'000;
  const MemoryEstimate estimate = estimateRunMemory(config);
  EXPECT_EQ(estimate.largest().what, "training batch");
  const Status refused = checkRunMemory(config, estimate.bytes / 2);
  ASSERT_FALSE(refused.ok());
  for (const char* part :
       {"train.batch_size = 5000000", "task.N = 20", "is available", "ICL_SKIP_MEMORY_CHECK"}) {
    EXPECT_TRUE(hasText(refused.error(), part));
  }
  EXPECT_TRUE(checkRunMemory(config, estimate.bytes * 2).ok());
  EXPECT_TRUE(checkRunMemory(config, 0.0).ok());  // unknown memory: no check
}

TEST(MemoryEstimate, theDefaultRunsFitTheSmallestSupportedMachine) {
  // The presets this lab ships for the CPU must pass the check on a 4 GB machine.
  for (const char* preset : {"quick-mixture", "p2-mixture", "i1-curriculum", "i2-meta-meta"}) {
    SCOPED_TRACE(preset);
    std::ostringstream out;
    std::ostringstream err;
    ASSERT_EQ(icl::app::runCli({"config", "--preset", preset}, out, err), 0) << err.str();
    const auto config = RunConfig::fromJsonText(out.str(), preset);
    ASSERT_TRUE(config.ok()) << config.error();
    const double bytes = estimateRunMemory(resolved(config.value())).bytes;
    EXPECT_LT(bytes, 4e9) << formatBytes(bytes);
  }
}

TEST(MemoryEstimate, outOfMemoryErrorsNameWhatToShrink) {
  // A failed CPU allocation keeps LibTorch's message first and gets the largest part of the
  // run and its keys appended.
  RunConfig config = resolved(RunConfig());
  config.train.batchSize = 200'000;
  const std::string cpu =
      "[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate "
      "memory: you tried to allocate 96000000000 bytes.";
  const std::string explained = explainOutOfMemory(config, cpu);
  EXPECT_TRUE(startsWith(explained, cpu));
  EXPECT_TRUE(hasText(explained, "training batch: train.batch_size = 200000"));
  EXPECT_FALSE(hasText(explained, "GPU"));
  const std::string other = "checkpoint x.pt: no such file";
  EXPECT_EQ(explainOutOfMemory(config, other), other);
}

TEST(MemoryEstimate, gpuOutOfMemorySaysSoNamesTheDeviceAndOffersTheCpu) {
  // #13: LibTorch's CUDA allocator texts (this machine has no GPU: the wording of 1.13 and of
  // 2.x's c10::OutOfMemoryError), and a kernel's. The device comes from the message when it
  // names one, else from the run's device.
  RunConfig config = resolved(RunConfig());
  config.train.batchSize = 200'000;
  config.device = "cuda:1";
  const struct {
    std::string message;
    std::string device;
  } cases[] = {
      {"CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 79.11 GiB total capacity; "
       "75.20 GiB already allocated)",
       "cuda:0"},
      {"CUDA out of memory. Tried to allocate 2.00 GiB. GPU 3 has a total capacity of 139.81 GiB "
       "of which 1.02 GiB is free.",
       "cuda:3"},
      {"CUDA error: out of memory", "cuda:1"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.message);
    const std::string explained = explainOutOfMemory(config, c.message);
    EXPECT_TRUE(startsWith(explained, "the GPU " + c.device + " ran out of memory: "))
        << explained;
    EXPECT_TRUE(hasText(explained, "training batch: train.batch_size = 200000"));
    EXPECT_TRUE(hasText(explained, "; make it smaller, or train on the CPU (device \"cpu\")"));
    EXPECT_TRUE(hasText(explained, "LibTorch: " + c.message));
  }
}

TEST(MemoryEstimate, availableMemoryIsRead) {
  // /proc/meminfo exists on every Linux this lab supports.
  EXPECT_GT(availableMemoryBytes(), 64e6);
}

TEST(MemoryEstimate, theCliRefusesBeforeCreatingTheFolder) {
  icl::test::TempDir dir;
  const std::string out = (dir / "run").string();
  std::ostringstream stdOut;
  std::ostringstream stdErr;
  // About 80 TB of [b, n, n] similarities: more than any machine has.
  const int code =
      icl::app::runCli({"run", "--preset", "quick-mixture", "--set", "train.batch_size=5000000",
                        "--set", "task.N=2000", "--out", out, "--quiet"},
                       stdOut, stdErr);
  EXPECT_EQ(code, 2);
  EXPECT_TRUE(hasText(stdErr.str(), "train.batch_size = 5000000"));
  EXPECT_FALSE(std::filesystem::exists(out));
}
