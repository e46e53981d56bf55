// The 2-D playground's engine (#10 item 5): the grid evaluation equals the Predictor point by
// point, the fused and LibTorch ICL paths agree, ICL ignores the order of a whole support,
// "the first k points" is where order matters, and bad runs are refused with a reason.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <cfloat>
#include <cmath>
#include <fstream>
#include <numeric>

#include "core/inference/decision_grid.h"
#include "core/inference/predictor.h"
#include "core/models/icl_transformer.h"
#include "core/training/trainer.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/support/shared_run.h"
#include "tests/core/support/temp_dir.h"
#include "tests/core/tiny_config.h"

namespace fs = std::filesystem;
using namespace icl::core;
using icl::test::hasText;
using icl::test::TempDir;

namespace {

SupportSet handMadeSupport() {
  return {{{-1.f, -1.f}, {1.f, 1.f}, {-1.5f, 0.5f}, {0.8f, 1.6f}, {-0.3f, -2.f}, {2.f, 0.2f}},
          {0, 1, 0, 1, 0, 1}};
}

SupportSet permuted(const SupportSet& support, const std::vector<std::size_t>& order) {
  SupportSet out;
  for (const std::size_t i : order) {
    out.points.push_back(support.points[i]);
    out.labels.push_back(support.labels[i]);
  }
  return out;
}

// Float32 forward error of the ICL stack (as tst_icl_fused.cpp derives it): unit roundoff
// times depth times the longest dot products of a layer (attention over `length` tokens of
// width w, the feed-forward's w and ffHidden terms), times a safety factor of 8 for the
// fused kernel's polynomial exp and erf and for partly cancelling sums, times the output's size.
double iclForwardTolerance(int64_t depth, int64_t width, int64_t length, int64_t ffHidden,
                           double scale) {
  const double unitRoundoff = std::ldexp(1.0, -24);
  return 8.0 * unitRoundoff * static_cast<double>(depth) *
         static_cast<double>(width + length + ffHidden) * scale;
}

struct IclInputs {
  torch::Tensor supportX, supportTargets, queryX;
};

IclInputs iclInputs(const SupportSet& support, const std::vector<float>& points) {
  const auto s = static_cast<int64_t>(support.points.size());
  IclInputs in;
  in.supportX = torch::empty({1, s, 2});
  for (int64_t j = 0; j < s; ++j) {
    in.supportX[0][j][0] = support.points[static_cast<std::size_t>(j)][0];
    in.supportX[0][j][1] = support.points[static_cast<std::size_t>(j)][1];
  }
  in.supportTargets = torch::one_hot(torch::tensor(support.labels, torch::kLong), 4)
                          .to(torch::kFloat)
                          .unsqueeze(0);
  in.queryX = torch::tensor(points).view({1, -1, 2});
  return in;
}

IclTransformer depthFourModel() {
  torch::manual_seed(11);
  IclTransformerOptions options;
  options.depth = 4;
  options.ffHidden = 24;
  IclTransformer model(options);
  model->eval();
  return model;
}

double maxAbs(const torch::Tensor& t) { return t.abs().max().item<double>(); }

}  // namespace

// One tiny run shared by every test of the suite (training takes seconds).
class DecisionGrid : public icl::test::SharedRunSuite<DecisionGrid> {
 public:
  static bool trainRun(const fs::path& dir) {
    RunControl control;
    return icl::test::trainInto(tinyRunConfig(), dir, control).status == RunStatus::Completed;
  }
};

TEST(GridSpecs, cellCentresRowZeroAtTheTop) {
  GridSpec grid;
  grid.xMin = -2.0;
  grid.xMax = 2.0;
  grid.yMin = 0.0;
  grid.yMax = 1.0;
  grid.columns = 4;
  grid.rows = 2;
  const std::vector<float> points = gridPoints(grid);
  ASSERT_EQ(points.size(), 16u);
  EXPECT_FLOAT_EQ(points[0], -1.5f);  // cell (0, 0): left, top
  EXPECT_FLOAT_EQ(points[1], 0.75f);
  EXPECT_FLOAT_EQ(points[2 * 7], 1.5f);  // cell (1, 3): right, bottom
  EXPECT_FLOAT_EQ(points[2 * 7 + 1], 0.25f);
  grid.xMax = grid.xMin;
  EXPECT_TRUE(hasText(grid.validate(), "expected min < max"));
}

