#pragma once
// `icl-lab-cli bench`: milliseconds per training step (sample, forward, loss, backward, Adam)
// of each learner at the paper's config and at the CPU default, for several thread counts; the
// ICL transformer with the fused CPU kernel and with the LibTorch kernel at several prefix-chunk
// sizes; each step also split into its phases. A measurement, never a test assertion.

#include <functional>
#include <string>
#include <vector>

namespace icl::core {

struct BenchOptions {
  std::vector<int64_t> threads;  // empty: 1, 2, 4, ... below the core count, and the core count
  int64_t warmupSteps = 2;
  int64_t measureSteps = 5;
  bool quick = false;  // one tiny setting only (for the test suite)
  std::string device = "cpu";
  /// Only these rows (names as printed; empty: all). See benchSettingNames, benchLearnerNames.
  std::vector<std::string> settings;
  std::vector<std::string> learners;
};

/// @brief The setting names runBenchmarks knows ("paper", "cpu-default"; "quick" with --quick).
std::vector<std::string> benchSettingNames(bool quick);
/// @brief The learner names of runBenchmarks' rows ("icl-fused" is CPU only).
std::vector<std::string> benchLearnerNames();

struct BenchRow {
  std::string setting;  // "paper" or "cpu-default"
  std::string learner;   // ICL rows: "icl-fused" or "icl-torch"
  std::string kernel;    // ICL rows: "fused" or "torch"; empty for the others
  int64_t threads = 0;
  int64_t prefixChunk = 0;  // LibTorch-kernel ICL only; 0 for the others
  int64_t batch = 0;
  int64_t length = 0;
  int64_t depth = 0;
  double msPerStep = 0.0;
  /// The step's phases in ms (mean per step; CUDA synchronised between them): drawing the
  /// batch, forward with the loss (and reading it), backward, zero_grad + Adam. With the fused
  /// ICL kernel's training path the backward pass runs inside "forward" (one pass per sequence
  /// computes the loss and the gradients), and "backward" only scales the stored gradients.
  double sampleMs = 0.0;
  double forwardMs = 0.0;
  double backwardMs = 0.0;
  double adamMs = 0.0;
  /// Achieved GFLOP/s where a FLOP count is known: GPT rows (6 x parameters x tokens plus
  /// 12 x L x B x t^2 x E for attention, forward + backward) and the matrix-multiply peak row
  /// (2 n^3 per torch::mm); 0 otherwise.
  double gflops = 0.0;
};

/// @brief GPT regression model (design.md §5.1) at the tiny and standard sizes (D = 20, n = 41,
/// B = 64; quick: a tiny setting), next to the machine's measured matrix-multiply peak
/// (a large float torch::mm), for each thread count.
std::vector<BenchRow> runGptBenchmarks(const BenchOptions& options,
                                       const std::function<void(const BenchRow&)>& onRow);

/// @brief Runs every measurement, calling @p onRow as each finishes.
std::vector<BenchRow> runBenchmarks(const BenchOptions& options,
                                    const std::function<void(const BenchRow&)>& onRow);

}  // namespace icl::core
