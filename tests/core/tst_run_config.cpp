// RunConfig parsing, validation and presets (#2: every preset loads; every bad input names the
// key path, the value and what is expected).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/config/overrides.h"
#include "core/config/presets.h"
#include "core/config/run_config.h"
#include "core/tasks/task_sampler.h"
#include "tests/core/support/checks.h"

using icl::core::RunConfig;
using icl::test::hasText;
using nlohmann::json;

namespace {
std::string errorFor(const std::string& text) {
  const auto result = RunConfig::fromJsonText(text, "test.json");
  return result ? std::string("(accepted)") : result.error();
}
}  // namespace

TEST(RunConfig, defaultsAreValidAndRoundTrip) {
  RunConfig config;
  EXPECT_TRUE(config.validate().ok());
  const auto parsed = RunConfig::fromJson(config.toJson(), "defaults");
  ASSERT_TRUE(parsed.ok()) << parsed.error();
  RunConfig resolved;
  resolved.resolveDefaults();
  EXPECT_EQ(parsed.value().toJsonText(), resolved.toJsonText());
}

TEST(RunConfig, emptyObjectTakesDefaults) {
  const auto parsed = RunConfig::fromJsonText("{}", "empty");
  ASSERT_TRUE(parsed.ok()) << parsed.error();
  EXPECT_EQ(parsed.value().task.d, 2);
  EXPECT_EQ(parsed.value().learners.cnp.hidden, 6);  // resolved to d + 2C
}

TEST(RunConfig, everyPresetLoads) {
  const auto presets = icl::core::listPresets();
  EXPECT_GE(presets.size(), 12u);
  for (const auto& preset : presets) {  // also any preset added later
    const auto config = icl::core::loadPreset(preset.name);
    EXPECT_TRUE(config.ok()) << preset.name << ": " << config.error();
  }
  for (const std::string name :
       {"p1-sim", "p1-proto", "p1-ave", "p2-mixture", "p1-sim-paper", "p1-proto-paper",
        "p1-ave-paper", "p2-mixture-paper", "i1-curriculum", "i1-curriculum-paper", "i2-meta-meta",
        "i2-meta-meta-paper"}) {
    SCOPED_TRACE(name);
    const auto config = icl::core::loadPreset(name);
    ASSERT_TRUE(config.ok()) << config.error();
    EXPECT_EQ(config.value().name, name);
    EXPECT_FALSE(config.value().description.empty());
  }
}

// A "-paper" preset is its CPU preset at the paper's scale: the same experiment with only the
// size keys grown, and its description states the depth, batch and N it sets.
TEST(RunConfig, paperPresetsScaleUpTheirCpuPresetAndSayHow) {
  for (const std::string base : {"p1-sim", "p1-proto", "p1-ave", "p2-mixture"}) {
    SCOPED_TRACE(base);
    const auto small = icl::core::loadPreset(base);
    const auto paper = icl::core::loadPreset(base + "-paper");
    ASSERT_TRUE(small.ok() && paper.ok());
    const RunConfig& s = small.value();
    const RunConfig& p = paper.value();
    EXPECT_GT(p.learners.icl.depth, s.learners.icl.depth);
    EXPECT_GT(p.task.length, s.task.length);
    EXPECT_GT(p.train.batchSize, s.train.batchSize);
    EXPECT_GT(p.train.steps, s.train.steps);
    EXPECT_GT(p.eval.tasksPerFamily, s.eval.tasksPerFamily);
    // Everything else is the CPU preset's.
    RunConfig rescaled = p;
    rescaled.name = s.name;
    rescaled.description = s.description;
    rescaled.learners.icl.depth = s.learners.icl.depth;
    rescaled.task.length = s.task.length;
    rescaled.train.batchSize = s.train.batchSize;
    rescaled.train.steps = s.train.steps;
    rescaled.train.evalEvery = s.train.evalEvery;
    rescaled.eval.tasksPerFamily = s.eval.tasksPerFamily;
    EXPECT_EQ(rescaled.toJsonText(), s.toJsonText());
    for (const std::string& stated :
         {"depth " + std::to_string(p.learners.icl.depth), "B " + std::to_string(p.train.batchSize),
          "N " + std::to_string(p.task.length)}) {
      EXPECT_TRUE(hasText(p.description, stated));
    }
  }
}

