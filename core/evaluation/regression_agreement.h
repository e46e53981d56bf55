#pragma once
// Names of the agreement rows of I1 regression runs (issue #10 item 4, design.md §9): Akyürek
// et al.'s measure, the squared difference between a GPT arm's prediction and a baseline
// algorithm's prediction on the same test prompts, (y^_gpt - y^_baseline)^2 / D, per number of
// in-context examples. eval.csv holds it as metric "sq_diff_<baseline>" with the arm as learner.
// Torch-free: the window reads these names too.

#include <optional>
#include <string>
#include <vector>

#include "core/config/names.h"

namespace icl::core {

/// Every agreement metric starts with this; a reader that wants errors only filters on sq_error.
inline constexpr const char* kPredictionDifferencePrefix = "sq_diff_";

/// @brief The baselines each GPT arm is compared with, in display order: least squares, 3-NN,
/// averaging (the zero predictor is left out: its difference is just the arm's y^2 / D).
const std::vector<LearnerId>& agreementBaselines();

/// @brief "sq_diff_" + the baseline's learner name, e.g. "sq_diff_least_squares".
std::string predictionDifferenceMetric(LearnerId baseline);

/// @brief The baseline of an agreement metric; nullopt for any other metric.
std::optional<LearnerId> predictionDifferenceBaseline(const std::string& metric);

}  // namespace icl::core
