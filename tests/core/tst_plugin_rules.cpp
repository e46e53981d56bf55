// The plug-in rules of design.md §6 (#10): masked scores against a slow per-task loop in double,
// the empty-class and empty-support rules, prefix predictions against the masked scores, and
// each rule's accuracy at 10 shots on its family against the reference table.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cfloat>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "core/evaluation/plugin_rules.h"
#include "core/tasks/task_sampler.h"
#include "tests/core/support/checks.h"

using namespace icl::core;
using icl::test::hasText;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// One query's scores by the definitions of design.md §6, one example at a time, in double.
std::vector<double> slowScores(PluginRule rule, const torch::Tensor& supportX,
                               const torch::Tensor& supportLabels, const torch::Tensor& allowed,
                               const torch::Tensor& query, int64_t classes) {
  const int64_t s = supportX.size(0);
  const int64_t d = supportX.size(1);
  auto xAt = [&](int64_t j, int64_t k) { return supportX[j][k].item<double>(); };
  std::vector<double> scores(classes, 0.0);
  int64_t seen = 0;
  for (int64_t j = 0; j < s; ++j) {
    seen += allowed[j].item<bool>() ? 1 : 0;
  }
  if (seen == 0) {
    return scores;  // equal scores: class 0
  }
  if (rule == PluginRule::MeanOffset) {
    double offset = 0.0;
    for (int64_t k = 0; k < d; ++k) {
      double mean = 0.0;
      for (int64_t j = 0; j < s; ++j) {
        mean += allowed[j].item<bool>() ? xAt(j, k) : 0.0;
      }
      offset += query[k].item<double>() - mean / static_cast<double>(seen);
    }
    return offset > 0 ? std::vector<double>{offset, -offset}
                      : (offset < 0 ? std::vector<double>{offset, -offset}
                                    : std::vector<double>{0.0, 1.0});
  }
  for (int64_t c = 0; c < classes; ++c) {
    std::vector<double> sum(d, 0.0);
    int64_t count = 0;
    for (int64_t j = 0; j < s; ++j) {
      if (!allowed[j].item<bool>() || supportLabels[j].item<int64_t>() != c) {
        continue;
      }
      ++count;
      double norm = 0.0;
      for (int64_t k = 0; k < d; ++k) {
        norm += xAt(j, k) * xAt(j, k);
      }
      norm = std::sqrt(norm);
      for (int64_t k = 0; k < d; ++k) {
        sum[k] += rule == PluginRule::CosineVote ? xAt(j, k) / norm : xAt(j, k);
      }
    }
    double score = 0.0;
    if (rule == PluginRule::CosineVote) {
      for (int64_t k = 0; k < d; ++k) {
        score += query[k].item<double>() * sum[k];
      }
    } else if (count == 0) {
      score = -kInf;
    } else {
      for (int64_t k = 0; k < d; ++k) {
        const double diff = query[k].item<double>() - sum[k] / static_cast<double>(count);
        score -= diff * diff;
      }
    }
    scores[c] = score;
  }
  return scores;
}

int64_t argmaxFirst(const std::vector<double>& scores) {
  int64_t best = 0;
  for (size_t c = 1; c < scores.size(); ++c) {
    if (scores[c] > scores[best]) {
      best = static_cast<int64_t>(c);
    }
  }
  return best;
}

int64_t classesFor(PluginRule rule) { return rule == PluginRule::MeanOffset ? 2 : 3; }

/// Query i of every task sees examples 0..i-1: [b, n, n] bool.
torch::Tensor prefixMask(int64_t b, int64_t n) {
  return torch::ones({n, n}, torch::kBool).tril(-1).unsqueeze(0).expand({b, n, n});
}

}  // namespace

class PluginRules : public ::testing::TestWithParam<PluginRule> {
 protected:
  void SetUp() override { torch::manual_seed(0); }
};

INSTANTIATE_TEST_SUITE_P(AllRules, PluginRules, ::testing::ValuesIn(allPluginRules()),
                         [](const ::testing::TestParamInfo<PluginRule>& rowInfo) {
                           return pluginRuleName(rowInfo.param) == "nearest_mean"  ? "NearestMean"
                                  : pluginRuleName(rowInfo.param) == "cosine_vote" ? "CosineVote"
                                                                                   : "MeanOffset";
                         });

