// Akyürek's agreement measure for I1 (#10 item 4): the squared difference between a GPT arm's
// prediction and a baseline's, (y^_gpt - y^_baseline)^2 / D, per number of examples. The helper
// on hand-made tensors, then the sq_diff_* rows a tiny regression run writes, recomputed from
// its saved final weights.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "core/evaluation/regression_agreement.h"
#include "core/evaluation/regression_metrics.h"
#include "core/models/gpt_regression.h"
#include "core/store/run_store.h"
#include "core/tasks/regression_sampler.h"
#include "core/training/seed_streams.h"
#include "core/training/trainer.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/support/temp_dir.h"
#include "tests/core/tiny_config.h"

namespace fs = std::filesystem;
using namespace icl::core;
using icl::test::TempDir;
using icl::test::trainInto;

namespace {

constexpr int64_t kResamples = 1000;  // as the presets' eval.bootstrap
constexpr uint64_t kSeed = 7;

EvalRecord armPrototype() {
  EvalRecord prototype;
  prototype.step = 40;
  prototype.learner = "gpt_curriculum";
  prototype.trainFamily = "linear_regression";
  prototype.testFamily = "standard";
  return prototype;
}

}  // namespace

TEST(RegressionAgreement, metricNamesRoundTrip) {
  EXPECT_EQ(predictionDifferenceMetric(LearnerId::LeastSquares), "sq_diff_least_squares");
  EXPECT_EQ(predictionDifferenceMetric(LearnerId::Knn3), "sq_diff_knn3");
  EXPECT_EQ(predictionDifferenceMetric(LearnerId::Averaging), "sq_diff_averaging");
  for (LearnerId baseline : agreementBaselines()) {
    EXPECT_EQ(predictionDifferenceBaseline(predictionDifferenceMetric(baseline)), baseline);
  }
  EXPECT_EQ(predictionDifferenceBaseline("sq_error"), std::nullopt);
  EXPECT_EQ(predictionDifferenceBaseline("sq_diff_zero"), std::nullopt);
  EXPECT_EQ(predictionDifferenceBaseline("accuracy"), std::nullopt);
}

TEST(RegressionAgreement, aPredictorAgainstItselfIsZeroAtEveryPosition) {
  torch::manual_seed(3);
  const torch::Tensor predictions = torch::randn({16, 5});
  const auto records = predictionDifferenceRecords(predictions, predictions.clone(), 3.0,
                                                   armPrototype(), "sq_diff_least_squares",
                                                   kResamples, kSeed);
  ASSERT_EQ(records.size(), 5u);
  for (std::size_t i = 0; i < records.size(); ++i) {
    const EvalRecord& record = records[i];
    EXPECT_EQ(record.shots, static_cast<int64_t>(i));
    EXPECT_EQ(record.metric, "sq_diff_least_squares");
    EXPECT_EQ(record.learner, "gpt_curriculum");
    EXPECT_EQ(record.step, 40);
    EXPECT_EQ(record.testFamily, "standard");
    EXPECT_EQ(record.nTasks, 16);
    EXPECT_EQ(record.value, 0.0);
    EXPECT_EQ(record.ciLow, 0.0);
    EXPECT_EQ(record.ciHigh, 0.0);
  }
}

// Two prompts, two positions, D = 2: (y^_a - y^_b)^2 / 2 = [[0.5, 2], [2, 4.5]], so the means
// per position are 1.25 and 3.25. A resample of two prompts has a mean in {0.5, 1.25, 2} at
// position 0 (probability 1/4, 1/2, 1/4) and in {2, 3.25, 4.5} at position 1: over 1000
// resamples the 5th and 95th percentiles are the extremes (a run of fewer than 50 draws of
// either extreme has probability far below 1e-10).
TEST(RegressionAgreement, matchesAHandComputedDifference) {
  const torch::Tensor predictions = torch::tensor({{1.0, 2.0}, {3.0, 4.0}});
  const torch::Tensor reference = torch::tensor({{0.0, 0.0}, {1.0, 1.0}});
  const auto records = predictionDifferenceRecords(predictions, reference, 2.0, armPrototype(),
                                                   "sq_diff_knn3", kResamples, kSeed);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_DOUBLE_EQ(records[0].value, 1.25);
  EXPECT_DOUBLE_EQ(records[1].value, 3.25);
  EXPECT_DOUBLE_EQ(records[0].ciLow, 0.5);
  EXPECT_DOUBLE_EQ(records[0].ciHigh, 2.0);
  EXPECT_DOUBLE_EQ(records[1].ciLow, 2.0);
  EXPECT_DOUBLE_EQ(records[1].ciHigh, 4.5);
  // The interval is squaredErrorRecords' on the same numbers and seed: the same resamples.
  const auto direct = squaredErrorRecords(torch::tensor({{0.5, 2.0}, {2.0, 4.5}}),
                                          armPrototype(), kResamples, kSeed);
  for (std::size_t i = 0; i < records.size(); ++i) {
    EXPECT_EQ(records[i].metric, "sq_diff_knn3");
    EXPECT_EQ(records[i].value, direct[i].value);
    EXPECT_EQ(records[i].ciLow, direct[i].ciLow);
    EXPECT_EQ(records[i].ciHigh, direct[i].ciHigh);
  }
}

TEST(RegressionAgreement, shapesThatDifferAreRefused) {
  try {
    predictionDifferenceRecords(torch::zeros({4, 5}), torch::zeros({4, 6}), 2.0, armPrototype(),
                                "sq_diff_knn3", 10, kSeed);
    FAIL() << "no error for [4, 5] against [4, 6]";
  } catch (const c10::Error& error) {
    EXPECT_NE(std::string(error.what()).find("differ in shape"), std::string::npos)
        << error.what();
  }
}

