// The algorithm-selection baseline and the oracle of #10 (design.md §9): leave-one-out accuracy
// against a slow loop of forwardQueries calls, selection on a hand-made task where one
// candidate is right and the others wrong, and the tie and NaN rules.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "core/evaluation/algorithm_selection.h"
#include "core/models/learner_factory.h"
#include "core/tasks/task_sampler.h"
#include "tests/core/support/checks.h"
#include "tests/core/tiny_config.h"

using namespace icl::core;
using icl::test::hasText;

namespace {

/// Predicts class 0 iff coordinate @p coordinate of the query is positive, whatever the
/// support: a learner whose right and wrong answers a test can arrange.
class CoordinateLearner final : public Learner {
 public:
  explicit CoordinateLearner(int64_t coordinate) : coordinate_(coordinate) {}
  LearnerKind kind() const override { return LearnerKind::MatchNet; }
  torch::nn::Module& module() override { return module_; }
  torch::Tensor forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                int64_t start) override {
    return answer(x, targets.size(-1)).narrow(1, start, x.size(1) - start);
  }
  torch::Tensor forwardQueries(const torch::Tensor&, const torch::Tensor& supportTargets,
                               const torch::Tensor& queryX) override {
    return answer(queryX, supportTargets.size(-1));
  }
  torch::Tensor forwardMasked(const torch::Tensor&, const torch::Tensor& supportTargets,
                              const torch::Tensor&, const torch::Tensor& queryX) override {
    return answer(queryX, supportTargets.size(-1));
  }
  bool outputsProbabilities() const override { return false; }

 private:
  torch::Tensor answer(const torch::Tensor& queryX, int64_t labelWidth) const {
    const torch::Tensor classIndex = queryX.select(-1, coordinate_).le(0).to(torch::kLong);
    return torch::one_hot(classIndex, labelWidth).to(queryX.scalar_type());
  }
  int64_t coordinate_;
  torch::nn::Module module_;
};

/// Per task and position, whether the learner answers query i right from examples 0..i-1.
torch::Tensor prefixCorrect(Learner& learner, const torch::Tensor& x, const torch::Tensor& targets,
                            const torch::Tensor& labels) {
  return learner.forwardPrefixes(x, targets, 0).argmax(-1).eq(labels);
}

/// Leave-one-out accuracy the slow way: per task, per i, per j < i, forwardQueries on the
/// support 0..i-1 without j.
torch::Tensor slowLeaveOneOut(Learner& learner, const torch::Tensor& x,
                              const torch::Tensor& targets, const torch::Tensor& labels) {
  torch::NoGradGuard noGrad;
  const int64_t b = x.size(0);
  const int64_t n = x.size(1);
  torch::Tensor accuracy = torch::full({b, n}, NAN, torch::kFloat64);
  for (int64_t t = 0; t < b; ++t) {
    for (int64_t i = 2; i < n; ++i) {
      int64_t right = 0;
      for (int64_t j = 0; j < i; ++j) {
        std::vector<int64_t> kept;
        for (int64_t k = 0; k < i; ++k) {
          if (k != j) {
            kept.push_back(k);
          }
        }
        const torch::Tensor index = torch::tensor(kept, torch::kLong);
        const torch::Tensor output = learner.forwardQueries(
            x[t].index_select(0, index).unsqueeze(0),
            targets[t].index_select(0, index).unsqueeze(0), x[t].narrow(0, j, 1).unsqueeze(0));
        right += output.argmax(-1).item<int64_t>() == labels[t][j].item<int64_t>() ? 1 : 0;
      }
      accuracy[t][i] = static_cast<double>(right) / static_cast<double>(i);
    }
  }
  return accuracy;
}

// Scale of the learners' random weights in the leave-one-out tests (see makeDouble).
constexpr double kWeightScale = 4.0;

struct DoubleEpisode {
  torch::Tensor x, targets, labels;
};

DoubleEpisode sampleDouble(int64_t tasks, int64_t length, uint64_t seed) {
  TaskSampler sampler(tinyRunConfig().task, seed);
  const Episode e = sampler.sample(TaskFamily::Mix, tasks, length, TaskSplit::Train);
  return {e.x.to(torch::kFloat64), e.targets.to(torch::kFloat64), e.labels};
}

std::shared_ptr<Learner> makeDouble(LearnerKind kind) {
  auto learner = makeLearner(kind, tinyRunConfig(), torch::kCPU);
  learner->module().to(torch::kFloat64);
  // Default-initialised weights make a CNP whose answer hardly depends on the support, so a
  // wrong support would go unseen; larger weights make every learner's answer depend on it.
  torch::NoGradGuard noGrad;
  for (auto& parameter : learner->module().parameters()) {
    parameter.mul_(kWeightScale);
  }
  return learner;
}

