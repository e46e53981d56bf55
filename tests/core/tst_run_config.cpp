// RunConfig parsing, validation and presets (#2: every preset loads; every bad input names the
// key path, the value and what is expected).
#include <QtTest>

#include <nlohmann/json.hpp>

#include "core/config/overrides.h"
#include "core/config/presets.h"
#include "core/config/run_config.h"

using icl::core::RunConfig;
using nlohmann::json;

namespace {
std::string errorFor(const std::string& text) {
  const auto result = RunConfig::fromJsonText(text, "test.json");
  return result ? std::string("(accepted)") : result.error();
}
bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}
}  // namespace

class TestRunConfig : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void defaultsAreValidAndRoundTrip() {
    RunConfig config;
    QVERIFY(config.validate().ok());
    const auto parsed = RunConfig::fromJson(config.toJson(), "defaults");
    QVERIFY2(parsed.ok(), parsed.error().c_str());
    QCOMPARE(parsed.value().toJsonText(), [] {
      RunConfig resolved;
      resolved.resolveDefaults();
      return resolved.toJsonText();
    }());
  }

  void emptyObjectTakesDefaults() {
    const auto parsed = RunConfig::fromJsonText("{}", "empty");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().task.d, int64_t{2});
    QCOMPARE(parsed.value().learners.cnp.hidden, int64_t{6});  // resolved to d + 2C
  }

  void everyPresetLoads() {
    const auto presets = icl::core::listPresets();
    QVERIFY(presets.size() >= 12);
    for (const auto& preset : presets) {  // also any preset added later
      const auto config = icl::core::loadPreset(preset.name);
      QVERIFY2(config.ok(), (preset.name + ": " + config.error()).c_str());
    }
    for (const auto& name : {"p1-sim", "p1-proto", "p1-ave", "p2-mixture", "p1-sim-paper",
                             "p1-proto-paper", "p1-ave-paper", "p2-mixture-paper",
                             "i1-curriculum", "i1-curriculum-paper", "i2-meta-meta",
                             "i2-meta-meta-paper"}) {
      const auto config = icl::core::loadPreset(name);
      QVERIFY2(config.ok(), (std::string(name) + ": " + config.error()).c_str());
      QCOMPARE(QString::fromStdString(config.value().name), QString(name));
      QVERIFY(!config.value().description.empty());
    }
  }

  void paperPresetsUsePaperSettings() {
    const auto config = icl::core::loadPreset("p2-mixture-paper").value();
    QCOMPARE(config.learners.icl.depth, int64_t{8});
    QCOMPARE(config.task.length, int64_t{50});
    QCOMPARE(config.train.batchSize, int64_t{126});
  }

  void missingPresetListsKnownNames() {
    const auto result = icl::core::loadPreset("p9-nothing");
    QVERIFY(!result.ok());
    QVERIFY(contains(result.error(), "no preset named 'p9-nothing'"));
    QVERIFY(contains(result.error(), "p2-mixture"));
  }

  void badInputNamesKeyValueAndExpectation_data() {
    QTest::addColumn<QString>("configText");
    QTest::addColumn<QString>("expected");
    QTest::newRow("d < 1") << R"({"task": {"d": 0}})" << "task.d = 0: expected a value >= 1";
    QTest::newRow("C < 2") << R"({"task": {"C": 1}})" << "task.C = 1: expected a value >= 2";
    QTest::newRow("N < 1") << R"({"task": {"N": 0}})" << "task.N = 0: expected a value >= 1";
    QTest::newRow("negative weight") << R"({"task": {"mixture": {"sim": -1}}})"
                                     << "task.mixture.sim = -1: expected a finite number >= 0";
    QTest::newRow("weights sum to 0")
        << R"({"task": {"mixture": {"sim": 0, "proto": 0, "ave": 0, "rad": 0}}})"
        << "task.mixture = all zero: expected at least one weight > 0";
    QTest::newRow("lr = 0") << R"({"learners": {"icl": {"lr": 0}}})"
                            << "learners.icl.lr = 0: expected a finite number > 0";
    QTest::newRow("lr < 0") << R"({"learners": {"cnp": {"lr": -0.1}}})"
                            << "learners.cnp.lr = -0.1: expected a finite number > 0";
    QTest::newRow("unknown family") << R"({"task": {"train_family": "circle"}})"
                                    << "task.train_family = \"circle\": expected one of sim, proto, ave, rad, mix";
    QTest::newRow("unknown test family") << R"({"eval": {"families": ["sim", "zig"]}})"
                                         << "eval.families[1] = \"zig\": expected one of";
    QTest::newRow("unknown learner") << R"({"learners": {"gpt": {"enabled": true}}})"
                                     << "unknown key 'learners.gpt'";
    QTest::newRow("unknown key") << R"({"task": {"dims": 3}})" << "unknown key 'task.dims'";
    QTest::newRow("unknown top-level key") << R"({"sed": 3})" << "unknown key 'sed'";
    QTest::newRow("wrong type") << R"({"task": {"d": "two"}})"
                                << "task.d = \"two\": expected an integer";
    QTest::newRow("fraction for integer") << R"({"train": {"steps": 10.5}})"
                                          << "train.steps = 10.5: expected an integer";
    QTest::newRow("wrong bool") << R"({"learners": {"icl": {"enabled": 1}}})"
                                << "learners.icl.enabled = 1: expected true or false";
    QTest::newRow("similarity") << R"({"learners": {"matchnet": {"similarity": "l2"}}})"
                                << "learners.matchnet.similarity = \"l2\": expected \"dot\" or \"cosine\"";
    QTest::newRow("device") << R"({"device": "tpu"})"
                            << "device = \"tpu\": expected \"auto\", \"cpu\" or \"cuda\"";
    QTest::newRow("start beyond N") << R"({"task": {"N": 5}, "train": {"start": 5}})"
                                    << "train.start = 5: expected a position < task.N = 5";
    QTest::newRow("all learners off")
        << R"({"learners": {"icl": {"enabled": false}, "matchnet": {"enabled": false},
              "protonet": {"enabled": false}, "cnp": {"enabled": false}}})"
        << "learners = all disabled";
    QTest::newRow("schema") << R"({"schemaVersion": 7})" << "schemaVersion = 7: expected 1";
    QTest::newRow("not an object") << R"([1, 2])" << "expected a JSON object";
    QTest::newRow("malformed JSON") << R"({"task": {"d": 2,}})" << "not valid JSON";
    // Found by tests/fuzz/fuzz_config: json::parse throws out_of_range, not parse_error, for
    // a number beyond double, and d + 2C overflowed int64 (undefined behaviour).
    QTest::newRow("number beyond double") << R"({"seed": 1e400})" << "number overflow parsing '1e400'";
    QTest::newRow("huge d") << R"({"task": {"d": 9223372036854775807}})"
                            << "task.d = 9223372036854775807: expected a value <= 1000";
    QTest::newRow("huge C") << R"({"task": {"C": 4611686018427387904}})"
                            << "task.C = 4611686018427387904: expected a value <= 1000";
  }
  void badInputNamesKeyValueAndExpectation() {
    QFETCH(QString, configText);
    QFETCH(QString, expected);
    const std::string error = errorFor(configText.toStdString());
    QVERIFY2(contains(error, expected.toStdString()),
             ("got: " + error + "\nexpected to contain: " + expected.toStdString()).c_str());
    QVERIFY2(contains(error, "test.json"), error.c_str());
  }

  void malformedJsonNamesLineAndColumn() {
    const std::string error = errorFor("{\n  \"seed\": 1,\n  \"task\": {\"d\": }\n}");
    QVERIFY2(contains(error, "line 3"), error.c_str());
  }

  void overrideSetsNestedKeysAndParsesValues() {
    json root = json::object();
    QVERIFY(icl::core::applyOverride(root, "learners.icl.depth=8").ok());
    QVERIFY(icl::core::applyOverride(root, "task.train_family=sim").ok());
    QVERIFY(icl::core::applyOverride(root, "learners.icl.lr=1e-3").ok());
    const auto config = RunConfig::fromJson(root, "overrides");
    QVERIFY2(config.ok(), config.error().c_str());
    QCOMPARE(config.value().learners.icl.depth, int64_t{8});
    QCOMPARE(config.value().task.trainFamily, icl::core::TaskFamily::Sim);
    QCOMPARE(config.value().learners.icl.lr, 1e-3);
  }

  void overrideOfUnknownKeyIsRejectedByTheParser() {
    json root = json::object();
    QVERIFY(icl::core::applyOverride(root, "task.dim=3").ok());
    const auto config = RunConfig::fromJson(root, "overrides");
    QVERIFY(!config.ok());
    QVERIFY(contains(config.error(), "unknown key 'task.dim'"));
  }

  void malformedOverrideIsAnError() {
    json root = json::object();
    const auto status = icl::core::applyOverride(root, "noequals");
    QVERIFY(!status.ok());
    QVERIFY(contains(status.error(), "expected key.path=value"));
  }

  // Found by tests/fuzz/fuzz_config: these threw out of applyOverride or fromJson (the CLI
  // ended in std::terminate) or made a config that could not be written (dump throws on a
  // string that is not UTF-8).
  void overrideThatCannotBeRepresentedIsAnError() {
    json root = json::object();
    const auto overflow = icl::core::applyOverride(root, "seed=1e400");
    QVERIFY(!overflow.ok());
    QVERIFY2(contains(overflow.error(), "--set seed=1e400: the number is out of range"),
             overflow.error().c_str());
    for (const std::string assignment : {"name=caf\xe9", "task.\xff=1"}) {
      const auto status = icl::core::applyOverride(root, assignment);
      QVERIFY(!status.ok());
      QVERIFY2(contains(status.error(), "not valid UTF-8"), status.error().c_str());
    }
    QVERIFY(root == json::object());  // nothing was set
  }

  void valueThatIsNotUtf8IsNamedWithoutThrowing() {
    json root = {{"task", {{"d", "\xff"}}}};  // as a caller might build it
    const auto config = RunConfig::fromJson(root, "built");
    QVERIFY(!config.ok());
    QVERIFY2(contains(config.error(), "task.d = \"\xef\xbf\xbd\": expected an integer"),
             config.error().c_str());
  }
};

QTEST_APPLESS_MAIN(TestRunConfig)
#include "tst_run_config.moc"
