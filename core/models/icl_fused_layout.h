// Where the fused ICL kernel keeps things: the scratch arrays' offsets and one layer's slice of
// the flat parameter array. Included by icl_fused_kernel_impl.h once per instruction-set variant
// (inside its namespace, like icl_fused_simd.h), so everything here has internal linkage.
#pragma once

#include <cstdint>

#include "core/models/icl_fused_abi.h"
#include "core/models/icl_fused_simd.h"  // ICL_INLINE

namespace icl::core::fused {
namespace ICL_FUSED_NS {
namespace {

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

/// One layer's weights (or their gradient accumulators) inside the flat parameter array, in
/// the order of layerSize(): to_q, to_k, to_v [w][w], ff1 [hid][w] and bias, ff2 [w][hid] and bias.
template <typename P>
struct LayerParams {
  P wq, wk, wv, w1, b1, w2, b2;
};

template <typename P>
ICL_INLINE LayerParams<P> layerParams(P layer, int w, int hid) {
  LayerParams<P> p;
  p.wq = layer;
  p.wk = p.wq + w * w;
  p.wv = p.wk + w * w;
  p.w1 = p.wv + w * w;
  p.b1 = p.w1 + hid * w;
  p.w2 = p.b1 + hid;
  p.b2 = p.w2 + w * hid;
  return p;
}

}  // namespace
}  // namespace ICL_FUSED_NS
}  // namespace icl::core::fused