torch::Tensor boolRow(std::initializer_list<int> values) {
  std::vector<int64_t> v(values.begin(), values.end());
  return torch::tensor(v, torch::kLong).to(torch::kBool).unsqueeze(0);
}

torch::Tensor row(std::initializer_list<double> values) {
  return torch::tensor(std::vector<double>(values), torch::kFloat64).unsqueeze(0);
}

}  // namespace

class LeaveOneOut : public ::testing::TestWithParam<LearnerKind> {
 protected:
  void SetUp() override { torch::manual_seed(5); }
};

INSTANTIATE_TEST_SUITE_P(Candidates, LeaveOneOut,
                         ::testing::Values(LearnerKind::MatchNet, LearnerKind::ProtoNet,
                                           LearnerKind::Cnp),
                         [](const ::testing::TestParamInfo<LearnerKind>& rowInfo) {
                           return learnerName(rowInfo.param);
                         });

TEST_P(LeaveOneOut, equalsASlowLoopOfForwardQueries) {
  const auto learner = makeDouble(GetParam());
  const DoubleEpisode e = sampleDouble(3, 8, 11);
  const torch::Tensor fast = leaveOneOutAccuracy(*learner, e.x, e.targets, e.labels);
  const torch::Tensor slow = slowLeaveOneOut(*learner, e.x, e.targets, e.labels);
  ASSERT_EQ(fast.sizes(), slow.sizes());
  EXPECT_TRUE(fast.narrow(1, 0, 2).isnan().all().item<bool>());
  // Right-answer counts: both paths are double and the learners' outputs agree to ~1e-13
  // (tst_forward_masked), so an argmax flips only at a tie that random data does not make.
  const torch::Tensor seen = torch::arange(8, torch::kFloat64);
  EXPECT_TRUE((fast * seen).narrow(1, 2, 6).round().equal((slow * seen).narrow(1, 2, 6).round()))
      << fast << slow;
  EXPECT_TRUE(torch::allclose(fast.narrow(1, 2, 6), slow.narrow(1, 2, 6)));
}

TEST_P(LeaveOneOut, chunksOfTasksAndPairsGiveTheSameAnswer) {
  const auto learner = makeDouble(GetParam());
  // 70 tasks: two task chunks (64 + 6). 82 positions: 64 x 3320 pairs x 82 exceeds the mask
  // budget, so the first chunk also splits its pairs; two tasks alone do not.
  const DoubleEpisode e = sampleDouble(70, 82, 12);
  const torch::Tensor all = leaveOneOutAccuracy(*learner, e.x, e.targets, e.labels);
  for (const int64_t first : {0, 66}) {
    const torch::Tensor alone =
        leaveOneOutAccuracy(*learner, e.x.narrow(0, first, 2), e.targets.narrow(0, first, 2),
                            e.labels.narrow(0, first, 2));
    EXPECT_TRUE(all.narrow(0, first, 2).narrow(1, 2, 80).equal(alone.narrow(1, 2, 80)))
        << "tasks " << first << ", " << first + 1;
  }
}

TEST(LeaveOneOutCases, floatInputsAndShortSequences) {
  torch::manual_seed(1);
  const auto learner = makeLearner(LearnerKind::ProtoNet, tinyRunConfig(), torch::kCPU);
  TaskSampler sampler(tinyRunConfig().task, 3);
  const Episode e = sampler.sample(TaskFamily::Mix, 4, 6, TaskSplit::Train);
  const torch::Tensor accuracy = leaveOneOutAccuracy(*learner, e.x, e.targets, e.labels);
  EXPECT_EQ(accuracy.scalar_type(), torch::kFloat32);
  EXPECT_TRUE(accuracy.narrow(1, 0, 2).isnan().all().item<bool>());
  const torch::Tensor rest = accuracy.narrow(1, 2, 4);
  EXPECT_TRUE((rest.ge(0) & rest.le(1)).all().item<bool>());
  const torch::Tensor two = leaveOneOutAccuracy(
      *learner, e.x.narrow(1, 0, 2), e.targets.narrow(1, 0, 2), e.labels.narrow(1, 0, 2));
  EXPECT_TRUE(two.isnan().all().item<bool>());
}

TEST(LeaveOneOutCases, theIclTransformerIsRefused) {
  const auto learner = makeLearner(LearnerKind::Icl, tinyRunConfig(), torch::kCPU);
  TaskSampler sampler(tinyRunConfig().task, 3);
  const Episode e = sampler.sample(TaskFamily::Mix, 2, 5, TaskSplit::Train);
  EXPECT_THROW(leaveOneOutAccuracy(*learner, e.x, e.targets, e.labels), std::logic_error);
}