// Every learner's grid equals Predictor::predictProbabilities' class-0 column on the same
// points: the grid is one batched call, the Predictor chunks of 1024; both run the same model
// on the same numbers, so they differ at most by float32 rounding of a reordered batch
// (a few ulp of a probability in [0, 1]).
TEST_F(DecisionGrid, gridMatchesThePredictorPointByPoint) {
  const auto models = PlaygroundModels::open(runDir_, "final");
  ASSERT_TRUE(models.ok()) << models.error();
  GridSpec grid;
  grid.rows = 37;  // more than one Predictor chunk, not a multiple of the SIMD lanes
  grid.columns = 41;
  const std::vector<float> points = gridPoints(grid);
  std::vector<std::vector<float>> rows;
  for (std::size_t i = 0; i < points.size(); i += 2) {
    rows.push_back({points[i], points[i + 1]});
  }
  const SupportSet support = handMadeSupport();
  for (const LearnerKind kind : allLearners()) {
    SCOPED_TRACE(learnerName(kind));
    const PanelGrid panel = models.value().evaluate(kind, support, points);
    ASSERT_TRUE(panel.available) << panel.message;
    ASSERT_EQ(panel.classZero.size(), rows.size());
    const auto predictor = Predictor::fromRun(runDir_, kind, "final");
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    const auto expected = predictor.value().predictProbabilities(support, rows);
    ASSERT_TRUE(expected.ok()) << expected.error();
    for (std::size_t q = 0; q < rows.size(); ++q) {
      ASSERT_NEAR(panel.classZero[q], expected.value()[q][0], 16 * FLT_EPSILON)
          << "point (" << rows[q][0] << ", " << rows[q][1] << ")";
    }
  }
}

// forwardQueries through the fused kernel and through LibTorch both stay within the float32
// bound of the same model evaluated in float64 (so neither is the other's reference).
TEST(IclQueries, fusedAndTorchPathsAgreeWithFloat64) {
  IclTransformer model = depthFourModel();
  IclTransformer exact = depthFourModel();
  exact->to(torch::kDouble);
  const SupportSet support = handMadeSupport();
  GridSpec grid;
  grid.rows = 9;
  grid.columns = 11;
  const IclInputs in = iclInputs(support, gridPoints(grid));
  torch::NoGradGuard noGrad;
  exact->setFusedKernel(false);
  const torch::Tensor reference = exact->forwardQueries(
      in.supportX.to(torch::kDouble), in.supportTargets.to(torch::kDouble),
      in.queryX.to(torch::kDouble));
  model->setFusedKernel(false);
  const torch::Tensor torch32 =
      model->forwardQueries(in.supportX, in.supportTargets, in.queryX).to(torch::kDouble);
  model->setFusedKernel(true);
  const torch::Tensor fused =
      model->forwardQueries(in.supportX, in.supportTargets, in.queryX).to(torch::kDouble);
  ASSERT_EQ(fused.sizes().vec(), reference.sizes().vec());
  const double scale = maxAbs(reference);
  ASSERT_GT(scale, 0.1);
  const double tolerance =
      iclForwardTolerance(4, 6, static_cast<int64_t>(support.points.size()) + 1, 24, scale);
  EXPECT_LE(maxAbs(torch32 - reference), tolerance) << "LibTorch float32 exceeds the bound";
  EXPECT_LE(maxAbs(fused - reference), tolerance) << "fused kernel exceeds the bound";
  // And the fused path really is a different computation (not silently the LibTorch one).
  EXPECT_GT(maxAbs(fused - torch32), 0.0);
}

