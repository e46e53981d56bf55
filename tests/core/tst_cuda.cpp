// The CUDA path (#13 item 3). ctest runs this file twice:
//   tst_cuda               ICL_TEST_DEVICE=cuda, label "cuda": every test is SKIPPED, with the
//                          reason, where LibTorch sees no CUDA device;
//   tst_cuda_logic_on_cpu  ICL_TEST_DEVICE=cpu, label "core": the same bodies on the CPU, so
//                          their logic and tolerances are proven on a machine without a GPU.
// Each learner trains a few steps on the device; float32 on the device agrees with a float64
// CPU reference (and so with float32 on the CPU) within a tolerance from float error analysis;
// the padded all-prefix pass agrees with the loop on the device; whole runs of both trainers
// complete there.
#include <ATen/Context.h>
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/models/gpt_regression.h"
#include "core/models/icl_transformer.h"
#include "core/models/learner_factory.h"
#include "core/tasks/task_sampler.h"
#include "core/training/device.h"
#include "core/training/loss.h"
#include "core/training/trainer.h"
#include "tests/core/support/temp_dir.h"
#include "tests/core/tiny_config.h"

using namespace icl::core;

namespace {

/// "cuda" unless ICL_TEST_DEVICE says otherwise.
std::string deviceName() {
  const char* name = std::getenv("ICL_TEST_DEVICE");
  return name == nullptr ? std::string("cuda") : std::string(name);
}

// Float error analysis (Higham, "Accuracy and Stability of Numerical Algorithms", §3): a sum
// or dot product of k terms evaluated in float32 has relative error at most k * u, u =
// FLT_EPSILON / 2, of the sum of magnitudes. Along the ICL transformer's longest chain of
// rounded operations, one layer accumulates: q/k/v projections (width w = 6), the softmax over
// the N positions of a prefix (exp and its sum: N), the kappa-weighted value sum (N), the
// feature sum (w), the FF (w, then 4w); 2N + 6w + 4w + 2 terms with the residual adds. The
// layers compose (depth), the loss adds a log-softmax and a mean over the positions.
// kConditioning bounds how much a layer and the loss magnify a relative error made before
// them (default-initialised weights, |W| < 1/sqrt(fan_in), no LayerNorm: layer Jacobians of
// norm ~1-2); it is not fitted to a run. Two float32 evaluations (CPU and GPU) each within
// this of exact are within twice it of each other.
constexpr double kConditioning = 16.0;
double relativeTolerance(int64_t depth, int64_t chainPerLayer) {
  return kConditioning * static_cast<double>(depth * chainPerLayer) * (FLT_EPSILON / 2.0);
}
int64_t iclChain(int64_t length, int64_t width) { return 2 * length + 10 * width + 2; }

/// A small paper-shaped config: depth 8, width 6 (d = 2, C = 2), N = 12.
RunConfig smallConfig() {
  RunConfig config;
  config.learners.icl.depth = 8;
  config.task.length = 12;
  config.resolveDefaults();
  return config;
}

/// Learner depth for the tolerance: the ICL layers; the metric learners and the CNP are one
/// embedding or a two-layer MLP deep.
int64_t depthOf(LearnerKind kind, const RunConfig& config) {
  return kind == LearnerKind::Icl ? config.learners.icl.depth : 2;
}

double l2(const torch::Tensor& t) { return t.to(torch::kFloat64).norm().item<double>(); }

torch::Tensor flatGradients(torch::nn::Module& module) {
  std::vector<torch::Tensor> flat;
  for (const auto& parameter : module.parameters()) {
    flat.push_back(parameter.grad().flatten().to(torch::kCPU, torch::kFloat64));
  }
  return torch::cat(flat);
}

torch::Tensor flatParameters(torch::nn::Module& module) {
  std::vector<torch::Tensor> flat;
  for (const auto& parameter : module.parameters()) {
    flat.push_back(parameter.detach().flatten().to(torch::kCPU, torch::kFloat64));
  }
  return torch::cat(flat);
}

struct LossAndGradients {
  double loss = 0.0;
  torch::Tensor gradients;  // CPU float64
};

/// The loss of @p learner on @p e (moved to the learner's device and dtype) and its gradients.
LossAndGradients lossAndGradients(Learner& learner, const Episode& e, torch::Device device,
                                  torch::ScalarType dtype) {
  const torch::Tensor x = e.x.to(device, dtype);
  const torch::Tensor targets = e.targets.to(device, dtype);
  learner.module().zero_grad();
  const torch::Tensor loss =
      episodeLoss(learner.forwardPrefixes(x, targets, 0), targets, static_cast<double>(e.length()));
  loss.backward();
  return {loss.item<double>(), flatGradients(learner.module())};
}

}  // namespace

