// Linear-regression ICL pieces (#4, design.md §5.1, §5.4): the GPT model's parameter counts and
// causal masking, the prompt sampler, each baseline against hand-computed values, and the
// bootstrap error records.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <string>
#include <vector>

#include "core/evaluation/regression_metrics.h"
#include "core/models/gpt_regression.h"
#include "core/tasks/regression_sampler.h"

using namespace icl::core;

namespace {
// D = 2, w = (2, 3): points (1,0) (0,1) (1,1) (2,-1) (0,0) -> y = 2, 3, 5, 1, 0.
RegressionPrompts handPrompt() {
  const torch::Tensor xs =
      torch::tensor({1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 2.0, -1.0, 0.0, 0.0}, torch::kDouble)
          .view({1, 5, 2});
  const torch::Tensor ys = torch::tensor({2.0, 3.0, 5.0, 1.0, 0.0}, torch::kDouble).view({1, 5});
  return {xs, ys};
}

// Double precision on values <= 5 through solves of condition number <= ~10 (2 x 2 systems,
// sums of a few terms): rounding ~ 10 * 5 * 2^-53 ~ 1e-14; 1e-12 leaves a factor 100.
constexpr double kDoubleSolve = 1e-12;

void compareRow(const torch::Tensor& actual, const std::vector<double>& expected) {
  ASSERT_EQ(actual.size(1), static_cast<int64_t>(expected.size()));
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_NEAR(actual[0][static_cast<int64_t>(i)].item<double>(), expected[i], kDoubleSolve)
        << "position " << i;
  }
}
}  // namespace

// Seeded before every test.
class GptRegressionTest : public ::testing::Test {
 protected:
  void SetUp() override { torch::manual_seed(0); }
};

TEST_F(GptRegressionTest, parameterCountsMatchGarg) {
  // Spec §5.1: standard 9,534,977 at D = 20, n_positions = 101; GARG's 0.16 M and 1.22 M.
  EXPECT_EQ(GptRegression(GptRegressionOptions{20, 101, 256, 12, 8})->parameterCount(), 9534977);
  EXPECT_EQ(GptRegression(GptRegressionOptions{20, 101, 128, 6, 4})->parameterCount(), 1218561);
  EXPECT_EQ(GptRegression(GptRegressionOptions{20, 101, 64, 3, 2})->parameterCount(), 164417);
}

TEST_F(GptRegressionTest, predictionDoesNotSeeLaterTokens) {
  GptRegression model(GptRegressionOptions{4, 8, 16, 2, 2});
  model->eval();
  torch::NoGradGuard noGrad;
  const torch::Tensor xs = torch::randn({3, 8, 4});
  const torch::Tensor ys = torch::randn({3, 8});
  const torch::Tensor before = model->forward(xs, ys);
  ASSERT_EQ(before.sizes().vec(), (std::vector<int64_t>{3, 8}));
  const int64_t j = 4;
  // Change y_j and everything after x_j: predictions 0..j must not move.
  torch::Tensor xs2 = xs.clone();
  torch::Tensor ys2 = ys.clone();
  xs2.narrow(1, j + 1, 8 - j - 1).normal_();
  ys2.narrow(1, j, 8 - j).normal_();
  const torch::Tensor after = model->forward(xs2, ys2);
  EXPECT_TRUE(torch::allclose(before.narrow(1, 0, j + 1), after.narrow(1, 0, j + 1), 1e-5, 1e-6));
  // ... while the later ones do (the change is visible to them).
  EXPECT_FALSE(torch::allclose(before.narrow(1, j + 1, 8 - j - 1),
                               after.narrow(1, j + 1, 8 - j - 1), 1e-3, 1e-4));
}

TEST_F(GptRegressionTest, forwardWithOwnParametersEqualsForward) {
  GptRegression model(GptRegressionOptions{3, 5, 8, 1, 2});
  const torch::Tensor xs = torch::randn({2, 5, 3});
  const torch::Tensor ys = torch::randn({2, 5});
  std::vector<torch::Tensor> copies;
  for (const auto& p : model->parameters()) {
    copies.push_back(p.detach().clone());
  }
  EXPECT_TRUE(torch::equal(model->forward(xs, ys), model->forwardWith(copies, xs, ys)));
  // Read-in weight: another parameter list gives another output. (Noise, not a constant:
  // a constant shift of every channel is removed by the LayerNorms.)
  copies[0].add_(torch::randn_like(copies[0]));
  EXPECT_FALSE(torch::allclose(model->forward(xs, ys), model->forwardWith(copies, xs, ys)));
}