// The fused path of forwardQueries is forwardPrefixes' last position of [support..., query].
TEST(IclQueries, fusedQueryIsTheLastPrefixOfSupportThenQuery) {
  IclTransformer model = depthFourModel();
  model->setFusedKernel(true);
  const SupportSet support = handMadeSupport();
  const IclInputs in = iclInputs(support, {0.3f, -0.7f});
  torch::NoGradGuard noGrad;
  const torch::Tensor viaQueries = model->forwardQueries(in.supportX, in.supportTargets, in.queryX);
  const torch::Tensor x = torch::cat({in.supportX, in.queryX}, 1);
  const torch::Tensor targets = torch::cat({in.supportTargets, torch::zeros({1, 1, 4})}, 1);
  const torch::Tensor viaPrefixes =
      model->forwardPrefixes(x, targets, static_cast<int64_t>(support.points.size()));
  EXPECT_TRUE(torch::equal(viaQueries, viaPrefixes));
}

// No positional encoding and non-causal attention: permuting a whole support changes only the
// order of the sums over positions, i.e. float rounding. In float64 that is ~1e-15; in float32
// within the forward bound.
TEST(IclQueries, wholeSupportPredictionIgnoresTheOrder) {
  IclTransformer model = depthFourModel();
  IclTransformer exact = depthFourModel();
  exact->to(torch::kDouble);
  exact->setFusedKernel(false);
  model->setFusedKernel(true);
  const SupportSet support = handMadeSupport();
  const SupportSet shuffled = permuted(support, {3, 0, 5, 2, 4, 1});
  GridSpec grid;
  grid.rows = 7;
  grid.columns = 7;
  const std::vector<float> points = gridPoints(grid);
  const IclInputs a = iclInputs(support, points);
  const IclInputs b = iclInputs(shuffled, points);
  torch::NoGradGuard noGrad;
  const torch::Tensor a64 = exact->forwardQueries(a.supportX.to(torch::kDouble),
                                                  a.supportTargets.to(torch::kDouble),
                                                  a.queryX.to(torch::kDouble));
  const torch::Tensor b64 = exact->forwardQueries(b.supportX.to(torch::kDouble),
                                                  b.supportTargets.to(torch::kDouble),
                                                  b.queryX.to(torch::kDouble));
  const double scale = maxAbs(a64);
  EXPECT_LE(maxAbs(a64 - b64), 1e-12 * scale);
  const torch::Tensor a32 = model->forwardQueries(a.supportX, a.supportTargets, a.queryX);
  const torch::Tensor b32 = model->forwardQueries(b.supportX, b.supportTargets, b.queryX);
  EXPECT_LE(maxAbs((a32 - b32).to(torch::kDouble)),
            2.0 * iclForwardTolerance(4, 6, 7, 24, scale));
}

TEST_F(DecisionGrid, wholeSupportOrderDoesNotMatterButTheFirstKDo) {
  const auto models = PlaygroundModels::open(runDir_, "final");
  ASSERT_TRUE(models.ok()) << models.error();
  GridSpec grid;
  grid.rows = 15;
  grid.columns = 15;
  const std::vector<float> points = gridPoints(grid);
  const SupportSet support = handMadeSupport();
  const SupportSet shuffled = permuted(support, {5, 4, 3, 2, 1, 0});
  const PanelGrid a = models.value().evaluate(LearnerKind::Icl, support, points);
  const PanelGrid b = models.value().evaluate(LearnerKind::Icl, shuffled, points);
  ASSERT_TRUE(a.available && b.available);
  double largest = 0.0;
  for (std::size_t i = 0; i < a.classZero.size(); ++i) {
    largest = std::max(largest, std::abs(static_cast<double>(a.classZero[i] - b.classZero[i])));
  }
  // Only the order of the sums over the s + 1 tokens changes: a relative float32 rounding of
  // (s + 1) eps per sum, one attention sum per layer, and a softmax whose derivative is at most
  // 1/4 on probabilities; 16 covers the projections and the feed-forward around each sum.
  const double tokens = static_cast<double>(support.points.size() + 1);
  const double depth = static_cast<double>(tinyRunConfig().learners.icl.depth);
  EXPECT_LE(largest, 16.0 * tokens * depth * FLT_EPSILON);
  // The first two points of each order are different points: different pictures.
  const PanelGrid firstA = models.value().evaluate(LearnerKind::Icl, firstPoints(support, 2), points);
  const PanelGrid firstB =
      models.value().evaluate(LearnerKind::Icl, firstPoints(shuffled, 2), points);
  double change = 0.0;
  for (std::size_t i = 0; i < firstA.classZero.size(); ++i) {
    change = std::max(change,
                      std::abs(static_cast<double>(firstA.classZero[i] - firstB.classZero[i])));
  }
  EXPECT_GT(change, 1e-3);
}

