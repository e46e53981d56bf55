#include "core/models/icl_transformer.h"

#include <torch/torch.h>

#include "core/models/icl_fused_kernel.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace icl::core {

LinearAttentionImpl::LinearAttentionImpl(int64_t width)
    : scale_(1.0 / std::sqrt(static_cast<double>(width))) {
  auto options = torch::nn::LinearOptions(width, width).bias(false);
  toQ_ = register_module("to_q", torch::nn::Linear(options));
  toK_ = register_module("to_k", torch::nn::Linear(options));
  toV_ = register_module("to_v", torch::nn::Linear(options));
}

torch::Tensor LinearAttentionImpl::forward(const torch::Tensor& h, const torch::Tensor& keyMask) {
  torch::Tensor q = toQ_->forward(h).softmax(-1) * scale_;
  torch::Tensor keyLogits = toK_->forward(h);
  torch::Tensor v = toV_->forward(h);
  if (keyMask.defined()) {
    const torch::Tensor hidden = keyMask.logical_not().unsqueeze(-1);
    keyLogits = keyLogits.masked_fill(hidden, -std::numeric_limits<float>::infinity());
    v = v.masked_fill(hidden, 0.0);
  }
  const torch::Tensor k = keyLogits.softmax(1);               // over positions
  const torch::Tensor context = torch::bmm(k.transpose(1, 2), v);  // [b, e, e]
  return torch::bmm(q, context);                              // [b, n, e]
}

IclBlockImpl::IclBlockImpl(int64_t width, int64_t ffHidden) {
  attention_ = register_module("attn", LinearAttention(width));
  ff1_ = register_module("ff1", torch::nn::Linear(width, ffHidden));
  ff2_ = register_module("ff2", torch::nn::Linear(ffHidden, width));
}

torch::Tensor IclBlockImpl::forward(const torch::Tensor& h, const torch::Tensor& keyMask) {
  torch::Tensor out = h + attention_->forward(h, keyMask);
  return out + ff2_->forward(torch::gelu(ff1_->forward(out)));
}

IclTransformerImpl::IclTransformerImpl(const IclTransformerOptions& options)
    : options_(options) {
  if (options.inputDim < 1 || options.labelWidth < 2 || options.depth < 1 ||
      options.ffHidden < 1) {
    throw std::invalid_argument(
        "IclTransformer: need inputDim >= 1, labelWidth >= 2, depth >= 1, ffHidden >= 1; got " +
        std::to_string(options.inputDim) + ", " + std::to_string(options.labelWidth) + ", " +
        std::to_string(options.depth) + ", " + std::to_string(options.ffHidden));
  }
  setPrefixChunk(options.prefixChunk);
  layers_ = register_module("layers", torch::nn::ModuleList());
  for (int64_t layer = 0; layer < options.depth; ++layer) {
    layers_->push_back(IclBlock(options.width(), options.ffHidden));
  }
  readout_ = register_module(
      "readout",
      torch::nn::Linear(torch::nn::LinearOptions(options.width(), options.labelWidth).bias(false)));
}

void IclTransformerImpl::setPrefixChunk(int64_t chunk) {
  if (chunk < 1) {
    throw std::invalid_argument("IclTransformer: prefixChunk must be >= 1, got " +
                                std::to_string(chunk));
  }
  options_.prefixChunk = chunk;
}

std::vector<torch::Tensor> IclTransformerImpl::kernelParameters() {
  const auto named = named_parameters();
  std::vector<torch::Tensor> parameters;
  for (int64_t layer = 0; layer < options_.depth; ++layer) {
    const std::string prefix = "layers." + std::to_string(layer) + ".";
    for (const char* name : {"attn.to_q.weight", "attn.to_k.weight", "attn.to_v.weight",
                             "ff1.weight", "ff1.bias", "ff2.weight", "ff2.bias"}) {
      parameters.push_back(named[prefix + name]);
    }
  }
  parameters.push_back(named["readout.weight"]);
  return parameters;
}

torch::Tensor IclTransformerImpl::forwardTokens(const torch::Tensor& tokens,
                                                const torch::Tensor& keyMask) {
  TORCH_CHECK(tokens.dim() == 3 && tokens.size(2) == options_.width(),
              "IclTransformer: tokens must be [b, n, ", options_.width(), "], got ",
              tokens.sizes());
  torch::Tensor h = tokens;
  for (const auto& layer : *layers_) {
    h = layer->as<IclBlock>()->forward(h, keyMask);
  }
  return h;
}

torch::Tensor IclTransformerImpl::forwardPrefixes(const torch::Tensor& x,
                                                  const torch::Tensor& targets, int64_t start) {
  TORCH_CHECK(x.dim() == 3 && targets.dim() == 3 && x.size(2) == options_.inputDim &&
                  targets.size(2) == options_.labelWidth && x.size(1) == targets.size(1),
              "IclTransformer: x [b, n, d] and targets [b, n, 2c] do not match the model");
  const int64_t length = x.size(1);
  TORCH_CHECK(start >= 0 && start < length, "IclTransformer: start ", start, " outside [0, ",
              length, ")");
  if (options_.fusedKernel && options_.width() <= fused::kMaxWidth &&
      iclFusedSupports(x, targets)) {
    const IclFusedShape shape{options_.inputDim, options_.labelWidth, options_.depth,
                              options_.ffHidden};
    return iclFusedForwardPrefixes(x, targets, start, shape, kernelParameters());
  }
  const torch::Tensor tokens = torch::cat({x, targets}, -1);
  std::vector<torch::Tensor> outputs;
  for (int64_t first = start; first < length; first += options_.prefixChunk) {
    const int64_t last = std::min(first + options_.prefixChunk, length);
    outputs.push_back(forwardPrefixChunk(tokens, first, last));
  }
  return outputs.size() == 1 ? outputs.front() : torch::cat(outputs, 1);
}

