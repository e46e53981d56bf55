// The fused ICL kernel's training path (#13, iclFusedTrainingLoss and trainingLoss): the loss
// and every parameter gradient from one kernel pass against the LibTorch model evaluated in
// float64 (and the LibTorch float32 path against the same reference), on every instruction-set
// variant; determinism, thread-count independence, the scaling by the incoming gradient, and
// that only gradient-wanting calls take it.
#include <gtest/gtest.h>

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/models/icl_fused_kernel.h"
#include "core/models/icl_transformer.h"
#include "core/models/learner_factory.h"
#include "core/training/loss.h"
#include "tests/core/support/icl_fused_cases.h"

using namespace icl::core;

namespace {

using Shape = icl::test::FusedCase;
using icl::test::isaLabel;
using icl::test::makeInputs;
using icl::test::makeModel;

std::vector<Shape> shapes() {
  return {
      {3, 7, 0, 1},             // one group with padding lanes
      {9, 12, 2, 2},            // B not a multiple of 8 or 16, start > 0
      {19, 6, 0, 8},            // the paper's depth, two groups of 16 (3 padding lanes)
      {5, 6, 5, 3},             // only the last query
      {11, 8, 1, 2, 3, 3, 20},  // w = 9, hidden 20: the generic template
  };
}

std::string shapeName(const Shape& s) {
  return "b" + std::to_string(s.batch) + "_n" + std::to_string(s.length) + "_start" +
         std::to_string(s.start) + "_depth" + std::to_string(s.depth) + "_d" +
         std::to_string(s.inputDim) + "_C" + std::to_string(s.classes);
}

// Float32 error bound, as tst_icl_fused.cpp derives it: each logit is the end of `depth`
// layers whose longest rounded chains are dot products over the keys (length), the token
// (w) and the hidden units, so its first-order error is about u * depth * (w + length + hidden)
// times the values' size (Higham §3.1), times kSafety for the polynomial exp/erf and partly
// cancelling sums. The cross-entropy moves by at most 2 x a logit error (its gradient,
// softmax - y, has absolute sum <= 2), and a mean keeps that bound. A parameter gradient
// chains a backward pass as long again (twice the bound) and its error scales with the
// model's largest gradient (its own can vanish by cancellation).
constexpr double kSafety = 8.0;

double bound(const Shape& s, double scale) {
  const double u = std::ldexp(1.0, -24);
  const double width = static_cast<double>(s.inputDim + 2 * s.classes);
  return kSafety * u * static_cast<double>(s.depth) *
         (width + static_cast<double>(s.length + s.ffHidden)) * scale;
}

double maxAbs(const torch::Tensor& t) { return t.abs().max().item<double>(); }

/// Loss and parameter gradients of the reference path: forwardPrefixes + episodeLoss.
struct LossAndGrads {
  double loss = 0.0;
  std::vector<torch::Tensor> grads;
};

LossAndGrads referencePath(IclTransformer& model, const torch::Tensor& x,
                           const torch::Tensor& targets, int64_t start, double divisor) {
  model->zero_grad();
  const torch::Tensor outputs = model->forwardPrefixes(x, targets, start);
  const torch::Tensor loss =
      episodeLoss(outputs, targets.narrow(1, start, targets.size(1) - start), divisor);
  loss.backward();
  LossAndGrads result;
  result.loss = loss.item<double>();
  for (const auto& parameter : model->kernelParameters()) {
    result.grads.push_back(parameter.grad().to(torch::kDouble).clone());
  }
  return result;
}

LossAndGrads fusedPath(IclTransformer& model, const torch::Tensor& x, const torch::Tensor& targets,
                       int64_t start, double divisor) {
  model->setFusedKernel(true);
  model->zero_grad();
  const torch::Tensor loss = model->fusedTrainingLoss(x, targets, start, divisor);
  EXPECT_TRUE(loss.defined()) << "the fused training path was not taken";
  if (!loss.defined()) {
    return {};
  }
  EXPECT_EQ(loss.dim(), 0);
  loss.backward();
  LossAndGrads result;
  result.loss = loss.item<double>();
  for (const auto& parameter : model->kernelParameters()) {
    result.grads.push_back(parameter.grad().to(torch::kDouble).clone());
  }
  return result;
}

struct Variant {
  IclFusedIsa isa;
  std::size_t shapeIndex;
};

std::vector<Variant> allVariants() {
  std::vector<Variant> variants;
  for (IclFusedIsa isa : {IclFusedIsa::Generic, IclFusedIsa::Avx2, IclFusedIsa::Avx512}) {
    for (std::size_t i = 0; i < shapes().size(); ++i) {
      variants.push_back({isa, i});
    }
  }
  return variants;
}

void PrintTo(const Variant& variant, std::ostream* out) {
  *out << isaLabel(variant.isa) << " " << shapeName(shapes()[variant.shapeIndex]);
}

std::string variantName(const ::testing::TestParamInfo<Variant>& info) {
  return std::string(isaLabel(info.param.isa)) + "_" + shapeName(shapes()[info.param.shapeIndex]);
}

}  // namespace