TEST_F(GptRegressionTest, samplerZeroesInactiveDimensionsAndIsLinear) {
  RegressionSampler sampler(6, 7);
  const RegressionPrompts prompts = sampler.sample(5, 9, 2);
  ASSERT_EQ(prompts.xs.sizes().vec(), (std::vector<int64_t>{5, 9, 6}));
  EXPECT_EQ(prompts.xs.narrow(2, 2, 4).abs().max().item<float>(), 0.0F);
  EXPECT_GT(prompts.xs.narrow(2, 0, 2).abs().max().item<float>(), 0.0F);
  // y is linear in x per prompt: least squares on 9 >= 2 points predicts exactly.
  const torch::Tensor ls = leastSquaresPredictions(prompts);
  EXPECT_LT((ls - prompts.ys).narrow(1, 3, 6).abs().max().item<float>(), 1e-3F);
  RegressionSampler again(6, 7);
  EXPECT_TRUE(torch::equal(again.sample(5, 9, 2).ys, prompts.ys));
}

TEST_F(GptRegressionTest, leastSquaresMatchesHandValuesAndIsMinimumNorm) {
  compareRow(leastSquaresPredictions(handPrompt()), {0.0, 0.0, 5.0, 1.0, 0.0});
  // One point (1,1) with y = 4: the minimum-norm w is (2,2), so x = (2,0) gets 4.
  const torch::Tensor xs = torch::tensor({1.0, 1.0, 2.0, 0.0}, torch::kDouble).view({1, 2, 2});
  const torch::Tensor ys = torch::tensor({4.0, 0.0}, torch::kDouble).view({1, 2});
  compareRow(leastSquaresPredictions({xs, ys}), {0.0, 4.0});
}

TEST_F(GptRegressionTest, leastSquaresIsExactOncePointsReachD) {
  RegressionSampler sampler(5, 3);
  const RegressionPrompts prompts = sampler.sample(20, 12, 5);
  const torch::Tensor error = (leastSquaresPredictions(prompts) - prompts.ys).abs();
  EXPECT_LT(error.narrow(1, 5, 7).max().item<float>(), 1e-3F);  // i >= D points seen
  EXPECT_GT(error.narrow(1, 1, 3).mean().item<float>(), 0.1F);  // underdetermined before
}

TEST_F(GptRegressionTest, nearestNeighboursMatchHandValues) {
  // i=1: one neighbour (2); i=2: (2+3)/2; i=3: all three (2+3+5)/3; i=4: nearest 3 of 4.
  compareRow(nearestNeighbourPredictions(handPrompt(), 3), {0.0, 2.0, 2.5, 10.0 / 3.0, 10.0 / 3.0});
}

TEST_F(GptRegressionTest, averagingMatchesHandValues) {
  // w^ = mean x_j y_j: (2,0) -> 0; (1,1.5) -> 2.5; (7/3,8/3) -> 2; x4 = 0 -> 0.
  compareRow(averagingPredictions(handPrompt()), {0.0, 0.0, 2.5, 2.0, 0.0});
}

TEST_F(GptRegressionTest, zeroPredictsZero) {
  compareRow(zeroPredictions(handPrompt()), {0, 0, 0, 0, 0});
}

TEST_F(GptRegressionTest, bootstrapRecordsHoldMeanAndInterval) {
  torch::Tensor errors = torch::rand({200, 3}, torch::kDouble);
  errors.select(1, 2).fill_(0.5);
  EvalRecord prototype;
  prototype.learner = "gpt";
  const auto records = squaredErrorRecords(errors, prototype, 500, 11);
  ASSERT_EQ(records.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    SCOPED_TRACE("shots " + std::to_string(i));
    EXPECT_EQ(records[i].shots, static_cast<int64_t>(i));
    EXPECT_EQ(records[i].metric, "sq_error");
    EXPECT_EQ(records[i].nTasks, 200);
    // A double mean of 200 values in [0, 1): rounding far below 1e-12.
    EXPECT_NEAR(records[i].value, errors.select(1, static_cast<int64_t>(i)).mean().item<double>(),
                1e-12);
    EXPECT_TRUE(records[i].ciLow <= records[i].value && records[i].value <= records[i].ciHigh);
  }
  EXPECT_GT(records[0].ciHigh - records[0].ciLow, 0.01);  // uniform errors: a real spread
  EXPECT_EQ(records[2].ciLow, 0.5);                       // constant errors: no spread
  EXPECT_EQ(records[2].ciHigh, 0.5);
  const auto again = squaredErrorRecords(errors, prototype, 500, 11);
  EXPECT_EQ(again[0].ciLow, records[0].ciLow);
}
