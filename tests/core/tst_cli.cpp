// icl-lab-cli (#2 item 6): commands, exit codes and the bad-input messages.
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli/cli.h"
#include "core/training/device_info.h"

namespace fs = std::filesystem;

namespace {
struct CliOutcome {
  int code;
  std::string out;
  std::string err;
};

CliOutcome cli(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  const int code = icl::app::runCli(args, out, err);
  return {code, out.str(), err.str()};
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The tiny test run as --set overrides of a preset.
std::vector<std::string> tinyRun(const std::string& out) {
  return {"run", "--preset", "p2-mixture", "--out", out, "--device", "cpu", "--threads", "1",
          "--quiet", "--set", "task.N=6", "--set", "learners.icl.depth=1", "--set",
          "train.steps=4", "--set", "train.batch_size=6", "--set", "train.eval_every=2", "--set",
          "eval.tasks_per_family=8", "--set", "eval.N=8"};
}
}  // namespace

class TestCli : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void helpAndVersion() {
    const auto help = cli({"--help"});
    QCOMPARE(help.code, 0);
    QVERIFY(contains(help.out, "icl-lab-cli run (--preset NAME | --config FILE)"));
    const auto version = cli({"--version"});
    QCOMPARE(version.code, 0);
    QVERIFY(contains(version.out, "LibTorch"));
    QCOMPARE(cli({}).code, 2);
  }

  void presetsAreListedWithDescriptions() {
    const auto presets = cli({"presets"});
    QCOMPARE(presets.code, 0);
    for (const char* name : {"p1-sim ", "p1-proto ", "p1-ave ", "p2-mixture ", "p2-mixture-paper"}) {
      QVERIFY2(contains(presets.out, name), name);
    }
    QVERIFY(contains(presets.out, "P2 mixture"));
  }

  void tinyRunSucceedsAndReportsEveryLearner() {
    QTemporaryDir temp;
    const std::string out = (fs::path(temp.path().toStdString()) / "run").string();
    const auto run = cli(tinyRun(out));
    QVERIFY2(run.code == 0, run.err.c_str());
    QVERIFY(contains(run.out, "run completed"));
    QVERIFY(contains(run.out, "protonet"));
    QVERIFY(fs::exists(fs::path(out) / "eval.csv"));
    const auto report = cli({"report", out, "--shots", "1,7"});
    QVERIFY2(report.code == 0, report.err.c_str());
    QVERIFY(contains(report.out, "| test family | learner | 1 | 7 | mean |"));
    QVERIFY(contains(report.out, "| sim | icl |"));
    QVERIFY(contains(report.out, "| mix | cnp |"));
    QCOMPARE(cli({"report", "/nonexistent-run"}).code, 2);
    // A second run into the same folder must not overwrite it.
    const auto again = cli(tinyRun(out));
    QCOMPARE(again.code, 2);
    QVERIFY2(contains(again.err, "already holds files"), again.err.c_str());
  }