// The rows of a real run: one per arm x baseline x shots at every evaluation, none for the
// baselines themselves, equal across baselines at 0 examples (all three predict 0 there), and
// at the last step equal to the difference recomputed from the final weights.
TEST(RegressionAgreement, regressionRunWritesAgreementRowsAtEveryEvaluation) {
  TempDir tmp;
  const fs::path dir = tmp / "run";
  const RunConfig config = tinyRegressionConfig();
  RunControl control;
  const RunResult result = trainInto(config, dir, control);
  ASSERT_EQ(result.status, RunStatus::Completed) << result.message;
  const auto run = readRun(dir);
  ASSERT_TRUE(run.ok()) << run.error();
  const RegressionConfig& r = config.regression;
  const int64_t points = r.evalPoints > 0 ? r.evalPoints : r.nPositions;

  // (step, arm, metric, shots) -> record
  std::map<std::tuple<int64_t, std::string, std::string, int64_t>, EvalRecord> rows;
  std::map<std::tuple<int64_t, std::string, int64_t>, double> sqError;  // (step, arm, shots)
  std::set<int64_t> steps;
  for (const EvalRecord& record : run.value().evaluations) {
    steps.insert(record.step);
    if (record.metric == "sq_error") {
      sqError[{record.step, record.learner, record.shots}] = record.value;
    }
    if (!predictionDifferenceBaseline(record.metric)) {
      continue;
    }
    EXPECT_TRUE(record.learner == "gpt_curriculum" || record.learner == "gpt_plain")
        << record.learner << " has " << record.metric;
    EXPECT_EQ(record.trainFamily, "linear_regression");
    EXPECT_EQ(record.testFamily, "standard");
    EXPECT_EQ(record.nTasks, r.evalPrompts);
    EXPECT_TRUE(record.ciLow <= record.value && record.value <= record.ciHigh);
    EXPECT_GE(record.ciLow, 0.0);
    const bool inserted =
        rows.emplace(std::make_tuple(record.step, record.learner, record.metric, record.shots),
                     record)
            .second;
    EXPECT_TRUE(inserted) << "duplicate row " << record.metric << " at step " << record.step;
  }
  EXPECT_EQ(steps, (std::set<int64_t>{0, 4, 6, 8, 12}));
  EXPECT_EQ(rows.size(), steps.size() * 2 * 3 * static_cast<std::size_t>(points));
  for (int64_t step : steps) {
    for (const std::string arm : {"gpt_curriculum", "gpt_plain"}) {
      for (LearnerId baseline : agreementBaselines()) {
        for (int64_t shots = 0; shots < points; ++shots) {
          EXPECT_EQ(rows.count({step, arm, predictionDifferenceMetric(baseline), shots}), 1u)
              << arm << " " << learnerName(baseline) << " step " << step << " shots " << shots;
        }
      }
      const auto valueAt = [&](const std::string& metric, int64_t shots) {
        return rows[{step, arm, metric, shots}].value;
      };
      const double atZero = valueAt("sq_diff_least_squares", 0);
      EXPECT_GT(atZero, 0.0);  // an untrained GPT does not predict exactly 0
      EXPECT_EQ(valueAt("sq_diff_knn3", 0), atZero);
      EXPECT_EQ(valueAt("sq_diff_averaging", 0), atZero);
      // From D examples on, least squares recovers w exactly (noise-free prompts), so the
      // difference to it is the arm's own error; the slack is float rounding of y (order 1e-7
      // relative) against a double solve.
      for (int64_t shots = r.nDims; shots < points; ++shots) {
        const double error = sqError[{step, arm, shots}];
        EXPECT_NEAR(valueAt("sq_diff_least_squares", shots), error, 1e-5 * std::max(1.0, error))
            << arm << " step " << step << " shots " << shots;
      }
    }
  }

  // Recompute the last step's least-squares rows of the curriculum arm from its final weights
  // on the run's test prompts (its seeded stream, design.md §5.4).
  RegressionSampler sampler(r.nDims, config.seed + SeedStreams::kRegressionTestPrompts);
  const RegressionPrompts test = sampler.sample(r.evalPrompts, points, r.nDims);
  GptRegression model(GptRegressionOptions::from(r.model, r.nDims, r.nPositions));
  torch::serialize::InputArchive archive;
  archive.load_from((dir / "checkpoints" / "gpt_curriculum-final.pt").string());
  model->load(archive);
  model->eval();
  torch::NoGradGuard noGrad;
  const torch::Tensor gpt = model->forward(test.xs, test.ys).to(torch::kDouble);
  const torch::Tensor leastSquares = leastSquaresPredictions(test).to(torch::kDouble);
  const torch::Tensor expected =
      ((gpt - leastSquares).square() / static_cast<double>(r.nDims)).mean(0);
  for (int64_t shots = 0; shots < points; ++shots) {
    const double want = expected[shots].item<double>();
    const double got = rows[std::make_tuple(int64_t{12}, std::string("gpt_curriculum"),
                                            std::string("sq_diff_least_squares"), shots)]
                           .value;
    // The same float forward pass on the same prompts, so equal up to the CSV's 9 significant
    // digits; the slack allows a few float ulps (1.2e-7 relative) in predictions of order 1,
    // which a squared difference roughly doubles, averaged over the prompts.
    EXPECT_NEAR(got, want, 1e-5 * std::max(1.0, want)) << "shots " << shots;
  }
}