TEST_P(PluginRules, maskedScoresEqualASlowLoopInDouble) {
  const PluginRule rule = GetParam();
  const int64_t classes = classesFor(rule);
  const int64_t b = 3, s = 9, q = 7, d = 3;
  const torch::Tensor supportX = torch::randn({b, s, d}, torch::kFloat64);
  const torch::Tensor supportLabels = torch::randint(classes, {b, s}, torch::kLong);
  const torch::Tensor queryX = torch::randn({b, q, d}, torch::kFloat64);
  // About a third of the examples hidden: some queries see an empty class.
  torch::Tensor mask = torch::rand({b, q, s}, torch::kFloat64).gt(0.35);
  mask[0][0].fill_(false);  // one query that sees nothing
  const torch::Tensor scores =
      pluginRuleScores(rule, supportX, supportLabels, mask, queryX, classes);
  ASSERT_EQ(scores.sizes(), (std::vector<int64_t>{b, q, classes}));
  ASSERT_EQ(scores.scalar_type(), torch::kFloat64);
  const torch::Tensor predicted = scores.argmax(-1);
  int64_t emptyClassSeen = 0;
  for (int64_t t = 0; t < b; ++t) {
    for (int64_t i = 0; i < q; ++i) {
      const std::vector<double> expected =
          slowScores(rule, supportX[t], supportLabels[t], mask[t][i], queryX[t][i], classes);
      double magnitude = 1.0;
      for (double v : expected) {
        magnitude = std::isfinite(v) ? std::max(magnitude, std::abs(v)) : magnitude;
      }
      for (int64_t c = 0; c < classes; ++c) {
        const double got = scores[t][i][c].item<double>();
        if (std::isinf(expected[c])) {
          ++emptyClassSeen;
          EXPECT_EQ(got, expected[c]) << "task " << t << " query " << i << " class " << c;
        } else {
          // Sums of at most s terms and a few more operations, all in double.
          EXPECT_NEAR(got, expected[c], 4 * (s + d + 4) * DBL_EPSILON * magnitude)
              << "task " << t << " query " << i << " class " << c;
        }
      }
      EXPECT_EQ(predicted[t][i].item<int64_t>(), argmaxFirst(expected));
    }
  }
  if (rule == PluginRule::NearestMean) {
    EXPECT_GT(emptyClassSeen, 0) << "the random mask should leave some class empty";
  }
}

TEST_P(PluginRules, undefinedMaskMeansTheWholeSupport) {
  const PluginRule rule = GetParam();
  const int64_t classes = classesFor(rule);
  const torch::Tensor supportX = torch::randn({2, 8, 2});
  const torch::Tensor supportLabels = torch::randint(classes, {2, 8}, torch::kLong);
  const torch::Tensor queryX = torch::randn({2, 5, 2});
  const torch::Tensor all = torch::ones({2, 5, 8}, torch::kBool);
  const torch::Tensor masked =
      pluginRuleScores(rule, supportX, supportLabels, all, queryX, classes);
  const torch::Tensor whole = pluginRuleScores(rule, supportX, supportLabels, {}, queryX, classes);
  EXPECT_EQ(whole.scalar_type(), torch::kFloat32);  // the queries' dtype
  // Both are computed in double and rounded once to float: equal up to one float rounding of
  // the double difference (a sum of 8 terms), far below float resolution.
  EXPECT_TRUE(torch::allclose(masked, whole, 2 * FLT_EPSILON, 0.0));
}

TEST_P(PluginRules, noExampleGivesEqualScoresAndClassZero) {
  const PluginRule rule = GetParam();
  const int64_t classes = classesFor(rule);
  const torch::Tensor queryX = torch::randn({2, 4, 2});
  // No support at all, and a support that the mask hides completely.
  const torch::Tensor none = pluginRuleScores(
      rule, torch::zeros({2, 0, 2}), torch::zeros({2, 0}, torch::kLong), {}, queryX, classes);
  EXPECT_TRUE(none.eq(0).all().item<bool>());
  const torch::Tensor hidden =
      pluginRuleScores(rule, torch::randn({2, 3, 2}), torch::randint(classes, {2, 3}, torch::kLong),
                       torch::zeros({2, 4, 3}, torch::kBool), queryX, classes);
  EXPECT_TRUE(hidden.eq(0).all().item<bool>());
  EXPECT_TRUE(hidden.argmax(-1).eq(0).all().item<bool>());
}

