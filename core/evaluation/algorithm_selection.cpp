#include "core/evaluation/algorithm_selection.h"

#include <torch/torch.h>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>

namespace icl::core {

namespace {

// Tasks per forwardMasked call: with n = 50 (1224 pairs) a chunk's mask is 64 x 1224 x 50
// values, ~16 MB as float.
constexpr int64_t kTaskChunk = 64;
// Upper bound on tasks x pairs x n per call, so long sequences split their pairs too and the
// mask and the learners' [b, q, s] intermediates stay near ~64 MB of float each.
constexpr int64_t kMaskBudget = 16 * 1024 * 1024;

/// The leave-one-out pairs (i, j) with 2 <= i < n and j < i, ordered by i then j.
struct LeaveOneOutPairs {
  torch::Tensor query;    // [P] int64: i
  torch::Tensor leftOut;  // [P] int64: j
};

LeaveOneOutPairs allPairs(int64_t n) {
  const int64_t count = std::max<int64_t>(0, n * (n - 1) / 2 - 1);
  std::vector<int64_t> query;
  std::vector<int64_t> leftOut;
  query.reserve(count);
  leftOut.reserve(count);
  for (int64_t i = 2; i < n; ++i) {
    for (int64_t j = 0; j < i; ++j) {
      query.push_back(i);
      leftOut.push_back(j);
    }
  }
  return {torch::tensor(query, torch::kLong), torch::tensor(leftOut, torch::kLong)};
}

void checkCandidates(const std::vector<torch::Tensor>& tensors, const char* what) {
  if (tensors.empty()) {
    throw std::invalid_argument(std::string("algorithm selection: no candidates in ") + what);
  }
  for (size_t k = 0; k < tensors.size(); ++k) {
    TORCH_CHECK(tensors[k].dim() == 2 && tensors[k].sizes() == tensors[0].sizes(),
                "algorithm selection: ", what, "[", k, "] has shape ", tensors[k].sizes(),
                ", expected [b, n] = ", tensors[0].sizes());
  }
}

/// Per element, the index of the largest of @p values [m, ...]; ties to the lowest index and
/// NaN below every number (so all-NaN gives index 0). Written out rather than argmax so the
/// tie rule does not depend on a backend.
torch::Tensor firstArgmax(const torch::Tensor& values) {
  const torch::Tensor clean =
      values.to(torch::kFloat64).nan_to_num(-std::numeric_limits<double>::infinity());
  torch::Tensor best = clean[0];
  torch::Tensor chosen = torch::zeros_like(best, best.options().dtype(torch::kLong));
  for (int64_t k = 1; k < clean.size(0); ++k) {
    const torch::Tensor better = clean[k].gt(best);
    chosen = torch::where(better, torch::full_like(chosen, k), chosen);
    best = torch::where(better, clean[k], best);
  }
  return chosen;
}

SelectionOutcome answerWith(const torch::Tensor& chosen,
                            const std::vector<torch::Tensor>& correct) {
  const torch::Tensor stacked = torch::stack(correct).to(torch::kBool);  // [m, b, n]
  return {chosen, stacked.gather(0, chosen.unsqueeze(0).to(stacked.device())).squeeze(0)};
}

}  // namespace

torch::Tensor leaveOneOutAccuracy(Learner& learner, const torch::Tensor& x,
                                  const torch::Tensor& targets, const torch::Tensor& labels) {
  TORCH_CHECK(x.dim() == 3 && targets.dim() == 3 && labels.dim() == 2 &&
                  targets.size(0) == x.size(0) && targets.size(1) == x.size(1) &&
                  labels.size(0) == x.size(0) && labels.size(1) == x.size(1),
              "leaveOneOutAccuracy: x [b, n, d], targets [b, n, 2c], labels [b, n] expected, got ",
              x.sizes(), ", ", targets.sizes(), ", ", labels.sizes());
  torch::NoGradGuard noGrad;
  const int64_t b = x.size(0);
  const int64_t n = x.size(1);
  const torch::Device device = x.device();
  torch::Tensor accuracy =
      torch::full({b, n}, std::numeric_limits<double>::quiet_NaN(), x.options());
  if (n < 3 || b == 0) {
    return accuracy;
  }
  const LeaveOneOutPairs pairs = allPairs(n);
  const int64_t pairCount = pairs.query.size(0);
  const torch::Tensor query = pairs.query.to(device);
  const torch::Tensor leftOut = pairs.leftOut.to(device);
  // Pair (i, j) sees examples k < i, k != j.
  const torch::Tensor positions =
      torch::arange(n, torch::TensorOptions(device).dtype(torch::kLong));
  const torch::Tensor pairMask = positions.unsqueeze(0).lt(query.unsqueeze(1)) &
                                 positions.unsqueeze(0).ne(leftOut.unsqueeze(1));  // [P, n]
  const int64_t taskChunk = std::min(b, kTaskChunk);
  const int64_t pairChunk = std::clamp<int64_t>(kMaskBudget / (taskChunk * n), 1, pairCount);
  torch::Tensor rightCounts = torch::zeros({b, n}, x.options());
  for (int64_t t0 = 0; t0 < b; t0 += taskChunk) {
    const int64_t tasks = std::min(taskChunk, b - t0);
    const torch::Tensor chunkX = x.narrow(0, t0, tasks);
    const torch::Tensor chunkTargets = targets.narrow(0, t0, tasks);
    const torch::Tensor chunkLabels = labels.narrow(0, t0, tasks);
    torch::Tensor chunkCounts = rightCounts.narrow(0, t0, tasks);
    for (int64_t p0 = 0; p0 < pairCount; p0 += pairChunk) {
      const int64_t count = std::min(pairChunk, pairCount - p0);
      const torch::Tensor j = leftOut.narrow(0, p0, count);
      const torch::Tensor mask =
          pairMask.narrow(0, p0, count).unsqueeze(0).expand({tasks, count, n});
      const torch::Tensor outputs =
          learner.forwardMasked(chunkX, chunkTargets, mask, chunkX.index_select(1, j));
      const torch::Tensor right =
          outputs.argmax(-1).eq(chunkLabels.index_select(1, j)).to(x.scalar_type());  // [t, P']
      chunkCounts.index_add_(1, query.narrow(0, p0, count), right);
    }
  }
  const torch::Tensor seen = positions.to(x.scalar_type()).clamp_min(1.0);  // i examples
  accuracy.narrow(1, 2, n - 2).copy_((rightCounts / seen).narrow(1, 2, n - 2));
  return accuracy;
}

SelectionOutcome selectByLeaveOneOut(const std::vector<torch::Tensor>& looAccuracy,
                                     const std::vector<torch::Tensor>& prefixCorrect) {
  checkCandidates(looAccuracy, "looAccuracy");
  checkCandidates(prefixCorrect, "prefixCorrect");
  if (looAccuracy.size() != prefixCorrect.size()) {
    throw std::invalid_argument("algorithm selection: " + std::to_string(looAccuracy.size()) +
                                " leave-one-out accuracies but " +
                                std::to_string(prefixCorrect.size()) +
                                " prefixCorrect tensors; expected one of each per candidate");
  }
  TORCH_CHECK(looAccuracy[0].sizes() == prefixCorrect[0].sizes(),
              "algorithm selection: looAccuracy ", looAccuracy[0].sizes(), " and prefixCorrect ",
              prefixCorrect[0].sizes(), " differ in shape");
  return answerWith(firstArgmax(torch::stack(looAccuracy)), prefixCorrect);
}

SelectionOutcome oracleSelection(const std::vector<torch::Tensor>& prefixCorrect) {
  checkCandidates(prefixCorrect, "prefixCorrect");
  const torch::Tensor rightAnswers =
      torch::stack(prefixCorrect).to(torch::kLong).sum(-1);  // [m, b]
  const int64_t n = prefixCorrect[0].size(1);
  const torch::Tensor chosen = firstArgmax(rightAnswers).unsqueeze(1).expand({-1, n}).contiguous();
  return answerWith(chosen, prefixCorrect);
}

}  // namespace icl::core
