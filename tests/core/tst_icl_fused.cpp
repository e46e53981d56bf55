// The fused ICL kernel (#2 performance, core/models/icl_fused_kernel.h): its forward against
// the autograd model, its hand-written gradients against autograd and against central finite
// differences of the double-precision model, determinism, thread-count independence, both
// instruction-set variants, and a short training run against the LibTorch kernel.
#include <gtest/gtest.h>

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "core/models/icl_fused_kernel.h"
#include "core/models/icl_transformer.h"
#include "core/models/learner_factory.h"
#include "core/tasks/task_sampler.h"
#include "core/training/loss.h"
#include "tests/core/support/icl_fused_cases.h"

using namespace icl::core;

namespace {

using Case = icl::test::FusedCase;
using icl::test::isaLabel;
using icl::test::makeInputs;
using icl::test::makeModel;

std::string shapeName(const Case& c) {
  return "b=" + std::to_string(c.batch) + " n=" + std::to_string(c.length) +
         " start=" + std::to_string(c.start) + " depth=" + std::to_string(c.depth) +
         " d=" + std::to_string(c.inputDim) + " C=" + std::to_string(c.classes);
}

std::string describe(const Case& c) { return shapeName(c) + " isa=" + iclFusedIsaName(); }

std::vector<Case> cases() {
  return {
      {3, 7, 0, 1},             // one group with padding lanes
      {9, 12, 2, 2},            // two groups of 8, start > 0
      {19, 5, 0, 2},            // two groups of 16
      {8, 10, 0, 8},            // the paper's depth
      {5, 6, 5, 3},             // only the last query
      {2, 1, 0, 2},             // one token
      {11, 8, 1, 2, 3, 3, 20},  // another shape: w = 9, hidden 20 (the generic template)
  };
}

/// Every variant this build has, whether or not this CPU runs it: a variant the CPU lacks is
/// reported as skipped, never silently dropped.
const std::vector<IclFusedIsa>& allIsas() {
  static const std::vector<IclFusedIsa> list = {IclFusedIsa::Generic, IclFusedIsa::Avx2,
                                                IclFusedIsa::Avx512};
  return list;
}

/// One comparison row: an instruction-set variant and a shape.
struct Variant {
  IclFusedIsa isa;
  std::size_t caseIndex;
};

std::vector<Variant> allVariants() {
  std::vector<Variant> variants;
  for (IclFusedIsa isa : allIsas()) {
    for (std::size_t i = 0; i < cases().size(); ++i) {
      variants.push_back({isa, i});
    }
  }
  return variants;
}

void PrintTo(const Variant& variant, std::ostream* out) {
  *out << isaLabel(variant.isa) << " " << shapeName(cases()[variant.caseIndex]);
}

/// "avx2_b9_n12_start2_depth2_d2_C2": a GoogleTest name takes letters, digits and '_' only.
std::string variantName(const ::testing::TestParamInfo<Variant>& info) {
  std::string name =
      std::string(isaLabel(info.param.isa)) + "_" + shapeName(cases()[info.param.caseIndex]);
  std::string out;
  for (char c : name) {
    if (c == ' ') {
      out += '_';
    } else if (c != '=') {
      out += c;
    }
  }
  return out;
}

// Tolerances from float32 error growth, not from what one machine printed. Each output is the
// end of `depth` layers; in each, the longest chains of rounded operations are the dot products
// of the attention (over at most `length` keys of width w = d + 2C) and of the feed-forward
// block (w and ffHidden terms). With unit roundoff u = 2^-24 the first-order forward error
// bound grows like u * depth * (w + length + ffHidden) times the size of the values involved
// (Higham, "Accuracy and Stability of Numerical Algorithms", §3.1). kSafety covers the
// fused kernel's polynomial exp and erf (a few ulp each), the softmax division, and sums that
// partly cancel (the bound scales with the output's size, not with the sum of the absolute
// terms that the classical bound uses); a backward
// pass chains twice the operations, hence twice the bound. Both float32 implementations are
// compared with the same function evaluated in float64, so neither is the other's reference
// and the BLAS kernels LibTorch picks on a given CPU do not matter.
constexpr double kSafety = 8.0;

double float32Growth(const Case& c) {
  const double unitRoundoff = std::ldexp(1.0, -24);
  const double width = static_cast<double>(c.inputDim + 2 * c.classes);
  return unitRoundoff * static_cast<double>(c.depth) *
         (width + static_cast<double>(c.length + c.ffHidden));
}

double forwardTolerance(const Case& c, double scale) { return kSafety * float32Growth(c) * scale; }

/// The float64 twin of makeModel(c, seed): same initial weights, evaluated in double.
IclTransformer makeDoubleModel(const Case& c, uint64_t seed) {
  IclTransformer model = makeModel(c, seed);
  model->to(torch::kDouble);
  model->setFusedKernel(false);
  return model;
}

/// Loss of the trainer plus a random linear term, so every logit gets its own upstream gradient.
torch::Tensor testLoss(const torch::Tensor& outputs, const torch::Tensor& targets, int64_t start,
                       const torch::Tensor& mix) {
  const torch::Tensor used = targets.narrow(1, start, targets.size(1) - start);
  return episodeLoss(outputs, used.to(outputs.dtype()), static_cast<double>(used.size(1))) +
         (outputs * mix.to(outputs.dtype())).sum();
}

std::vector<torch::Tensor> gradients(IclTransformer& model, bool fused, const torch::Tensor& x,
                                     const torch::Tensor& targets, int64_t start,
                                     const torch::Tensor& mix, torch::Tensor* outputs = nullptr) {
  model->setFusedKernel(fused);
  model->zero_grad();
  const torch::Tensor out = model->forwardPrefixes(x, targets, start);
  testLoss(out, targets, start, mix).backward();
  if (outputs != nullptr) {
    *outputs = out.detach().clone();
  }
  std::vector<torch::Tensor> grads;
  for (const auto& parameter : model->kernelParameters()) {
    grads.push_back(parameter.grad().clone());
  }
  return grads;
}

double maxAbs(const torch::Tensor& t) { return t.abs().max().item<double>(); }

}  // namespace

