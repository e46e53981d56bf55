// Config of the improving experiments (#4): the "experiment" key dispatches, defaults keep
// every classification config unchanged, the new presets load, and each bad input names its
// key, value and expectation.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/config/presets.h"
#include "core/config/run_config.h"
#include "tests/core/support/checks.h"

using namespace icl::core;
using icl::test::hasText;

TEST(MetaConfig, experimentDefaultsToClassification) {
  const auto config = RunConfig::fromJsonText("{}", "empty");
  ASSERT_TRUE(config.ok()) << config.error();
  EXPECT_EQ(config.value().experiment, Experiment::Classification);
  // Classification configs do not grow regression sections.
  const nlohmann::json json = config.value().toJson();
  EXPECT_FALSE(json.contains("regression"));
  EXPECT_FALSE(json.contains("meta_meta"));
}

TEST(MetaConfig, regressionConfigRoundTrips) {
  const auto config = loadPreset("i1-curriculum");
  ASSERT_TRUE(config.ok()) << config.error();
  const RunConfig& c = config.value();
  EXPECT_EQ(c.experiment, Experiment::Regression);
  EXPECT_EQ(c.regression.model.embd, 64);  // "tiny"
  EXPECT_EQ(c.regression.arms.size(), 2u);
  const auto again = RunConfig::fromJson(c.toJson(), "round trip");
  ASSERT_TRUE(again.ok()) << again.error();
  EXPECT_EQ(again.value().toJsonText(), c.toJsonText());
}

TEST(MetaConfig, newPresetsLoadWithTheirScale) {
  const auto paper = loadPreset("i1-curriculum-paper");
  ASSERT_TRUE(paper.ok()) << paper.error();
  EXPECT_EQ(paper.value().regression.model.embd, 256);
  EXPECT_EQ(paper.value().regression.model.layers, 12);
  EXPECT_EQ(paper.value().regression.curriculum.dims.interval, 10000);
  const auto meta = loadPreset("i2-meta-meta");
  ASSERT_TRUE(meta.ok()) << meta.error();
  EXPECT_EQ(meta.value().experiment, Experiment::MetaMeta);
  EXPECT_EQ(meta.value().metaMeta.supportSizes, (std::vector<int64_t>{64, 256}));
  const auto metaPaper = loadPreset("i2-meta-meta-paper");
  ASSERT_TRUE(metaPaper.ok()) << metaPaper.error();
  EXPECT_TRUE(metaPaper.value().metaMeta.secondOrder);
  EXPECT_EQ(metaPaper.value().metaMeta.innerSteps, 5);
  EXPECT_EQ(metaPaper.value().metaMeta.supportSizes, (std::vector<int64_t>{64, 256, 1024}));
}

namespace {
struct BadInput {
  const char* row;
  const char* json;
  const char* expected;
};

const BadInput kBadInputs[] = {
    {"unknownExperiment", R"({"experiment": "vision"})",
     R"(experiment = "vision": expected "classification", "regression" or "meta_meta")"},
    {"endBelowStart",
     R"({"experiment": "regression", "regression": {"curriculum": {"dims": {"start": 5, "end": 3}}}})",
     "regression.curriculum.dims.end = 3: expected a value >= "
     "regression.curriculum.dims.start = 5"},
    {"zeroInterval",
     R"({"experiment": "regression", "regression": {"curriculum": {"points": {"interval": 0}}}})",
     "regression.curriculum.points.interval = 0: expected a value >= 1"},
    {"moreDimsThanD",
     R"({"experiment": "regression", "regression": {"n_dims": 8, "curriculum": {"dims": {"end": 9}}}})",
     "regression.curriculum.dims.end = 9: expected at most regression.n_dims = 8"},
    {"morePointsThanPositions",
     R"({"experiment": "regression", "regression": {"n_positions": 11, "curriculum": {"points": {"start": 11, "end": 12}}}})",
     "regression.curriculum.points.end = 12: expected at most regression.n_positions = 11"},
    {"negativeIncrement",
     R"({"experiment": "regression", "regression": {"curriculum": {"dims": {"inc": -1}}}})",
     "regression.curriculum.dims.inc = -1: expected a value >= 0"},
    {"unknownArm", R"({"experiment": "regression", "regression": {"arms": ["fast"]}})",
     R"(regression.arms[0] = "fast": expected "curriculum" or "plain")"},
    {"checkpointAfterTheEnd",
     R"({"experiment": "regression", "regression": {"steps": 10, "eval": {"checkpoints": [20]}}})",
     "regression.eval.checkpoints[0] = 20: expected at most regression.steps = 10"},
    {"unknownModelSize",
     R"({"experiment": "regression", "regression": {"model": {"size": "huge"}}})",
     R"(regression.model.size = "huge": expected "tiny", "small", "standard" or "custom")"},
    {"headsDoNotDivideWidth",
     R"({"experiment": "regression", "regression": {"model": {"size": "custom", "n_embd": 10, "n_head": 3}}})",
     "regression.model.n_head = 3: expected a divisor of n_embd = 10"},
    {"supportSizeZero",
     R"({"experiment": "meta_meta", "meta_meta": {"eval": {"support_sizes": [64, 0]}}})",
     "meta_meta.eval.support_sizes[1] = 0: expected a value >= 1"},
    {"innerStepsNegative", R"({"experiment": "meta_meta", "meta_meta": {"inner_steps": -1}})",
     "meta_meta.inner_steps = -1: expected a value >= 0"},
    {"innerLrZero", R"({"experiment": "meta_meta", "meta_meta": {"inner_lr": 0}})",
     "meta_meta.inner_lr = 0: expected a finite number > 0"},
    {"unknownMetaKey", R"({"experiment": "meta_meta", "meta_meta": {"inner_stepz": 2}})",
     "meta_meta.inner_stepz"},
};

class MetaConfigBadInput : public ::testing::TestWithParam<BadInput> {};
}  // namespace

TEST_P(MetaConfigBadInput, namesTheKey) {
  const auto result = RunConfig::fromJsonText(GetParam().json, "test.json");
  ASSERT_FALSE(result.ok());
  EXPECT_TRUE(hasText(result.error(), GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(Rows, MetaConfigBadInput, ::testing::ValuesIn(kBadInputs),
                         icl::test::RowName());
