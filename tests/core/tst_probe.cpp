// The algorithm probe of #10 (design.md §9): agreement per shot and its chance level.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cfloat>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "core/evaluation/plugin_rules.h"
#include "core/evaluation/probe.h"
#include "core/tasks/task_sampler.h"
#include "tests/core/support/checks.h"

using namespace icl::core;
using icl::test::hasText;

namespace {

// A mean of b values 0 or 1 in double: exact counts over b, one rounding of the division.
constexpr double kMeanTolerance = 2 * DBL_EPSILON;

/// Plug-in nearest-mean predictions on sampled proto tasks: a realistic predictor.
struct Sampled {
  torch::Tensor predictions;  // [b, n]
  torch::Tensor labels;       // [b, n]
};

Sampled nearestMeanOnProto(int64_t tasks, int64_t length) {
  TaskSampler sampler(TaskConfig{}, 21);
  const Episode e = sampler.sample(TaskFamily::Proto, tasks, length, TaskSplit::Train);
  return {pluginRulePrefixPredictions(PluginRule::NearestMean, e.x, e.labels, 2), e.labels};
}

}  // namespace

// #10 "Done when": a probe of a learner against itself is 1.0 at every shot.
TEST(Probe, aPredictorAgreesWithItselfAtEveryShot) {
  const Sampled s = nearestMeanOnProto(200, 12);
  const std::vector<double> agreement = agreementByShot(s.predictions, s.predictions.clone());
  ASSERT_EQ(agreement.size(), 12U);
  for (const double value : agreement) {
    EXPECT_EQ(value, 1.0);
  }
}

// #10 "Done when": against a constant predictor the agreement is the fraction of the
// predictor's answers that are that class, and on labels all equal to it, its accuracy.
TEST(Probe, againstAConstantPredictorAgreementIsTheShareOfThatClass) {
  const Sampled s = nearestMeanOnProto(300, 10);
  for (const int64_t k : {0, 1}) {
    const torch::Tensor constant = torch::full_like(s.predictions, k);
    const std::vector<double> agreement = agreementByShot(s.predictions, constant);
    const std::vector<double> symmetric = agreementByShot(constant, s.predictions);
    for (int64_t i = 0; i < 10; ++i) {
      const double share =
          static_cast<double>(s.predictions.select(1, i).eq(k).sum().item<int64_t>()) / 300.0;
      EXPECT_NEAR(agreement[i], share, kMeanTolerance) << "class " << k << " shot " << i;
      EXPECT_EQ(agreement[i], symmetric[i]);
    }
    // A test set whose labels are all k: agreement with the constant k = accuracy.
    const torch::Tensor allK = torch::full_like(s.labels, k);
    const std::vector<double> accuracy = agreementByShot(s.predictions, allK);
    for (int64_t i = 0; i < 10; ++i) {
      const double right = s.predictions.select(1, i)
                               .eq(allK.select(1, i))
                               .to(torch::kFloat64)
                               .mean()
                               .item<double>();
      EXPECT_NEAR(accuracy[i], right, kMeanTolerance);
      EXPECT_NEAR(accuracy[i], agreement[i], kMeanTolerance);
    }
  }
  // Not trivially 0 or 1: nearest mean answers both classes.
  const std::vector<double> zero = agreementByShot(s.predictions, torch::zeros_like(s.predictions));
  EXPECT_GT(zero[5], 0.2);
  EXPECT_LT(zero[5], 0.8);
}

TEST(Probe, agreementCountsTasksPerShot) {
  const torch::Tensor a = torch::tensor({{0, 1, 1}, {1, 1, 0}, {0, 0, 0}, {1, 0, 1}}, torch::kLong);
  const torch::Tensor b = torch::tensor({{0, 0, 1}, {1, 1, 1}, {1, 0, 0}, {1, 1, 1}}, torch::kLong);
  const std::vector<double> agreement = agreementByShot(a, b);
  ASSERT_EQ(agreement.size(), 3U);
  EXPECT_EQ(agreement[0], 0.75);
  EXPECT_EQ(agreement[1], 0.5);
  EXPECT_EQ(agreement[2], 0.75);
}

TEST(Probe, mismatchedOrEmptyPredictionsAreRefused) {
  const torch::Tensor a = torch::zeros({3, 4}, torch::kLong);
  EXPECT_THROW(agreementByShot(a, torch::zeros({3, 5}, torch::kLong)), c10::Error);
  try {
    agreementByShot(torch::zeros({0, 4}, torch::kLong), torch::zeros({0, 4}, torch::kLong));
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& error) {
    EXPECT_TRUE(hasText(error.what(), "no tasks"));
  }
}

TEST(ChanceAgreement, handValues) {
  EXPECT_DOUBLE_EQ(chanceAgreement(1.0, 1.0, 2), 1.0);
  EXPECT_DOUBLE_EQ(chanceAgreement(1.0, 0.0, 2), 0.0);
  EXPECT_DOUBLE_EQ(chanceAgreement(0.8, 0.7, 2), 0.62);  // 0.56 + 0.2 x 0.3
  EXPECT_DOUBLE_EQ(chanceAgreement(0.0, 0.0, 2), 1.0);   // C = 2: both wrong is the same class
  EXPECT_DOUBLE_EQ(chanceAgreement(0.0, 0.0, 3), 0.5);   // ... C = 3: half the time
  EXPECT_DOUBLE_EQ(chanceAgreement(0.5, 0.5, 2), 0.5);
}

TEST(ChanceAgreement, impossibleValuesAreRefused) {
  try {
    chanceAgreement(0.5, 0.5, 1);
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& error) {
    EXPECT_TRUE(hasText(error.what(), "classes = 1"));
  }
  EXPECT_THROW(chanceAgreement(1.5, 0.5, 2), std::invalid_argument);
  EXPECT_THROW(chanceAgreement(0.5, -0.1, 2), std::invalid_argument);
  EXPECT_THROW(chanceAgreement(NAN, 0.5, 2), std::invalid_argument);
}
