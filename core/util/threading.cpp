#include "core/util/threading.h"

#include <dlfcn.h>

#include <ATen/Parallel.h>

#include <algorithm>
#include <thread>

namespace icl::core {

int64_t defaultThreadCount() {
  // One thread measured fastest for the CPU-scale models on the 2-core reference machine
  // (`icl-lab-cli bench`, docs/results.md): per-operator overhead dominates at width 6.
  constexpr int64_t kMeasuredBest = 1;
  const auto cores = static_cast<int64_t>(std::max(1U, std::thread::hardware_concurrency()));
  return std::min(kMeasuredBest, cores);
}

void applyThreadCount(int64_t threads) {
  const int count = static_cast<int>(std::max<int64_t>(1, threads));
  at::init_num_threads();
  at::set_num_threads(count);
  // OpenBLAS keeps its own pool; looked up at run time so any BLAS (or none) links.
  using SetThreads = void (*)(int);
  if (auto* setBlasThreads =
          reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) {
    setBlasThreads(count);
  }
}

}  // namespace icl::core
