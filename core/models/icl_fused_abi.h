#pragma once
// Plain-data interface between the fused ICL kernel's dispatcher (icl_fused_kernel.cpp, which
// knows LibTorch) and its instruction-set variants (icl_fused_kernel_{generic,avx2,avx512}.cpp,
// which include no library headers so that nothing compiled with -mavx2 can leak into shared
// inline code). See icl_fused_kernel_impl.h for the layout and the math.

#include <cstddef>
#include <cstdint>

// ICL_FUSED_HAVE_AVX2: core/CMakeLists.txt defines it where it builds the AVX2 and AVX-512
// variants (x86-64 with GCC or Clang); that is the one place that decides.

namespace icl::core::fused {

/// Widest token (d + 2c) the fused kernel handles; wider models use the LibTorch path.
constexpr int kMaxWidth = 64;

struct KernelArgs {
  int64_t inputDim = 0;    // d
  int64_t labelWidth = 0;  // 2c
  int64_t width = 0;       // w = d + 2c
  int64_t hidden = 0;      // FF hidden width
  int64_t depth = 0;
  int64_t batch = 0;
  int64_t length = 0;  // n: tokens per task
  int64_t start = 0;   // first query position
  const float* tokens = nullptr;      // [batch][length][width]
  const float* weights = nullptr;     // flat, see layerSize()
  float* logits = nullptr;            // forward output [batch][length - start][labelWidth]
  const float* gradLogits = nullptr;  // backward input, same layout as logits
};

/// Per layer: to_q [w][w], to_k [w][w], to_v [w][w], ff1.weight [h][w], ff1.bias [h],
/// ff2.weight [w][h], ff2.bias [w]; after the layers, readout [2c][w].
static inline int64_t layerSize(const KernelArgs& a) {
  return 3 * a.width * a.width + 2 * a.hidden * a.width + a.hidden + a.width;
}
static inline int64_t parameterCount(const KernelArgs& a) {
  return a.depth * layerSize(a) + a.labelWidth * a.width;
}
/// Groups of @p lanes tasks (one task per SIMD lane) that the batch splits into.
static inline int64_t groupCount(const KernelArgs& a, int64_t lanes) {
  return (a.batch + lanes - 1) / lanes;
}

/// One instruction-set variant. Scratch is 128-byte aligned, scratchFloats(args, backward)
/// floats long, one per thread; groupGradient (backward) is parameterCount(args) doubles that the
/// call adds this group's gradient to.
struct KernelVariant {
  const char* name;
  int64_t lanes;  // tasks per group: 8 (generic, AVX2) or 16 (AVX-512)
  std::size_t (*scratchFloats)(const KernelArgs& args, bool backward);
  void (*forwardGroup)(const KernelArgs& args, int64_t group, float* scratch);
  void (*backwardGroup)(const KernelArgs& args, int64_t group, float* scratch,
                        double* groupGradient);
  /// Training: adds the group's cross-entropy summed over tasks and queries to *groupLoss and
  /// its (unscaled) parameter gradient to groupGradient, in one pass (no gradLogits, no logits).
  void (*lossGroup)(const KernelArgs& args, int64_t group, float* scratch, double* groupGradient,
                    double* groupLoss);
  /// The variant's vectorised exp (@p function 0) or erf (1) of @p count values (for tests).
  void (*evaluateMath)(int function, const float* in, float* out, int64_t count);
};

extern const KernelVariant kGenericVariant;
#if defined(ICL_FUSED_HAVE_AVX2)
extern const KernelVariant kAvx2Variant;
extern const KernelVariant kAvx512Variant;
#endif

}  // namespace icl::core::fused
