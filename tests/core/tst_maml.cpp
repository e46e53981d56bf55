// MAML inner loop (#4, spec §5.5, §7 item 12): one inner step equals theta - lr * the
// finite-difference gradient; the second-order outer gradient matches finite differences of
// the composed loss; adapted weights really differ from the start; divergence is reported.
#include <QtTest>

#include <torch/torch.h>

#include "core/models/maml.h"

using namespace icl::core;

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

class TestMaml : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init() { torch::manual_seed(0); }

  void innerStepEqualsFiniteDifferenceGradientStep() {
    GptRegression model(GptRegressionOptions{3, 4, 8, 1, 2});
    model->to(torch::kDouble);
    const RegressionPrompts support{torch::randn({6, 4, 3}, torch::kDouble),
                                    torch::randn({6, 4}, torch::kDouble)};
    InnerLoopOptions options;
    options.steps = 1;
    options.lr = 0.1;
    const InnerLoopResult adapted = adaptParameters(*model, model->parameters(), support, options);
    QVERIFY(!adapted.diverged);
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
      QVERIFY2(std::abs(fd - step) < 1e-6 * std::max(1.0, std::abs(fd)),
               (std::to_string(index) + "/" + std::to_string(element) + ": fd " +
                std::to_string(fd) + " vs step " + std::to_string(step))
                   .c_str());
    }
  }

  void secondOrderOuterGradientMatchesFiniteDifferences() {
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
      auto perturbed = [&](double delta) {
        auto params = detachedCopy(start);
        params[index].view(-1)[element] += delta;
        for (auto& p : params) {
          p.requires_grad_(true);
        }
        return outerLoss(params).item<double>();
      };
      const double fd = (perturbed(eps) - perturbed(-eps)) / (2 * eps);
      const double analytic = model->parameters()[index].grad().view(-1)[element].item<double>();
      QVERIFY2(std::abs(fd - analytic) < 1e-5 * std::max(1.0, std::abs(fd)),
               (std::to_string(index) + "/" + std::to_string(element) + ": fd " +
                std::to_string(fd) + " vs autograd " + std::to_string(analytic))
                   .c_str());
      fdMagnitude += std::abs(fd);
    }
    QVERIFY(fdMagnitude > 0.0);
  }

  void adaptedWeightsDifferFromTheStart() {
    GptRegression model(GptRegressionOptions{5, 11, 16, 2, 2});
    RegressionSampler sampler(5, 1);
    const RegressionPrompts support = sampler.sampleInDomain(sampler.sampleDomain(8.0), 16, 11);
    InnerLoopOptions options;
    options.steps = 3;
    const auto adapted = adaptParameters(*model, model->parameters(), support, options);
    QVERIFY(!adapted.diverged);
    double moved = 0.0;
    const auto start = model->parameters();
    for (std::size_t i = 0; i < start.size(); ++i) {
      moved = std::max(moved, (adapted.params[i] - start[i]).abs().max().item<double>());
    }
    QVERIFY2(moved > 1e-6, std::to_string(moved).c_str());
    QVERIFY(adapted.maxGradNorm > 0.0);
    // Zero inner steps leave the weights where they were.
    options.steps = 0;
    const auto none = adaptParameters(*model, model->parameters(), support, options);
    QVERIFY(torch::equal(none.params[0], start[0]));
  }

  void gradientNormAboveTheBoundIsDivergence() {
    GptRegression model(GptRegressionOptions{5, 11, 16, 1, 2});
    RegressionSampler sampler(5, 2);
    const RegressionPrompts support = sampler.sampleInDomain(sampler.sampleDomain(8.0), 8, 11);
    InnerLoopOptions options;
    options.steps = 2;
    options.maxGradNorm = 1e-9;
    const auto adapted = adaptParameters(*model, model->parameters(), support, options);
    QVERIFY(adapted.diverged);
    QVERIFY(adapted.message.find("inner-loop gradient norm") != std::string::npos);
    QVERIFY(adapted.message.find("inner step 1") != std::string::npos);
  }
};

QTEST_APPLESS_MAIN(TestMaml)
#include "tst_maml.moc"
