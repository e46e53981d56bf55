#pragma once
// A fused CPU kernel for IclTransformer::forwardPrefixes (design.md §3.1): forward and backward of
// the whole layer stack over every query prefix as hand-written loops over float arrays, one
// autograd node instead of ~25 LibTorch operators per layer and prefix. CPU float32 only; the
// LibTorch path stays the reference and the CUDA path. Design: icl_fused_kernel_impl.h.

#include <string>
#include <vector>

#include <torch/types.h>

#include "core/models/icl_fused_abi.h"  // fused::kMaxWidth, the widest token it handles

namespace icl::core {

struct IclFusedShape {
  int64_t inputDim = 2;
  int64_t labelWidth = 4;
  int64_t depth = 8;
  int64_t ffHidden = 24;
};

/// @brief Whether the fused kernel can run these inputs (CPU float32, no gradient wanted for
/// the inputs themselves).
bool iclFusedSupports(const torch::Tensor& x, const torch::Tensor& targets);

/// @brief x [b, n, d], targets [b, n, 2c] -> logits [b, n - start, 2c], differentiable with
/// respect to @p parameters, which are, per layer, to_q.weight, to_k.weight, to_v.weight,
/// ff1.weight, ff1.bias, ff2.weight, ff2.bias, then readout.weight. Work is split over tasks in
/// groups of 8 or 16 (one per SIMD lane) with at most at::get_num_threads() threads; results
/// do not depend on the thread count (each group's gradient is summed separately, the groups in
/// a fixed order).
torch::Tensor iclFusedForwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                      int64_t start, const IclFusedShape& shape,
                                      const std::vector<torch::Tensor>& parameters);

/// @brief The training loss of design.md §3.5 over query positions start..n-1 (cross-entropy
/// of the logits iclFusedForwardPrefixes would give against targets[:, start:], summed over
/// positions, divided by b x @p divisor), with every parameter gradient computed in the same
/// kernel pass: each sequence's forward, the cross-entropy's gradient and its backward run
/// while its activations are in cache, so nothing is recomputed. Its backward only multiplies
/// the stored gradients by the incoming one. Thread-count independent like
/// iclFusedForwardPrefixes; use it only where gradients are wanted (it does the backward's work).
/// @return scalar float loss
torch::Tensor iclFusedTrainingLoss(const torch::Tensor& x, const torch::Tensor& targets,
                                   int64_t start, double divisor, const IclFusedShape& shape,
                                   const std::vector<torch::Tensor>& parameters);

/// @brief The variant in use's vectorised exp or erf of each value of @p x (what the kernel
/// computes inside: tests check their accuracy against the C library in double).
enum class IclFusedMath { Exp, Erf };
std::vector<float> iclFusedMath(IclFusedMath function, const std::vector<float>& x);

enum class IclFusedIsa { Auto, Generic, Avx2, Avx512 };
/// @brief Forces one instruction-set variant (tests, bench); Auto picks AVX-512 (16 tasks per
/// vector), else AVX2+FMA (8), else the portable build (8), by what the CPU reports. Returns
/// false when @p isa is not available on this CPU or build. Results of different variants agree
/// to float rounding, not bitwise.
bool setIclFusedIsa(IclFusedIsa isa);
/// @brief The variant in use: "generic", "avx2+fma" or "avx512".
std::string iclFusedIsaName();

}  // namespace icl::core
