#pragma once
// GPT-2-style causal transformer for in-context linear regression (design.md §5.1, GARG's
// TransformerModel). Dimension legend: b prompts, n points per prompt, t = 2n tokens,
// d input dimension D, e width E, h heads.
//
// Tokens interleave [x1, y1~, x2, y2~, ...] with y~ = (y, 0, ..., 0); the prediction for y_j is
// read at the x_j token, so it sees x1, y1, ..., x_j. The forward pass is written functionally
// over an explicit list of parameter tensors (in parameters() order), so MAML can run it with
// adapted weights; forward() uses the module's own parameters.

#include <torch/torch.h>

#include <string>
#include <vector>

#include "core/config/meta_config.h"

namespace icl::core {

struct GptRegressionOptions {
  int64_t nDims = 20;       // D: input dimension
  int64_t nPositions = 101;  // most points per prompt; 2 * nPositions learned positions
  int64_t embd = 256;        // E
  int64_t layers = 12;       // L
  int64_t heads = 8;         // H, divides E

  /// @brief The options of a run's model: @p model's (resolved) size at @p nDims, @p nPositions.
  static GptRegressionOptions from(const GptModelConfig& model, int64_t nDims, int64_t nPositions) {
    return {nDims, nPositions, model.embd, model.layers, model.heads};
  }
};

class GptRegressionImpl : public torch::nn::Module {
 public:
  explicit GptRegressionImpl(const GptRegressionOptions& options);

  /// @brief xs [b, n, d], ys [b, n] -> predictions [b, n] (prediction j sees points < j).
  torch::Tensor forward(const torch::Tensor& xs, const torch::Tensor& ys);

  /// @brief The same computation with @p params in place of parameters() (same order/shapes).
  torch::Tensor forwardWith(const std::vector<torch::Tensor>& params, const torch::Tensor& xs,
                            const torch::Tensor& ys) const;

  const GptRegressionOptions& options() const { return options_; }
  int64_t parameterCount() const;

 private:
  struct BlockIndex {
    std::size_t ln1w, ln1b, attnW, attnB, attnProjW, attnProjB, ln2w, ln2b, fcW, fcB, mlpProjW,
        mlpProjB;
  };
  GptRegressionOptions options_;
  torch::nn::Linear readIn_{nullptr};
  torch::nn::Embedding wpe_{nullptr};
  torch::nn::ModuleList blocks_{nullptr};
  torch::nn::LayerNorm lnF_{nullptr};
  torch::nn::Linear readOut_{nullptr};
  std::size_t readInW_ = 0, readInB_ = 0, wpeW_ = 0, lnFw_ = 0, lnFb_ = 0, readOutW_ = 0,
              readOutB_ = 0;
  std::vector<BlockIndex> blockIndex_;
};
TORCH_MODULE(GptRegression);

/// @brief Mean squared error over all prompts and positions (design.md §5.1).
torch::Tensor regressionLoss(const torch::Tensor& predictions, const torch::Tensor& ys);

}  // namespace icl::core
