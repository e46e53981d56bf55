// The config field table (#9): one description per key drives reading, writing, range checks,
// --set and the README's config reference, so these tests hold the table to each of them.
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/config/config_fields.h"
#include "core/config/config_reference.h"
#include "core/config/overrides.h"
#include "core/config/run_config.h"

using icl::core::ConfigField;
using icl::core::Experiment;
using icl::core::FieldType;
using icl::core::RunConfig;
using nlohmann::json;

namespace {

constexpr Experiment kExperiments[] = {Experiment::Classification, Experiment::Regression,
                                       Experiment::MetaMeta};
constexpr int64_t kNoMinimum = std::numeric_limits<int64_t>::min();
constexpr int64_t kNoMaximum = std::numeric_limits<int64_t>::max();

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// A config whose experiment is the one @p field belongs to, so that the field is checked.
RunConfig configFor(const ConfigField& field) {
  RunConfig config;
  config.experiment = field.experiment.value_or(Experiment::Classification);
  return config;
}

/// @p keyPath = value inside @p root, making the objects on the way.
void setAt(json& root, const std::string& keyPath, const json& value) {
  json* node = &root;
  std::stringstream parts(keyPath);
  for (std::string part; std::getline(parts, part, '.');) {
    node = &(*node)[part];
  }
  *node = value;
}

/// The leaves of @p node as key paths (arrays are leaves).
void collectKeys(const json& node, const std::string& path, std::set<std::string>& keys) {
  if (!node.is_object()) {
    keys.insert(path);
    return;
  }
  for (const auto& item : node.items()) {
    collectKeys(item.value(), path.empty() ? item.key() : path + "." + item.key(), keys);
  }
}

/// A valid value of the field that differs from @p current.
json otherValue(const ConfigField& field, const json& current) {
  switch (field.type) {
    case FieldType::Integer:
    case FieldType::Unsigned:
      return current.get<int64_t>() < field.maximum ? current.get<int64_t>() + 1
                                                    : current.get<int64_t>() - 1;
    case FieldType::Number: return current.get<double>() + 0.5;
    case FieldType::Boolean: return !current.get<bool>();
    case FieldType::Text: return current.get<std::string>() + "-other";
    case FieldType::Choice:
      return field.choices.front() == current ? field.choices.back() : field.choices.front();
    case FieldType::IntegerList: {
      json list = current;
      list.push_back(std::max<int64_t>(field.minimum, 1));
      return list;
    }
    case FieldType::NumberList: {
      json list = current;
      list.push_back(current.empty() ? 1.0 : current.back().get<double>() + 1.0);
      return list;
    }
    case FieldType::ChoiceList: {
      for (const std::string& choice : field.choices) {
        if (std::find(current.begin(), current.end(), choice) == current.end()) {
          json list = current;
          list.push_back(choice);
          return list;
        }
      }
      json list = current;
      list.erase(list.size() - 1);
      return list;
    }
  }
  return current;
}

struct Bound {
  json inside;
  json outside;
  std::string namedPath;  // the key path the error must name (an item's for lists)
};

/// Values just inside and just outside each bound of the field's own range.
std::vector<Bound> boundsOf(const ConfigField& field) {
  std::vector<Bound> bounds;
  const bool isList = field.type == FieldType::IntegerList;
  auto item = [&](int64_t value) { return isList ? json::array({value}) : json(value); };
  const std::string itemPath = isList ? field.key + "[0]" : field.key;
  if (field.type == FieldType::Integer || field.type == FieldType::Unsigned || isList) {
    if (field.minimum != kNoMinimum) {
      bounds.push_back({item(field.minimum), item(field.minimum - 1), itemPath});
    }
    if (field.maximum != kNoMaximum) {
      bounds.push_back({item(field.maximum), item(field.maximum + 1), itemPath});
    }
  }
  if (field.type == FieldType::Number && field.numberRange == icl::core::NumberRange::Positive) {
    bounds.push_back({1e-9, 0.0, field.key});
  }
  if (field.type == FieldType::Number && field.numberRange == icl::core::NumberRange::NonNegative) {
    bounds.push_back({0.0, -1e-9, field.key});
  }
  if (field.type == FieldType::Choice) {
    for (const std::string& choice : field.choices) {
      bounds.push_back({choice, choice + "-not", field.key});
    }
  }
  if (field.type == FieldType::NumberList &&
      field.numberRange == icl::core::NumberRange::Positive) {
    bounds.push_back({json::array({1e-9}), json::array({0.0}), field.key + "[0]"});
  }
  if (field.type == FieldType::NumberList &&
      field.numberRange == icl::core::NumberRange::NonNegative) {
    bounds.push_back({json::array({0.0}), json::array({-1e-9}), field.key + "[0]"});
  }
  if (field.type == FieldType::ChoiceList) {
    bounds.push_back(
        {json::array({field.choices.back()}), json::array({"not-a-choice"}), field.key + "[0]"});
  }
  if (field.nonEmpty) {
    bounds.push_back({otherValue(field, json::array()), json::array(), field.key});
  }
  return bounds;
}

}  // namespace

