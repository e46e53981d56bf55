// The fused ICL kernel's body: one instruction-set variant per including translation unit,
// which defines ICL_FUSED_NS (its namespace) and ICL_FUSED_VARIANT (the KernelVariant symbol
// it defines) and is compiled with that variant's flags. No library headers beyond <cstdint>:
// every function here has internal linkage, so code built with -mavx2 cannot replace shared
// inline functions used elsewhere.
//
// Layout: the tasks of the batch are processed in groups of kLanes (ICL_FUSED_LANES: 8, or 16
// for AVX-512), one task per lane of a `vf` vector, so every scalar operation of the model on
// one sequence becomes one vector operation (GCC vector extensions; the generic build lowers
// them to SSE2).
// For query i the sequence is tokens 0..i-1 plus (x_i, 0): length L = i + 1. Arrays are
// token-major: a[t * w + j] is feature j of token t (a `vf`, one value per task).
//
// Forward of one layer (h: input [L][w]; W* are [out][in] as torch's Linear):
//   q_t = scale * softmax_f(Wq h_t);  kappa_{t,f} = softmax_t((Wk h)_{t,f});  v_t = Wv h_t
//   ctx[f][g] = sum_t kappa_{t,f} v_{t,g};  u_t = h_t + sum_f q_{t,f} ctx[f]
//   z_t = W1 u_t + b1;  out_t = u_t + W2 gelu(z_t) + b2      (exact erf GELU)
// Logits = Wr out_{L-1} of the last layer. In the last layer only the query token's output is
// needed, so q, u and the FF run for that token alone (keys and values still for all).
//
// Backward (hand-written, checked against autograd and finite differences in
// tests/core/tst_icl_fused.cpp), per sequence after recomputing its forward with every
// intermediate saved (the sequence's activations stay in L2; nothing is kept per batch):
//   FF:   dz = (W2^T dout) * gelu'(z); dW2 += dout g^T; dW1 += dz u^T; du = dout + W1^T dz
//   attn: dctx = sum_t q_t du_t^T; dq_t = ctx du_t; da_t = q_t * (dq_t - <q_t, dq_t> / scale)
//         dkappa_t = dctx v_t; dv_t = dctx^T kappa_t; dk_{t,f} = kappa_{t,f} (dkappa_{t,f} -
//         sum_s kappa_{s,f} dkappa_{s,f}); dWq += da h^T, dWk += dk h^T, dWv += dv h^T
//         dh = du + Wq^T da + Wk^T dk + Wv^T dv
// Parameter gradients accumulate in float lanes over 4 sequences (at most 4 x 50 tokens at the
// paper's N), are then added to double lanes and summed over lanes in a fixed order at the end
// of the group.

#include <cstdint>

#include "core/models/icl_fused_abi.h"

#ifndef ICL_FUSED_NS
#error "define ICL_FUSED_NS before including icl_fused_kernel_impl.h"
#endif

// Local accumulator arrays are written for the first w (or block-size) entries only, and the
// tile remainders of outerAccumulate are dead code at the paper's shape; GCC cannot see
// either and warns.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Waggressive-loop-optimizations"

