#include "core/models/gpt_regression.h"

#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

namespace icl::core {

namespace {

// GPT-2 (HF) initialisation: N(0, 0.02) weights, zero biases; output projections of attention
// and MLP get 0.02 / sqrt(2L).
constexpr double kInitStd = 0.02;
// LayerNorm epsilon of GPT-2.
constexpr double kLayerNormEps = 1e-5;

torch::nn::Linear gptLinear(int64_t in, int64_t out, double stddev) {
  torch::nn::Linear linear(torch::nn::LinearOptions(in, out));
  torch::NoGradGuard noGrad;
  linear->weight.normal_(0.0, stddev);
  linear->bias.zero_();
  return linear;
}

struct Block : torch::nn::Module {
  Block(int64_t embd, int64_t layers) {
    const double projStd = kInitStd / std::sqrt(2.0 * static_cast<double>(layers));
    ln1 = register_module("ln_1", torch::nn::LayerNorm(
                                       torch::nn::LayerNormOptions({embd}).eps(kLayerNormEps)));
    attn = register_module("c_attn", gptLinear(embd, 3 * embd, kInitStd));
    attnProj = register_module("attn_proj", gptLinear(embd, embd, projStd));
    ln2 = register_module("ln_2", torch::nn::LayerNorm(
                                       torch::nn::LayerNormOptions({embd}).eps(kLayerNormEps)));
    fc = register_module("c_fc", gptLinear(embd, 4 * embd, kInitStd));
    mlpProj = register_module("mlp_proj", gptLinear(4 * embd, embd, projStd));
  }
  torch::nn::LayerNorm ln1{nullptr}, ln2{nullptr};
  torch::nn::Linear attn{nullptr}, attnProj{nullptr}, fc{nullptr}, mlpProj{nullptr};
};

}  // namespace

GptRegressionImpl::GptRegressionImpl(const GptRegressionOptions& options) : options_(options) {
  if (options.nDims < 1 || options.nPositions < 1 || options.embd < 1 || options.layers < 1 ||
      options.heads < 1 || options.embd % options.heads != 0) {
    throw std::invalid_argument(
        "GptRegression: need positive sizes and n_head dividing n_embd, got D=" +
        std::to_string(options.nDims) + " n_positions=" + std::to_string(options.nPositions) +
        " E=" + std::to_string(options.embd) + " L=" + std::to_string(options.layers) +
        " H=" + std::to_string(options.heads));
  }
  // Read-in and read-out keep PyTorch's default init, as GARG.
  readIn_ = register_module("read_in", torch::nn::Linear(options.nDims, options.embd));
  wpe_ = register_module("wpe", torch::nn::Embedding(2 * options.nPositions, options.embd));
  {
    torch::NoGradGuard noGrad;
    wpe_->weight.normal_(0.0, kInitStd);
  }
  blocks_ = register_module("h", torch::nn::ModuleList());
  for (int64_t l = 0; l < options.layers; ++l) {
    blocks_->push_back(std::make_shared<Block>(options.embd, options.layers));
  }
  lnF_ = register_module("ln_f", torch::nn::LayerNorm(torch::nn::LayerNormOptions({options.embd})
                                                           .eps(kLayerNormEps)));
  readOut_ = register_module("read_out", torch::nn::Linear(options.embd, 1));

  std::map<std::string, std::size_t> index;
  const auto named = named_parameters();
  for (std::size_t i = 0; i < named.size(); ++i) {
    index[named[i].key()] = i;
  }
  auto at = [&index](const std::string& name) { return index.at(name); };
  readInW_ = at("read_in.weight");
  readInB_ = at("read_in.bias");
  wpeW_ = at("wpe.weight");
  lnFw_ = at("ln_f.weight");
  lnFb_ = at("ln_f.bias");
  readOutW_ = at("read_out.weight");
  readOutB_ = at("read_out.bias");
  for (int64_t l = 0; l < options.layers; ++l) {
    const std::string p = "h." + std::to_string(l) + ".";
    blockIndex_.push_back({at(p + "ln_1.weight"), at(p + "ln_1.bias"), at(p + "c_attn.weight"),
                           at(p + "c_attn.bias"), at(p + "attn_proj.weight"),
                           at(p + "attn_proj.bias"), at(p + "ln_2.weight"), at(p + "ln_2.bias"),
                           at(p + "c_fc.weight"), at(p + "c_fc.bias"), at(p + "mlp_proj.weight"),
                           at(p + "mlp_proj.bias")});
  }
}

torch::Tensor GptRegressionImpl::forward(const torch::Tensor& xs, const torch::Tensor& ys) {
  return forwardWith(parameters(), xs, ys);
}

torch::Tensor GptRegressionImpl::forwardWith(const std::vector<torch::Tensor>& p,
                                             const torch::Tensor& xs,
                                             const torch::Tensor& ys) const {
  TORCH_CHECK(xs.dim() == 3 && xs.size(2) == options_.nDims, "GptRegression: xs must be [b, n, ",
              options_.nDims, "], got ", xs.sizes());
  TORCH_CHECK(ys.dim() == 2 && ys.size(0) == xs.size(0) && ys.size(1) == xs.size(1),
              "GptRegression: ys must be [b, n] matching xs, got ", ys.sizes());
  TORCH_CHECK(xs.size(1) <= options_.nPositions, "GptRegression: ", xs.size(1),
              " points exceed n_positions = ", options_.nPositions);
  const int64_t b = xs.size(0);
  const int64_t n = xs.size(1);
  const int64_t t = 2 * n;
  const int64_t e = options_.embd;
  const int64_t h = options_.heads;
  const int64_t hd = e / h;

  // [b, n, d] x and [b, n, d] (y, 0, ...) -> [b, 2n, d] interleaved.
  torch::Tensor yWide = torch::zeros_like(xs);
  yWide.select(2, 0).copy_(ys);
  const torch::Tensor zs = torch::stack({xs, yWide}, 2).reshape({b, t, options_.nDims});

  torch::Tensor hidden = torch::linear(zs, p[readInW_], p[readInB_]) +
                         p[wpeW_].narrow(0, 0, t).unsqueeze(0);  // [b, t, e]
  const torch::Tensor future =
      torch::ones({t, t}, torch::TensorOptions().dtype(torch::kBool).device(xs.device())).triu(1);
  const double scale = 1.0 / std::sqrt(static_cast<double>(hd));
  for (const BlockIndex& block : blockIndex_) {
    torch::Tensor a = torch::layer_norm(hidden, {e}, p[block.ln1w], p[block.ln1b], kLayerNormEps);
    const torch::Tensor qkv = torch::linear(a, p[block.attnW], p[block.attnB]);  // [b, t, 3e]
    const auto parts = qkv.chunk(3, 2);
    auto heads = [&](const torch::Tensor& x) { return x.view({b, t, h, hd}).transpose(1, 2); };
    const torch::Tensor q = heads(parts[0]);  // [b, h, t, hd]
    const torch::Tensor keys = heads(parts[1]);
    const torch::Tensor v = heads(parts[2]);
    torch::Tensor scores = torch::matmul(q, keys.transpose(2, 3)) * scale;  // [b, h, t, t]
    scores = scores.masked_fill(future, -std::numeric_limits<double>::infinity());
    const torch::Tensor attended =
        torch::matmul(torch::softmax(scores, -1), v).transpose(1, 2).reshape({b, t, e});
    hidden = hidden + torch::linear(attended, p[block.attnProjW], p[block.attnProjB]);
    torch::Tensor m = torch::layer_norm(hidden, {e}, p[block.ln2w], p[block.ln2b], kLayerNormEps);
    m = torch::gelu(torch::linear(m, p[block.fcW], p[block.fcB]), "tanh");
    hidden = hidden + torch::linear(m, p[block.mlpProjW], p[block.mlpProjB]);
  }
  hidden = torch::layer_norm(hidden, {e}, p[lnFw_], p[lnFb_], kLayerNormEps);
  const torch::Tensor out = torch::linear(hidden, p[readOutW_], p[readOutB_]);  // [b, t, 1]
  return out.select(2, 0).slice(1, 0, t, 2);  // x tokens: [b, n]
}

int64_t GptRegressionImpl::parameterCount() const {
  int64_t count = 0;
  for (const torch::Tensor& parameter : parameters()) {
    count += parameter.numel();
  }
  return count;
}

torch::Tensor regressionLoss(const torch::Tensor& predictions, const torch::Tensor& ys) {
  return (predictions - ys).square().mean();
}

}  // namespace icl::core