torch::Tensor IclTransformerImpl::fusedTrainingLoss(const torch::Tensor& x,
                                                    const torch::Tensor& targets, int64_t start,
                                                    double divisor) {
  if (!options_.fusedKernel || options_.width() > fused::kMaxWidth ||
      !iclFusedSupports(x, targets) || !torch::GradMode::is_enabled()) {
    return {};
  }
  std::vector<torch::Tensor> parameters = kernelParameters();
  for (const torch::Tensor& parameter : parameters) {
    if (!parameter.requires_grad()) {
      return {};  // frozen weights: the forward-only kernel does less work
    }
  }
  const IclFusedShape shape{options_.inputDim, options_.labelWidth, options_.depth,
                            options_.ffHidden};
  return iclFusedTrainingLoss(x, targets, start, divisor, shape, parameters);
}

// Queries first..last-1 in one pass: sequence p holds tokens 0..first+p with the label of its
// last token zeroed, padded to length `last` and masked beyond its query.
torch::Tensor IclTransformerImpl::forwardPrefixChunk(const torch::Tensor& tokens, int64_t first,
                                                     int64_t last) {
  const int64_t batch = tokens.size(0);
  const int64_t width = options_.width();
  const int64_t queries = last - first;
  const int64_t span = last;  // longest sequence of the chunk
  const auto longOptions = torch::TensorOptions().dtype(torch::kLong).device(tokens.device());
  const torch::Tensor labelColumns =
      torch::arange(width, longOptions).ge(options_.inputDim).to(tokens.dtype());  // [w]
  if (queries == 1) {
    torch::Tensor sequence = tokens.narrow(1, 0, span).clone();
    sequence.select(1, span - 1).mul_(1.0 - labelColumns);
    const torch::Tensor finalStream = forwardTokens(sequence, torch::Tensor());
    return readout_->forward(finalStream.select(1, span - 1)).unsqueeze(1);  // [b, 1, 2c]
  }
  const torch::Tensor queryIndex = torch::arange(first, last, longOptions);  // [p]
  const torch::Tensor position = torch::arange(span, longOptions);           // [L]
  const torch::Tensor valid = position.unsqueeze(0).le(queryIndex.unsqueeze(1));  // [p, L]
  const torch::Tensor isQuery =
      position.unsqueeze(0).eq(queryIndex.unsqueeze(1)).to(tokens.dtype());  // [p, L]
  const torch::Tensor keep = 1.0 - isQuery.unsqueeze(-1) * labelColumns;   // [p, L, w]
  const torch::Tensor sequences =
      (tokens.narrow(1, 0, span).unsqueeze(1) * keep.unsqueeze(0)).reshape({batch * queries, span, width});
  const torch::Tensor keyMask =
      valid.unsqueeze(0).expand({batch, queries, span}).reshape({batch * queries, span});
  const torch::Tensor finalStream =
      forwardTokens(sequences, keyMask).view({batch, queries, span, width});
  const torch::Tensor gatherIndex =
      queryIndex.view({1, queries, 1, 1}).expand({batch, queries, 1, width});
  const torch::Tensor queryStream = finalStream.gather(2, gatherIndex).squeeze(2);  // [b, p, w]
  return readout_->forward(queryStream);
}

torch::Tensor IclTransformerImpl::forwardQueries(const torch::Tensor& supportX,
                                                 const torch::Tensor& supportTargets,
                                                 const torch::Tensor& queryX) {
  const int64_t batch = queryX.size(0);
  const int64_t queries = queryX.size(1);
  const int64_t support = supportX.size(1);
  const int64_t width = options_.width();
  if (options_.fusedKernel && width <= fused::kMaxWidth &&
      iclFusedSupports(supportX, supportTargets) && iclFusedSupports(queryX, queryX)) {
    // A query that sees the whole support is the last position of the sequence
    // [support..., query]: forwardPrefixes with start = s computes exactly that sequence, one
    // task per query, in the fused kernel (no causal structure, so nothing else changes).
    const torch::Tensor x =
        torch::cat({supportX.unsqueeze(1).expand({batch, queries, support, options_.inputDim}),
                    queryX.unsqueeze(2)},
                   2)
            .reshape({batch * queries, support + 1, options_.inputDim});
    const torch::Tensor targets =
        torch::cat({supportTargets.unsqueeze(1).expand(
                        {batch, queries, support, options_.labelWidth}),
                    torch::zeros({batch, queries, 1, options_.labelWidth}, queryX.options())},
                   2)
            .reshape({batch * queries, support + 1, options_.labelWidth});
    const IclFusedShape shape{options_.inputDim, options_.labelWidth, options_.depth,
                              options_.ffHidden};
    return iclFusedForwardPrefixes(x, targets, support, shape, kernelParameters())
        .view({batch, queries, -1});
  }
  const torch::Tensor queryTokens =
      torch::cat({queryX, torch::zeros({batch, queries, options_.labelWidth}, queryX.options())},
                 -1);  // [b, q, w]
  torch::Tensor sequences;
  if (support == 0) {
    sequences = queryTokens.reshape({batch * queries, 1, width});
  } else {
    const torch::Tensor supportTokens = torch::cat({supportX, supportTargets}, -1);  // [b, s, w]
    sequences = torch::cat({supportTokens.unsqueeze(1).expand({batch, queries, support, width}),
                            queryTokens.unsqueeze(2)},
                           2)
                    .reshape({batch * queries, support + 1, width});
  }
  const torch::Tensor finalStream = forwardTokens(sequences, torch::Tensor());
  return readout_->forward(finalStream.select(1, support)).view({batch, queries, -1});
}

}  // namespace icl::core