// #10 "Done when": leave-one-out selection picks the right learner on a hand-made task where
// one learner is right and the others wrong.
TEST(Selection, picksTheOneRightCandidateOnAHandMadeTask) {
  // x_j = (-a_j, a_j, -a_j) with label 0 iff a_j > 0: the learner reading coordinate 1 is
  // always right, those reading coordinates 0 and 2 always wrong.
  const int64_t b = 3, n = 9;
  torch::manual_seed(2);
  const torch::Tensor a = torch::randn({b, n});
  const torch::Tensor x = torch::stack({-a, a, -a}, -1);
  const torch::Tensor labels = a.le(0).to(torch::kLong);
  const torch::Tensor targets = torch::one_hot(labels, 4).to(torch::kFloat32);
  std::vector<CoordinateLearner> candidates = {CoordinateLearner(0), CoordinateLearner(1),
                                               CoordinateLearner(2)};
  std::vector<torch::Tensor> loo;
  std::vector<torch::Tensor> correct;
  for (auto& candidate : candidates) {
    loo.push_back(leaveOneOutAccuracy(candidate, x, targets, labels));
    correct.push_back(prefixCorrect(candidate, x, targets, labels));
  }
  EXPECT_TRUE(loo[1].narrow(1, 2, n - 2).eq(1).all().item<bool>());
  EXPECT_TRUE(loo[0].narrow(1, 2, n - 2).eq(0).all().item<bool>());
  const SelectionOutcome selected = selectByLeaveOneOut(loo, correct);
  ASSERT_EQ(selected.chosen.sizes(), (std::vector<int64_t>{b, n}));
  // Shots 0 and 1: no leave-one-out estimate, candidate 0 answers (wrongly); from shot 2 on
  // the right candidate answers, and right.
  EXPECT_TRUE(selected.chosen.narrow(1, 0, 2).eq(0).all().item<bool>());
  EXPECT_TRUE(selected.correct.narrow(1, 0, 2).logical_not().all().item<bool>());
  EXPECT_TRUE(selected.chosen.narrow(1, 2, n - 2).eq(1).all().item<bool>());
  EXPECT_TRUE(selected.correct.narrow(1, 2, n - 2).all().item<bool>());
  const SelectionOutcome oracle = oracleSelection(correct);
  EXPECT_TRUE(oracle.chosen.eq(1).all().item<bool>());
  EXPECT_TRUE(oracle.correct.all().item<bool>());
}

TEST(Selection, tiesAndNaNGoToTheLowestIndex) {
  const std::vector<torch::Tensor> loo = {row({NAN, NAN, 0.5, 0.5, 0.2, NAN}),
                                          row({NAN, NAN, 0.5, 0.7, 0.9, 0.1}),
                                          row({NAN, NAN, 0.2, 0.7, 0.9, 0.0})};
  const std::vector<torch::Tensor> correct = {
      boolRow({1, 0, 1, 0, 0, 0}), boolRow({0, 1, 0, 1, 1, 1}), boolRow({0, 0, 1, 0, 0, 1})};
  const SelectionOutcome selected = selectByLeaveOneOut(loo, correct);
  // NaN everywhere -> 0; a tie 0.5/0.5 -> 0; 0.7/0.7 -> 1; 0.9/0.9 -> 1; a NaN candidate 0
  // loses to any number -> 1.
  EXPECT_TRUE(selected.chosen.equal(torch::tensor({{0, 0, 0, 1, 1, 1}}, torch::kLong)))
      << selected.chosen;
  EXPECT_TRUE(selected.correct.equal(boolRow({1, 0, 1, 1, 1, 1})));
}

TEST(Selection, oracleTakesPerTaskTheCandidateWithMostRightAnswers) {
  // Task 0: candidate 2 best (3 right); task 1: candidates 0 and 1 tie (2 each) -> 0.
  const std::vector<torch::Tensor> correct = {
      torch::cat({boolRow({1, 0, 0, 0}), boolRow({1, 1, 0, 0})}),
      torch::cat({boolRow({0, 1, 1, 0}), boolRow({0, 0, 1, 1})}),
      torch::cat({boolRow({0, 1, 1, 1}), boolRow({0, 0, 0, 1})})};
  const SelectionOutcome oracle = oracleSelection(correct);
  EXPECT_TRUE(oracle.chosen.equal(torch::tensor({{2, 2, 2, 2}, {0, 0, 0, 0}}, torch::kLong)))
      << oracle.chosen;
  EXPECT_TRUE(oracle.correct.equal(torch::cat({boolRow({0, 1, 1, 1}), boolRow({1, 1, 0, 0})})));
}

TEST(Selection, mismatchedCandidatesAreRefused) {
  const std::vector<torch::Tensor> loo = {row({NAN, NAN, 0.5})};
  const std::vector<torch::Tensor> correct = {boolRow({1, 0, 1}), boolRow({1, 1, 1})};
  try {
    selectByLeaveOneOut(loo, correct);
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& error) {
    EXPECT_TRUE(hasText(error.what(), "1 leave-one-out accuracies but 2 prefixCorrect"));
  }
  EXPECT_THROW(oracleSelection({}), std::invalid_argument);
}
