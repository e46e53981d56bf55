#pragma once
// An upper estimate of the memory a run allocates, checked before it starts: a config too large
// for the machine (train.batch_size = 100000000, say) is refused with the keys that drive its
// size, instead of growing until the kernel's out-of-memory killer ends the process without a
// word and leaves its folder "running". Torch-free, for the window and the CLI.

#include <cstdint>
#include <string>
#include <vector>

#include "core/config/run_config.h"

namespace icl::core {

/// One part of a run's memory and the config keys whose product sets its size.
struct MemoryTerm {
  std::string what;  // "training batch", "test sets", ...
  std::string keys;  // "train.batch_size = 100000000 x task.N = 20 x ..."
  double bytes = 0.0;
};

struct MemoryEstimate {
  double bytes = 0.0;  // the whole run's peak, an upper estimate
  std::vector<MemoryTerm> terms;
  /// The largest term: what to make smaller.
  const MemoryTerm& largest() const;
};

/// @brief Peak memory of a run of @p config (resolved) on the CPU, from the sizes of the
/// tensors its training step and evaluation allocate, with the constants measured against
/// peak RSS (docs/results.md, "Memory estimate"). An overestimate by up to ~2x is intended.
MemoryEstimate estimateRunMemory(const RunConfig& config);

/// @brief Memory this process may still allocate: the smaller of MemAvailable and the cgroup
/// limit minus its usage; 0 when neither can be read (then no check is made).
double availableMemoryBytes();

/// @brief Fails, naming the largest term's keys and both sizes, when the estimate exceeds
/// @p available bytes (0 = no check). CPU runs only: on CUDA, LibTorch reports its own
/// out-of-memory error. The environment variable ICL_SKIP_MEMORY_CHECK=1 skips it
/// for a user who knows better (swap, an estimate that is too cautious).
Status checkRunMemory(const RunConfig& config, double available);

/// @brief @p message, and when it says the run ran out of memory, which part of @p config is
/// the largest and its keys, so the user knows what to make smaller. A GPU's ("CUDA out of
/// memory. Tried to allocate ...") is rewritten to start "the GPU cuda:N ran out of memory"
/// and to offer the CPU, LibTorch's text kept at the end; a CPU allocation failure keeps
/// @p message first.
std::string explainOutOfMemory(const RunConfig& config, const std::string& message);

/// "1.5 GB", "820 MB"
std::string formatBytes(double bytes);

}  // namespace icl::core