/// Runs on ICL_TEST_DEVICE's device, or skips naming why that device is not there.
class OnDevice : public ::testing::Test {
 protected:
  void SetUp() override {
    const Result<torch::Device> device = resolveDevice(deviceName());
    if (!device.ok()) {
      GTEST_SKIP() << "no CUDA device for the cuda tests: " << device.error();
    }
    device_ = device.value();
    // cuBLAS may use TF32 (10-bit mantissa) for float32 matmuls when allowed; the tolerances
    // below are for float32. (LibTorch's default is off; this keeps it off.)
    at::globalContext().setAllowTF32CuBLAS(false);
    torch::manual_seed(0);
  }
  torch::Device device_{torch::kCPU};
};

TEST_F(OnDevice, iclLearnerUsesThePaddedPassAndTheTorchKernelOnAGpu) {
  // Item 6: on CUDA, prefix_chunk 0 means one padded pass over all N prefixes, and the fused
  // kernel (CPU float32 only) is not used; on the CPU, smaller chunks and the fused kernel.
  if (device_.is_cuda()) {
    EXPECT_EQ(defaultPrefixChunk(device_, 50), 50);
    EXPECT_FALSE(useFusedIclKernel("auto", device_));
  } else {
    EXPECT_LT(defaultPrefixChunk(device_, 50), 50);  // chunks (10 when written), not one pass
    EXPECT_TRUE(useFusedIclKernel("auto", device_));
  }
}

TEST_F(OnDevice, everyLearnerTrainsAFewStepsWithFiniteFallingLoss) {
  const RunConfig config = smallConfig();
  TaskSampler sampler(config.task, 3);
  const Episode e =
      sampler.sample(TaskFamily::Mix, 16, config.task.length, TaskSplit::Train).to(device_);
  for (LearnerKind kind : allLearners()) {
    SCOPED_TRACE(learnerName(kind));
    torch::manual_seed(0);
    const auto learner = makeLearner(kind, config, device_);
    for (const auto& parameter : learner->module().parameters()) {
      ASSERT_EQ(parameter.device(), device_);
    }
    torch::optim::Adam optimizer(learner->module().parameters(), torch::optim::AdamOptions(1e-2));
    std::vector<double> losses;
    for (int step = 0; step < 30; ++step) {
      const torch::Tensor loss =
          episodeLoss(learner->forwardPrefixes(e.x, e.targets, 0), e.targets, 12.0);
      ASSERT_EQ(loss.device(), device_);
      losses.push_back(loss.item<double>());
      ASSERT_TRUE(std::isfinite(losses.back())) << "step " << step;
      optimizer.zero_grad();
      loss.backward();
      optimizer.step();
    }
    EXPECT_LT(losses.back(), losses.front());
  }
}

TEST_F(OnDevice, gptRegressionTrainsAFewStepsWithFiniteFallingLoss) {
  GptRegression model(GptRegressionOptions{3, 6, 16, 2, 2});
  model->to(device_);
  const torch::Tensor xs = torch::randn({8, 6, 3}).to(device_);
  const torch::Tensor ys = torch::randn({8, 6}).to(device_);
  torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(1e-3));
  std::vector<double> losses;
  for (int step = 0; step < 30; ++step) {
    const torch::Tensor loss = regressionLoss(model->forward(xs, ys), ys);
    losses.push_back(loss.item<double>());
    ASSERT_TRUE(std::isfinite(losses.back())) << "step " << step;
    optimizer.zero_grad();
    loss.backward();
    optimizer.step();
  }
  EXPECT_LT(losses.back(), losses.front());
}