class IclFusedLoss : public ::testing::Test {
 protected:
  void SetUp() override { setIclFusedIsa(IclFusedIsa::Auto); }
  void TearDown() override {
    setIclFusedIsa(IclFusedIsa::Auto);
    at::set_num_threads(1);
  }
};

class IclFusedLossVariant : public ::testing::TestWithParam<Variant> {
 protected:
  void SetUp() override {
    if (!setIclFusedIsa(GetParam().isa)) {
      GTEST_SKIP() << "this CPU (or build) lacks the " << isaLabel(GetParam().isa)
                   << " instruction set of this variant";
    }
  }
  void TearDown() override { setIclFusedIsa(IclFusedIsa::Auto); }
};

INSTANTIATE_TEST_SUITE_P(Variants, IclFusedLossVariant, ::testing::ValuesIn(allVariants()),
                         variantName);

TEST_P(IclFusedLossVariant, lossAndGradientsEqualTheReference) {
  const Shape s = shapes()[GetParam().shapeIndex];
  SCOPED_TRACE(std::string(isaLabel(GetParam().isa)) + " " + shapeName(s));
  IclTransformer model = makeModel(s, 21);
  IclTransformer exact = makeModel(s, 21);
  exact->to(torch::kDouble);
  exact->setFusedKernel(false);
  const auto [x, targets] = makeInputs(s, 22);
  // A divisor other than the number of positions, as train.loss_divisor allows (§7.5).
  const double divisor = static_cast<double>(s.length - s.start) + 1.5;
  const LossAndGrads reference =
      referencePath(exact, x.to(torch::kDouble), targets.to(torch::kDouble), s.start, divisor);
  model->setFusedKernel(false);
  const LossAndGrads torch32 = referencePath(model, x, targets, s.start, divisor);
  const LossAndGrads fused = fusedPath(model, x, targets, s.start, divisor);
  ASSERT_EQ(fused.grads.size(), reference.grads.size());

  double logitScale = 0.0;
  {
    torch::NoGradGuard noGrad;
    logitScale = maxAbs(exact->forwardPrefixes(x.to(torch::kDouble), targets.to(torch::kDouble),
                                               s.start));
  }
  // The loss is a mean over tasks of sums over positions / divisor of cross-entropies.
  const double positionsOverDivisor = static_cast<double>(s.length - s.start) / divisor;
  const double lossTolerance = 2.0 * positionsOverDivisor * bound(s, logitScale) +
                               4.0 * std::ldexp(1.0, -24) * std::abs(reference.loss);
  EXPECT_LE(std::abs(torch32.loss - reference.loss), lossTolerance)
      << "LibTorch float32 error exceeds the float32 bound";
  EXPECT_LE(std::abs(fused.loss - reference.loss), lossTolerance)
      << "fused " << fused.loss << ", float64 " << reference.loss << ", LibTorch float32 "
      << torch32.loss;

  double largest = 0.0;
  for (const auto& gradient : reference.grads) {
    largest = std::max(largest, maxAbs(gradient));
  }
  ASSERT_GT(largest, 1e-3);
  const double tolerance = 2.0 * bound(s, largest);
  for (std::size_t i = 0; i < fused.grads.size(); ++i) {
    SCOPED_TRACE("parameter " + std::to_string(i));
    ASSERT_EQ(fused.grads[i].sizes().vec(), reference.grads[i].sizes().vec());
    const double torchError = maxAbs(torch32.grads[i] - reference.grads[i]);
    const double fusedError = maxAbs(fused.grads[i] - reference.grads[i]);
    EXPECT_LE(torchError, tolerance) << "LibTorch float32 error exceeds the float32 bound";
    EXPECT_LE(fusedError, tolerance)
        << "LibTorch float32: " << torchError << ", largest gradient " << largest;
  }
}

TEST_F(IclFusedLoss, toleranceCatchesAWrongGradientScale) {
  // The bound is loose enough for any float32 order of operations, yet a gradient 0.1 % off
  // (as a divisor off by one in a thousand) fails it.
  const Shape s = shapes()[2];  // the paper's depth: the loosest bound
  IclTransformer model = makeModel(s, 21);
  const auto [x, targets] = makeInputs(s, 22);
  const double divisor = static_cast<double>(s.length - s.start);
  const LossAndGrads fused = fusedPath(model, x, targets, s.start, divisor);
  const LossAndGrads off = fusedPath(model, x, targets, s.start, divisor * 1.001);
  double largest = 0.0;
  double change = 0.0;
  for (std::size_t i = 0; i < fused.grads.size(); ++i) {
    largest = std::max(largest, maxAbs(fused.grads[i]));
    change = std::max(change, maxAbs(fused.grads[i] - off.grads[i]));
  }
  EXPECT_GT(change, 2.0 * bound(s, largest));
}