// Every test starts and ends on the automatic instruction set and one intra-op thread.
class IclFused : public ::testing::Test {
 protected:
  void SetUp() override { setIclFusedIsa(IclFusedIsa::Auto); }
  void TearDown() override {
    setIclFusedIsa(IclFusedIsa::Auto);
    at::set_num_threads(1);
  }
};

/// The comparisons, once per instruction-set variant and shape.
class IclFusedVariant : public ::testing::TestWithParam<Variant> {
 protected:
  void SetUp() override {
    if (!setIclFusedIsa(GetParam().isa)) {
      GTEST_SKIP() << "this CPU (or build) lacks the " << isaLabel(GetParam().isa)
                   << " instruction set of this variant";
    }
  }
  void TearDown() override { setIclFusedIsa(IclFusedIsa::Auto); }
  Case shape() const { return cases()[GetParam().caseIndex]; }
};

INSTANTIATE_TEST_SUITE_P(Variants, IclFusedVariant, ::testing::ValuesIn(allVariants()),
                         variantName);

TEST_P(IclFusedVariant, forwardEqualsTheAutogradModel) {
  const Case c = shape();
  IclTransformer model = makeModel(c, 1);
  IclTransformer exact = makeDoubleModel(c, 1);
  const auto [x, targets] = makeInputs(c, 2);
  torch::NoGradGuard noGrad;
  const torch::Tensor reference =
      exact->forwardPrefixes(x.to(torch::kDouble), targets.to(torch::kDouble), c.start);
  model->setFusedKernel(false);
  const torch::Tensor torch32 = model->forwardPrefixes(x, targets, c.start).to(torch::kDouble);
  model->setFusedKernel(true);
  const torch::Tensor fused = model->forwardPrefixes(x, targets, c.start).to(torch::kDouble);
  ASSERT_EQ(fused.sizes().vec(), reference.sizes().vec());
  const double scale = maxAbs(reference);
  ASSERT_GT(scale, 0.1);  // not a trivially small output
  const double tolerance = forwardTolerance(c, scale);
  // The bound must admit LibTorch's own float32 result, or it is not a float32 bound.
  const double torchError = maxAbs(torch32 - reference);
  EXPECT_LE(torchError, tolerance) << "LibTorch float32 error exceeds the float32 bound";
  const double fusedError = maxAbs(fused - reference);
  // The margin, for anyone bringing the suite to a new CPU.
  std::cout << "float64 reference: fused error " << fusedError << ", LibTorch float32 error "
            << torchError << ", bound " << tolerance << "\n";
  EXPECT_LE(fusedError, tolerance) << describe(c) << " (LibTorch float32: " << torchError << ")";
}

