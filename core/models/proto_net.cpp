#include "core/models/proto_net.h"

#include <torch/torch.h>

#include "core/models/metric_learners.h"
#include "core/models/prefix_sum.h"
#include "core/models/support_mask.h"

namespace icl::core {

ProtoNetImpl::ProtoNetImpl(int64_t d, bool embedQuery) : embedQuery_(embedQuery) {
  embedding_ = register_module("embed", makeMetricEmbedding(d));
}

torch::Tensor ProtoNetImpl::classify(const torch::Tensor& prototypes, const torch::Tensor& queryX,
                                     int64_t labelWidth) {
  const torch::Tensor query = embedQuery_ ? embedding_->forward(queryX) : queryX;
  const torch::Tensor distances = (prototypes - query.unsqueeze(2)).pow(2).sum(-1);  // [b, m, c]
  return padAndSoftmax(-distances, labelWidth);
}

torch::Tensor ProtoNetImpl::forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                            int64_t start) {
  const int64_t labelWidth = targets.size(-1);
  const int64_t classes = labelWidth / 2;
  const torch::Tensor embedded = embedding_->forward(x);              // [b, n, d]
  const torch::Tensor membership = targets.narrow(-1, 0, classes);    // [b, n, c]
  const torch::Tensor sums =
      exclusivePrefixSum(membership.unsqueeze(-1) * embedded.unsqueeze(2));  // [b, n, c, d]
  const torch::Tensor counts = exclusivePrefixSum(membership).unsqueeze(-1);  // [b, n, c, 1]
  // An empty class has prototype 0 (upstream), hence the clamp rather than a NaN.
  const torch::Tensor prototypes = sums / counts.clamp_min(1.0);
  const int64_t length = x.size(1);
  return classify(prototypes, x, labelWidth).narrow(1, start, length - start);
}

torch::Tensor ProtoNetImpl::forwardQueries(const torch::Tensor& supportX,
                                           const torch::Tensor& supportTargets,
                                           const torch::Tensor& queryX) {
  const int64_t labelWidth = supportTargets.size(-1);
  const int64_t classes = labelWidth / 2;
  const int64_t queries = queryX.size(1);
  const torch::Tensor membership = supportTargets.narrow(-1, 0, classes);  // [b, s, c]
  const torch::Tensor embedded = embedding_->forward(supportX);            // [b, s, d]
  const torch::Tensor sums = torch::bmm(membership.transpose(1, 2), embedded);  // [b, c, d]
  const torch::Tensor counts = membership.sum(1).unsqueeze(-1);               // [b, c, 1]
  const torch::Tensor prototypes = (sums / counts.clamp_min(1.0)).unsqueeze(1).expand(
      {queryX.size(0), queries, classes, queryX.size(2)});
  return classify(prototypes, queryX, labelWidth);
}

torch::Tensor ProtoNetImpl::forwardMasked(const torch::Tensor& supportX,
                                          const torch::Tensor& supportTargets,
                                          const torch::Tensor& mask, const torch::Tensor& queryX) {
  const torch::Tensor weights = supportMaskWeights(mask, supportX, queryX);  // [b, q, s]
  const int64_t labelWidth = supportTargets.size(-1);
  const int64_t classes = labelWidth / 2;
  const int64_t batch = supportX.size(0);
  const int64_t support = supportX.size(1);
  const int64_t queries = queryX.size(1);
  const int64_t d = supportX.size(2);
  const torch::Tensor membership = supportTargets.narrow(-1, 0, classes);  // [b, s, c]
  const torch::Tensor embedded = embedding_->forward(supportX);            // [b, s, d]
  // Per-class sums and counts over each query's allowed examples in one product each.
  const torch::Tensor perClass =
      (membership.unsqueeze(-1) * embedded.unsqueeze(2)).reshape({batch, support, classes * d});
  const torch::Tensor sums = torch::bmm(weights, perClass).view({batch, queries, classes, d});
  const torch::Tensor counts = torch::bmm(weights, membership).unsqueeze(-1);  // [b, q, c, 1]
  // An empty class has prototype 0 (spec §3.3), as in forwardPrefixes.
  return classify(sums / counts.clamp_min(1.0), queryX, labelWidth);
}

}  // namespace icl::core