TEST_P(PluginRules, prefixPredictionsAreTheArgmaxOfMaskedScores) {
  const PluginRule rule = GetParam();
  const int64_t classes = classesFor(rule);
  const int64_t b = 5, n = 30;
  for (const auto dtype : {torch::kFloat64, torch::kFloat32}) {
    const torch::Tensor x = torch::randn({b, n, 2}, dtype);
    const torch::Tensor labels = torch::randint(classes, {b, n}, torch::kLong);
    const torch::Tensor predictions = pluginRulePrefixPredictions(rule, x, labels, classes);
    ASSERT_EQ(predictions.sizes(), (std::vector<int64_t>{b, n}));
    ASSERT_EQ(predictions.scalar_type(), torch::kLong);
    const torch::Tensor scores =
        pluginRuleScores(rule, x, labels, prefixMask(b, n), x, classes).to(torch::kFloat64);
    // Both paths work in double (prefix sums vs a masked product: ~1e-15 relative apart); a
    // float score is rounded once, so compare only where the top two differ by more than
    // that rounding.
    const torch::Tensor top = std::get<0>(scores.topk(2, -1));
    const torch::Tensor margin = top.select(-1, 0) - top.select(-1, 1);
    const double resolution = dtype == torch::kFloat32 ? FLT_EPSILON : 64 * DBL_EPSILON;
    const torch::Tensor clear =
        margin.gt(4 * resolution * (1.0 + top.select(-1, 0).abs())) | margin.isinf();
    EXPECT_GT(clear.to(torch::kFloat64).mean().item<double>(), 0.9);
    EXPECT_TRUE(
        predictions.eq(scores.argmax(-1)).logical_or(clear.logical_not()).all().item<bool>())
        << pluginRuleName(rule);
    EXPECT_TRUE(predictions.select(1, 0).eq(0).all().item<bool>());  // no example seen yet
  }
}

TEST(PluginRuleCases, emptyClassScoresMinusInfinityForNearestMeanAndZeroForCosineVote) {
  // Support of class 0 only, C = 2; the query lies opposite the class-0 examples.
  const torch::Tensor supportX = torch::tensor({{{1.0, 0.0}, {2.0, 0.0}}});
  const torch::Tensor supportLabels = torch::zeros({1, 2}, torch::kLong);
  const torch::Tensor queryX = torch::tensor({{{-3.0, 0.0}}});
  const torch::Tensor nearest =
      pluginRuleScores(PluginRule::NearestMean, supportX, supportLabels, {}, queryX, 2);
  EXPECT_DOUBLE_EQ(nearest[0][0][0].item<double>(), -(4.5 * 4.5));
  EXPECT_EQ(nearest[0][0][1].item<double>(), -kInf);
  EXPECT_EQ(nearest.argmax(-1).item<int64_t>(), 0);
  const torch::Tensor cosine =
      pluginRuleScores(PluginRule::CosineVote, supportX, supportLabels, {}, queryX, 2);
  EXPECT_DOUBLE_EQ(cosine[0][0][0].item<double>(), -6.0);  // <(-3, 0), (1, 0) + (1, 0)>
  EXPECT_EQ(cosine[0][0][1].item<double>(), 0.0);
  EXPECT_EQ(cosine.argmax(-1).item<int64_t>(), 1);  // the empty class's 0 beats a negative vote
}

TEST(PluginRuleCases, meanOffsetFollowsTheAveRuleIncludingTheBoundary) {
  // mean = (0.5, 0.5): (1, 1) lies above (class 0), (0, 0) below (class 1), (1, 0) on the
  // boundary, where the ave generator says class 1.
  const torch::Tensor supportX = torch::tensor({{{1.0, 0.0}, {0.0, 1.0}}});
  const torch::Tensor supportLabels = torch::tensor({{1, 1}}, torch::kLong);  // labels unused
  const torch::Tensor queryX = torch::tensor({{{1.0, 1.0}, {0.0, 0.0}, {1.0, 0.0}}});
  const torch::Tensor scores =
      pluginRuleScores(PluginRule::MeanOffset, supportX, supportLabels, {}, queryX, 2);
  EXPECT_TRUE(scores.argmax(-1).equal(torch::tensor({{0, 1, 1}}, torch::kLong)));
  EXPECT_DOUBLE_EQ(scores[0][0][0].item<double>(), 1.0);
  EXPECT_DOUBLE_EQ(scores[0][0][1].item<double>(), -1.0);
}

