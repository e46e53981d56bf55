// Inference API (#2 item 7): learners loaded from a run folder predict probabilities for
// query points from a support set, outside the training loop.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <fstream>
#include <string>
#include <vector>

#include "core/inference/predictor.h"
#include "core/models/checkpoint.h"
#include "core/models/learner.h"
#include "core/models/learner_factory.h"
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

/// The learner of @p kind as the run saved it, loaded without the Predictor.
std::shared_ptr<Learner> loadLearner(const fs::path& runDir, LearnerKind kind,
                                     const std::string& checkpoint) {
  RunConfig config = RunConfig::fromFile(runDir / "config.json").value();
  config.device = "cpu";
  std::shared_ptr<Learner> learner = makeLearner(kind, config, torch::kCPU);
  const Status loaded = loadCheckpoint(
      *learner, runDir / "checkpoints" / (learnerName(kind) + "-" + checkpoint + ".pt"));
  if (!loaded) {
    throw std::runtime_error(loaded.error());
  }
  learner->module().eval();
  return learner;
}

/// Class probabilities computed here in double from the learner's raw outputs [q][2C]: the
/// softmax of the C class logits (the padding slots take no share), or the C class
/// probabilities rescaled to sum to 1.
std::vector<std::vector<double>> referenceProbabilities(const torch::Tensor& outputs,
                                                        bool outputsProbabilities,
                                                        int64_t classes) {
  const torch::Tensor raw = outputs.to(torch::kDouble).contiguous();
  const auto rows = raw.accessor<double, 2>();
  std::vector<std::vector<double>> result;
  for (int64_t i = 0; i < raw.size(0); ++i) {
    std::vector<double> row(static_cast<std::size_t>(classes));
    double largest = -INFINITY;
    for (int64_t c = 0; c < classes; ++c) {
      largest = std::max(largest, rows[i][c]);
    }
    double sum = 0.0;
    for (int64_t c = 0; c < classes; ++c) {
      const double value = outputsProbabilities ? rows[i][c] : std::exp(rows[i][c] - largest);
      row[static_cast<std::size_t>(c)] = value;
      sum += value;
    }
    for (double& value : row) {
      value /= sum;
    }
    result.push_back(row);
  }
  return result;
}

}  // namespace

// One tiny run shared by every test of the suite (training takes seconds).
class Predictors : public icl::test::SharedRunSuite<Predictors> {
 public:
  static bool trainRun(const fs::path& dir) {
    RunControl control;
    return icl::test::trainInto(tinyRunConfig(), dir, control).status == RunStatus::Completed;
  }
};

// The Predictor's probabilities equal a computation made here from the same checkpoint's raw
// outputs: softmax for logit learners, the class slots of probability learners, each row over
// the C classes only. Both see the same support and queries, so the raw outputs are the same
// numbers; what is left is the float32 rounding of the Predictor's softmax and division.
TEST_F(Predictors, probabilitiesEqualAnIndependentComputation) {
  SupportSet support;
  support.points = {{-1.f, -1.f}, {1.f, 1.f}, {-1.2f, -0.8f}, {0.9f, 1.1f}};
  support.labels = {0, 1, 0, 1};
  std::vector<std::vector<float>> grid;
  for (int i = 0; i < 32; ++i) {
    for (int j = 0; j < 32; ++j) {
      grid.push_back(
          {-2.f + 0.125f * static_cast<float>(i), -2.f + 0.125f * static_cast<float>(j)});
    }
  }
  const int64_t classes = 2;
  const torch::Tensor supportX =
      torch::tensor({-1.f, -1.f, 1.f, 1.f, -1.2f, -0.8f, 0.9f, 1.1f}).view({1, 4, 2});
  const torch::Tensor supportTargets =
      torch::one_hot(torch::tensor({0, 1, 0, 1}, torch::kLong), 2 * classes)
          .to(torch::kFloat)
          .unsqueeze(0);
  torch::Tensor queryX = torch::empty({1, static_cast<int64_t>(grid.size()), 2});
  for (std::size_t q = 0; q < grid.size(); ++q) {
    queryX[0][static_cast<int64_t>(q)][0] = grid[q][0];
    queryX[0][static_cast<int64_t>(q)][1] = grid[q][1];
  }
  for (LearnerKind kind : allLearners()) {
    for (const std::string checkpoint : {"best", "final"}) {
      SCOPED_TRACE(learnerName(kind) + " " + checkpoint);
      const auto predictor = Predictor::fromRun(runDir_, kind, checkpoint);
      ASSERT_TRUE(predictor.ok()) << predictor.error();
      const auto probabilities = predictor.value().predictProbabilities(support, grid);
      ASSERT_TRUE(probabilities.ok()) << probabilities.error();
      ASSERT_EQ(probabilities.value().size(), grid.size());

      const auto learner = loadLearner(runDir_, kind, checkpoint);
      torch::NoGradGuard noGrad;
      const torch::Tensor outputs =
          learner->forwardQueries(supportX, supportTargets, queryX).squeeze(0);  // [q, 2C]
      const auto expected =
          referenceProbabilities(outputs, learner->outputsProbabilities(), classes);
      // Float32 rounding, relative to each probability: exp(z - max) is off by |z - max| ulp
      // from the rounded argument plus a few for exp itself; the sums over 2C and C terms and
      // the two divisions add one ulp per operation. FLT_MIN covers a result that underflows.
      const double spread =
          learner->outputsProbabilities()
              ? 0.0
              : (outputs.max() - outputs.narrow(-1, 0, classes).min()).item<double>();
      const double relative =
          FLT_EPSILON * (2.0 * spread + 4.0 * static_cast<double>(classes) + 8.0);
      for (std::size_t q = 0; q < grid.size(); ++q) {
        const auto& row = probabilities.value()[q];
        ASSERT_EQ(row.size(), static_cast<std::size_t>(classes));
        for (std::size_t c = 0; c < row.size(); ++c) {
          const double error = std::abs(row[c] - expected[q][c]);
          ASSERT_LE(error, relative * expected[q][c] + FLT_MIN)
              << "query " << q << " (" << grid[q][0] << ", " << grid[q][1] << ") class " << c
              << ": " << row[c] << " vs " << expected[q][c];
        }
      }
    }
  }
}

