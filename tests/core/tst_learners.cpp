// Learners (#2, design.md §3): parameter counts, the padded ICL pass against the loop, prefix
// outputs against whole-support queries, gradients, loss by hand, checkpoint round trip; the
// metric embedding's initialisation and MatchNet's output against spec §3.2 (#12).
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "core/config/run_config.h"
#include "core/models/checkpoint.h"
#include "core/models/icl_transformer.h"
#include "core/models/learner_factory.h"
#include "core/models/match_net.h"
#include "core/tasks/task_sampler.h"
#include "core/training/loss.h"
#include "tests/core/support/checkpoint_fixture.h"
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

// #13: LibTorch 2.x adds "byteorder" and a per-save ".data/serialization_id" to every archive,
// which 1.13 neither writes nor expects. A checkpoint saved by either version loads with this
// one, every weight exact (fixtures written by tests/core/make_checkpoint_fixture.cpp).
TEST_F(Learners, checkpointsOfLibTorch113And26LoadWithEither) {
  const std::filesystem::path data = std::filesystem::path(ICL_SOURCE_DIR) / "tests/core/data";
  for (const char* name : {"icl-depth8-libtorch-1.13.pt", "icl-depth8-libtorch-2.6.pt"}) {
    SCOPED_TRACE(name);
    const auto learner =
        makeLearner(LearnerKind::Icl, icl::test::checkpointFixtureConfig(), torch::kCPU);
    const Status loaded = loadCheckpoint(*learner, data / name);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    int64_t index = 0;
    for (const torch::Tensor& parameter : learner->module().parameters()) {
      EXPECT_TRUE(torch::equal(parameter, icl::test::checkpointFixtureValues(index, parameter)))
          << "parameter " << index;
      ++index;
    }
    EXPECT_EQ(index, 7 * 8 + 1);  // per layer q, k, v, ff1 (2), ff2 (2); the readout
  }
}

namespace {
// Every parameter of the metric learners' embeddings over many initialisations.
struct EmbeddingDraws {
  std::vector<double> weights;
  std::vector<double> biases;
};

EmbeddingDraws drawEmbeddingParameters(LearnerKind kind, const RunConfig& config, int seeds) {
  EmbeddingDraws draws;
  for (int seed = 0; seed < seeds; ++seed) {
    torch::manual_seed(seed);
    const auto learner = makeLearner(kind, config, torch::kCPU);
    for (const auto& parameter : learner->module().named_parameters()) {
      const torch::Tensor values = parameter.value().detach().to(torch::kDouble).flatten();
      const bool isBias = parameter.key().find("bias") != std::string::npos;
      std::vector<double>& into = isBias ? draws.biases : draws.weights;
      for (int64_t i = 0; i < values.numel(); ++i) {
        into.push_back(values[i].item<double>());
      }
    }
  }
  return draws;
}

// Checks that @p values look like i.i.d. draws of U(-bound, bound): none outside, the largest
// close to the bound, mean 0 and variance bound^2 / 3 within 5 standard errors.
void expectUniformWithin(const std::vector<double>& values, double bound) {
  ASSERT_GT(values.size(), 1000U);
  const auto n = static_cast<double>(values.size());
  double sum = 0.0;
  double largest = 0.0;
  for (double v : values) {
    sum += v;
    largest = std::max(largest, std::abs(v));
  }
  const double mean = sum / n;
  double squares = 0.0;
  for (double v : values) {
    squares += (v - mean) * (v - mean);
  }
  const double variance = squares / (n - 1.0);
  // float32 draws of from + (to - from) * u may round onto the bound itself.
  EXPECT_LE(largest, bound * (1.0 + FLT_EPSILON));
  // P(all n draws below 0.99 bound) = 0.99^n < 1e-17 for n > 4000.
  EXPECT_GE(largest, 0.99 * bound);
  // U(-a, a): sd a / sqrt(3); the sample variance's standard error is
  // sqrt((mu4 - sigma^4) / n) = a^2 sqrt(1/5 - 1/9) / sqrt(n).
  const double a2 = bound * bound;
  EXPECT_NEAR(mean, 0.0, 5.0 * bound / std::sqrt(3.0 * n));
  EXPECT_NEAR(variance, a2 / 3.0, 5.0 * a2 * std::sqrt(1.0 / 5.0 - 1.0 / 9.0) / std::sqrt(n));
}
}  // namespace

