#include "core/evaluation/plugin_rules.h"

#include <torch/torch.h>

#include <limits>
#include <stdexcept>

#include "core/models/prefix_sum.h"

namespace icl::core {

namespace {

// Smallest norm treated as non-zero when normalising a support input (torch's normalize).
constexpr double kNormFloor = 1e-12;

void checkClasses(PluginRule rule, int64_t classes) {
  if (classes < 1) {
    throw std::invalid_argument("plug-in rule " + pluginRuleName(rule) +
                                ": classes = " + std::to_string(classes) + ", expected >= 1");
  }
  if (rule == PluginRule::MeanOffset && classes != 2) {
    throw std::invalid_argument(
        "plug-in rule mean_offset is defined for C = 2 classes only "
        "(spec §2.3); got classes = " +
        std::to_string(classes));
  }
}

void checkLabels(const torch::Tensor& labels, int64_t classes) {
  TORCH_CHECK(labels.scalar_type() == torch::kLong, "plug-in rule: labels must be int64");
  if (labels.numel() > 0) {
    const int64_t low = labels.min().item<int64_t>();
    const int64_t high = labels.max().item<int64_t>();
    TORCH_CHECK(low >= 0 && high < classes, "plug-in rule: labels must lie in [0, ", classes,
                "), found ", low, "..", high);
  }
}

/// Per-example features the rules sum over, in double so that sums over thousands of examples
/// and the prefix-sum trick (inclusive - value) keep ~1e-16 relative error; x [b, s, d] ->
/// [b, s, f]. NearestMean: one-hot (x) x, then the one-hot (counts); CosineVote: one-hot (x)
/// x/||x||; MeanOffset: x, then 1 (the count).
torch::Tensor exampleFeatures(PluginRule rule, const torch::Tensor& x, const torch::Tensor& labels,
                              int64_t classes) {
  const torch::Tensor xd = x.to(torch::kFloat64);
  const int64_t b = x.size(0);
  const int64_t s = x.size(1);
  const int64_t d = x.size(2);
  const torch::Tensor ones = torch::ones({b, s, 1}, xd.options());
  if (rule == PluginRule::MeanOffset) {
    return torch::cat({xd, ones}, -1);
  }
  const torch::Tensor membership =
      torch::one_hot(labels, classes).to(torch::kFloat64);  // [b, s, C]
  if (rule == PluginRule::CosineVote) {
    const torch::Tensor unit = xd / xd.norm(2, {-1}, true).clamp_min(kNormFloor);
    return (membership.unsqueeze(-1) * unit.unsqueeze(2)).reshape({b, s, classes * d});
  }
  return torch::cat(
      {(membership.unsqueeze(-1) * xd.unsqueeze(2)).reshape({b, s, classes * d}), membership}, -1);
}

/// Scores from the summed features [b, q, f] (exampleFeatures summed over what each query
/// sees) and the queries [b, q, d], in double -> [b, q, C].
torch::Tensor scoresFromSums(PluginRule rule, const torch::Tensor& sums,
                             const torch::Tensor& queryX, int64_t classes) {
  const torch::Tensor query = queryX.to(torch::kFloat64);
  const int64_t b = query.size(0);
  const int64_t q = query.size(1);
  const int64_t d = query.size(2);
  switch (rule) {
    case PluginRule::NearestMean: {
      const torch::Tensor classSums = sums.narrow(-1, 0, classes * d).reshape({b, q, classes, d});
      const torch::Tensor counts = sums.narrow(-1, classes * d, classes);  // [b, q, C]
      const torch::Tensor means = classSums / counts.clamp_min(1.0).unsqueeze(-1);
      torch::Tensor scores = -(query.unsqueeze(2) - means).pow(2).sum(-1);
      scores = scores.masked_fill(counts.eq(0), -std::numeric_limits<double>::infinity());
      // No example at all: every class empty; equal finite scores rather than all -inf.
      return scores.masked_fill(counts.sum(-1, true).eq(0), 0.0);
    }
    case PluginRule::CosineVote: {
      // An empty class has vote vector 0, hence score 0; no example at all: all 0.
      const torch::Tensor votes = sums.reshape({b, q, classes, d});
      return (votes * query.unsqueeze(2)).sum(-1);
    }
    case PluginRule::MeanOffset: {
      const torch::Tensor count = sums.narrow(-1, d, 1);  // [b, q, 1]
      const torch::Tensor mean = sums.narrow(-1, 0, d) / count.clamp_min(1.0);
      const torch::Tensor offset = (query - mean).sum(-1, true);  // [b, q, 1]
      // Class 0 iff offset > 0 (spec §2.3). Scores [offset, -offset] would tie at offset = 0
      // and argmax would pick class 0, so the boundary itself scores [0, 1]: class 1, as the
      // ave generator labels it. No example at all: equal scores [0, 0], class 0.
      const torch::Tensor onBoundary = offset.eq(0).to(torch::kFloat64);
      torch::Tensor scores = torch::cat({offset, onBoundary - offset}, -1);
      return scores.masked_fill(count.eq(0), 0.0);
    }
  }
  throw std::logic_error("plug-in rule: unknown rule");
}

}  // namespace

std::string pluginRuleName(PluginRule rule) {
  switch (rule) {
    case PluginRule::NearestMean:
      return "nearest_mean";
    case PluginRule::CosineVote:
      return "cosine_vote";
    case PluginRule::MeanOffset:
      return "mean_offset";
  }
  throw std::logic_error("pluginRuleName: unknown rule");
}

const std::vector<PluginRule>& allPluginRules() {
  static const std::vector<PluginRule> rules = {PluginRule::NearestMean, PluginRule::CosineVote,
                                                PluginRule::MeanOffset};
  return rules;
}

torch::Tensor pluginRuleScores(PluginRule rule, const torch::Tensor& supportX,
                               const torch::Tensor& supportLabels, const torch::Tensor& mask,
                               const torch::Tensor& queryX, int64_t classes) {
  checkClasses(rule, classes);
  TORCH_CHECK(supportX.dim() == 3 && queryX.dim() == 3,
              "plug-in rule: supportX [b, s, d] and "
              "queryX [b, q, d] expected, got ",
              supportX.sizes(), " and ", queryX.sizes());
  const int64_t b = supportX.size(0);
  const int64_t s = supportX.size(1);
  const int64_t q = queryX.size(1);
  TORCH_CHECK(queryX.size(0) == b && queryX.size(2) == supportX.size(2), "plug-in rule: queryX ",
              queryX.sizes(), " does not match supportX ", supportX.sizes());
  TORCH_CHECK(supportLabels.dim() == 2 && supportLabels.size(0) == b && supportLabels.size(1) == s,
              "plug-in rule: supportLabels [b, s] = [", b, ", ", s, "] expected, got ",
              supportLabels.sizes());
  checkLabels(supportLabels, classes);
  const torch::Tensor features = exampleFeatures(rule, supportX, supportLabels, classes);
  torch::Tensor sums;
  if (mask.defined()) {
    TORCH_CHECK(mask.dim() == 3 && mask.size(0) == b && mask.size(1) == q && mask.size(2) == s,
                "plug-in rule: mask [b, q, s] = [", b, ", ", q, ", ", s, "] expected, got ",
                mask.sizes());
    TORCH_CHECK(mask.scalar_type() == torch::kBool, "plug-in rule: mask must be bool");
    sums = torch::bmm(mask.to(torch::kFloat64), features);  // [b, q, f]
  } else {
    // Every query sees the same support: sum once per task (the playground's case: one
    // support, a grid of queries).
    sums = features.sum(1, true).expand({b, q, features.size(2)});
  }
  return scoresFromSums(rule, sums, queryX, classes).to(queryX.scalar_type());
}

torch::Tensor pluginRulePrefixPredictions(PluginRule rule, const torch::Tensor& x,
                                          const torch::Tensor& labels, int64_t classes) {
  checkClasses(rule, classes);
  TORCH_CHECK(x.dim() == 3, "plug-in rule: x [b, n, d] expected, got ", x.sizes());
  TORCH_CHECK(labels.dim() == 2 && labels.size(0) == x.size(0) && labels.size(1) == x.size(1),
              "plug-in rule: labels [b, n] = [", x.size(0), ", ", x.size(1), "] expected, got ",
              labels.sizes());
  checkLabels(labels, classes);
  // Query i sees examples 0..i-1: exclusive prefix sums of the features (double, see
  // exampleFeatures), one pass for all positions.
  const torch::Tensor sums = exclusivePrefixSum(exampleFeatures(rule, x, labels, classes));
  return scoresFromSums(rule, sums, x, classes).argmax(-1);
}

}  // namespace icl::core