// #9: the README's tables are generated from the field table; this fails until they agree.
TEST(ConfigFields, ReadmeConfigTablesMatchTheFieldTable) {
  std::ifstream file(std::string(ICL_SOURCE_DIR) + "/README.md");
  ASSERT_TRUE(file) << "cannot read README.md in " << ICL_SOURCE_DIR;
  std::stringstream readme;
  readme << file.rdbuf();
  const auto regenerated = icl::core::withConfigReference(readme.str());
  ASSERT_TRUE(regenerated.ok()) << "README.md: " << regenerated.error();
  if (regenerated.value() != readme.str()) {
    std::string expected;
    for (const std::string& section : icl::core::configReferenceSections()) {
      expected += section + ":\n" + icl::core::configReferenceMarkdown(section) + "\n";
    }
    FAIL() << "README.md's config tables differ from the field table "
              "(core/config/config_fields.cpp, meta_config_fields.cpp). Regenerate them with\n"
              "  cmake --build build --target update_config_reference\n"
              "Expected tables:\n"
           << expected;
  }
}

TEST(ConfigFields, ReferenceNeedsEverySectionOnce) {
  EXPECT_FALSE(icl::core::withConfigReference("no markers here\n").ok());
  const std::string one = "<!-- config-table:begin regression -->\nold\n<!-- config-table:end -->";
  const auto missing = icl::core::withConfigReference(one);
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(contains(missing.error(), "classification")) << missing.error();
  const auto unknown = icl::core::withConfigReference(
      "<!-- config-table:begin vision -->\n<!-- config-table:end -->");
  ASSERT_FALSE(unknown.ok());
  EXPECT_TRUE(contains(unknown.error(), "'vision'")) << unknown.error();
}

TEST(ConfigFields, KeysAreUniqueFoundAndExplained) {
  std::set<std::string> keys;
  for (const ConfigField& field : icl::core::configFields()) {
    EXPECT_TRUE(keys.insert(field.key).second) << "listed twice: " << field.key;
    EXPECT_EQ(icl::core::findConfigField(field.key), &field) << field.key;
    EXPECT_FALSE(field.help.empty()) << field.key << " has no help text (README, tooltips)";
    EXPECT_TRUE(field.binding != nullptr) << field.key;
  }
  // A key cannot be both a value and an object holding other keys.
  for (const std::string& key : keys) {
    const auto next = keys.lower_bound(key + ".");
    EXPECT_TRUE(next == keys.end() || next->compare(0, key.size() + 1, key + ".") != 0) << key;
  }
  EXPECT_EQ(icl::core::findConfigField("task.dims"), nullptr);
}

// Every key toJson writes has a field, and every field of the active experiment is written.
TEST(ConfigFields, ToJsonWritesExactlyTheFieldsOfTheActiveExperiment) {
  for (Experiment experiment : kExperiments) {
    RunConfig config;
    config.experiment = experiment;
    std::set<std::string> written;
    collectKeys(config.toJson(), "", written);
    std::set<std::string> expected;
    for (const ConfigField& field : icl::core::configFields()) {
      if (field.appliesTo(experiment)) {
        expected.insert(field.key);
      }
    }
    EXPECT_EQ(written, expected) << icl::core::experimentName(experiment);
  }
}

// A value written by a field and read back is the same, and reading touches no other field.
TEST(ConfigFields, EveryFieldRoundTripsOnItsOwnMember) {
  const RunConfig defaults;
  for (const ConfigField& field : icl::core::configFields()) {
    if (field.key == "schemaVersion") {
      continue;  // one allowed value; its range is tested below
    }
    RunConfig config;
    const json value = otherValue(field, field.write(defaults));
    ASSERT_NE(value, field.write(defaults)) << field.key;
    field.read(value, config);
    EXPECT_EQ(field.write(config), value) << field.key;
    for (const ConfigField& other : icl::core::configFields()) {
      if (&other != &field) {
        EXPECT_EQ(other.write(config), other.write(defaults))
            << "reading " << field.key << " changed " << other.key;
      }
    }
  }
}