TEST_F(IclFused, toleranceCatchesASmallDefect) {
  // The bound is loose enough for any float32 order of operations, yet a kernel that got one
  // weight wrong by 0.1 % would fail it: perturb the model the fused pass sees.
  const Case c = cases()[3];  // the paper's depth, the loosest bound
  IclTransformer model = makeModel(c, 1);
  IclTransformer exact = makeDoubleModel(c, 1);
  const auto [x, targets] = makeInputs(c, 2);
  torch::NoGradGuard noGrad;
  const torch::Tensor reference =
      exact->forwardPrefixes(x.to(torch::kDouble), targets.to(torch::kDouble), c.start);
  model->kernelParameters().back().mul_(1.001);  // the readout
  model->setFusedKernel(true);
  const torch::Tensor defective = model->forwardPrefixes(x, targets, c.start).to(torch::kDouble);
  EXPECT_GT(maxAbs(defective - reference), forwardTolerance(c, maxAbs(reference)));
}

TEST_P(IclFusedVariant, gradientsEqualAutograd) {
  const Case c = shape();
  IclTransformer model = makeModel(c, 3);
  IclTransformer exact = makeDoubleModel(c, 3);
  const auto [x, targets] = makeInputs(c, 4);
  const torch::Tensor mix = torch::randn({c.batch, c.length - c.start, 2 * c.classes});
  torch::Tensor fusedOut;
  torch::Tensor torchOut;
  torch::Tensor exactOut;
  const auto fused = gradients(model, true, x, targets, c.start, mix, &fusedOut);
  const auto torch32 = gradients(model, false, x, targets, c.start, mix, &torchOut);
  const auto reference = gradients(exact, false, x.to(torch::kDouble), targets.to(torch::kDouble),
                                   c.start, mix, &exactOut);
  EXPECT_LE(maxAbs(fusedOut.to(torch::kDouble) - exactOut), forwardTolerance(c, maxAbs(exactOut)))
      << describe(c) << ": outputs differ";
  ASSERT_EQ(fused.size(), reference.size());
  ASSERT_EQ(torch32.size(), reference.size());
  // A parameter's gradient is a sum over every token, prefix and task of products of the
  // upstream gradient; its rounding error scales with the largest gradient flowing back
  // (the model's largest), not with its own size, which can vanish by cancellation (to_q
  // with one token: the query softmax sums to 1).
  double largest = 0.0;
  for (const auto& gradient : reference) {
    largest = std::max(largest, maxAbs(gradient));
  }
  ASSERT_GT(largest, 1e-3);
  const double tolerance = 2.0 * forwardTolerance(c, largest);
  for (std::size_t i = 0; i < fused.size(); ++i) {
    SCOPED_TRACE(describe(c) + " parameter " + std::to_string(i));
    ASSERT_EQ(fused[i].sizes().vec(), reference[i].sizes().vec());
    const double torchError = maxAbs(torch32[i].to(torch::kDouble) - reference[i]);
    const double fusedError = maxAbs(fused[i].to(torch::kDouble) - reference[i]);
    EXPECT_LE(torchError, tolerance) << "LibTorch float32 error exceeds the float32 bound";
    EXPECT_LE(fusedError, tolerance)
        << "LibTorch float32: " << torchError << ", largest gradient " << largest;
  }
}