TEST_F(OnDevice, float32LossAndGradientsAgreeWithTheFloat64Reference) {
  // The same weights and batch: float64 on the CPU (the reference, ~exact at these sizes),
  // float32 on the CPU and float32 on the device.
  const RunConfig config = smallConfig();
  TaskSampler sampler(config.task, 5);
  const Episode e = sampler.sample(TaskFamily::Mix, 8, config.task.length, TaskSplit::Train);
  for (LearnerKind kind : allLearners()) {
    SCOPED_TRACE(learnerName(kind));
    torch::manual_seed(1);
    const auto reference = makeLearner(kind, config, torch::kCPU);
    reference->module().to(torch::kFloat64);
    torch::manual_seed(1);
    const auto cpu = makeLearner(kind, config, torch::kCPU);
    torch::manual_seed(1);
    const auto onDevice = makeLearner(kind, config, device_);
    ASSERT_TRUE(torch::equal(flatParameters(cpu->module()), flatParameters(onDevice->module())));
    ASSERT_TRUE(torch::equal(flatParameters(cpu->module()), flatParameters(reference->module())));

    const LossAndGradients exact = lossAndGradients(*reference, e, torch::kCPU, torch::kFloat64);
    const LossAndGradients cpu32 = lossAndGradients(*cpu, e, torch::kCPU, torch::kFloat32);
    const LossAndGradients device32 = lossAndGradients(*onDevice, e, device_, torch::kFloat32);
    const double tol = relativeTolerance(depthOf(kind, config), iclChain(12, 6));
    // Each float32 loss within tol of exact; gradients run the chain twice (forward, back).
    EXPECT_LE(std::abs(device32.loss - exact.loss), tol * std::abs(exact.loss));
    EXPECT_LE(std::abs(cpu32.loss - exact.loss), tol * std::abs(exact.loss));
    EXPECT_LE(std::abs(device32.loss - cpu32.loss), 2 * tol * std::abs(exact.loss));
    const double gradientScale = l2(exact.gradients);
    ASSERT_GT(gradientScale, 0.0);
    // The observed errors against the bound, for the record (docs/results.md).
    std::printf("%s on %s: loss rel. error %.1e (CPU float32 %.1e), gradients %.1e; bound %.1e\n",
                learnerName(kind).c_str(), device_.str().c_str(),
                std::abs(device32.loss - exact.loss) / std::abs(exact.loss),
                std::abs(cpu32.loss - exact.loss) / std::abs(exact.loss),
                l2(device32.gradients - exact.gradients) / gradientScale, tol);
    EXPECT_LE(l2(device32.gradients - exact.gradients), 2 * tol * gradientScale);
    EXPECT_LE(l2(device32.gradients - cpu32.gradients), 4 * tol * gradientScale);
  }
}

TEST_F(OnDevice, gptRegressionLossAgreesWithTheFloat64Reference) {
  // GPT chain per layer: two LayerNorms and the projections (sums over E), the causal softmax
  // and the weighted value sum (over T = 2n tokens), the MLP (E, then 4E): 2T + 7E terms.
  const GptRegressionOptions options{3, 6, 16, 2, 2};
  torch::manual_seed(2);
  GptRegression reference(options);
  reference->to(torch::kFloat64);
  torch::manual_seed(2);
  GptRegression onDevice(options);
  onDevice->to(device_);
  const torch::Tensor xs = torch::randn({8, 6, 3});
  const torch::Tensor ys = torch::randn({8, 6});
  const double exact =
      regressionLoss(reference->forward(xs.to(torch::kFloat64), ys.to(torch::kFloat64)),
                     ys.to(torch::kFloat64))
          .item<double>();
  const double device32 =
      regressionLoss(onDevice->forward(xs.to(device_), ys.to(device_)), ys.to(device_))
          .item<double>();
  const double tol = relativeTolerance(options.layers, 2 * (2 * options.nPositions) + 7 * 16);
  std::printf("gpt on %s: loss rel. error %.1e; bound %.1e\n", device_.str().c_str(),
              std::abs(device32 - exact) / std::abs(exact), tol);
  EXPECT_LE(std::abs(device32 - exact), tol * std::abs(exact));
}

