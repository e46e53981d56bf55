#pragma once
// The paper's ICL transformer (design.md §3.1): tokens are raw [x, label] vectors of width
// w = d + 2c with no embedding and no positions; each layer adds non-causal linear attention
// (one head, no output projection) and a GELU feed-forward; a bias-free readout maps the final
// query token to 2c logits. Shapes: b sequences, n tokens, w token width, e = w head width.

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>

namespace icl::core {

struct IclTransformerOptions {
  int64_t inputDim = 2;     // d
  int64_t labelWidth = 4;   // 2c
  int64_t depth = 8;        // layers (paper 8)
  int64_t ffHidden = 24;    // FF hidden width (paper 4 x 6)
  int64_t prefixChunk = 1;  // query prefixes per padded pass (1 = plain loop; see forwardPrefixes)
  bool fusedKernel = false;  // forwardPrefixes through icl_fused_kernel.h on CPU float32
  int64_t width() const { return inputDim + labelWidth; }
};

/// Linear attention of LAT's `linear_attn`: softmax over features for queries, softmax over
/// positions for keys; masked keys get -inf and masked values 0.
class LinearAttentionImpl : public torch::nn::Module {
 public:
  explicit LinearAttentionImpl(int64_t width);
  /// h [b, n, w], keyMask [b, n] bool (undefined = all valid) -> [b, n, w]
  torch::Tensor forward(const torch::Tensor& h, const torch::Tensor& keyMask);

 private:
  torch::nn::Linear toQ_{nullptr};  // "to_q"
  torch::nn::Linear toK_{nullptr};  // "to_k"
  torch::nn::Linear toV_{nullptr};  // "to_v"
  double scale_;
};
TORCH_MODULE(LinearAttention);

class IclBlockImpl : public torch::nn::Module {
 public:
  IclBlockImpl(int64_t width, int64_t ffHidden);
  torch::Tensor forward(const torch::Tensor& h, const torch::Tensor& keyMask);

 private:
  LinearAttention attention_{nullptr};  // "attn"
  torch::nn::Linear ff1_{nullptr};      // "ff1"
  torch::nn::Linear ff2_{nullptr};      // "ff2"
};
TORCH_MODULE(IclBlock);

class IclTransformerImpl : public torch::nn::Module {
 public:
  explicit IclTransformerImpl(const IclTransformerOptions& options);

  /// tokens [b, n, w], keyMask [b, n] bool or undefined -> final residual stream [b, n, w]
  torch::Tensor forwardTokens(const torch::Tensor& tokens, const torch::Tensor& keyMask);

  /// x [b, n, d], targets [b, n, 2c] -> logits [b, n - start, 2c]. Query i is the sequence
  /// [examples 0..i-1, (x_i, 0)]. With fusedKernel, CPU float32 inputs that need no gradient
  /// go through the fused kernel (one autograd node for everything). Otherwise up to
  /// prefixChunk consecutive queries run in one pass, padded to the longest with a key mask:
  /// 1 is the plain loop, n one pass for all.
  torch::Tensor forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                int64_t start);

  /// The training loss (design.md §3.5; x, targets as forwardPrefixes) in one fused kernel pass
  /// that also computes every parameter gradient (iclFusedTrainingLoss), when fusedKernel is on,
  /// the inputs suit the kernel and gradients are wanted (grad mode on, parameters requiring
  /// grad); otherwise an undefined tensor (the caller then uses forwardPrefixes).
  torch::Tensor fusedTrainingLoss(const torch::Tensor& x, const torch::Tensor& targets,
                                  int64_t start, double divisor);

  /// supportX [b, s, d], supportTargets [b, s, 2c], queryX [b, q, d] -> logits [b, q, 2c].
  /// Each query runs the sequence [support..., (x_q, 0)]; with fusedKernel, CPU float32 inputs
  /// go through the fused kernel (as forwardPrefixes' last position, start = s), else LibTorch.
  torch::Tensor forwardQueries(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                               const torch::Tensor& queryX);

  void setPrefixChunk(int64_t chunk);
  void setFusedKernel(bool fused) { options_.fusedKernel = fused; }
  /// Per layer to_q, to_k, to_v, ff1.weight, ff1.bias, ff2.weight, ff2.bias; then readout.
  std::vector<torch::Tensor> kernelParameters();
  const IclTransformerOptions& options() const { return options_; }

 private:
  torch::Tensor forwardPrefixChunk(const torch::Tensor& tokens, int64_t first, int64_t last);

  IclTransformerOptions options_;
  torch::nn::ModuleList layers_{nullptr};  // "layers"
  torch::nn::Linear readout_{nullptr};     // "readout"
};
TORCH_MODULE(IclTransformer);

}  // namespace icl::core
