// The run store writes a folder the same code reads back; a killed run's partial last line is
// tolerated; bad folders and rows get errors naming the file (#2).
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include "core/store/csv.h"
#include "core/store/run_store.h"

namespace fs = std::filesystem;
using namespace icl::core;

namespace {
bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}
}  // namespace

class TestRunStore : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void writtenRunReadsBack() {
    QTemporaryDir temp;
    const fs::path dir = fs::path(temp.path().toStdString()) / "run";
    auto writer = RunWriter::create(dir);
    QVERIFY2(writer.ok(), writer.error().c_str());
    RunConfig config;
    config.seed = 42;
    config.task.d = 3;
    nlohmann::json json = config.toJson();
    json["provenance"] = {{"libtorch", "test"}};
    QVERIFY(writer.value()->writeConfig(json).ok());
    writer.value()->appendLosses({{1, 0.5, "icl", 1.25}, {1, 0.6, "cnp", 0.75}});
    writer.value()->appendEvaluations(
        {{0, "icl", "mix", "sim", 3, "accuracy", 0.625, 0.5, 0.75, 64}});
    QVERIFY(writer.value()->flush().ok());
    QVERIFY(writer.value()->writeSummary({{"status", "completed"}}).ok());

    const auto data = readRun(dir);
    QVERIFY2(data.ok(), data.error().c_str());
    QCOMPARE(data.value().config.seed, uint64_t{42});
    QCOMPARE(data.value().config.task.d, int64_t{3});
    QCOMPARE(data.value().provenance["libtorch"].get<std::string>(), std::string("test"));
    QCOMPARE(data.value().losses.size(), std::size_t{2});
    QCOMPARE(data.value().losses[1].learner, std::string("cnp"));
    QCOMPARE(data.value().losses[0].loss, 1.25);
    QCOMPARE(data.value().evaluations.size(), std::size_t{1});
    const EvalRecord& row = data.value().evaluations[0];
    QCOMPARE(row.testFamily, std::string("sim"));
    QCOMPARE(row.shots, int64_t{3});
    QCOMPARE(row.value, 0.625);
    QCOMPARE(row.nTasks, int64_t{64});
    QCOMPARE(data.value().summary["status"].get<std::string>(), std::string("completed"));
  }

  void refusesFolderThatHoldsFiles() {
    QTemporaryDir temp;
    const fs::path dir = temp.path().toStdString();
    std::ofstream(dir / "precious.txt") << "keep me";
    const auto writer = RunWriter::create(dir);
    QVERIFY(!writer.ok());
    QVERIFY(contains(writer.error(), "already holds files"));
    std::ifstream kept(dir / "precious.txt");
    std::string text;
    std::getline(kept, text);
    QCOMPARE(text, std::string("keep me"));
  }

  void unwritableFolderIsAnError() {
    const auto writer = RunWriter::create("/proc/icl-lab-cannot-write-here");
    QVERIFY(!writer.ok());
    QVERIFY2(contains(writer.error(), "cannot create output folder /proc/icl-lab-cannot"),
             writer.error().c_str());
  }

  void partialLastLineOfKilledRunIsDropped() {
    const std::string text = std::string(kTrainCsvHeader) + "\n1,0.1,icl,0.5\n2,0.2,ic";
    const auto rows = parseTrainCsv(text, "train.csv");
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), std::size_t{1});
  }

  void malformedRowNamesFileAndLine() {
    const std::string text = std::string(kTrainCsvHeader) + "\n1,0.1,icl,0.5\n2,abc,icl,0.4\n";
    const auto rows = parseTrainCsv(text, "train.csv");
    QVERIFY(!rows.ok());
    QVERIFY2(contains(rows.error(), "train.csv:3: malformed row"), rows.error().c_str());
  }

  void wrongHeaderIsAnError() {
    const auto rows = parseEvalCsv("a,b,c\n", "eval.csv");
    QVERIFY(!rows.ok());
    QVERIFY(contains(rows.error(), "eval.csv:1: expected the header"));
  }

  void divergedLossRoundTripsAsNan() {
    const std::string row = formatLossRow({3, 1.0, "icl", std::nan("")});
    const auto rows = parseTrainCsv(std::string(kTrainCsvHeader) + "\n" + row, "train.csv");
    QVERIFY2(rows.ok(), rows.error().c_str());
    QVERIFY(std::isnan(rows.value()[0].loss));
  }

  void folderWithoutConfigIsNotARun() {
    QTemporaryDir temp;
    const auto data = readRun(temp.path().toStdString());
    QVERIFY(!data.ok());
    QVERIFY(contains(data.error(), "not a run folder (no config.json)"));
  }

  void corruptConfigIsNamed() {
    QTemporaryDir temp;
    const fs::path dir = temp.path().toStdString();
    std::ofstream(dir / "config.json") << "{ not json";
    const auto data = readRun(dir);
    QVERIFY(!data.ok());
    QVERIFY2(contains(data.error(), "config.json: not valid JSON"), data.error().c_str());
  }

  // Found by tests/fuzz/fuzz_run_folder: JSON that parses but has the wrong shape was
  // reported as "not valid JSON", or read fine and then threw in the window (summary.value).
  void wellFormedJsonOfTheWrongShapeIsNamed() {
    const std::string header = std::string(kTrainCsvHeader) + "\n";
    const std::string evalHeader = std::string(kEvalCsvHeader) + "\n";
    const std::string config = RunConfig().toJsonText();
    const struct {
      RunFiles files;
      std::string expected;
    } cases[] = {
        {{"[1, 2]", header, evalHeader, {}, {}},
         "config.json: the config = [1,2]: expected a JSON object"},
        {{config, header, {}, {}, {}}, "eval.csv: no such file"},
        {{R"({"provenance": 7})", header, evalHeader, {}, {}},
         "config.json: provenance = 7: expected a JSON object"},
        {{config, header, evalHeader, {}, "[1, 2]"}, "summary.json: [1,2]: expected a JSON object"},
        {{config, header, evalHeader, {}, R"({"status": 3})"},
         "summary.json: status = 3: expected a string"},
    };
    for (const auto& c : cases) {
      const auto data = parseRun(c.files, "run");
      QVERIFY(!data.ok());
      QVERIFY2(contains(data.error(), c.expected), data.error().c_str());
    }
    const auto data = parseRun({config, header, evalHeader, {}, R"({"status": "running"})"}, "run");
    QVERIFY2(data.ok(), data.error().c_str());
    // No process holds run.lock in a folder that is not there: a recorded "running" reads as
    // interrupted, the recorded status kept beside it.
    QCOMPARE(data.value().summary.value("status", std::string()), std::string("interrupted"));
    QCOMPARE(data.value().summary.value("recorded_status", std::string()), std::string("running"));
    QVERIFY(data.value().stages.empty());
  }
};

QTEST_APPLESS_MAIN(TestRunStore)
#include "tst_run_store.moc"
