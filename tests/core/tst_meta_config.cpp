// Config of the improving experiments (#4): the "experiment" key dispatches, defaults keep
// every classification config unchanged, the new presets load, and each bad input names its
// key, value and expectation.
#include <QtTest>

#include <nlohmann/json.hpp>

#include "core/config/presets.h"
#include "core/config/run_config.h"

using namespace icl::core;

class TestMetaConfig : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void experimentDefaultsToClassification() {
    const auto config = RunConfig::fromJsonText("{}", "empty");
    QVERIFY(config.ok());
    QCOMPARE(config.value().experiment, Experiment::Classification);
    // Classification configs do not grow regression sections.
    const nlohmann::json json = config.value().toJson();
    QVERIFY(!json.contains("regression"));
    QVERIFY(!json.contains("meta_meta"));
  }

  void regressionConfigRoundTrips() {
    const auto config = loadPreset("i1-curriculum");
    QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
    const RunConfig& c = config.value();
    QCOMPARE(c.experiment, Experiment::Regression);
    QCOMPARE(c.regression.model.embd, int64_t{64});  // "tiny"
    QCOMPARE(c.regression.arms.size(), std::size_t{2});
    const auto again = RunConfig::fromJson(c.toJson(), "round trip");
    QVERIFY2(again.ok(), again.ok() ? "" : again.error().c_str());
    QCOMPARE(again.value().toJsonText(), c.toJsonText());
  }

  void newPresetsLoadWithTheirScale() {
    const auto paper = loadPreset("i1-curriculum-paper").value();
    QCOMPARE(paper.regression.model.embd, int64_t{256});
    QCOMPARE(paper.regression.model.layers, int64_t{12});
    QCOMPARE(paper.regression.curriculum.dims.interval, int64_t{10000});
    const auto meta = loadPreset("i2-meta-meta").value();
    QCOMPARE(meta.experiment, Experiment::MetaMeta);
    QCOMPARE(meta.metaMeta.supportSizes, (std::vector<int64_t>{64, 256}));
    const auto metaPaper = loadPreset("i2-meta-meta-paper").value();
    QVERIFY(metaPaper.metaMeta.secondOrder);
    QCOMPARE(metaPaper.metaMeta.innerSteps, int64_t{5});
    QCOMPARE(metaPaper.metaMeta.supportSizes, (std::vector<int64_t>{64, 256, 1024}));
  }

  void badInputNamesTheKey_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown experiment")
        << R"({"experiment": "vision"})"
        << R"(experiment = "vision": expected "classification", "regression" or "meta_meta")";
    QTest::newRow("end below start")
        << R"({"experiment": "regression", "regression": {"curriculum": {"dims": {"start": 5, "end": 3}}}})"
        << "regression.curriculum.dims.end = 3: expected a value >= "
           "regression.curriculum.dims.start = 5";
    QTest::newRow("zero interval")
        << R"({"experiment": "regression", "regression": {"curriculum": {"points": {"interval": 0}}}})"
        << "regression.curriculum.points.interval = 0: expected a value >= 1";
    QTest::newRow("more dims than D")
        << R"({"experiment": "regression", "regression": {"n_dims": 8, "curriculum": {"dims": {"end": 9}}}})"
        << "regression.curriculum.dims.end = 9: expected at most regression.n_dims = 8";
    QTest::newRow("more points than positions")
        << R"({"experiment": "regression", "regression": {"n_positions": 11, "curriculum": {"points": {"start": 11, "end": 12}}}})"
        << "regression.curriculum.points.end = 12: expected at most regression.n_positions = 11";
    QTest::newRow("negative increment")
        << R"({"experiment": "regression", "regression": {"curriculum": {"dims": {"inc": -1}}}})"
        << "regression.curriculum.dims.inc = -1: expected a value >= 0";
    QTest::newRow("unknown arm")
        << R"({"experiment": "regression", "regression": {"arms": ["fast"]}})"
        << R"(regression.arms[0] = "fast": expected "curriculum" or "plain")";
    QTest::newRow("checkpoint after the end")
        << R"({"experiment": "regression", "regression": {"steps": 10, "eval": {"checkpoints": [20]}}})"
        << "regression.eval.checkpoints[0] = 20: expected at most regression.steps = 10";
    QTest::newRow("unknown model size")
        << R"({"experiment": "regression", "regression": {"model": {"size": "huge"}}})"
        << R"(regression.model.size = "huge": expected "tiny", "small", "standard" or "custom")";
    QTest::newRow("heads do not divide width")
        << R"({"experiment": "regression", "regression": {"model": {"size": "custom", "n_embd": 10, "n_head": 3}}})"
        << "regression.model.n_head = 3: expected a divisor of n_embd = 10";
    QTest::newRow("support size 0")
        << R"({"experiment": "meta_meta", "meta_meta": {"eval": {"support_sizes": [64, 0]}}})"
        << "meta_meta.eval.support_sizes[1] = 0: expected a value >= 1";
    QTest::newRow("inner steps < 0")
        << R"({"experiment": "meta_meta", "meta_meta": {"inner_steps": -1}})"
        << "meta_meta.inner_steps = -1: expected a value >= 0";
    QTest::newRow("inner lr 0")
        << R"({"experiment": "meta_meta", "meta_meta": {"inner_lr": 0}})"
        << "meta_meta.inner_lr = 0: expected a finite number > 0";
    QTest::newRow("unknown meta key")
        << R"({"experiment": "meta_meta", "meta_meta": {"inner_stepz": 2}})"
        << "meta_meta.inner_stepz";
  }

  void badInputNamesTheKey() {
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const auto result = RunConfig::fromJsonText(json.toStdString(), "test.json");
    QVERIFY(!result.ok());
    QVERIFY2(QString::fromStdString(result.error()).contains(expected),
             result.error().c_str());
  }
};

QTEST_APPLESS_MAIN(TestMetaConfig)
#include "tst_meta_config.moc"
