// Learners (#2, design.md §3): parameter counts, the padded ICL pass against the loop, prefix
// outputs against whole-support queries, gradients, loss by hand, checkpoint round trip.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <cfloat>
#include <cmath>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "core/models/checkpoint.h"
#include "core/models/icl_transformer.h"
#include "core/models/learner_factory.h"
#include "core/tasks/task_sampler.h"
#include "core/training/loss.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/temp_dir.h"

using namespace icl::core;
using icl::test::hasText;
using icl::test::TempDir;

namespace {
RunConfig paperConfig() {
  RunConfig config;
  config.learners.icl.depth = 8;
  config.task.length = 12;
  config.resolveDefaults();
  return config;
}

Episode smallEpisode(const RunConfig& config, int64_t tasks, uint64_t seed = 0) {
  TaskSampler sampler(config.task, seed);
  return sampler.sample(TaskFamily::Mix, tasks, config.task.length, TaskSplit::Train);
}

double maxAbs(const torch::Tensor& t) { return t.abs().max().item<double>(); }

// A float32 log-softmax over 4 logits of size <= 2, then a mean of a few terms: each of the
// ~8 rounded steps adds at most an ulp of a value <= 2.
constexpr double kLossTolerance = 8 * 2 * FLT_EPSILON;
}  // namespace

// Seeded before every test.
class Learners : public ::testing::Test {
 protected:
  void SetUp() override { torch::manual_seed(0); }
};

TEST_F(Learners, parameterCountsMatchThePaper) {
  const RunConfig config = paperConfig();
  EXPECT_EQ(makeLearner(LearnerKind::Icl, config, torch::kCPU)->parameterCount(), 3432);
  EXPECT_EQ(makeLearner(LearnerKind::MatchNet, config, torch::kCPU)->parameterCount(), 12);
  EXPECT_EQ(makeLearner(LearnerKind::ProtoNet, config, torch::kCPU)->parameterCount(), 12);
  EXPECT_EQ(makeLearner(LearnerKind::Cnp, config, torch::kCPU)->parameterCount(), 250);
}

TEST_F(Learners, iclParameterNamesAreTheCheckpointFormat) {
  const auto learner = makeLearner(LearnerKind::Icl, paperConfig(), torch::kCPU);
  const auto named = learner->module().named_parameters();
  EXPECT_TRUE(named.contains("layers.0.attn.to_q.weight"));
  EXPECT_TRUE(named.contains("layers.7.ff2.bias"));
  EXPECT_TRUE(named.contains("readout.weight"));
  EXPECT_FALSE(named.contains("readout.bias"));
}

TEST_F(Learners, paddedIclPassEqualsTheLoop) {
  RunConfig config = paperConfig();
  const Episode e = smallEpisode(config, 5);
  IclTransformerOptions options;
  options.depth = 8;
  IclTransformer model(options);
  torch::NoGradGuard noGrad;
  for (int64_t start : {0, 2}) {
    model->setPrefixChunk(1);
    const torch::Tensor loop = model->forwardPrefixes(e.x, e.targets, start);
    for (int64_t chunk : {3, 12}) {
      SCOPED_TRACE("start " + std::to_string(start) + ", chunk " + std::to_string(chunk));
      model->setPrefixChunk(chunk);
      const torch::Tensor padded = model->forwardPrefixes(e.x, e.targets, start);
      ASSERT_EQ(padded.sizes().vec(), loop.sizes().vec());
      EXPECT_LT(maxAbs(padded - loop), 1e-5);
    }
  }
}

TEST_F(Learners, paddedIclGradientsEqualTheLoop) {
  const RunConfig config = paperConfig();
  const Episode e = smallEpisode(config, 3);
  IclTransformerOptions options;
  options.depth = 2;
  IclTransformer model(options);
  std::vector<torch::Tensor> gradients;
  for (int64_t chunk : {1, 12}) {
    model->zero_grad();
    model->setPrefixChunk(chunk);
    episodeLoss(model->forwardPrefixes(e.x, e.targets, 0), e.targets, 12.0).backward();
    std::vector<torch::Tensor> flat;
    for (const auto& parameter : model->parameters()) {
      flat.push_back(parameter.grad().flatten().clone());
    }
    gradients.push_back(torch::cat(flat));
  }
  ASSERT_EQ(gradients[0].sizes(), gradients[1].sizes());
  EXPECT_LT(maxAbs(gradients[0] - gradients[1]), 1e-5);
}