// Spec §3.2 / §3.3: upstream builds the embedding with PyTorch's nn.Linear defaults, weights AND
// biases U(-1/sqrt(fan_in), 1/sqrt(fan_in)). MatchNet's seed-dependent stall (a hidden
// LeakyReLU unit that dies early, #12) is only upstream's own if our start is drawn the same way.
TEST_F(Learners, metricEmbeddingStartsAtPyTorchDefaults) {
  const RunConfig config = paperConfig();
  const double bound = 1.0 / std::sqrt(static_cast<double>(config.task.d));  // fan_in = d
  for (LearnerKind kind : {LearnerKind::MatchNet, LearnerKind::ProtoNet}) {
    SCOPED_TRACE(learnerName(kind));
    const EmbeddingDraws draws = drawEmbeddingParameters(kind, config, 1000);
    ASSERT_EQ(draws.weights.size(), 8000U);  // 2 layers x d x d per learner
    ASSERT_EQ(draws.biases.size(), 4000U);
    {
      SCOPED_TRACE("weights");
      expectUniformWithin(draws.weights, bound);
    }
    {
      SCOPED_TRACE("biases");
      expectUniformWithin(draws.biases, bound);
    }
  }
}

namespace {
// Spec §3.2 written out in doubles: f(x) = W2 LeakyReLU(W1 x + b1) + b2; s_j = <f(q), f(x_j)>
// (cosine: of the unit vectors); score_k = sum_j s_j y_jk; softmax over [score, -9999, -9999].
struct HandMatchNet {
  double w1[2][2], b1[2], w2[2][2], b2[2];
  double slope = 0.01;
  bool cosine = false;

  std::array<double, 2> embed(const std::array<double, 2>& x) const {
    std::array<double, 2> hidden{};
    std::array<double, 2> out{};
    for (int r = 0; r < 2; ++r) {
      const double pre = w1[r][0] * x[0] + w1[r][1] * x[1] + b1[r];
      hidden[r] = pre > 0.0 ? pre : slope * pre;
    }
    for (int r = 0; r < 2; ++r) {
      out[r] = w2[r][0] * hidden[0] + w2[r][1] * hidden[1] + b2[r];
    }
    if (cosine) {
      const double norm = std::hypot(out[0], out[1]);
      out = {out[0] / norm, out[1] / norm};
    }
    return out;
  }

  // Class scores (before the softmax) of query q given the support.
  std::array<double, 2> scores(const std::vector<std::array<double, 2>>& support,
                               const std::vector<int>& labels,
                               const std::array<double, 2>& q) const {
    const auto fq = embed(q);
    std::array<double, 2> score{0.0, 0.0};
    for (std::size_t j = 0; j < support.size(); ++j) {
      const auto fx = embed(support[j]);
      score[labels[j]] += fq[0] * fx[0] + fq[1] * fx[1];
    }
    return score;
  }
};

// Scores are asserted below kScoreBound; each comes from < 32 float32 roundings of values below
// it, so its error is < 32 kScoreBound eps; p0 = sigmoid(s0 - s1) moves by at most 1/4 of the
// difference's error (and the -9999 slots contribute exactly 0).
constexpr double kScoreBound = 8.0;
constexpr double kMatchNetTolerance = 0.25 * 2.0 * 32.0 * kScoreBound * FLT_EPSILON;

double probabilityOfClass0(const std::array<double, 2>& score) {
  return 1.0 / (1.0 + std::exp(score[1] - score[0]));
}
}  // namespace

