#pragma once
// LibTorch's intra-op threads and OpenBLAS's own pool both default to every core; for the
// tiny models here that oversubscription can make a step many times slower, so a run sets
// both explicitly on its training thread.

#include <cstdint>

namespace icl::core {

/// @brief The thread count a run uses when its config says 0 (chosen by `icl-lab-cli bench`).
int64_t defaultThreadCount();

/// @brief Sets LibTorch's intra-op threads and, when OpenBLAS is the BLAS, its threads.
/// Call on the thread that trains.
void applyThreadCount(int64_t threads);

}  // namespace icl::core