TEST_F(OnDevice, agreementToleranceCatchesASmallDefect) {
  // The tolerance is tight enough to notice a defect: readout weights 2 % off move the ICL
  // loss by more than it allows.
  const RunConfig config = smallConfig();
  TaskSampler sampler(config.task, 5);
  const Episode e = sampler.sample(TaskFamily::Mix, 8, config.task.length, TaskSplit::Train);
  torch::manual_seed(1);
  const auto reference = makeLearner(LearnerKind::Icl, config, torch::kCPU);
  reference->module().to(torch::kFloat64);
  torch::manual_seed(1);
  const auto onDevice = makeLearner(LearnerKind::Icl, config, device_);
  {
    torch::NoGradGuard noGrad;
    onDevice->module().named_parameters()["readout.weight"].mul_(1.02);
  }
  const double exact = lossAndGradients(*reference, e, torch::kCPU, torch::kFloat64).loss;
  const double broken = lossAndGradients(*onDevice, e, device_, torch::kFloat32).loss;
  const double tol = relativeTolerance(config.learners.icl.depth, iclChain(12, 6));
  EXPECT_GT(std::abs(broken - exact), tol * std::abs(exact));
}

TEST_F(OnDevice, paddedAllPrefixPassEqualsTheLoop) {
  // Spec §3.1/§8: one pass over all N prefixes padded to N with a key mask (chunk N) is the
  // loop over prefixes (chunk 1), outputs and gradients, on the device.
  const RunConfig config = smallConfig();
  TaskSampler sampler(config.task, 7);
  const Episode e =
      sampler.sample(TaskFamily::Mix, 6, config.task.length, TaskSplit::Train).to(device_);
  IclTransformerOptions options;
  options.depth = 8;
  IclTransformer model(options);
  model->to(device_);
  std::vector<torch::Tensor> outputs;
  std::vector<torch::Tensor> gradients;
  for (int64_t chunk : {int64_t{1}, config.task.length}) {
    model->zero_grad();
    model->setPrefixChunk(chunk);
    const torch::Tensor out = model->forwardPrefixes(e.x, e.targets, 0);
    ASSERT_EQ(out.device(), device_);
    episodeLoss(out, e.targets, 12.0).backward();
    outputs.push_back(out.detach().to(torch::kCPU, torch::kFloat64));
    gradients.push_back(flatGradients(*model));
  }
  // Both are float32 evaluations of one function: each within tol of exact.
  const double tol = relativeTolerance(options.depth, iclChain(12, 6));
  ASSERT_EQ(outputs[0].sizes(), outputs[1].sizes());
  const double scale = std::max(1.0, outputs[0].abs().max().item<double>());
  std::printf("padded vs loop on %s: outputs %.1e, gradients %.1e (relative); bound %.1e\n",
              device_.str().c_str(), (outputs[1] - outputs[0]).abs().max().item<double>() / scale,
              l2(gradients[1] - gradients[0]) / l2(gradients[0]), tol);
  EXPECT_LE((outputs[1] - outputs[0]).abs().max().item<double>(), 2 * tol * scale);
  EXPECT_LE(l2(gradients[1] - gradients[0]), 4 * tol * l2(gradients[0]));
}

TEST_F(OnDevice, wholeRunsCompleteOnTheDevice) {
  // The trainers' real paths (sampling, every learner, evaluation, checkpoints) on the device.
  for (RunConfig config : {tinyRunConfig(), tinyRegressionConfig()}) {
    SCOPED_TRACE(experimentName(config.experiment));
    config.device = deviceName();
    icl::test::TempDir dir;
    TrainOptions options;
    options.outDir = dir.path() / "run";
    std::vector<double> losses;
    RunControl control;
    const RunResult result = train(
        config, options,
        [&losses](const ProgressBatch& batch) {
          for (const LossRecord& record : batch.losses) {
            losses.push_back(record.loss);
          }
        },
        control);
    ASSERT_EQ(result.status, RunStatus::Completed) << result.message;
    EXPECT_EQ(result.device, device_.str());
    EXPECT_GT(result.stepsDone, 0);
    ASSERT_FALSE(losses.empty());
    for (double loss : losses) {
      EXPECT_TRUE(std::isfinite(loss));
    }
    for (const LearnerOutcome& learner : result.learners) {
      EXPECT_EQ(learner.status, LearnerOutcome::kOk) << learner.learner << ": " << learner.message;
    }
  }
}