TEST_F(IclFused, gradientsMatchFiniteDifferences) {
  // Central differences of the double-precision LibTorch model, the same function; the
  // fused gradient is float32.
  const Case c{4, 6, 1, 3};
  IclTransformer model = makeModel(c, 5);
  const auto [x, targets] = makeInputs(c, 6);
  const torch::Tensor mix = torch::randn({c.batch, c.length - c.start, 4});
  const auto fused = gradients(model, true, x, targets, c.start, mix);
  IclTransformer reference = makeModel(c, 5);
  reference->to(torch::kDouble);
  reference->setFusedKernel(false);
  const torch::Tensor xd = x.to(torch::kDouble);
  const torch::Tensor td = targets.to(torch::kDouble);
  auto loss = [&] {
    torch::NoGradGuard noGrad;
    return testLoss(reference->forwardPrefixes(xd, td, c.start), td, c.start, mix).item<double>();
  };
  const auto parameters = reference->kernelParameters();
  // (parameter index, flat entry): to_q, to_k and to_v of layer 0, ff1 bias of layer 1,
  // ff2 weight of layer 2, readout.
  const std::vector<std::pair<int, int>> probes = {{0, 7},  {1, 3},   {2, 20},
                                                   {11, 5}, {19, 30}, {21, 9}};
  const double eps = 1e-5;
  for (const auto& [index, entry] : probes) {
    torch::Tensor flat = parameters[index].detach().view({-1});
    const double original = flat[entry].item<double>();
    {
      torch::NoGradGuard noGrad;
      flat[entry] = original + eps;
    }
    const double plus = loss();
    {
      torch::NoGradGuard noGrad;
      flat[entry] = original - eps;
    }
    const double minus = loss();
    {
      torch::NoGradGuard noGrad;
      flat[entry] = original;
    }
    const double numeric = (plus - minus) / (2 * eps);
    const double analytic = fused[index].view({-1})[entry].item<double>();
    SCOPED_TRACE("parameter " + std::to_string(index) + "[" + std::to_string(entry) + "]");
    EXPECT_GT(std::abs(numeric), 1e-4);
    EXPECT_NEAR(analytic, numeric, 1e-4 * std::max(1.0, std::abs(numeric)));
  }
}

TEST_F(IclFused, repeatedCallsAreBitwiseIdentical) {
  const Case c{13, 9, 0, 3};
  IclTransformer model = makeModel(c, 7);
  const auto [x, targets] = makeInputs(c, 8);
  const torch::Tensor mix = torch::randn({c.batch, c.length, 4});
  at::set_num_threads(2);
  torch::Tensor out1;
  torch::Tensor out2;
  const auto first = gradients(model, true, x, targets, 0, mix, &out1);
  const auto second = gradients(model, true, x, targets, 0, mix, &out2);
  EXPECT_TRUE(torch::equal(out1, out2));
  ASSERT_EQ(first.size(), second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_TRUE(torch::equal(first[i], second[i])) << "parameter " << i;
  }
}

TEST_F(IclFused, oneAndTwoThreadsAgree) {
  const Case c{40, 10, 1, 4};  // 5 groups of 8, 3 of 16: uneven split over two threads
  IclTransformer model = makeModel(c, 9);
  const auto [x, targets] = makeInputs(c, 10);
  const torch::Tensor mix = torch::randn({c.batch, c.length - 1, 4});
  std::vector<std::vector<torch::Tensor>> results;
  std::vector<torch::Tensor> outputs;
  for (int threads : {1, 2}) {
    at::set_num_threads(threads);
    torch::Tensor out;
    results.push_back(gradients(model, true, x, targets, 1, mix, &out));
    outputs.push_back(out);
  }
  // icl_fused_kernel.h promises results independent of the thread count: bitwise.
  EXPECT_TRUE(torch::equal(outputs[0], outputs[1]))
      << "outputs differ by " << maxAbs(outputs[0] - outputs[1]);
  ASSERT_EQ(results[0].size(), results[1].size());
  for (std::size_t i = 0; i < results[0].size(); ++i) {
    EXPECT_TRUE(torch::equal(results[0][i], results[1][i]))
        << "parameter " << i << " differs by " << maxAbs(results[0][i] - results[1][i]);
  }
}