// Just inside each bound passes the field's check; just outside, the whole config is refused
// with a message naming the key path.
TEST(ConfigFields, EveryRangeBoundIsEnforced) {
  std::size_t boundsTested = 0;
  for (const ConfigField& field : icl::core::configFields()) {
    for (const Bound& bound : boundsOf(field)) {
      ++boundsTested;
      RunConfig inside = configFor(field);
      const auto readAndCheck = [&] {
        field.read(bound.inside, inside);
        field.check(inside);
      };
      EXPECT_NO_THROW(readAndCheck()) << field.key << " = " << bound.inside.dump();
      // Model numbers count only with size "custom".
      json root = {{"experiment", icl::core::experimentName(configFor(field).experiment)},
                   {"regression", {{"model", {{"size", "custom"}}}}},
                   {"meta_meta", {{"model", {{"size", "custom"}}}}}};
      setAt(root, field.key, bound.outside);
      const auto result = RunConfig::fromJson(root, "bounds");
      ASSERT_FALSE(result.ok()) << field.key << " = " << bound.outside.dump() << " was accepted";
      EXPECT_TRUE(contains(result.error(), "bounds: " + bound.namedPath + " = ") &&
                  contains(result.error(), "expected"))
          << field.key << " = " << bound.outside.dump() << ": " << result.error();
    }
  }
  EXPECT_GE(boundsTested, 100u);  // 110 when written: a shrinking count means lost ranges
}

TEST(ConfigFields, OnlyTheActiveExperimentsSectionIsChecked) {
  const json root = {{"regression", {{"steps", 0}}}};
  EXPECT_TRUE(RunConfig::fromJson(root, "classification").ok());
  json regression = root;
  regression["experiment"] = "regression";
  const auto result = RunConfig::fromJson(regression, "regression");
  ASSERT_FALSE(result.ok());
  EXPECT_TRUE(contains(result.error(), "regression.steps = 0: expected a value >= 1"))
      << result.error();
}

// Missing keys keep the struct's defaults: the README's default column is read from a
// default-constructed RunConfig, and this holds the reader to the same values.
TEST(ConfigFields, AnEmptyConfigReadsAsTheDefaults) {
  for (Experiment experiment : kExperiments) {
    const auto parsed =
        RunConfig::fromJson({{"experiment", icl::core::experimentName(experiment)}}, "empty");
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    RunConfig expected;
    expected.experiment = experiment;
    expected.resolveDefaults();
    for (const ConfigField& field : icl::core::configFields()) {
      EXPECT_EQ(field.write(parsed.value()), field.write(expected)) << field.key;
    }
  }
}

TEST(ConfigFields, UnknownKeyNamesTheCloseKeys) {
  const auto result = RunConfig::fromJsonText(R"({"task": {"dim": 3}})", "test.json");
  ASSERT_FALSE(result.ok());
  EXPECT_TRUE(contains(result.error(), "unknown key 'task.dim', did you mean task.d"))
      << result.error();
  const auto close = icl::core::closeConfigKeys("train.lr");
  EXPECT_NE(std::find(close.begin(), close.end(), "learners.icl.lr"), close.end());
  EXPECT_TRUE(icl::core::closeConfigKeys("learners.gpt").empty());
}

TEST(ConfigFields, OverrideReadsValuesAsTheFieldExpects) {
  json root = json::object();
  for (const char* assignment :
       {"name=2024", "device=cpu", "eval.families=sim,rad", "regression.eval.checkpoints=10,20",
        "regression.arms=[\"plain\"]", "task.d=3", "learners.matchnet.enabled=false",
        "task.mixture={\"sim\": 2}"}) {
    const auto status = icl::core::applyOverride(root, assignment);
    EXPECT_TRUE(status.ok()) << assignment << ": " << status.error();
  }
  EXPECT_EQ(root["name"], "2024");
  EXPECT_EQ(root["device"], "cpu");
  EXPECT_EQ(root["eval"]["families"], json::array({"sim", "rad"}));
  EXPECT_EQ(root["regression"]["eval"]["checkpoints"], json::array({10, 20}));
  EXPECT_EQ(root["regression"]["arms"], json::array({"plain"}));
  EXPECT_EQ(root["task"]["d"], 3);
  EXPECT_EQ(root["learners"]["matchnet"]["enabled"], false);
  EXPECT_EQ(root["task"]["mixture"], json({{"sim", 2}}));
}

TEST(ConfigFields, SeedTakesAllSixtyFourBits) {
  // The window accepts seeds up to 2^64 - 1 and writes them to config.json; reading that file
  // back (resume, Open Run) must give the same seed, not an error about a negative number.
  RunConfig config;
  config.seed = std::numeric_limits<uint64_t>::max();
  const auto reread = RunConfig::fromJsonText(config.toJsonText(), "config.json");
  ASSERT_TRUE(reread.ok()) << reread.error();
  EXPECT_EQ(reread.value().seed, std::numeric_limits<uint64_t>::max());
  const auto above = RunConfig::fromJsonText(R"({"seed": 9223372036854775808})", "s.json");
  ASSERT_TRUE(above.ok()) << above.error();
  EXPECT_EQ(above.value().seed, uint64_t{1} << 63);
  const auto negative = RunConfig::fromJsonText(R"({"seed": -1})", "s.json");
  ASSERT_FALSE(negative.ok());
  EXPECT_TRUE(contains(negative.error(), "seed = -1: expected an integer >= 0"))
      << negative.error();
}
