// Vector types, math and loops of the fused ICL kernel (icl_fused_kernel_impl.h includes it
// once per instruction-set variant): one task per lane of a `vf`, written with GCC vector
// extensions, which the generic build lowers to SSE2. Everything has internal linkage inside
// the variant's namespace, so code built with -mavx2 cannot replace functions another variant
// uses.
#pragma once

#include <cstdint>

#ifndef ICL_FUSED_NS
#error "define ICL_FUSED_NS before including icl_fused_simd.h"
#endif
#ifndef ICL_FUSED_LANES
#define ICL_FUSED_LANES 8
#endif

#define ICL_INLINE inline __attribute__((always_inline))

namespace icl::core::fused {
namespace ICL_FUSED_NS {
namespace {

constexpr int64_t kLanes = ICL_FUSED_LANES;
typedef float vf __attribute__((vector_size(4 * ICL_FUSED_LANES)));
typedef int32_t vi __attribute__((vector_size(4 * ICL_FUSED_LANES)));
typedef double vd __attribute__((vector_size(8 * ICL_FUSED_LANES)));

ICL_INLINE vf splat(float value) {
  vf zero = {};
  return zero + value;
}
// maxps/minps compute exactly a > b ? a : b and a < b ? a : b (NaN or equal: b), but GCC emits
// the AVX2 form of the ternary as a compare and a blend: two instructions instead of one.
#if ICL_FUSED_LANES == 8 && defined(__AVX__)
ICL_INLINE vf vmax(vf a, vf b) { return __builtin_ia32_maxps256(a, b); }
ICL_INLINE vf vmin(vf a, vf b) { return __builtin_ia32_minps256(a, b); }
#else
ICL_INLINE vf vmax(vf a, vf b) { return a > b ? a : b; }
ICL_INLINE vf vmin(vf a, vf b) { return a < b ? a : b; }
#endif

/// 1 / x: the AVX estimate plus one Newton step (about 1 ulp) where available.
ICL_INLINE vf vrecip(vf x) {
#if ICL_FUSED_LANES == 16 && defined(__AVX512F__)
  const vf r = __builtin_ia32_rcp14ps512_mask(x, vf{}, static_cast<unsigned short>(0xFFFF));
  return r * (2.0f - x * r);
#elif ICL_FUSED_LANES == 8 && defined(__AVX__)
  const vf r = __builtin_ia32_rcpps256(x);
  return r * (2.0f - x * r);
#else
  return 1.0f / x;
#endif
}

// exp: Cephes expf's polynomial (degree 5 on [-ln2/2, ln2/2] after reduction by ln 2 in two
// parts), about 1 ulp. n = round(x / ln 2) comes from adding 1.5 * 2^23 (+127, the exponent
// bias) in float: the sum's low mantissa bits are then n + 127, so shifting them into the
// exponent field gives 2^n without a float-int conversion or a floor correction. Needs the
// default round-to-nearest mode and no -ffast-math reassociation (the project uses neither).
ICL_INLINE vf vexp(vf x) {
  x = vmin(vmax(x, splat(-87.3f)), splat(88.0f));
  constexpr float kShifter = 12582912.0f + 127.0f;  // 1.5 * 2^23 + bias
  const vf shifted = x * 1.44269504088896341f + kShifter;
  const vf nf = shifted - kShifter;  // round(x / ln 2), exactly
  x = x - nf * 0.693359375f;
  x = x - nf * -2.12194440e-4f;
  const vf z = x * x;
  vf y = splat(1.9875691500e-4f);
  y = y * x + 1.3981999507e-3f;
  y = y * x + 8.3334519073e-3f;
  y = y * x + 4.1665795894e-2f;
  y = y * x + 1.6666665459e-1f;
  y = y * x + 5.0000001201e-1f;
  y = y * z + x + 1.0f;
  const vi bits = (vi)shifted << 23;  // (n + 127) << 23: the higher bits shift out
  return y * (vf)bits;               // GCC vector casts reinterpret the bits
}

// erf: the rational approximation of Eigen 3.4's generic_fast_erf_float (MPL-2.0), a few ulp.
ICL_INLINE vf verf(vf x) {
  x = vmin(vmax(x, splat(-4.0f)), splat(4.0f));
  const vf x2 = x * x;
  vf p = x2 * -2.72614225801306e-10f + 2.77068142495902e-08f;
  p = x2 * p + -2.10102402082508e-06f;
  p = x2 * p + -5.69250639462346e-05f;
  p = x2 * p + -7.34990630326855e-04f;
  p = x2 * p + -2.95459980854025e-03f;
  p = x2 * p + -1.60960333262415e-02f;
  p = x * p;
  vf q = x2 * -1.45660718464996e-05f + -2.13374055278905e-04f;
  q = x2 * q + -1.68282697438203e-03f;
  q = x2 * q + -7.37332916720468e-03f;
  q = x2 * q + -1.42647390514189e-02f;
  return p * vrecip(q);
}

// Loops shared by forward and backward. The reduction index is outermost in the mat-vec loops,
// so each output keeps its own accumulator in a register (one running sum would be bound by
// the FMA latency), and every output adds its terms in increasing order of that index.

/// acc[r] += sum_c m[r * stride + c] * x[c] for r < rows, c < cols.
ICL_INLINE void mulAdd(vf* acc, const vf* m, int stride, const vf* x, int rows, int cols) {
#pragma GCC unroll 16
  for (int c = 0; c < cols; ++c) {
    const vf xc = x[c];
#pragma GCC unroll 16
    for (int r = 0; r < rows; ++r) {
      acc[r] += m[r * stride + c] * xc;
    }
  }
}

/// acc[c] += sum_r m[r * stride + c] * x[r] for c < cols, r < rows: m transposed.
ICL_INLINE void mulAddTransposed(vf* acc, const vf* m, int stride, const vf* x, int rows,
                                 int cols) {
#pragma GCC unroll 16
  for (int r = 0; r < rows; ++r) {
    const vf xr = x[r];
#pragma GCC unroll 16
    for (int c = 0; c < cols; ++c) {
      acc[c] += m[r * stride + c] * xr;
    }
  }
}

ICL_INLINE void fill(vf* to, int count, vf value) {
#pragma GCC unroll 16
  for (int i = 0; i < count; ++i) {
    to[i] = value;
  }
}

ICL_INLINE void copy(vf* to, const vf* from, int count) {
#pragma GCC unroll 16
  for (int i = 0; i < count; ++i) {
    to[i] = from[i];
  }
}

/// grad[r][col] += sum_{t in [t0, L)} A[t][r] * B[t][col] for one entry.
inline void outerEntry(vf* grad, const vf* A, int sa, int r, const vf* B, int sb, int col,
                       int cols, int t0, int L) {
  vf acc = splat(0.0f);
  for (int t = t0; t < L; ++t) {
    acc += A[t * sa + r] * B[t * sb + col];
  }
  grad[r * cols + col] += acc;
}

/// grad[r][col] += sum_{t in [t0, L)} A[t][r] * B[t][col] (A rows of stride sa, B of sb),
/// in 2 x 6 register tiles where the sizes allow.
inline void outerAccumulate(vf* grad, const vf* A, int sa, int rows, const vf* B, int sb,
                            int cols, int t0, int L) {
  int r0 = 0;
  for (; r0 + 2 <= rows; r0 += 2) {
    int c0 = 0;
    for (; c0 + 6 <= cols; c0 += 6) {
      vf acc[2][6];
#pragma GCC unroll 2
      for (int r = 0; r < 2; ++r) {
#pragma GCC unroll 6
        for (int col = 0; col < 6; ++col) {
          acc[r][col] = splat(0.0f);
        }
      }
      for (int t = t0; t < L; ++t) {
        const vf a0 = A[t * sa + r0];
        const vf a1 = A[t * sa + r0 + 1];
        const vf* bt = B + t * sb + c0;
#pragma GCC unroll 6
        for (int col = 0; col < 6; ++col) {
          acc[0][col] += a0 * bt[col];
          acc[1][col] += a1 * bt[col];
        }
      }
#pragma GCC unroll 2
      for (int r = 0; r < 2; ++r) {
#pragma GCC unroll 6
        for (int col = 0; col < 6; ++col) {
          grad[(r0 + r) * cols + c0 + col] += acc[r][col];
        }
      }
    }
    for (; c0 < cols; ++c0) {
      outerEntry(grad, A, sa, r0, B, sb, c0, cols, t0, L);
      outerEntry(grad, A, sa, r0 + 1, B, sb, c0, cols, t0, L);
    }
  }
  for (; r0 < rows; ++r0) {
    for (int c0 = 0; c0 < cols; ++c0) {
      outerEntry(grad, A, sa, r0, B, sb, c0, cols, t0, L);
    }
  }
}

}  // namespace
}  // namespace ICL_FUSED_NS
}  // namespace icl::core::fused