TEST_F(Learners, prefixOutputsEqualQueriesOnTheSameSupport) {
  const RunConfig config = paperConfig();
  const Episode e = smallEpisode(config, 4);
  torch::NoGradGuard noGrad;
  for (LearnerKind kind : allLearners()) {
    const auto learner = makeLearner(kind, config, torch::kCPU);
    const torch::Tensor prefixes = learner->forwardPrefixes(e.x, e.targets, 0);
    for (int64_t i : {0, 1, 7}) {
      SCOPED_TRACE(learnerName(kind) + " at " + std::to_string(i));
      const torch::Tensor query = learner->forwardQueries(
          e.x.narrow(1, 0, i), e.targets.narrow(1, 0, i), e.x.narrow(1, i, 1));
      EXPECT_LT(maxAbs(query.squeeze(1) - prefixes.select(1, i)), 1e-5);
    }
  }
}

TEST_F(Learners, outputShapesAndEveryParameterGetsAGradient) {
  const RunConfig config = paperConfig();
  const Episode e = smallEpisode(config, 6);
  for (LearnerKind kind : allLearners()) {
    SCOPED_TRACE(learnerName(kind));
    const auto learner = makeLearner(kind, config, torch::kCPU);
    const torch::Tensor outputs = learner->forwardPrefixes(e.x, e.targets, 2);
    ASSERT_EQ(outputs.sizes().vec(), (std::vector<int64_t>{6, 10, 4}));
    episodeLoss(outputs, e.targets.narrow(1, 2, 10), 10.0).backward();
    for (const auto& parameter : learner->module().named_parameters()) {
      const torch::Tensor& grad = parameter.value().grad();
      EXPECT_TRUE(grad.defined() && grad.abs().sum().item<double>() > 0.0) << parameter.key();
    }
  }
}

// With no example yet, a metric learner has nothing to compare with: every class gets the same
// score (MatchNet: no similarities; ProtoNet: every prototype is 0), hence 1/C each, and the
// padding slots get nothing.
TEST_F(Learners, metricLearnersWithoutExamplesAreUndecided) {
  const RunConfig config = paperConfig();
  const Episode e = smallEpisode(config, 2);
  const double classes = static_cast<double>(config.task.classes);
  for (LearnerKind kind : {LearnerKind::MatchNet, LearnerKind::ProtoNet}) {
    SCOPED_TRACE(learnerName(kind));
    const auto learner = makeLearner(kind, config, torch::kCPU);
    ASSERT_TRUE(learner->outputsProbabilities());
    const torch::Tensor first = learner->forwardPrefixes(e.x, e.targets, 0).select(1, 0);
    // Equal scores: only the softmax's own rounding (a few float32 ulp) is left.
    EXPECT_LE(maxAbs(first.narrow(-1, 0, 2) - 1.0 / classes), 4 * FLT_EPSILON);
    EXPECT_LE(maxAbs(first.narrow(-1, 2, 2)), 4 * FLT_EPSILON);  // padding slots
  }
}

TEST_F(Learners, lossMatchesHandComputation) {
  // One task, two positions, C = 2. Logits [2, 0, 0, 0] with target class 0, and
  // [0, 1, 0, 0] with target class 1; divisor 2.
  const torch::Tensor outputs =
      torch::tensor({2.f, 0.f, 0.f, 0.f, 0.f, 1.f, 0.f, 0.f}).view({1, 2, 4});
  const torch::Tensor targets =
      torch::tensor({1.f, 0.f, 0.f, 0.f, 0.f, 1.f, 0.f, 0.f}).view({1, 2, 4});
  const double first = -std::log(std::exp(2.0) / (std::exp(2.0) + 3.0));
  const double second = -std::log(std::exp(1.0) / (std::exp(1.0) + 3.0));
  const double expected = (first + second) / 2.0;
  EXPECT_NEAR(episodeLoss(outputs, targets, 2.0).item<double>(), expected, kLossTolerance);
  // Batch mean: duplicating the task leaves the loss unchanged.
  EXPECT_NEAR(episodeLoss(outputs.repeat({2, 1, 1}), targets.repeat({2, 1, 1}), 2.0).item<double>(),
              expected, kLossTolerance);
}

TEST_F(Learners, doubleSoftmaxBoundsTheMetricLoss) {
  // §3.5: probabilities through a second softmax give a loss in [log(1 + 3/e), ...].
  const torch::Tensor certain = torch::tensor({1.f, 0.f, 0.f, 0.f}).view({1, 1, 4});
  const double expected = std::log(1.0 + 3.0 / std::exp(1.0));
  EXPECT_NEAR(episodeLoss(certain, certain, 1.0).item<double>(), expected, kLossTolerance);
}