TEST_F(IclFusedLoss, backwardScalesByTheIncomingGradient) {
  const Shape s{10, 7, 1, 2};
  IclTransformer model = makeModel(s, 23);
  const auto [x, targets] = makeInputs(s, 24);
  const LossAndGrads once = fusedPath(model, x, targets, s.start, 6.0);
  model->zero_grad();
  (3.0 * model->fusedTrainingLoss(x, targets, s.start, 6.0)).backward();
  const auto parameters = model->kernelParameters();
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    const torch::Tensor expected = 3.0 * once.grads[i];
    EXPECT_LE(maxAbs(parameters[i].grad().to(torch::kDouble) - expected),
              4.0 * std::ldexp(1.0, -24) * (maxAbs(expected) + 1e-30))
        << "parameter " << i;
  }
}

TEST_F(IclFusedLoss, repeatedCallsAndThreadCountsAgreeBitwise) {
  const Shape s{40, 10, 1, 4};  // 5 groups of 8, 3 of 16: uneven split over two threads
  IclTransformer model = makeModel(s, 25);
  const auto [x, targets] = makeInputs(s, 26);
  std::vector<LossAndGrads> runs;
  for (int threads : {1, 2, 2}) {
    at::set_num_threads(threads);
    runs.push_back(fusedPath(model, x, targets, s.start, 9.0));
  }
  for (std::size_t run = 1; run < runs.size(); ++run) {
    SCOPED_TRACE("run " + std::to_string(run));
    EXPECT_EQ(runs[run].loss, runs[0].loss);
    ASSERT_EQ(runs[run].grads.size(), runs[0].grads.size());
    for (std::size_t i = 0; i < runs[0].grads.size(); ++i) {
      EXPECT_TRUE(torch::equal(runs[run].grads[i], runs[0].grads[i]))
          << "parameter " << i << " differs by " << maxAbs(runs[run].grads[i] - runs[0].grads[i]);
    }
  }
}

TEST_F(IclFusedLoss, onlyGradientWantingCallsTakeIt) {
  const Shape s{4, 6, 0, 2};
  IclTransformer model = makeModel(s, 27);
  const auto [x, targets] = makeInputs(s, 28);
  model->setFusedKernel(true);
  {
    torch::NoGradGuard noGrad;  // evaluation: the forward-only kernel, no backward work
    EXPECT_FALSE(model->fusedTrainingLoss(x, targets, 0, 6.0).defined());
  }
  model->setFusedKernel(false);  // the LibTorch kernel was asked for
  EXPECT_FALSE(model->fusedTrainingLoss(x, targets, 0, 6.0).defined());
  model->setFusedKernel(true);
  torch::Tensor xGrad = x.clone().requires_grad_(true);  // inputs need a gradient
  EXPECT_FALSE(model->fusedTrainingLoss(xGrad, targets, 0, 6.0).defined());
}

TEST_F(IclFusedLoss, trainerLossTakesTheFusedPathAndMatchesTheFallback) {
  // trainingLoss (what TrainingRun::trainStep and bench call) through the factory's learner.
  RunConfig config;
  config.task.length = 9;
  config.train.batchSize = 12;
  config.learners.icl.depth = 2;
  config.learners.icl.kernel = "fused";
  config.resolveDefaults();
  torch::manual_seed(29);
  const auto learner = makeLearner(LearnerKind::Icl, config, torch::kCPU);
  const Shape s{12, 9, 2, 2};
  const auto [x, targets] = makeInputs(s, 30);
  const torch::Tensor loss = trainingLoss(*learner, x, targets, 2, 7.0);
  ASSERT_TRUE(loss.grad_fn() != nullptr);
  EXPECT_NE(loss.grad_fn()->name().find("IclFusedLossFunction"), std::string::npos)
      << loss.grad_fn()->name();
  torch::Tensor fallback;
  {
    torch::NoGradGuard noGrad;  // no gradients wanted: forwardPrefixes + episodeLoss
    fallback = trainingLoss(*learner, x, targets, 2, 7.0);
  }
  const double logitBound = bound(s, 10.0);  // logits of this default-init model are O(1)
  EXPECT_LE(std::abs(loss.item<double>() - fallback.item<double>()), 2.0 * logitBound)
      << loss.item<double>() << " vs " << fallback.item<double>();
}
