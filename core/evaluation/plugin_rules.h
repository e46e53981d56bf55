#pragma once
// The plug-in rules of design.md §6: each family's optimal structure with the identity as
// embedding, computed from the support in closed form. They are references for the algorithm
// probe (which rule does the ICL model follow?) and a fifth panel of the 2-D playground.
// Shapes: b tasks, s support examples, q queries, n positions, d input dimension, C classes.

#include <string>
#include <vector>

#include <torch/types.h>

namespace icl::core {

enum class PluginRule {
  NearestMean,  // nearest class mean of the support inputs (proto's structure)
  CosineVote,   // argmax_k <x_q, sum over class-k support of x_j / ||x_j||> (sim's structure)
  MeanOffset,   // class 0 iff sum(x_q - mean of all support inputs) > 0 (ave's structure; C = 2)
};

/// "nearest_mean", "cosine_vote", "mean_offset": the names in probe.csv and the window.
std::string pluginRuleName(PluginRule rule);
const std::vector<PluginRule>& allPluginRules();

/// @brief Scores [b, q, C] of queries that each see the support examples the mask allows;
/// argmax (ties to the lowest class, as torch.argmax) is the rule's class. A class with no
/// allowed example scores -inf for NearestMean and 0 for CosineVote; no allowed example at all
/// gives equal scores 0 (class 0). NearestMean scores -||x_q - mean_k||^2; CosineVote
/// <x_q, sum_j x_j/||x_j||>; MeanOffset [t, -t] with t = sum(x_q - mean), except [0, 1] where
/// t = 0 exactly (class 1, as the ave generator labels the boundary). Computed in double,
/// returned in queryX's dtype. MeanOffset with classes != 2 throws std::invalid_argument.
/// @param supportX [b, s, d], @param supportLabels [b, s] int64 in [0, C)
/// @param mask [b, q, s] bool, which examples each query sees (undefined: all of them)
/// @param queryX [b, q, d]
torch::Tensor pluginRuleScores(PluginRule rule, const torch::Tensor& supportX,
                               const torch::Tensor& supportLabels, const torch::Tensor& mask,
                               const torch::Tensor& queryX, int64_t classes);

/// @brief The rule's class at every position of a sequence: query i sees examples 0..i-1
/// (position 0 sees none: class 0). One pass with prefix sums, in double: the argmax of
/// pluginRuleScores with the prefix mask, without the [b, n, n] mask.
/// @param x [b, n, d], @param labels [b, n] -> [b, n] int64
torch::Tensor pluginRulePrefixPredictions(PluginRule rule, const torch::Tensor& x,
                                          const torch::Tensor& labels, int64_t classes);

}  // namespace icl::core