TEST_F(Learners, lossFallsOnAFixedBatch) {
  const RunConfig config = paperConfig();
  const Episode e = smallEpisode(config, 16, 3);
  for (LearnerKind kind : allLearners()) {
    const auto learner = makeLearner(kind, config, torch::kCPU);
    torch::optim::Adam optimizer(learner->module().parameters(), torch::optim::AdamOptions(1e-2));
    double first = 0.0;
    double last = 0.0;
    for (int step = 0; step < 30; ++step) {
      const torch::Tensor loss =
          episodeLoss(learner->forwardPrefixes(e.x, e.targets, 0), e.targets, 12.0);
      (step == 0 ? first : last) = loss.item<double>();
      optimizer.zero_grad();
      loss.backward();
      optimizer.step();
    }
    EXPECT_LT(last, first) << learnerName(kind);
  }
}

TEST_F(Learners, checkpointRoundTripGivesIdenticalOutputs) {
  TempDir temp;
  const RunConfig config = paperConfig();
  const Episode e = smallEpisode(config, 3);
  for (LearnerKind kind : allLearners()) {
    SCOPED_TRACE(learnerName(kind));
    const auto path = temp / (learnerName(kind) + ".pt");
    torch::manual_seed(1);
    const auto saved = makeLearner(kind, config, torch::kCPU);
    ASSERT_TRUE(saveCheckpoint(*saved, path).ok());
    torch::manual_seed(2);
    const auto loaded = makeLearner(kind, config, torch::kCPU);
    ASSERT_TRUE(loadCheckpoint(*loaded, path).ok());
    torch::NoGradGuard noGrad;
    EXPECT_TRUE(torch::equal(saved->forwardPrefixes(e.x, e.targets, 0),
                             loaded->forwardPrefixes(e.x, e.targets, 0)));
  }
}

TEST_F(Learners, corruptOrMismatchedCheckpointIsAnError) {
  TempDir temp;
  const auto path = temp / "bad.pt";
  std::ofstream(path) << "not a checkpoint";
  const auto learner = makeLearner(LearnerKind::Icl, paperConfig(), torch::kCPU);
  const Status corrupt = loadCheckpoint(*learner, path);
  ASSERT_FALSE(corrupt.ok());
  EXPECT_TRUE(hasText(corrupt.error(), "is corrupt (not a LibTorch archive: "));
  const auto cnpPath = temp / "cnp.pt";
  ASSERT_TRUE(
      saveCheckpoint(*makeLearner(LearnerKind::Cnp, paperConfig(), torch::kCPU), cnpPath).ok());
  EXPECT_FALSE(loadCheckpoint(*learner, cnpPath).ok());
  EXPECT_FALSE(loadCheckpoint(*learner, "/nonexistent/icl.pt").ok());
}

// Found by tests/fuzz/fuzz_checkpoint: archives that crashed LibTorch's TorchScript compiler
// (damaged code) or its unpickler (damaged data.pkl with a fixed-up CRC: a bad free), or
// leaked its zip reader (constructor checks), are refused before LibTorch reads them, with
// an error naming the file; under ASan a leak would fail this test.
TEST_F(Learners, damagedArchivesFromTheFuzzerAreNamedErrors) {
  const auto learner = makeLearner(LearnerKind::Icl, paperConfig(), torch::kCPU);
  const std::filesystem::path corpus =
      std::filesystem::path(ICL_SOURCE_DIR) / "tests/fuzz/corpus/fuzz_checkpoint";
  const std::pair<const char*, const char*> cases[] = {
      {"crash-damaged-code.pt", "is corrupt (not a LibTorch archive: record"},
      {"damaged-code-valid-crc.pt", "code/__torch__.py differs from this learner's"},
      {"crash-data-pkl-bad-free.pt", "is corrupt or does not match this learner's config"},
      {"leak-constructor-throws.pt", "is corrupt (not a LibTorch archive: "},
      {"leak-version-marked-folder.pt", "is marked as a folder"},
      {"text.pt", "too short to be a zip archive"},
      {"valid.pt", "does not match this learner's config"},  // another module's checkpoint
  };
  for (const auto& [name, expected] : cases) {
    SCOPED_TRACE(name);
    const Status status = loadCheckpoint(*learner, corpus / name);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(hasText(status.error(), name));
    EXPECT_TRUE(hasText(status.error(), expected));
  }
}