// P2 trains on equal thirds of its families (spec): the paper batch must split evenly.
TEST(RunConfig, mixturePresetsSplitTheirBatchEvenly) {
  for (const std::string name : {"p2-mixture", "p2-mixture-paper"}) {
    SCOPED_TRACE(name);
    const auto config = icl::core::loadPreset(name);
    ASSERT_TRUE(config.ok()) << config.error();
    const auto counts = icl::core::TaskSampler::mixtureCounts(config.value().task.mixture,
                                                              config.value().train.batchSize);
    std::vector<int64_t> used;
    for (const auto& [family, count] : counts) {
      if (config.value().task.mixture.at(family) > 0.0) {
        used.push_back(count);
      }
    }
    ASSERT_EQ(used.size(), 3u);
    EXPECT_EQ(used[0], used[1]);
    EXPECT_EQ(used[1], used[2]);
  }
}

TEST(RunConfig, missingPresetListsKnownNames) {
  const auto result = icl::core::loadPreset("p9-nothing");
  ASSERT_FALSE(result.ok());
  EXPECT_TRUE(hasText(result.error(), "no preset named 'p9-nothing'"));
  EXPECT_TRUE(hasText(result.error(), "p2-mixture"));
}

namespace {
struct BadInput {
  const char* row;
  const char* configText;
  const char* expected;
};

const BadInput kBadInputs[] = {
    {"dBelowOne", R"({"task": {"d": 0}})", "task.d = 0: expected a value >= 1"},
    {"cBelowTwo", R"({"task": {"C": 1}})", "task.C = 1: expected a value >= 2"},
    {"nBelowOne", R"({"task": {"N": 0}})", "task.N = 0: expected a value >= 1"},
    {"negativeWeight", R"({"task": {"mixture": {"sim": -1}}})",
     "task.mixture.sim = -1: expected a finite number >= 0"},
    {"weightsSumToZero", R"({"task": {"mixture": {"sim": 0, "proto": 0, "ave": 0, "rad": 0}}})",
     "task.mixture = all zero: expected at least one weight > 0"},
    {"lrZero", R"({"learners": {"icl": {"lr": 0}}})",
     "learners.icl.lr = 0: expected a finite number > 0"},
    {"lrNegative", R"({"learners": {"cnp": {"lr": -0.1}}})",
     "learners.cnp.lr = -0.1: expected a finite number > 0"},
    {"unknownFamily", R"({"task": {"train_family": "circle"}})",
     "task.train_family = \"circle\": expected one of sim, proto, ave, rad, mix"},
    {"unknownTestFamily", R"({"eval": {"families": ["sim", "zig"]}})",
     "eval.families[1] = \"zig\": expected one of"},
    {"unknownLearner", R"({"learners": {"gpt": {"enabled": true}}})", "unknown key 'learners.gpt'"},
    {"unknownKey", R"({"task": {"dims": 3}})", "unknown key 'task.dims'"},
    {"unknownTopLevelKey", R"({"sed": 3})", "unknown key 'sed'"},
    {"wrongType", R"({"task": {"d": "two"}})", "task.d = \"two\": expected an integer"},
    {"fractionForInteger", R"({"train": {"steps": 10.5}})",
     "train.steps = 10.5: expected an integer"},
    {"wrongBool", R"({"learners": {"icl": {"enabled": 1}}})",
     "learners.icl.enabled = 1: expected true or false"},
    {"similarity", R"({"learners": {"matchnet": {"similarity": "l2"}}})",
     "learners.matchnet.similarity = \"l2\": expected \"dot\" or \"cosine\""},
    {"device", R"({"device": "tpu"})", "device = \"tpu\": expected \"auto\", \"cpu\" or \"cuda\""},
    {"startBeyondN", R"({"task": {"N": 5}, "train": {"start": 5}})",
     "train.start = 5: expected a position < task.N = 5"},
    {"allLearnersOff",
     R"({"learners": {"icl": {"enabled": false}, "matchnet": {"enabled": false},
         "protonet": {"enabled": false}, "cnp": {"enabled": false}}})",
     "learners = all disabled"},
    {"schema", R"({"schemaVersion": 7})", "schemaVersion = 7: expected 1"},
    {"notAnObject", R"([1, 2])", "expected a JSON object"},
    {"malformedJson", R"({"task": {"d": 2,}})", "not valid JSON"},
    // Found by tests/fuzz/fuzz_config: json::parse throws out_of_range, not parse_error, for
    // a number beyond double, and d + 2C overflowed int64 (undefined behaviour).
    {"numberBeyondDouble", R"({"seed": 1e400})", "number overflow parsing '1e400'"},
    {"hugeD", R"({"task": {"d": 9223372036854775807}})",
     "task.d = 9223372036854775807: expected a value <= 1000"},
    {"hugeC", R"({"task": {"C": 4611686018427387904}})",
     "task.C = 4611686018427387904: expected a value <= 1000"},
};