namespace icl::core::fused {
namespace ICL_FUSED_NS {
namespace {

#ifndef ICL_FUSED_LANES
#define ICL_FUSED_LANES 8
#endif
constexpr int64_t kLanes = ICL_FUSED_LANES;
typedef float vf __attribute__((vector_size(4 * ICL_FUSED_LANES)));
typedef int32_t vi __attribute__((vector_size(4 * ICL_FUSED_LANES)));
typedef double vd __attribute__((vector_size(8 * ICL_FUSED_LANES)));

#define ICL_INLINE inline __attribute__((always_inline))

ICL_INLINE vf splat(float value) {
  vf zero = {};
  return zero + value;
}
ICL_INLINE vf vmax(vf a, vf b) { return a > b ? a : b; }
ICL_INLINE vf vmin(vf a, vf b) { return a < b ? a : b; }

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

// exp: Cephes expf (range reduction by ln 2, degree-5 polynomial), about 1 ulp.
ICL_INLINE vf vexp(vf x) {
  x = vmin(vmax(x, splat(-87.3f)), splat(88.0f));
  vf fx = x * 1.44269504088896341f + 0.5f;
  vi n = __builtin_convertvector(fx, vi);  // truncates toward zero
  vf nf = __builtin_convertvector(n, vf);
  const vi above = nf > fx;  // -1 where truncation rounded up: floor
  n += above;
  nf = __builtin_convertvector(n, vf);
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
  const vi bits = (n + 127) << 23;
  return y * (vf)bits;  // GCC vector cast: reinterprets the bits
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

constexpr float kSqrtHalf = 0.70710678118654752f;
constexpr float kInvSqrt2Pi = 0.39894228040143268f;

/// Offsets (in vf units) of the scratch arrays; see the file comment.
struct Layout {
  int64_t W, T, H, Q, K, V, U, G, DG, C, tmp, dH, dU, dA, dK, dV, dC, gacc, gaccD, total;
};

Layout layout(const KernelArgs& a, bool backward) {
  const int64_t n = a.length;
  const int64_t w = a.width;
  const int64_t h = a.hidden;
  const int64_t saved = backward ? a.depth : 1;
  const int64_t params = parameterCount(a);
  Layout l{};
  int64_t at = 0;
  auto take = [&at](int64_t units) {
    const int64_t offset = at;
    at += (units + 1) & ~int64_t{1};  // keep every array aligned to two vectors
    return offset;
  };
  l.W = take(params);
  l.T = take(n * w);
  l.H = take((a.depth + 1) * n * w);
  l.Q = take(saved * n * w);
  l.K = take(saved * n * w);
  l.V = take(saved * n * w);
  l.U = take(saved * n * w);
  l.G = take(saved * n * h);
  l.DG = take(backward ? a.depth * n * h : 0);
  l.C = take(saved * w * w);
  l.tmp = take(2 * w + a.labelWidth);
  l.dH = take(backward ? n * w : 0);
  l.dU = take(backward ? n * w : 0);
  l.dA = take(backward ? n * w : 0);
  l.dK = take(backward ? n * w : 0);
  l.dV = take(backward ? n * w : 0);
  l.dC = take(backward ? w * w : 0);
  l.gacc = take(backward ? params : 0);
  l.gaccD = take(backward ? 2 * params : 0);  // one vd is two vf
  l.total = at;
  return l;
}

template <int WC, int HC>
class Kernel {
 public:
  Kernel(const KernelArgs& args, float* scratch, bool backward)
      : a_(args),
        w_(WC > 0 ? WC : static_cast<int>(args.width)),
        hid_(HC > 0 ? HC : static_cast<int>(args.hidden)),
        d_(static_cast<int>(args.inputDim)),
        lw_(static_cast<int>(args.labelWidth)),
        depth_(static_cast<int>(args.depth)),
        n_(static_cast<int>(args.length)),
        layerSize_(layerSize(args)),
        params_(parameterCount(args)),
        scale_(static_cast<float>(1.0 / __builtin_sqrt(static_cast<double>(args.width)))),
        backward_(backward) {
    const Layout l = layout(args, backward);
    vf* base = reinterpret_cast<vf*>(scratch);
    W_ = base + l.W;
    T_ = base + l.T;
    H_ = base + l.H;
    Q_ = base + l.Q;
    K_ = base + l.K;
    V_ = base + l.V;
    U_ = base + l.U;
    G_ = base + l.G;
    DG_ = base + l.DG;
    C_ = base + l.C;
    tmp_ = base + l.tmp;
    dH_ = base + l.dH;
    dU_ = base + l.dU;
    dA_ = base + l.dA;
    dK_ = base + l.dK;
    dV_ = base + l.dV;
    dC_ = base + l.dC;
    gacc_ = base + l.gacc;
    gaccD_ = reinterpret_cast<vd*>(base + l.gaccD);
  }

  void runForward(int64_t group) {
    const int lanes = loadGroup(group);
    vf* logits = tmp_ + 2 * w_;
    const int64_t queries = n_ - a_.start;
    for (int i = static_cast<int>(a_.start); i < n_; ++i) {
      loadSequence(i);
      forwardSequence(i + 1, logits);
      for (int lane = 0; lane < lanes; ++lane) {
        float* out = a_.logits + ((group * kLanes + lane) * queries + (i - a_.start)) * lw_;
        for (int c = 0; c < lw_; ++c) {
          out[c] = logits[c][lane];
        }
      }
    }
  }

  /// Sequences whose gradients accumulate in float before they are added to the double lanes
  /// (each flush streams both accumulator arrays through the cache).
  static constexpr int kFlushEvery = 4;

  void runBackward(int64_t group, double* groupGradient) {
    const int lanes = loadGroup(group);
    vf* logits = tmp_ + 2 * w_;
    const int64_t queries = n_ - a_.start;
    for (int64_t p = 0; p < params_; ++p) {
      gacc_[p] = splat(0.0f);
      gaccD_[p] = vd{};
    }
    for (int i = static_cast<int>(a_.start); i < n_; ++i) {
      loadSequence(i);
      forwardSequence(i + 1, logits);
      for (int c = 0; c < lw_; ++c) {
        logits[c] = splat(0.0f);  // reused as the upstream gradient; padding lanes stay 0
      }
      for (int lane = 0; lane < lanes; ++lane) {
        const float* grad =
            a_.gradLogits + ((group * kLanes + lane) * queries + (i - a_.start)) * lw_;
        for (int c = 0; c < lw_; ++c) {
          logits[c][lane] = grad[c];
        }
      }
      backwardSequence(i + 1, logits);
      if ((i - a_.start) % kFlushEvery == kFlushEvery - 1 || i == n_ - 1) {
        for (int64_t p = 0; p < params_; ++p) {
          gaccD_[p] += __builtin_convertvector(gacc_[p], vd);
          gacc_[p] = splat(0.0f);
        }
      }
    }
    for (int64_t p = 0; p < params_; ++p) {
      double sum = 0.0;
      for (int lane = 0; lane < kLanes; ++lane) {
        sum += gaccD_[p][lane];
      }
      groupGradient[p] += sum;
    }
  }

 private:
  /// Broadcasts the weights into W, transposes the group's tasks into T (padding lanes zero).
  /// Returns the live lanes.
  int loadGroup(int64_t group) {
    for (int64_t p = 0; p < params_; ++p) {  // weights broadcast once: FMAs take them from memory
      W_[p] = splat(a_.weights[p]);
    }
    const int64_t first = group * kLanes;
    const int lanes = static_cast<int>(a_.batch - first < kLanes ? a_.batch - first : kLanes);
    const int64_t count = static_cast<int64_t>(n_) * w_;
    for (int64_t index = 0; index < count; ++index) {
      T_[index] = splat(0.0f);
    }
    for (int lane = 0; lane < lanes; ++lane) {
      const float* task = a_.tokens + (first + lane) * count;
      for (int64_t index = 0; index < count; ++index) {
        T_[index][lane] = task[index];
      }
    }
    return lanes;
  }

  /// H[0] = tokens 0..i with the label of token i zeroed.
  void loadSequence(int i) {
    const int count = (i + 1) * w_;
    for (int index = 0; index < count; ++index) {
      H_[index] = T_[index];
    }
    for (int j = d_; j < w_; ++j) {
      H_[i * w_ + j] = splat(0.0f);
    }
  }

  // Loops put the reduction outermost and keep several independent accumulators in
  // registers (a single running sum would be bound by the FMA latency).
  static constexpr int WA = WC > 0 ? WC : kMaxWidth;  // local array bound
  static constexpr int kBlock = 8;                     // FF hidden units per block

  void forwardSequence(int L, vf* logits) {
    const int w = WC > 0 ? WC : w_;
    const int hid = HC > 0 ? HC : hid_;
    const int64_t nw = static_cast<int64_t>(n_) * w;
    for (int l = 0; l < depth_; ++l) {
      const vf* wq = W_ + l * layerSize_;
      const vf* wk = wq + w * w;
      const vf* wv = wk + w * w;
      const vf* w1 = wv + w * w;
      const vf* b1 = w1 + hid * w;
      const vf* w2 = b1 + hid;
      const vf* b2 = w2 + w * hid;
      const int64_t slot = backward_ ? l : 0;
      const vf* h = H_ + l * nw;
      vf* hn = H_ + (l + 1) * nw;
      vf* q = Q_ + slot * nw;
      vf* k = K_ + slot * nw;
      vf* v = V_ + slot * nw;
      vf* u = U_ + slot * nw;
      vf* g = G_ + slot * n_ * hid;
      vf* dg = DG_ + slot * n_ * hid;
      vf* c = C_ + slot * w * w;
      const int t0 = l == depth_ - 1 ? L - 1 : 0;

      for (int t = 0; t < L; ++t) {
        const vf* ht = h + t * w;
        vf ak[WA];
        vf av[WA];
#pragma GCC unroll 16
        for (int f = 0; f < w; ++f) {
          ak[f] = splat(0.0f);
          av[f] = splat(0.0f);
        }
#pragma GCC unroll 16
        for (int j = 0; j < w; ++j) {
          const vf hj = ht[j];
#pragma GCC unroll 16
          for (int f = 0; f < w; ++f) {
            ak[f] += wk[f * w + j] * hj;
            av[f] += wv[f * w + j] * hj;
          }
        }
#pragma GCC unroll 16
        for (int f = 0; f < w; ++f) {
          k[t * w + f] = ak[f];
          v[t * w + f] = av[f];
        }
        if (t >= t0) {
          vf aq[WA];
#pragma GCC unroll 16
          for (int f = 0; f < w; ++f) {
            aq[f] = splat(0.0f);
          }
#pragma GCC unroll 16
          for (int j = 0; j < w; ++j) {
            const vf hj = ht[j];
#pragma GCC unroll 16
            for (int f = 0; f < w; ++f) {
              aq[f] += wq[f * w + j] * hj;
            }
          }
          vf m = aq[0];
#pragma GCC unroll 16
          for (int f = 1; f < w; ++f) {
            m = vmax(m, aq[f]);
          }
          vf s = splat(0.0f);
#pragma GCC unroll 16
          for (int f = 0; f < w; ++f) {
            aq[f] = vexp(aq[f] - m);
            s += aq[f];
          }
          const vf r = scale_ / s;
          vf* qt = q + t * w;
#pragma GCC unroll 16
          for (int f = 0; f < w; ++f) {
            qt[f] = aq[f] * r;
          }
        }
      }
      {  // keys: softmax over positions, per feature
        vf m[WA];
        vf z[WA];
#pragma GCC unroll 16
        for (int f = 0; f < w; ++f) {
          m[f] = k[f];
          z[f] = splat(0.0f);
        }
        for (int t = 1; t < L; ++t) {
#pragma GCC unroll 16
          for (int f = 0; f < w; ++f) {
            m[f] = vmax(m[f], k[t * w + f]);
          }
        }
        for (int t = 0; t < L; ++t) {
#pragma GCC unroll 16
          for (int f = 0; f < w; ++f) {
            const vf e = vexp(k[t * w + f] - m[f]);
            k[t * w + f] = e;
            z[f] += e;
          }
        }
#pragma GCC unroll 16
        for (int f = 0; f < w; ++f) {
          z[f] = 1.0f / z[f];
        }
        for (int t = 0; t < L; ++t) {
#pragma GCC unroll 16
          for (int f = 0; f < w; ++f) {
            k[t * w + f] *= z[f];
          }
        }
      }
      for (int index = 0; index < w * w; ++index) {
        c[index] = splat(0.0f);
      }
      for (int t = 0; t < L; ++t) {
#pragma GCC unroll 16
        for (int f = 0; f < w; ++f) {
          const vf kf = k[t * w + f];
#pragma GCC unroll 16
          for (int j = 0; j < w; ++j) {
            c[f * w + j] += kf * v[t * w + j];
          }
        }
      }
      for (int t = t0; t < L; ++t) {
        const vf* ht = h + t * w;
        const vf* qt = q + t * w;
        vf* ut = u + t * w;
        vf uo[WA];
#pragma GCC unroll 16
        for (int j = 0; j < w; ++j) {
          uo[j] = ht[j];
        }
#pragma GCC unroll 16
        for (int f = 0; f < w; ++f) {
          const vf qf = qt[f];
#pragma GCC unroll 16
          for (int j = 0; j < w; ++j) {
            uo[j] += qf * c[f * w + j];
          }
        }
        vf out[WA];
#pragma GCC unroll 16
        for (int j = 0; j < w; ++j) {
          ut[j] = uo[j];
          out[j] = uo[j] + b2[j];
        }
        vf* gt = g + t * hid;
        vf* dgt = dg + t * hid;
        for (int kb = 0; kb < hid; kb += kBlock) {
          const int bs = hid - kb < kBlock ? hid - kb : kBlock;
          vf z[kBlock];
#pragma GCC unroll 8
          for (int m = 0; m < bs; ++m) {
            z[m] = b1[kb + m];
          }
#pragma GCC unroll 16
          for (int j = 0; j < w; ++j) {
            const vf uj = uo[j];
#pragma GCC unroll 8
            for (int m = 0; m < bs; ++m) {
              z[m] += w1[(kb + m) * w + j] * uj;
            }
          }
#pragma GCC unroll 8
          for (int m = 0; m < bs; ++m) {
            const vf phi = 0.5f * (1.0f + verf(z[m] * kSqrtHalf));
            const vf gm = z[m] * phi;
            gt[kb + m] = gm;
            if (backward_) {
              dgt[kb + m] = phi + z[m] * (kInvSqrt2Pi * vexp(-0.5f * z[m] * z[m]));
            }
#pragma GCC unroll 16
            for (int j = 0; j < w; ++j) {
              out[j] += w2[j * hid + kb + m] * gm;
            }
          }
        }
        vf* ho = hn + t * w;
#pragma GCC unroll 16
        for (int j = 0; j < w; ++j) {
          ho[j] = out[j];
        }
      }
    }
    const vf* wr = W_ + depth_ * layerSize_;
    const vf* hf = H_ + depth_ * nw + (L - 1) * w;
    for (int c = 0; c < lw_; ++c) {
      vf s = splat(0.0f);
      for (int j = 0; j < w; ++j) {
        s += wr[c * w + j] * hf[j];
      }
      logits[c] = s;
    }
  }

  /// grad[r][col] += sum_{t in [t0, L)} A[t][r] * B[t][col] (A rows of stride sa, B of sb),
  /// in 2 x 6 register tiles where the sizes allow.
  static void outerAccumulate(vf* grad, const vf* A, int sa, int rows, const vf* B, int sb,
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
  static void outerEntry(vf* grad, const vf* A, int sa, int r, const vf* B, int sb, int col,
                         int cols, int t0, int L) {
    vf acc = splat(0.0f);
    for (int t = t0; t < L; ++t) {
      acc += A[t * sa + r] * B[t * sb + col];
    }
    grad[r * cols + col] += acc;
  }

  void backwardSequence(int L, const vf* dlogits) {
    const int w = WC > 0 ? WC : w_;
    const int hid = HC > 0 ? HC : hid_;
    const int64_t nw = static_cast<int64_t>(n_) * w;
    const float invScale = 1.0f / scale_;
    {
      const vf* wr = W_ + depth_ * layerSize_;
      vf* gr = gacc_ + depth_ * layerSize_;
      const vf* hf = H_ + depth_ * nw + (L - 1) * w;
      for (int index = 0; index < L * w; ++index) {
        dH_[index] = splat(0.0f);
      }
      vf* dlast = dH_ + (L - 1) * w;
      for (int c = 0; c < lw_; ++c) {
        for (int j = 0; j < w; ++j) {
          gr[c * w + j] += dlogits[c] * hf[j];
          dlast[j] += wr[c * w + j] * dlogits[c];
        }
      }
    }
    for (int l = depth_ - 1; l >= 0; --l) {
      const vf* wq = W_ + l * layerSize_;
      const vf* wk = wq + w * w;
      const vf* wv = wk + w * w;
      const vf* w1 = wv + w * w;
      const vf* w2 = w1 + hid * w + hid;
      vf* gq = gacc_ + l * layerSize_;
      vf* gk = gq + w * w;
      vf* gv = gk + w * w;
      vf* gw1 = gv + w * w;
      vf* gb1 = gw1 + hid * w;
      vf* gw2 = gb1 + hid;
      vf* gb2 = gw2 + w * hid;
      const vf* h = H_ + l * nw;
      const vf* q = Q_ + l * nw;
      const vf* k = K_ + l * nw;
      const vf* v = V_ + l * nw;
      const vf* u = U_ + l * nw;
      const vf* g = G_ + l * n_ * hid;
      vf* dz = DG_ + l * n_ * hid;  // gelu'(z), overwritten by dL/dz
      const vf* c = C_ + l * w * w;
      const int t0 = l == depth_ - 1 ? L - 1 : 0;

      // FF (only tokens whose output reached the logits): dz, du; then the weight gradients
      // as sums over tokens.
      for (int t = t0; t < L; ++t) {
        const vf* dout = dH_ + t * w;
        vf* dzt = dz + t * hid;
        vf du[WA];
        vf dj[WA];
#pragma GCC unroll 16
        for (int j = 0; j < w; ++j) {
          dj[j] = dout[j];
          du[j] = dj[j];
          gb2[j] += dj[j];
        }
        for (int kb = 0; kb < hid; kb += kBlock) {
          const int bs = hid - kb < kBlock ? hid - kb : kBlock;
          vf dgk[kBlock];
#pragma GCC unroll 8
          for (int m = 0; m < bs; ++m) {
            dgk[m] = splat(0.0f);
          }
#pragma GCC unroll 16
          for (int j = 0; j < w; ++j) {
#pragma GCC unroll 8
            for (int m = 0; m < bs; ++m) {
              dgk[m] += w2[j * hid + kb + m] * dj[j];
            }
          }
#pragma GCC unroll 8
          for (int m = 0; m < bs; ++m) {
            const vf dzm = dgk[m] * dzt[kb + m];
            dzt[kb + m] = dzm;
            gb1[kb + m] += dzm;
#pragma GCC unroll 16
            for (int j = 0; j < w; ++j) {
              du[j] += w1[(kb + m) * w + j] * dzm;
            }
          }
        }
        vf* dut = dU_ + t * w;
#pragma GCC unroll 16
        for (int j = 0; j < w; ++j) {
          dut[j] = du[j];
        }
      }
      outerAccumulate(gw2, dH_, w, w, g, hid, hid, t0, L);  // dW2[j][k] = sum dout_j g_k
      outerAccumulate(gw1, dz, hid, hid, u, w, w, t0, L);   // dW1[k][j] = sum dz_k u_j

      // Attention: dctx, then queries.
      for (int index = 0; index < w * w; ++index) {
        dC_[index] = splat(0.0f);
      }
      outerAccumulate(dC_, q, w, w, dU_, w, w, t0, L);  // dctx[f][j] = sum q_f du_j
      for (int t = t0; t < L; ++t) {
        const vf* qt = q + t * w;
        const vf* dut = dU_ + t * w;
        vf dq[WA];
#pragma GCC unroll 16
        for (int f = 0; f < w; ++f) {
          dq[f] = splat(0.0f);
        }
#pragma GCC unroll 16
        for (int j = 0; j < w; ++j) {
          const vf duj = dut[j];
#pragma GCC unroll 16
          for (int f = 0; f < w; ++f) {
            dq[f] += c[f * w + j] * duj;
          }
        }
        vf s = splat(0.0f);
#pragma GCC unroll 16
        for (int f = 0; f < w; ++f) {
          s += qt[f] * dq[f];
        }
        s *= invScale;
#pragma GCC unroll 16
        for (int f = 0; f < w; ++f) {
          dA_[t * w + f] = qt[f] * (dq[f] - s);
        }
      }
      // Keys (softmax over positions) and values.
      vf sig[WA];
#pragma GCC unroll 16
      for (int f = 0; f < w; ++f) {
        sig[f] = splat(0.0f);
      }
      for (int t = 0; t < L; ++t) {
        const vf* kt = k + t * w;
        const vf* vt = v + t * w;
        vf dk[WA];
        vf dv[WA];
#pragma GCC unroll 16
        for (int f = 0; f < w; ++f) {
          dk[f] = splat(0.0f);
          dv[f] = splat(0.0f);
        }
#pragma GCC unroll 16
        for (int j = 0; j < w; ++j) {
          const vf vj = vt[j];
          const vf kj = kt[j];
#pragma GCC unroll 16
          for (int f = 0; f < w; ++f) {
            dk[f] += dC_[f * w + j] * vj;  // dkappa_f = sum_j dctx[f][j] v_j
            dv[f] += dC_[j * w + f] * kj;  // dv_f = sum_j kappa_j dctx[j][f]
          }
        }
#pragma GCC unroll 16
        for (int f = 0; f < w; ++f) {
          dK_[t * w + f] = dk[f];
          dV_[t * w + f] = dv[f];
          sig[f] += kt[f] * dk[f];
        }
      }
      for (int t = 0; t < L; ++t) {
        const vf* kt = k + t * w;
        vf* dkt = dK_ + t * w;
#pragma GCC unroll 16
        for (int f = 0; f < w; ++f) {
          dkt[f] = kt[f] * (dkt[f] - sig[f]);
        }
      }
      outerAccumulate(gk, dK_, w, w, h, w, w, 0, L);
      outerAccumulate(gv, dV_, w, w, h, w, w, 0, L);
      outerAccumulate(gq, dA_, w, w, h, w, w, t0, L);
      if (l > 0) {  // the tokens themselves need no gradient
        for (int t = 0; t < L; ++t) {
          const bool query = t >= t0;
          const vf* dkt = dK_ + t * w;
          const vf* dvt = dV_ + t * w;
          const vf* dat = dA_ + t * w;
          vf s[WA];
          vf s2[WA];
#pragma GCC unroll 16
          for (int j = 0; j < w; ++j) {
            s[j] = query ? dU_[t * w + j] : splat(0.0f);
            s2[j] = splat(0.0f);
          }
#pragma GCC unroll 16
          for (int f = 0; f < w; ++f) {
            const vf dkf = dkt[f];
            const vf dvf = dvt[f];
#pragma GCC unroll 16
            for (int j = 0; j < w; ++j) {
              s[j] += wk[f * w + j] * dkf;
              s2[j] += wv[f * w + j] * dvf;
            }
          }
          if (query) {
#pragma GCC unroll 16
            for (int f = 0; f < w; ++f) {
              const vf daf = dat[f];
#pragma GCC unroll 16
              for (int j = 0; j < w; ++j) {
                s[j] += wq[f * w + j] * daf;
              }
            }
          }
          vf* dht = dH_ + t * w;
#pragma GCC unroll 16
          for (int j = 0; j < w; ++j) {
            dht[j] = s[j] + s2[j];
          }
        }
      }
    }
  }

  const KernelArgs& a_;
  const int w_;
  const int hid_;
  const int d_;
  const int lw_;
  const int depth_;
  const int n_;
  const int64_t layerSize_;
  const int64_t params_;
  const float scale_;
  const bool backward_;
  vf *W_, *T_, *H_, *Q_, *K_, *V_, *U_, *G_, *DG_, *C_, *tmp_;
  vf *dH_, *dU_, *dA_, *dK_, *dV_, *dC_, *gacc_;
  vd* gaccD_;
};

std::size_t scratchFloats(const KernelArgs& args, bool backward) {
  return static_cast<std::size_t>(layout(args, backward).total) * kLanes;
}

bool paperShape(const KernelArgs& args) { return args.width == 6 && args.hidden == 24; }

void forwardGroup(const KernelArgs& args, int64_t group, float* scratch) {
  if (paperShape(args)) {
    Kernel<6, 24>(args, scratch, false).runForward(group);
  } else {
    Kernel<0, 0>(args, scratch, false).runForward(group);
  }
}

void backwardGroup(const KernelArgs& args, int64_t group, float* scratch, double* gradient) {
  if (paperShape(args)) {
    Kernel<6, 24>(args, scratch, true).runBackward(group, gradient);
  } else {
    Kernel<0, 0>(args, scratch, true).runBackward(group, gradient);
  }
}

#undef ICL_INLINE

}  // namespace
}  // namespace ICL_FUSED_NS

extern const KernelVariant ICL_FUSED_VARIANT;
const KernelVariant ICL_FUSED_VARIANT = {ICL_FUSED_VARIANT_NAME, ICL_FUSED_NS::kLanes,
                                         &ICL_FUSED_NS::scratchFloats,
                                         &ICL_FUSED_NS::forwardGroup,
                                         &ICL_FUSED_NS::backwardGroup};

}  // namespace icl::core::fused