TEST_F(Learners, matchNetOutputMatchesTheSpecByHand) {
  HandMatchNet hand{{{0.5, -1.0}, {1.5, 0.25}}, {0.1, -0.2}, {{1.0, 0.5}, {-0.5, 0.8}},
                    {0.3, -0.1}};
  // The second support example and the second query drive both hidden units negative.
  const std::vector<std::array<double, 2>> support{{1.0, 0.5}, {-1.5, 0.8}, {0.3, -1.2}};
  const std::vector<int> labels{0, 1, 0};
  const std::vector<std::array<double, 2>> queries{{0.7, -0.4}, {-1.0, -1.0}};

  const auto toTensor = [](const std::vector<std::array<double, 2>>& points) {
    std::vector<float> flat;
    for (const auto& p : points) {
      flat.push_back(static_cast<float>(p[0]));
      flat.push_back(static_cast<float>(p[1]));
    }
    return torch::tensor(flat).view({1, static_cast<int64_t>(points.size()), 2});
  };
  std::vector<float> oneHot;
  for (int label : labels) {
    for (int k = 0; k < 4; ++k) {
      oneHot.push_back(k == label ? 1.f : 0.f);
    }
  }
  const torch::Tensor supportTargets =
      torch::tensor(oneHot).view({1, static_cast<int64_t>(labels.size()), 4});

  for (Similarity similarity : {Similarity::Dot, Similarity::Cosine}) {
    hand.cosine = similarity == Similarity::Cosine;
    SCOPED_TRACE(hand.cosine ? "cosine" : "dot");
    MatchNet model(2, similarity);
    {
      torch::NoGradGuard noGrad;
      auto parameters = model->named_parameters();
      const auto set = [&](const std::string& name, std::vector<float> values,
                           std::vector<int64_t> shape) {
        parameters[name].copy_(torch::tensor(values).view(shape));
      };
      set("embed.0.weight", {0.5f, -1.0f, 1.5f, 0.25f}, {2, 2});
      set("embed.0.bias", {0.1f, -0.2f}, {2});
      set("embed.2.weight", {1.0f, 0.5f, -0.5f, 0.8f}, {2, 2});
      set("embed.2.bias", {0.3f, -0.1f}, {2});
    }
    torch::NoGradGuard noGrad;
    const torch::Tensor output =
        model->forwardQueries(toTensor(support), supportTargets, toTensor(queries));
    ASSERT_EQ(output.sizes().vec(), (std::vector<int64_t>{1, 2, 4}));
    for (std::size_t q = 0; q < queries.size(); ++q) {
      SCOPED_TRACE("query " + std::to_string(q));
      const auto score = hand.scores(support, labels, queries[q]);
      ASSERT_LT(std::max(std::abs(score[0]), std::abs(score[1])), kScoreBound);
      const double p0 = probabilityOfClass0(score);
      const auto row = output[0][static_cast<int64_t>(q)];
      EXPECT_NEAR(row[0].item<double>(), p0, kMatchNetTolerance);
      EXPECT_NEAR(row[1].item<double>(), 1.0 - p0, kMatchNetTolerance);
      EXPECT_EQ(row[2].item<double>(), 0.0);  // exp(-9999 - score) underflows to 0
      EXPECT_EQ(row[3].item<double>(), 0.0);
    }
    // The test can see the LeakyReLU's negative side: with slope 0 (a plain ReLU) some
    // probability moves by far more than the tolerance.
    HandMatchNet relu = hand;
    relu.slope = 0.0;
    double largestShift = 0.0;
    for (const auto& query : queries) {
      largestShift = std::max(largestShift,
                              std::abs(probabilityOfClass0(hand.scores(support, labels, query)) -
                                       probabilityOfClass0(relu.scores(support, labels, query))));
    }
    EXPECT_GT(largestShift, 20.0 * kMatchNetTolerance);
  }
}