class RunConfigBadInput : public ::testing::TestWithParam<BadInput> {};
}  // namespace

TEST_P(RunConfigBadInput, namesKeyValueAndExpectation) {
  const std::string error = errorFor(GetParam().configText);
  EXPECT_TRUE(hasText(error, GetParam().expected));
  EXPECT_TRUE(hasText(error, "test.json"));
}

INSTANTIATE_TEST_SUITE_P(Rows, RunConfigBadInput, ::testing::ValuesIn(kBadInputs),
                         icl::test::RowName());

TEST(RunConfig, malformedJsonNamesLineAndColumn) {
  const std::string error = errorFor("{\n  \"seed\": 1,\n  \"task\": {\"d\": }\n}");
  EXPECT_TRUE(hasText(error, "line 3"));
}

TEST(RunConfig, overrideSetsNestedKeysAndParsesValues) {
  json root = json::object();
  EXPECT_TRUE(icl::core::applyOverride(root, "learners.icl.depth=8").ok());
  EXPECT_TRUE(icl::core::applyOverride(root, "task.train_family=sim").ok());
  EXPECT_TRUE(icl::core::applyOverride(root, "learners.icl.lr=1e-3").ok());
  const auto config = RunConfig::fromJson(root, "overrides");
  ASSERT_TRUE(config.ok()) << config.error();
  EXPECT_EQ(config.value().learners.icl.depth, 8);
  EXPECT_EQ(config.value().task.trainFamily, icl::core::TaskFamily::Sim);
  EXPECT_EQ(config.value().learners.icl.lr, 1e-3);
}

TEST(RunConfig, overrideOfUnknownKeyIsRejectedByTheParser) {
  json root = json::object();
  EXPECT_TRUE(icl::core::applyOverride(root, "task.dim=3").ok());
  const auto config = RunConfig::fromJson(root, "overrides");
  ASSERT_FALSE(config.ok());
  EXPECT_TRUE(hasText(config.error(), "unknown key 'task.dim'"));
}

TEST(RunConfig, malformedOverrideIsAnError) {
  json root = json::object();
  const auto status = icl::core::applyOverride(root, "noequals");
  ASSERT_FALSE(status.ok());
  EXPECT_TRUE(hasText(status.error(), "expected key.path=value"));
}

// Found by tests/fuzz/fuzz_config: these threw out of applyOverride or fromJson (the CLI ended
// in std::terminate) or made a config that could not be written (dump throws on a string that
// is not UTF-8).
TEST(RunConfig, overrideThatCannotBeRepresentedIsAnError) {
  json root = json::object();
  const auto overflow = icl::core::applyOverride(root, "seed=1e400");
  ASSERT_FALSE(overflow.ok());
  EXPECT_TRUE(hasText(overflow.error(), "--set seed=1e400: the number is out of range"));
  for (const std::string assignment : {"name=caf\xe9", "task.\xff=1"}) {
    const auto status = icl::core::applyOverride(root, assignment);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(hasText(status.error(), "not valid UTF-8"));
  }
  EXPECT_EQ(root, json::object());  // nothing was set
}

TEST(RunConfig, valueThatIsNotUtf8IsNamedWithoutThrowing) {
  json root = {{"task", {{"d", "\xff"}}}};  // as a caller might build it
  const auto config = RunConfig::fromJson(root, "built");
  ASSERT_FALSE(config.ok());
  EXPECT_TRUE(hasText(config.error(), "task.d = \"\xef\xbf\xbd\": expected an integer"));
}
