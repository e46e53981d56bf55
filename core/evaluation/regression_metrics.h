#pragma once
// Baselines and error curves of linear-regression ICL (design.md §5.4). Legend: b prompts, n points,
// d input dimension. Every baseline predicts y_i from the i previous points of its prompt only,
// and predicts 0 at i = 0.

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/store/records.h"
#include "core/tasks/regression_sampler.h"

namespace icl::core {

/// @brief Minimum-norm least squares on the previous points (Eigen complete orthogonal
/// decomposition, which returns the minimum-norm solution when rank-deficient): [b, n].
torch::Tensor leastSquaresPredictions(const RegressionPrompts& prompts);

/// @brief Uniform average of the y of the k nearest previous x (Euclidean; all of them while
/// fewer than k; ties to the earlier point): [b, n].
torch::Tensor nearestNeighbourPredictions(const RegressionPrompts& prompts, int64_t k = 3);

/// @brief <x_i, w^> with w^ = mean_{j<i} x_j y_j: [b, n].
torch::Tensor averagingPredictions(const RegressionPrompts& prompts);

/// @brief The zero predictor: [b, n].
torch::Tensor zeroPredictions(const RegressionPrompts& prompts);

/// @brief One `sq_error` record per position i (shots = i in-context examples): value is the
/// mean over prompts of (y - y^)^2 / d; ciLow/ciHigh the 5th/95th percentiles of that mean over
/// @p resamples bootstrap resamples of the prompts (a 90 % interval, design.md §5.4).
/// @param errors squared errors [b, n] already divided by d
/// @param seed seed of the resampling stream (same seed, same interval)
std::vector<EvalRecord> squaredErrorRecords(const torch::Tensor& errors,
                                            const EvalRecord& prototype, int64_t resamples,
                                            uint64_t seed);

/// @brief Akyürek's agreement measure (design.md §9): one record per position i with value the
/// mean over prompts of (y^_a - y^_b)^2 / d and the same 90 % bootstrap interval as
/// squaredErrorRecords (which does the resampling), labelled @p metric.
/// @param predictions y^_a [b, n], e.g. a GPT arm's
/// @param reference y^_b [b, n] on the same prompts, e.g. least squares'
/// @param d input dimension D the squared difference is divided by
/// @param metric e.g. predictionDifferenceMetric(LearnerId::LeastSquares)
/// @param seed seed of the resampling stream; the arm's sq_error seed resamples the same prompts
std::vector<EvalRecord> predictionDifferenceRecords(const torch::Tensor& predictions,
                                                    const torch::Tensor& reference, double d,
                                                    const EvalRecord& prototype,
                                                    const std::string& metric, int64_t resamples,
                                                    uint64_t seed);

/// @brief Mean of an error curve from squaredErrorRecords over its positions.
double meanValue(const std::vector<EvalRecord>& records);

}  // namespace icl::core
