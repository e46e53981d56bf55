#include "core/models/match_net.h"

#include <torch/torch.h>

#include "core/config/run_config.h"
#include "core/models/metric_learners.h"
#include "core/models/support_mask.h"

namespace icl::core {

MatchNetImpl::MatchNetImpl(int64_t d, Similarity similarity) : similarity_(similarity) {
  embedding_ = register_module("embed", makeMetricEmbedding(d));
}

torch::Tensor MatchNetImpl::embed(const torch::Tensor& x) {
  torch::Tensor embedded = embedding_->forward(x);
  if (similarity_ == Similarity::Cosine) {
    // Smallest norm treated as non-zero, as torch.nn.functional.normalize.
    constexpr double kNormFloor = 1e-12;
    embedded = embedded / embedded.norm(2, {-1}, true).clamp_min(kNormFloor);
  }
  return embedded;
}

torch::Tensor MatchNetImpl::forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                            int64_t start) {
  const int64_t length = x.size(1);
  const int64_t labelWidth = targets.size(-1);
  const torch::Tensor embedded = embed(x);                                      // [b, n, d]
  const torch::Tensor similarity = torch::bmm(embedded, embedded.transpose(1, 2));  // [b, n, n]
  const torch::Tensor earlier =
      torch::ones({length, length}, x.options()).tril(-1);  // j < i
  const torch::Tensor scores = torch::bmm(similarity * earlier, targets);  // [b, n, 2c]
  return padAndSoftmax(scores.narrow(-1, 0, labelWidth / 2), labelWidth)
      .narrow(1, start, length - start);
}

torch::Tensor MatchNetImpl::forwardQueries(const torch::Tensor& supportX,
                                           const torch::Tensor& supportTargets,
                                           const torch::Tensor& queryX) {
  const int64_t labelWidth = supportTargets.size(-1);
  const torch::Tensor similarity =
      torch::bmm(embed(queryX), embed(supportX).transpose(1, 2));  // [b, q, s]
  const torch::Tensor scores = torch::bmm(similarity, supportTargets);
  return padAndSoftmax(scores.narrow(-1, 0, labelWidth / 2), labelWidth);
}

torch::Tensor MatchNetImpl::forwardMasked(const torch::Tensor& supportX,
                                          const torch::Tensor& supportTargets,
                                          const torch::Tensor& mask, const torch::Tensor& queryX) {
  const torch::Tensor weights = supportMaskWeights(mask, supportX, queryX);  // [b, q, s]
  const int64_t labelWidth = supportTargets.size(-1);
  const torch::Tensor similarity =
      torch::bmm(embed(queryX), embed(supportX).transpose(1, 2));  // [b, q, s]
  // Spec §3.2: score = sum_j s_j y_j; a masked s_j is 0, as in forwardPrefixes' j < i.
  const torch::Tensor scores = torch::bmm(similarity * weights, supportTargets);
  return padAndSoftmax(scores.narrow(-1, 0, labelWidth / 2), labelWidth);
}

}  // namespace icl::core