  void badUsageAndConfigExitWithTwoAndANamedProblem_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing preset") << QStringList{"run", "--preset", "p7"}
                                    << "no preset named 'p7'";
    QTest::newRow("missing config file") << QStringList{"run", "--config", "/nonexistent.json"}
                                         << "/nonexistent.json: no such file";
    QTest::newRow("neither") << QStringList{"run"} << "needs --preset NAME or --config FILE";
    QTest::newRow("unknown option") << QStringList{"run", "--preset", "p1-sim", "--fast"}
                                    << "unknown option '--fast'";
    QTest::newRow("unknown command") << QStringList{"train"} << "unknown command 'train'";
    QTest::newRow("bad set value") << QStringList{"run", "--preset", "p1-sim", "--set", "task.d=0"}
                                   << "task.d = 0: expected a value >= 1";
    QTest::newRow("unknown set key") << QStringList{"run", "--preset", "p1-sim", "--set", "task.q=1"}
                                     << "unknown key 'task.q'";
    QTest::newRow("bad device") << QStringList{"run", "--preset", "p1-sim", "--device", "gpu"}
                                << "device = \"gpu\": expected";
    QTest::newRow("bad seed") << QStringList{"run", "--preset", "p1-sim", "--seed", "-3"}
                              << "--seed -3: expected an integer >= 0";
    QTest::newRow("bad threads") << QStringList{"run", "--preset", "p1-sim", "--threads", "0"}
                                 << "--threads 0: expected an integer >= 1";
    QTest::newRow("unwritable out") << QStringList{"run", "--preset", "p1-sim", "--out",
                                                   "/proc/icl-lab-run"}
                                    << "cannot create output folder /proc/icl-lab-run";
    QTest::newRow("sample family") << QStringList{"sample", "--family", "circle", "--out", "x.csv"}
                                   << "--family circle: expected one of";
  }
  void badUsageAndConfigExitWithTwoAndANamedProblem() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    std::vector<std::string> arguments;
    for (const QString& arg : args) {
      arguments.push_back(arg.toStdString());
    }
    const auto outcome = cli(arguments);
    QCOMPARE(outcome.code, 2);
    QVERIFY2(contains(outcome.err, message.toStdString()), outcome.err.c_str());
  }

  void malformedConfigFileIsNamedWithItsLine() {
    QTemporaryDir temp;
    const std::string path = (fs::path(temp.path().toStdString()) / "broken.json").string();
    std::ofstream(path) << "{\n  \"task\": {\"d\": 2,,}\n}\n";
    const auto outcome = cli({"run", "--config", path});
    QCOMPARE(outcome.code, 2);
    QVERIFY2(contains(outcome.err, "broken.json: not valid JSON") && contains(outcome.err, "line 2"),
             outcome.err.c_str());
  }

  // Found by tests/fuzz/fuzz_config: a number beyond double ended the CLI in std::terminate.
  void numberBeyondDoubleInConfigFileIsNamed() {
    QTemporaryDir temp;
    const std::string path = (fs::path(temp.path().toStdString()) / "huge.json").string();
    std::ofstream(path) << "{\"seed\": 1e400}\n";
    const auto outcome = cli({"config", "--config", path});
    QCOMPARE(outcome.code, 2);
    QVERIFY2(contains(outcome.err, "huge.json: not valid JSON") &&
                 contains(outcome.err, "number overflow"),
             outcome.err.c_str());
  }

  void configCommandPrintsAConfigThatRunAccepts() {
    QTemporaryDir temp;
    const auto printed = cli({"config", "--preset", "p1-proto", "--set", "seed=9"});
    QCOMPARE(printed.code, 0);
    const auto json = nlohmann::json::parse(printed.out);
    QCOMPARE(json["seed"].get<int>(), 9);
    QCOMPARE(json["train"]["start"].get<int>(), 2);
  }

  void sampleWritesEpisodesAndTaskParameters() {
    QTemporaryDir temp;
    const fs::path csv = fs::path(temp.path().toStdString()) / "episodes.csv";
    const auto outcome = cli({"sample", "--family", "ave", "--tasks", "3", "--shots", "5",
                              "--seed", "2", "--out", csv.string()});
    QVERIFY2(outcome.code == 0, outcome.err.c_str());
    std::ifstream in(csv);
    std::string header;
    std::getline(in, header);
    QCOMPARE(header, std::string("task,position,x0,x1,label"));
    int rows = 0;
    for (std::string line; std::getline(in, line);) {
      ++rows;
    }
    QCOMPARE(rows, 3 * 5);
    std::ifstream jsonIn(fs::path(csv).replace_extension(".json"));
    const auto json = nlohmann::json::parse(jsonIn);
    QCOMPARE(json["task_parameters"].size(), std::size_t{3});
    QCOMPARE(json["task_parameters"][0]["w"].size(), std::size_t{2});
    QCOMPARE(json["task_parameters"][0]["family"].get<std::string>(), std::string("ave"));
    // Same seed, same file.
    const fs::path again = fs::path(temp.path().toStdString()) / "again.csv";
    cli({"sample", "--family", "ave", "--tasks", "3", "--shots", "5", "--seed", "2", "--out",
         again.string()});
    std::ifstream a(csv);
    std::ifstream b(again);
    QVERIFY(std::string(std::istreambuf_iterator<char>(a), {}) ==
            std::string(std::istreambuf_iterator<char>(b), {}));
  }

  void quickBenchReportsEveryLearner() {
    const auto outcome = cli({"bench", "--quick", "--steps", "1", "--threads", "1"});
    QCOMPARE(outcome.code, 0);
    for (const char* name : {"icl", "matchnet", "protonet", "cnp"}) {
      QVERIFY2(contains(outcome.out, name), outcome.out.c_str());
    }
    QVERIFY(contains(outcome.out, "ms/step"));
    // #4: the GPT regression model with GFLOP/s next to the matrix-multiply peak.
    QVERIFY2(contains(outcome.out, "gpt-quick"), outcome.out.c_str());
    QVERIFY2(contains(outcome.out, "mm-peak"), outcome.out.c_str());
    QVERIFY(contains(outcome.out, "GFLOP/s"));
  }

  void benchOnAMissingDeviceIsBadUsage() {
    // #8: without CUDA this exited 1 (a failed run) rather than 2 (bad usage).
    if (icl::core::cudaAvailable()) {
      QSKIP("this machine has CUDA: the missing-device path cannot be reached");
    }
    const auto outcome = cli({"bench", "--quick", "--device", "cuda"});
    QCOMPARE(outcome.code, 2);
    QVERIFY2(contains(outcome.err, "--device cuda"), outcome.err.c_str());
    QCOMPARE(cli({"bench", "--quick", "--device", "tpu"}).code, 2);
  }
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
