// MAML inner loop (#4, design.md §5.5, §7 item 12): one inner step equals theta - lr * the
// finite-difference gradient; the second-order outer gradient matches finite differences of
// the composed loss; adapted weights really differ from the start; divergence is reported.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "core/models/maml.h"
#include "tests/core/support/checks.h"

using namespace icl::core;
using icl::test::hasText;

namespace {
double supportLoss(const GptRegressionImpl& model, const std::vector<torch::Tensor>& params,
                   const RegressionPrompts& prompts) {
  torch::NoGradGuard noGrad;
  return regressionLoss(model.forwardWith(params, prompts.xs, prompts.ys), prompts.ys)
      .item<double>();
}

std::vector<torch::Tensor> detachedCopy(const std::vector<torch::Tensor>& params) {
  std::vector<torch::Tensor> copy;
  for (const auto& p : params) {
    copy.push_back(p.detach().clone());
  }
  return copy;
}

// (parameter index, flat element) pairs spread over the model.
const std::vector<std::pair<std::size_t, int64_t>> kProbes = {{0, 0}, {0, 5}, {2, 3}, {4, 1}};
}  // namespace

// Seeded before every test.
class Maml : public ::testing::Test {
 protected:
  void SetUp() override { torch::manual_seed(0); }
};

TEST_F(Maml, innerStepEqualsFiniteDifferenceGradientStep) {
  GptRegression model(GptRegressionOptions{3, 4, 8, 1, 2});
  model->to(torch::kDouble);
  const RegressionPrompts support{torch::randn({6, 4, 3}, torch::kDouble),
                                  torch::randn({6, 4}, torch::kDouble)};
  InnerLoopOptions options;
  options.steps = 1;
  options.lr = 0.1;
  const InnerLoopResult adapted = adaptParameters(*model, model->parameters(), support, options);
  ASSERT_FALSE(adapted.diverged) << adapted.message;
  const auto start = detachedCopy(model->parameters());
  const double eps = 1e-6;
  for (const auto& [index, element] : kProbes) {
    auto plus = detachedCopy(start);
    auto minus = detachedCopy(start);
    plus[index].view(-1)[element] += eps;
    minus[index].view(-1)[element] -= eps;
    const double fd =
        (supportLoss(*model, plus, support) - supportLoss(*model, minus, support)) / (2 * eps);
    const double step = (start[index].view(-1)[element].item<double>() -
                         adapted.params[index].view(-1)[element].item<double>()) /
                        options.lr;
    EXPECT_NEAR(fd, step, 1e-6 * std::max(1.0, std::abs(fd)))
        << "parameter " << index << "/" << element;
  }
}

TEST_F(Maml, secondOrderOuterGradientMatchesFiniteDifferences) {
  GptRegression model(GptRegressionOptions{3, 4, 8, 1, 2});
  model->to(torch::kDouble);
  const RegressionPrompts support{torch::randn({6, 4, 3}, torch::kDouble),
                                  torch::randn({6, 4}, torch::kDouble)};
  const RegressionPrompts query{torch::randn({6, 4, 3}, torch::kDouble),
                                torch::randn({6, 4}, torch::kDouble)};
  InnerLoopOptions options;
  options.steps = 2;
  options.lr = 0.05;
  options.secondOrder = true;
  auto outerLoss = [&](const std::vector<torch::Tensor>& start) {
    const auto adapted = adaptParameters(*model, start, support, options);
    return regressionLoss(model->forwardWith(adapted.params, query.xs, query.ys), query.ys);
  };
  model->zero_grad();
  outerLoss(model->parameters()).backward();
  const auto start = detachedCopy(model->parameters());
  const double eps = 1e-6;
  double fdMagnitude = 0.0;
  for (const auto& [index, element] : kProbes) {
    auto perturbed = [&, index = index, element = element](double delta) {
      auto params = detachedCopy(start);
      params[index].view(-1)[element] += delta;
      for (auto& p : params) {
        p.requires_grad_(true);
      }
      return outerLoss(params).item<double>();
    };
    const double fd = (perturbed(eps) - perturbed(-eps)) / (2 * eps);
    const double analytic = model->parameters()[index].grad().view(-1)[element].item<double>();
    EXPECT_NEAR(fd, analytic, 1e-5 * std::max(1.0, std::abs(fd)))
        << "parameter " << index << "/" << element;
    fdMagnitude += std::abs(fd);
  }
  EXPECT_GT(fdMagnitude, 0.0);
}

TEST_F(Maml, adaptedWeightsDifferFromTheStart) {
  GptRegression model(GptRegressionOptions{5, 11, 16, 2, 2});
  RegressionSampler sampler(5, 1);
  const RegressionPrompts support = sampler.sampleInDomain(sampler.sampleDomain(8.0), 16, 11);
  InnerLoopOptions options;
  options.steps = 3;
  const auto adapted = adaptParameters(*model, model->parameters(), support, options);
  ASSERT_FALSE(adapted.diverged) << adapted.message;
  double moved = 0.0;
  const auto start = model->parameters();
  ASSERT_EQ(adapted.params.size(), start.size());
  for (std::size_t i = 0; i < start.size(); ++i) {
    moved = std::max(moved, (adapted.params[i] - start[i]).abs().max().item<double>());
  }
  EXPECT_GT(moved, 1e-6);
  EXPECT_GT(adapted.maxGradNorm, 0.0);
  // Zero inner steps leave the weights where they were.
  options.steps = 0;
  const auto none = adaptParameters(*model, model->parameters(), support, options);
  EXPECT_TRUE(torch::equal(none.params[0], start[0]));
}

TEST_F(Maml, gradientNormAboveTheBoundIsDivergence) {
  GptRegression model(GptRegressionOptions{5, 11, 16, 1, 2});
  RegressionSampler sampler(5, 2);
  const RegressionPrompts support = sampler.sampleInDomain(sampler.sampleDomain(8.0), 8, 11);
  InnerLoopOptions options;
  options.steps = 2;
  options.maxGradNorm = 1e-9;
  const auto adapted = adaptParameters(*model, model->parameters(), support, options);
  EXPECT_TRUE(adapted.diverged);
  EXPECT_TRUE(hasText(adapted.message, "inner-loop gradient norm"));
  EXPECT_TRUE(hasText(adapted.message, "inner step 1"));
}
