#pragma once
// The algorithm-selection baseline and the oracle of issue #10 (design.md §9): per test task,
// pick one of the trained classic learners (MatchNet, ProtoNet, CNP) and answer with it.
// Shapes: b tasks, n positions (query i sees examples 0..i-1), m candidates.

#include <vector>

#include <torch/types.h>

#include "core/models/learner.h"

namespace icl::core {

/// @brief Leave-one-out accuracy on the examples seen so far: [b, n] in x's dtype, entry i =
/// the fraction of examples j < i whose label the learner predicts from examples 0..i-1
/// without j (argmax over the 2c outputs). NaN where i < 2 (no example can be left out and
/// predicted from another). Uses Learner::forwardMasked (the ICL transformer has none: it
/// throws std::logic_error), in chunks of tasks and pairs that bound memory; the work grows
/// as b n^3 (n^2 / 2 pairs, each over n examples), meant for n of the order of 50.
/// @param x [b, n, d], @param targets [b, n, 2c], @param labels [b, n]
torch::Tensor leaveOneOutAccuracy(Learner& learner, const torch::Tensor& x,
                                  const torch::Tensor& targets, const torch::Tensor& labels);

struct SelectionOutcome {
  torch::Tensor chosen;   // [b, n] int64: the candidate answering query i
  torch::Tensor correct;  // [b, n] bool: whether that answer is right
};

/// @brief At each query i of each task, the candidate with the highest leave-one-out accuracy
/// at i answers. Ties, and NaN (i < 2), go to the lowest candidate index.
/// @param looAccuracy m tensors [b, n] (leaveOneOutAccuracy), @param prefixCorrect m tensors
/// [b, n] bool: whether each candidate answers query i right from examples 0..i-1
SelectionOutcome selectByLeaveOneOut(const std::vector<torch::Tensor>& looAccuracy,
                                     const std::vector<torch::Tensor>& prefixCorrect);

/// @brief Oracle selection in hindsight: per task, the candidate with the most right answers
/// over all of the task's queries (ties to the lowest index) answers every query of that task.
SelectionOutcome oracleSelection(const std::vector<torch::Tensor>& prefixCorrect);

}  // namespace icl::core
