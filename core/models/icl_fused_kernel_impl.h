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
// tests/core/tst_icl_fused.cpp), per sequence right after its forward with every intermediate
// saved (the sequence's activations stay in L2; nothing is kept per batch). Training takes the
// loss path (lossGroup): forward, the cross-entropy's gradient and backward of each sequence
// in one go. The logits' autograd node (backwardGroup) has to recompute each forward instead:
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
#include "core/models/icl_fused_simd.h"  // vf, kLanes, splat, vexp, verf, ICL_INLINE
#include "core/models/icl_fused_layout.h"  // Layout, layout, LayerParams, layerParams

// Local accumulator arrays are written for the first w (or block-size) entries only, and the
// tile remainders of outerAccumulate are dead code at the paper's shape; GCC cannot see
// either and warns.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Waggressive-loop-optimizations"

namespace icl::core::fused {
namespace ICL_FUSED_NS {
namespace {

constexpr float kSqrtHalf = 0.70710678118654752f;
constexpr float kInvSqrt2Pi = 0.39894228040143268f;

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

  /// The group's parameter gradients, added to @p groupGradient. With @p groupLoss null the
  /// logits' gradients come from gradLogits and each sequence's forward is recomputed here
  /// (the autograd node of the logits); otherwise they are those of the cross-entropy with the
  /// token's own label (softmax * sum(y) - y, unscaled: the caller divides by B x divisor), and
  /// the group's summed cross-entropy is added to *groupLoss: one forward and one backward per
  /// sequence, nothing recomputed.
  void runBackward(int64_t group, double* groupGradient, double* groupLoss) {
    const int lanes = loadGroup(group);
    vf* logits = tmp_ + 2 * w_;
    const int64_t queries = n_ - a_.start;
    for (int64_t p = 0; p < params_; ++p) {
      gacc_[p] = splat(0.0f);
      gaccD_[p] = vd{};
    }
    double laneLoss[kLanes] = {};
    for (int i = static_cast<int>(a_.start); i < n_; ++i) {
      loadSequence(i);
      forwardSequence(i + 1, logits);
      if (groupLoss != nullptr) {
        crossEntropyGradient(i, lanes, logits, laneLoss);
      } else {
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
    if (groupLoss != nullptr) {
      double sum = 0.0;
      for (int lane = 0; lane < lanes; ++lane) {
        sum += laneLoss[lane];
      }
      *groupLoss += sum;
    }
  }

 private:
  static constexpr int WA = WC > 0 ? WC : kMaxWidth;  // local array bound
  static constexpr int kBlock = 8;                     // FF hidden units per block

  /// The intermediates of layer l: its input h and output hn [n][w], queries q, key weights k
  /// (after the softmax), values v, attention output u [n][w], GELU outputs g and derivatives
  /// dg [n][hid], context c [w][w]. A forward-only pass keeps one layer's at a time.
  struct Saved {
    vf *h, *hn, *q, *k, *v, *u, *g, *dg, *c;
  };

  int width() const { return WC > 0 ? WC : w_; }
  int hidden() const { return HC > 0 ? HC : hid_; }

  Saved saved(int l) const {
    const int w = width();
    const int hid = hidden();
    const int64_t nw = static_cast<int64_t>(n_) * w;
    const int64_t slot = backward_ ? l : 0;
    return {H_ + l * nw,    H_ + (l + 1) * nw,    Q_ + slot * nw,        K_ + slot * nw,
            V_ + slot * nw, U_ + slot * nw,       G_ + slot * n_ * hid, DG_ + slot * n_ * hid,
            C_ + slot * w * w};
  }

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

  /// Query @p i's cross-entropy against its label y (the token's own label entries, before
  /// loadSequence zeroed them): adds -sum_c y_c log softmax_c to each live lane's loss and
  /// replaces @p logits by their gradient softmax * sum(y) - y (0 in padding lanes). A few
  /// scalar double operations per lane and query: nothing next to the layer stack.
  void crossEntropyGradient(int i, int lanes, vf* logits, double* laneLoss) const {
    const vf* label = T_ + static_cast<int64_t>(i) * w_ + d_;
    for (int lane = 0; lane < lanes; ++lane) {
      double top = logits[0][lane];
      for (int c = 1; c < lw_; ++c) {
        top = logits[c][lane] > top ? logits[c][lane] : top;
      }
      double z = 0.0;
      for (int c = 0; c < lw_; ++c) {
        z += __builtin_exp(logits[c][lane] - top);
      }
      const double logZ = top + __builtin_log(z);
      double mass = 0.0;
      double loss = 0.0;
      for (int c = 0; c < lw_; ++c) {
        const double y = label[c][lane];
        mass += y;
        loss += y * (logZ - logits[c][lane]);
      }
      laneLoss[lane] += loss;
      for (int c = 0; c < lw_; ++c) {
        const double p = __builtin_exp(logits[c][lane] - logZ);
        logits[c][lane] = static_cast<float>(p * mass - label[c][lane]);
      }
    }
    for (int c = 0; c < lw_; ++c) {
      for (int lane = lanes; lane < kLanes; ++lane) {
        logits[c][lane] = 0.0f;
      }
    }
  }

  /// The whole layer stack on a sequence of L tokens; logits [2c] of its last token.
  void forwardSequence(int L, vf* logits) {
    const int w = width();
    for (int l = 0; l < depth_; ++l) {
      const LayerParams<const vf*> p = layerParams<const vf*>(W_ + l * layerSize_, w, hidden());
      // In the last layer only the query token's output reaches the logits.
      const int t0 = l == depth_ - 1 ? L - 1 : 0;
      attentionForward(p, saved(l), t0, L);
      feedForwardForward(p, saved(l), t0, L);
    }
    const vf* hf = H_ + depth_ * static_cast<int64_t>(n_) * w + (L - 1) * w;
    fill(logits, lw_, splat(0.0f));
    mulAdd(logits, W_ + depth_ * layerSize_, w, hf, lw_, w);
  }

  /// k, v of every token, q of tokens t0..L-1, the softmax over positions of the keys, the
  /// context c = kappa^T v, and u_t = h_t + c^T q_t for t >= t0.
  void attentionForward(const LayerParams<const vf*>& p, const Saved& s, int t0, int L) {
    const int w = width();
    for (int t = 0; t < L; ++t) {
      const vf* ht = s.h + t * w;
      vf ak[WA];
      vf av[WA];
      fill(ak, w, splat(0.0f));
      mulAdd(ak, p.wk, w, ht, w, w);
      fill(av, w, splat(0.0f));
      mulAdd(av, p.wv, w, ht, w, w);
      copy(s.k + t * w, ak, w);
      copy(s.v + t * w, av, w);
      if (t >= t0) {
        vf aq[WA];
        fill(aq, w, splat(0.0f));
        mulAdd(aq, p.wq, w, ht, w, w);
        querySoftmax(aq, s.q + t * w);
      }
    }
    keySoftmax(s.k, L);
    fill(s.c, w * w, splat(0.0f));
    outerAccumulate(s.c, s.k, w, w, s.v, w, w, 0, L);  // c[f][j] = sum_t kappa_{t,f} v_{t,j}
    for (int t = t0; t < L; ++t) {
      vf uo[WA];
      copy(uo, s.h + t * w, w);
      mulAddTransposed(uo, s.c, w, s.q + t * w, w, w);
      copy(s.u + t * w, uo, w);
    }
  }

  /// q = scale * softmax over features of the raw queries @p aq (overwritten).
  void querySoftmax(vf* aq, vf* q) const {
    const int w = width();
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
#pragma GCC unroll 16
    for (int f = 0; f < w; ++f) {
      q[f] = aq[f] * r;
    }
  }

  /// k [L][w] -> softmax over positions, per feature, in place.
  void keySoftmax(vf* k, int L) const {
    const int w = width();
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

  /// hn_t = u_t + W2 gelu(W1 u_t + b1) + b2 for t >= t0, in blocks of kBlock hidden units;
  /// keeps g = gelu(z) and, for the backward pass, gelu'(z).
  void feedForwardForward(const LayerParams<const vf*>& p, const Saved& s, int t0, int L) {
    const int w = width();
    const int hid = hidden();
    for (int t = t0; t < L; ++t) {
      const vf* ut = s.u + t * w;
      vf* gt = s.g + t * hid;
      vf* dgt = s.dg + t * hid;
      vf uo[WA];
      vf out[WA];
#pragma GCC unroll 16
      for (int j = 0; j < w; ++j) {
        uo[j] = ut[j];
        out[j] = uo[j] + p.b2[j];
      }
      for (int kb = 0; kb < hid; kb += kBlock) {
        const int bs = hid - kb < kBlock ? hid - kb : kBlock;
        vf z[kBlock];
        copy(z, p.b1 + kb, bs);
        mulAdd(z, p.w1 + kb * w, w, uo, bs, w);
#pragma GCC unroll 8
        for (int m = 0; m < bs; ++m) {
          const vf phi = 0.5f * (1.0f + verf(z[m] * kSqrtHalf));
          gt[kb + m] = z[m] * phi;
          if (backward_) {
            dgt[kb + m] = phi + z[m] * (kInvSqrt2Pi * vexp(-0.5f * z[m] * z[m]));
          }
        }
        mulAdd(out, p.w2 + kb, hid, gt + kb, w, bs);
      }
      copy(s.hn + t * w, out, w);
    }
  }

  /// Gradients of a sequence of L tokens whose forward pass is saved, from @p dlogits [2c].
  void backwardSequence(int L, const vf* dlogits) {
    const int w = width();
    const int hid = hidden();
    readoutBackward(L, dlogits);
    for (int l = depth_ - 1; l >= 0; --l) {
      const LayerParams<const vf*> p = layerParams<const vf*>(W_ + l * layerSize_, w, hid);
      const LayerParams<vf*> gp = layerParams<vf*>(gacc_ + l * layerSize_, w, hid);
      const int t0 = l == depth_ - 1 ? L - 1 : 0;
      feedForwardBackward(p, gp, saved(l), t0, L);
      attentionBackward(gp, saved(l), t0, L);
      if (l > 0) {  // the tokens themselves need no gradient
        inputBackward(p, t0, L);
      }
    }
  }

  /// Readout: its weight gradient, and dH = dout of the last token (0 for the others).
  void readoutBackward(int L, const vf* dlogits) {
    const int w = width();
    const vf* wr = W_ + depth_ * layerSize_;
    vf* gr = gacc_ + depth_ * layerSize_;
    const vf* hf = H_ + depth_ * static_cast<int64_t>(n_) * w + (L - 1) * w;
    // Only the query token's output reaches the logits; the last layer's backward reads dH of
    // that token alone (inputBackward then writes every token's dH for the layer below).
    fill(dH_ + (L - 1) * w, w, splat(0.0f));
    for (int c = 0; c < lw_; ++c) {
      for (int j = 0; j < w; ++j) {
        gr[c * w + j] += dlogits[c] * hf[j];
      }
    }
    mulAddTransposed(dH_ + (L - 1) * w, wr, w, dlogits, lw_, w);
  }

  /// FF (only tokens whose output reached the logits): dz (over gelu' in s.dg), du = dout +
  /// W1^T dz into dU, then the weight gradients as sums over tokens.
  void feedForwardBackward(const LayerParams<const vf*>& p, const LayerParams<vf*>& gp,
                           const Saved& s, int t0, int L) {
    const int w = width();
    const int hid = hidden();
    vf* dz = s.dg;  // gelu'(z), overwritten by dL/dz
    for (int t = t0; t < L; ++t) {
      vf* dzt = dz + t * hid;
      vf du[WA];
      vf dj[WA];
#pragma GCC unroll 16
      for (int j = 0; j < w; ++j) {
        dj[j] = dH_[t * w + j];
        du[j] = dj[j];
        gp.b2[j] += dj[j];
      }
      for (int kb = 0; kb < hid; kb += kBlock) {
        const int bs = hid - kb < kBlock ? hid - kb : kBlock;
        vf dgk[kBlock];
        fill(dgk, bs, splat(0.0f));
        mulAddTransposed(dgk, p.w2 + kb, hid, dj, w, bs);
#pragma GCC unroll 8
        for (int m = 0; m < bs; ++m) {
          const vf dzm = dgk[m] * dzt[kb + m];
          dzt[kb + m] = dzm;
          gp.b1[kb + m] += dzm;
        }
        mulAddTransposed(du, p.w1 + kb * w, w, dzt + kb, bs, w);
      }
      copy(dU_ + t * w, du, w);
    }
    outerAccumulate(gp.w2, dH_, w, w, s.g, hid, hid, t0, L);  // dW2[j][k] = sum dout_j g_k
    outerAccumulate(gp.w1, dz, hid, hid, s.u, w, w, t0, L);   // dW1[k][j] = sum dz_k u_j
  }

  /// Attention: dctx, then the queries (dA, before their softmax), then keys (dK, before their
  /// softmax over positions) and values (dV); their weight gradients.
  void attentionBackward(const LayerParams<vf*>& gp, const Saved& s, int t0, int L) {
    const int w = width();
    const float invScale = 1.0f / scale_;
    fill(dC_, w * w, splat(0.0f));
    outerAccumulate(dC_, s.q, w, w, dU_, w, w, t0, L);  // dctx[f][j] = sum q_f du_j
    for (int t = t0; t < L; ++t) {
      const vf* qt = s.q + t * w;
      vf dq[WA];
      fill(dq, w, splat(0.0f));
      mulAdd(dq, s.c, w, dU_ + t * w, w, w);
      vf sum = splat(0.0f);
#pragma GCC unroll 16
      for (int f = 0; f < w; ++f) {
        sum += qt[f] * dq[f];
      }
      sum *= invScale;
#pragma GCC unroll 16
      for (int f = 0; f < w; ++f) {
        dA_[t * w + f] = qt[f] * (dq[f] - sum);
      }
    }
    vf sig[WA];
    fill(sig, w, splat(0.0f));
    for (int t = 0; t < L; ++t) {
      const vf* kt = s.k + t * w;
      vf dk[WA];
      vf dv[WA];
      fill(dk, w, splat(0.0f));
      mulAdd(dk, dC_, w, s.v + t * w, w, w);  // dkappa_f = sum_j dctx[f][j] v_j
      fill(dv, w, splat(0.0f));
      mulAddTransposed(dv, dC_, w, kt, w, w);  // dv_f = sum_j kappa_j dctx[j][f]
#pragma GCC unroll 16
      for (int f = 0; f < w; ++f) {
        dK_[t * w + f] = dk[f];
        dV_[t * w + f] = dv[f];
        sig[f] += kt[f] * dk[f];
      }
    }
    for (int t = 0; t < L; ++t) {
      const vf* kt = s.k + t * w;
      vf* dkt = dK_ + t * w;
#pragma GCC unroll 16
      for (int f = 0; f < w; ++f) {
        dkt[f] = kt[f] * (dkt[f] - sig[f]);
      }
    }
    outerAccumulate(gp.wk, dK_, w, w, s.h, w, w, 0, L);
    outerAccumulate(gp.wv, dV_, w, w, s.h, w, w, 0, L);
    outerAccumulate(gp.wq, dA_, w, w, s.h, w, w, t0, L);
  }

  /// dH_t = du_t (t >= t0) + Wk^T dk_t + Wv^T dv_t + Wq^T da_t (t >= t0): the gradient of the
  /// layer's input, the output gradient of the layer below.
  void inputBackward(const LayerParams<const vf*>& p, int t0, int L) {
    const int w = width();
    for (int t = 0; t < L; ++t) {
      const bool query = t >= t0;
      vf s[WA];
      vf s2[WA];
#pragma GCC unroll 16
      for (int j = 0; j < w; ++j) {
        s[j] = query ? dU_[t * w + j] : splat(0.0f);
        s2[j] = splat(0.0f);
      }
      mulAddTransposed(s, p.wk, w, dK_ + t * w, w, w);
      mulAddTransposed(s2, p.wv, w, dV_ + t * w, w, w);
      if (query) {
        mulAddTransposed(s, p.wq, w, dA_ + t * w, w, w);
      }
      vf* dht = dH_ + t * w;
#pragma GCC unroll 16
      for (int j = 0; j < w; ++j) {
        dht[j] = s[j] + s2[j];
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
    Kernel<6, 24>(args, scratch, true).runBackward(group, gradient, nullptr);
  } else {
    Kernel<0, 0>(args, scratch, true).runBackward(group, gradient, nullptr);
  }
}

void evaluateMath(int function, const float* in, float* out, int64_t count) {
  for (int64_t first = 0; first < count; first += kLanes) {
    vf x = splat(0.0f);
    const int64_t lanes = count - first < kLanes ? count - first : kLanes;
    for (int64_t lane = 0; lane < lanes; ++lane) {
      x[lane] = in[first + lane];
    }
    const vf y = function == 0 ? vexp(x) : verf(x);
    for (int64_t lane = 0; lane < lanes; ++lane) {
      out[first + lane] = y[lane];
    }
  }
}

void lossGroup(const KernelArgs& args, int64_t group, float* scratch, double* gradient,
               double* loss) {
  if (paperShape(args)) {
    Kernel<6, 24>(args, scratch, true).runBackward(group, gradient, loss);
  } else {
    Kernel<0, 0>(args, scratch, true).runBackward(group, gradient, loss);
  }
}

}  // namespace
}  // namespace ICL_FUSED_NS

extern const KernelVariant ICL_FUSED_VARIANT;
const KernelVariant ICL_FUSED_VARIANT = {ICL_FUSED_VARIANT_NAME, ICL_FUSED_NS::kLanes,
                                         &ICL_FUSED_NS::scratchFloats,
                                         &ICL_FUSED_NS::forwardGroup,
                                         &ICL_FUSED_NS::backwardGroup,
                                         &ICL_FUSED_NS::lossGroup,
                                         &ICL_FUSED_NS::evaluateMath};

}  // namespace icl::core::fused

#pragma GCC diagnostic pop
#undef ICL_INLINE