TEST(FirstPoints, keepsTheFirstKInOrder) {
  const SupportSet support = handMadeSupport();
  const SupportSet two = firstPoints(support, 2);
  ASSERT_EQ(two.points.size(), 2u);
  EXPECT_EQ(two.points[1], support.points[1]);
  EXPECT_EQ(two.labels, (std::vector<int64_t>{0, 1}));
  EXPECT_TRUE(firstPoints(support, 0).points.empty());
  EXPECT_EQ(firstPoints(support, -1).points.size(), support.points.size());
  EXPECT_EQ(firstPoints(support, 99).points.size(), support.points.size());
}

TEST(PlaygroundSupport, seededAndValid) {
  const TaskConfig task;
  for (const TaskFamily family : baseFamilies()) {
    SCOPED_TRACE(familyName(family));
    const auto a = samplePlaygroundSupport(task, family, 12, 5);
    const auto b = samplePlaygroundSupport(task, family, 12, 5);
    ASSERT_TRUE(a.ok()) << a.error();
    EXPECT_EQ(a.value().points, b.value().points);
    EXPECT_EQ(a.value().labels, b.value().labels);
    ASSERT_EQ(a.value().points.size(), 12u);
    for (const int64_t label : a.value().labels) {
      EXPECT_TRUE(label == 0 || label == 1);
    }
  }
  EXPECT_TRUE(hasText(samplePlaygroundSupport(task, TaskFamily::Mix, 4, 1).error(), "mix"));
  EXPECT_TRUE(hasText(samplePlaygroundSupport(task, TaskFamily::Sim, 0, 1).error(),
                      "support size 0"));
  EXPECT_EQ(playgroundPresets().size(), 4u);
}

TEST_F(DecisionGrid, aRunOfAnotherDimensionIsRefusedWithTheReason) {
  TempDir dir;
  RunConfig config = tinyRunConfig();
  config.task.d = 3;
  std::ofstream(dir / "config.json") << config.toJsonText();
  const auto models = PlaygroundModels::open(dir.path(), "final");
  ASSERT_FALSE(models.ok());
  EXPECT_TRUE(hasText(models.error(), "d = 2"));
  EXPECT_TRUE(hasText(models.error(), "d = 3"));
  const auto notARun = PlaygroundModels::open(dir / "nothing", "final");
  EXPECT_TRUE(hasText(notARun.error(), "no config.json"));
  EXPECT_TRUE(hasText(PlaygroundModels::open(runDir_, "middle").error(), "checkpoint \"middle\""));
}

TEST_F(DecisionGrid, aMissingCheckpointDisablesOnlyItsLearner) {
  TempDir copy;
  const fs::path dir = copy / "run";
  fs::copy(runDir_, dir, fs::copy_options::recursive);
  fs::remove(dir / "checkpoints" / "cnp-final.pt");
  const auto models = PlaygroundModels::open(dir, "final");
  ASSERT_TRUE(models.ok()) << models.error();
  EXPECT_FALSE(models.value().available(LearnerKind::Cnp));
  EXPECT_TRUE(hasText(models.value().message(LearnerKind::Cnp), "cnp-final.pt"));
  GridSpec grid;
  grid.rows = 4;
  grid.columns = 4;
  const auto panels =
      models.value().evaluateAll(handMadeSupport(), gridPoints(grid), TaskFamily::Proto);
  EXPECT_TRUE(panels[0].available);
  EXPECT_TRUE(panels[1].available);
  EXPECT_TRUE(panels[2].available);
  EXPECT_FALSE(panels[3].available);
  EXPECT_TRUE(hasText(panels[3].message, "cnp-final.pt"));
}

