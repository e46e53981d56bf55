#include "core/models/cnp.h"

#include <torch/torch.h>

#include "core/models/prefix_sum.h"
#include "core/models/support_mask.h"

namespace icl::core {

CnpImpl::CnpImpl(const CnpOptions& options) {
  const int64_t width = options.inputDim + options.labelWidth;
  const int64_t h = options.hidden;
  hidden_ = h;
  encoder_ = register_module(
      "encoder", torch::nn::Sequential(torch::nn::Linear(width, h), torch::nn::LeakyReLU(),
                                       torch::nn::Linear(h, h)));
  aggregator_ = register_module(
      "aggregator", torch::nn::Sequential(torch::nn::Linear(h, h), torch::nn::LeakyReLU(),
                                          torch::nn::Linear(h, h)));
  decoder_ = register_module(
      "decoder",
      torch::nn::Sequential(torch::nn::Linear(h + options.inputDim, h), torch::nn::LeakyReLU(),
                            torch::nn::Linear(h, options.labelWidth)));
}

torch::Tensor CnpImpl::context(const torch::Tensor& meanEncoding,
                               const torch::Tensor& exampleCount) {
  // With no examples the context is 0 and f2 is skipped (upstream).
  return aggregator_->forward(meanEncoding) * exampleCount.gt(0).to(meanEncoding.dtype());
}

torch::Tensor CnpImpl::forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                       int64_t start) {
  const int64_t length = x.size(1);
  const torch::Tensor encoded = encoder_->forward(torch::cat({x, targets}, -1));  // [b, n, h]
  const torch::Tensor count =
      torch::arange(length, x.options()).view({1, length, 1});  // examples before position i
  const torch::Tensor mean = exclusivePrefixSum(encoded) / count.clamp_min(1.0);
  const torch::Tensor c = context(mean, count);
  return decoder_->forward(torch::cat({c.expand({x.size(0), length, c.size(2)}), x}, -1))
      .narrow(1, start, length - start);
}

torch::Tensor CnpImpl::forwardQueries(const torch::Tensor& supportX,
                                      const torch::Tensor& supportTargets,
                                      const torch::Tensor& queryX) {
  const int64_t batch = queryX.size(0);
  const int64_t queries = queryX.size(1);
  const int64_t support = supportX.size(1);
  torch::Tensor c;
  if (support == 0) {
    c = torch::zeros({batch, 1, hidden_}, queryX.options());
  } else {
    const torch::Tensor encoded =
        encoder_->forward(torch::cat({supportX, supportTargets}, -1));  // [b, s, h]
    c = aggregator_->forward(encoded.mean(1, true));                    // [b, 1, h]
  }
  return decoder_->forward(torch::cat({c.expand({batch, queries, c.size(2)}), queryX}, -1));
}

torch::Tensor CnpImpl::forwardMasked(const torch::Tensor& supportX,
                                     const torch::Tensor& supportTargets,
                                     const torch::Tensor& mask, const torch::Tensor& queryX) {
  const torch::Tensor weights = supportMaskWeights(mask, supportX, queryX);  // [b, q, s]
  const torch::Tensor encoded =
      encoder_->forward(torch::cat({supportX, supportTargets}, -1));  // [b, s, h]
  const torch::Tensor count = weights.sum(-1, true);                  // [b, q, 1]
  const torch::Tensor mean = torch::bmm(weights, encoded) / count.clamp_min(1.0);
  // Spec §3.4: no allowed example gives context 0, as forwardPrefixes at position 0.
  const torch::Tensor c = context(mean, count);
  return decoder_->forward(torch::cat({c, queryX}, -1));
}

}  // namespace icl::core