TEST_F(Predictors, predictionsDependOnTheSupport) {
  const auto predictor = Predictor::fromRun(runDir_, LearnerKind::ProtoNet);
  ASSERT_TRUE(predictor.ok()) << predictor.error();
  SupportSet left{{{-1.f, 0.f}, {1.f, 0.f}}, {0, 1}};
  SupportSet flipped{{{-1.f, 0.f}, {1.f, 0.f}}, {1, 0}};
  const std::vector<std::vector<float>> query = {{-1.f, 0.f}};
  const float a = predictor.value().predictProbabilities(left, query).value()[0][0];
  const float b = predictor.value().predictProbabilities(flipped, query).value()[0][0];
  EXPECT_GT(std::abs(a - b), 1e-3f) << a << " vs " << b;
}

TEST_F(Predictors, emptySupportIsAllowed) {
  const auto predictor = Predictor::fromRun(runDir_, LearnerKind::Cnp);
  ASSERT_TRUE(predictor.ok()) << predictor.error();
  const auto probabilities = predictor.value().predictProbabilities({}, {{0.f, 0.f}});
  ASSERT_TRUE(probabilities.ok()) << probabilities.error();
  EXPECT_EQ(probabilities.value().size(), 1u);
}

TEST_F(Predictors, badInputsAreErrors) {
  const auto predictor = Predictor::fromRun(runDir_, LearnerKind::Icl);
  ASSERT_TRUE(predictor.ok()) << predictor.error();
  const auto wrongDimension = predictor.value().predictProbabilities({{{1.f}}, {0}}, {{0.f, 0.f}});
  ASSERT_FALSE(wrongDimension.ok());
  EXPECT_TRUE(hasText(wrongDimension.error(), "expected d = 2"));
  const auto wrongLabel = predictor.value().predictProbabilities({{{1.f, 1.f}}, {5}}, {{0.f, 0.f}});
  ASSERT_FALSE(wrongLabel.ok());
  EXPECT_TRUE(hasText(wrongLabel.error(), "support label 5"));
}

TEST_F(Predictors, corruptCheckpointIsNamed) {
  TempDir copy;
  const fs::path dir = copy / "run";
  fs::copy(runDir_, dir, fs::copy_options::recursive);
  std::ofstream(dir / "checkpoints" / "icl-final.pt", std::ios::trunc) << "garbage";
  const auto predictor = Predictor::fromRun(dir, LearnerKind::Icl);
  ASSERT_FALSE(predictor.ok());
  EXPECT_TRUE(hasText(predictor.error(), "icl-final.pt is corrupt"));
}