TEST(PluginRuleCases, meanOffsetRefusesOtherThanTwoClasses) {
  const torch::Tensor x = torch::randn({1, 4, 2});
  const torch::Tensor labels = torch::zeros({1, 4}, torch::kLong);
  try {
    pluginRuleScores(PluginRule::MeanOffset, x, labels, {}, x, 3);
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& error) {
    EXPECT_TRUE(hasText(error.what(), "mean_offset is defined for C = 2"));
    EXPECT_TRUE(hasText(error.what(), "classes = 3"));
  }
  EXPECT_THROW(pluginRulePrefixPredictions(PluginRule::MeanOffset, x, labels, 3),
               std::invalid_argument);
}

TEST(PluginRuleCases, labelsOutsideTheClassesAreRefused) {
  const torch::Tensor x = torch::randn({1, 4, 2});
  const torch::Tensor labels = torch::tensor({{0, 1, 2, 0}}, torch::kLong);
  try {
    pluginRulePrefixPredictions(PluginRule::NearestMean, x, labels, 2);
    FAIL() << "expected an error";
  } catch (const c10::Error& error) {
    EXPECT_TRUE(hasText(error.what(), "labels must lie in [0, 2)"));
  }
}

TEST(PluginRuleCases, namesAreThoseOfProbeCsv) {
  EXPECT_EQ(pluginRuleName(PluginRule::NearestMean), "nearest_mean");
  EXPECT_EQ(pluginRuleName(PluginRule::CosineVote), "cosine_vote");
  EXPECT_EQ(pluginRuleName(PluginRule::MeanOffset), "mean_offset");
  EXPECT_EQ(allPluginRules().size(), 3U);
}

// Design.md §6's table: each rule at 10 shots on its family's training generator (no
// anchors). The table is a 20,000-task Monte Carlo rounded to 0.01 (sim: "0.91-0.92").
struct TableRow {
  const char* row;
  TaskFamily family;
  PluginRule rule;
  double low;   // the table's value, or the low end of its range
  double high;  // the high end (= low for a single value)
};

class PluginRuleAccuracy : public ::testing::TestWithParam<TableRow> {};

INSTANTIATE_TEST_SUITE_P(
    DesignTable, PluginRuleAccuracy,
    ::testing::Values(
        TableRow{"nearestMeanOnProto", TaskFamily::Proto, PluginRule::NearestMean, 0.92, 0.92},
        TableRow{"cosineVoteOnSim", TaskFamily::Sim, PluginRule::CosineVote, 0.91, 0.92},
        TableRow{"meanOffsetOnAve", TaskFamily::Ave, PluginRule::MeanOffset, 0.90, 0.90},
        TableRow{"cosineVoteOnProto", TaskFamily::Proto, PluginRule::CosineVote, 0.84, 0.84},
        TableRow{"meanOffsetOnSim", TaskFamily::Sim, PluginRule::MeanOffset, 0.50, 0.50}),
    icl::test::RowName());

TEST_P(PluginRuleAccuracy, atTenShotsMatchesTheReferenceTable) {
  const TableRow& row = GetParam();
  constexpr int64_t kTasks = 4000;
  constexpr int64_t kShots = 10;
  constexpr double kTableTasks = 20000;
  TaskConfig config;
  config.ave.anchorsTrain = false;  // the table's "ave (no anchors)"
  config.proto.anchorsTrain = false;
  TaskSampler sampler(config, 1234);
  const Episode e = sampler.sample(row.family, kTasks, kShots + 1, TaskSplit::Train);
  const torch::Tensor predictions = pluginRulePrefixPredictions(row.rule, e.x, e.labels, 2);
  const double accuracy = predictions.select(1, kShots)
                              .eq(e.labels.select(1, kShots))
                              .to(torch::kFloat64)
                              .mean()
                              .item<double>();
  // Four standard errors of the difference of two Monte Carlo estimates, plus the table's
  // rounding to 0.01.
  const double p = 0.5 * (row.low + row.high);
  const double standardError = std::sqrt(p * (1 - p) / kTasks + p * (1 - p) / kTableTasks);
  const double tolerance = 4 * standardError + 0.005;
  EXPECT_GE(accuracy, row.low - tolerance);
  EXPECT_LE(accuracy, row.high + tolerance);
}
