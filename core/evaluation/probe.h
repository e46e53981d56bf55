#pragma once
// The algorithm probe (issue #10, design.md §9): how often the ICL model predicts the class a
// reference algorithm predicts, at each number of shots, beside the agreement two independent
// predictors with the same accuracies would reach by chance. Torch in, plain numbers out.

#include <cstdint>
#include <vector>

#include <torch/types.h>

namespace icl::core {

/// @brief Fraction of tasks on which the two predictions agree, per position: [n] values.
/// @param predictionsA [b, n] int64 classes, @param predictionsB [b, n] int64 classes
std::vector<double> agreementByShot(const torch::Tensor& predictionsA,
                                    const torch::Tensor& predictionsB);

/// @brief Agreement expected from the accuracies alone: both right, or both wrong and on the
/// same one of the other C - 1 classes: pA pB + (1 - pA)(1 - pB) / (C - 1).
double chanceAgreement(double accuracyA, double accuracyB, int64_t classes);

}  // namespace icl::core