TEST_F(IclFused, inputsThatNeedGradientsUseTheAutogradPath) {
  const Case c{2, 4, 0, 1};
  IclTransformer model = makeModel(c, 11);
  auto [x, targets] = makeInputs(c, 12);
  x.requires_grad_(true);
  model->setFusedKernel(true);
  const torch::Tensor out = model->forwardPrefixes(x, targets, 0);
  out.sum().backward();
  ASSERT_TRUE(x.grad().defined());
  EXPECT_GT(maxAbs(x.grad()), 0.0);
}

TEST_F(IclFused, factoryDefaultAndConfigKey) {
  RunConfig config;
  config.resolveDefaults();
  EXPECT_EQ(config.learners.icl.kernel, "auto");
  EXPECT_TRUE(useFusedIclKernel("auto", torch::kCPU));
  EXPECT_FALSE(useFusedIclKernel("torch", torch::kCPU));
  EXPECT_TRUE(useFusedIclKernel("fused", torch::kCPU));
  EXPECT_FALSE(useFusedIclKernel("auto", torch::Device(torch::kCUDA)));
  config.learners.icl.kernel = "fast";
  const Status status = config.validate();
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().find("learners.icl.kernel"), std::string::npos) << status.error();
}

TEST_F(IclFused, trainingLearnsLikeTheTorchKernel) {
  RunConfig config;
  config.task.length = 12;
  config.train.batchSize = 16;
  config.learners.icl.depth = 2;
  config.resolveDefaults();
  std::vector<std::vector<double>> losses;
  for (const char* kernel : {"torch", "fused"}) {
    config.learners.icl.kernel = kernel;
    torch::manual_seed(13);
    const auto learner = makeLearner(LearnerKind::Icl, config, torch::kCPU);
    torch::optim::Adam optimizer(learner->module().parameters(), torch::optim::AdamOptions(1e-2));
    TaskSampler sampler(config.task, 14);
    std::vector<double> run;
    for (int step = 0; step < 40; ++step) {
      const Episode batch = sampler.sample(TaskFamily::Mix, config.train.batchSize,
                                           config.task.length, TaskSplit::Train);
      const torch::Tensor loss =
          episodeLoss(learner->forwardPrefixes(batch.x, batch.targets, 0), batch.targets,
                      static_cast<double>(config.task.length));
      run.push_back(loss.item<double>());
      optimizer.zero_grad();
      loss.backward();
      optimizer.step();
    }
    losses.push_back(run);
  }
  // Same weights, same batch: the first losses differ by float32 rounding only (a mean of
  // log-softmaxes, each at most twice as sensitive as the logits).
  const Case shape{config.train.batchSize, config.task.length, 0, config.learners.icl.depth};
  EXPECT_LE(std::abs(losses[0][0] - losses[1][0]),
            2.0 * forwardTolerance(shape, 1.0 + std::abs(losses[0][0])));
  for (int step = 0; step < 5; ++step) {
    EXPECT_LT(std::abs(losses[0][step] - losses[1][step]), 1e-3)
        << "step " << step << ": " << losses[0][step] << " vs " << losses[1][step];
  }
  for (const auto& run : losses) {
    double early = 0.0;
    double late = 0.0;
    for (int step = 0; step < 10; ++step) {
      early += run[step];
      late += run[run.size() - 1 - step];
    }
    EXPECT_LT(late, early - 0.1) << early << " -> " << late;
  }
}