TEST(PluginRulePanel, rulesOfTheFamilies) {
  EXPECT_EQ(pluginRuleNameOfFamily(TaskFamily::Proto), "nearest_mean");
  EXPECT_EQ(pluginRuleNameOfFamily(TaskFamily::Sim), "cosine_vote");
  EXPECT_EQ(pluginRuleNameOfFamily(TaskFamily::Ave), "mean_offset");
  const PanelGrid rad = evaluatePluginRule(TaskFamily::Rad, handMadeSupport(), {0.f, 0.f});
  EXPECT_FALSE(rad.available);
  EXPECT_TRUE(hasText(rad.message, "no plug-in rule"));
  // Nearest class mean with means (-1, 0) and (1, 0): class 0 left of x = 0, class 1 right.
  const SupportSet support{{{-1.f, 0.f}, {1.f, 0.f}}, {0, 1}};
  const PanelGrid rule =
      evaluatePluginRule(TaskFamily::Proto, support, {-2.f, 1.f, 2.f, -1.f, -0.1f, 3.f});
  ASSERT_TRUE(rule.available) << rule.message;
  EXPECT_GT(rule.classZero[0], 0.5f);
  EXPECT_LT(rule.classZero[1], 0.5f);
  EXPECT_GT(rule.classZero[2], 0.5f);
  // Mean offset, mean (0, 0): class 0 iff x + y > 0; cosine vote with unit votes (1, 0) for
  // class 0 and (-1, 0) for class 1: class 0 iff x > 0.
  const PanelGrid offset = evaluatePluginRule(TaskFamily::Ave, support, {1.f, 0.5f, -1.f, 0.2f});
  ASSERT_TRUE(offset.available) << offset.message;
  EXPECT_GT(offset.classZero[0], 0.5f);
  EXPECT_LT(offset.classZero[1], 0.5f);
  const SupportSet votes{{{1.f, 0.f}, {-1.f, 0.f}}, {0, 1}};
  const PanelGrid cosine = evaluatePluginRule(TaskFamily::Sim, votes, {0.5f, 3.f, -0.5f, -3.f});
  ASSERT_TRUE(cosine.available) << cosine.message;
  EXPECT_GT(cosine.classZero[0], 0.5f);
  EXPECT_LT(cosine.classZero[1], 0.5f);
}

// A running or paused run has no final checkpoint: "final" falls back to the resumable state
// of its last evaluation (and says so); "latest" asks for it directly.
TEST_F(DecisionGrid, aRunWithoutFinalCheckpointsShowsItsLatestState) {
  TempDir copy;
  const fs::path dir = copy / "run";
  fs::copy(runDir_, dir, fs::copy_options::recursive);
  for (const LearnerKind kind : allLearners()) {
    fs::remove(dir / "checkpoints" / (learnerName(kind) + "-final.pt"));
  }
  const auto models = PlaygroundModels::open(dir, "final");
  ASSERT_TRUE(models.ok()) << models.error();
  EXPECT_TRUE(hasText(models.value().note(), "latest state, step 6"));
  const auto latest = PlaygroundModels::open(dir, "latest");
  ASSERT_TRUE(latest.ok()) << latest.error();
  EXPECT_TRUE(latest.value().note().empty());
  // The state of the last evaluation (step 6) holds the final weights of this 6-step run.
  const auto final = PlaygroundModels::open(runDir_, "final");
  GridSpec grid;
  grid.rows = 5;
  grid.columns = 5;
  const std::vector<float> points = gridPoints(grid);
  for (const LearnerKind kind : allLearners()) {
    SCOPED_TRACE(learnerName(kind));
    ASSERT_TRUE(models.value().available(kind)) << models.value().message(kind);
    EXPECT_EQ(models.value().evaluate(kind, handMadeSupport(), points).classZero,
              final.value().evaluate(kind, handMadeSupport(), points).classZero);
  }
  fs::remove(dir / "checkpoint.json");
  const auto none = PlaygroundModels::open(dir, "latest");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none.value().available(LearnerKind::Icl));
}

