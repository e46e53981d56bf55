// The run store writes a folder the same code reads back; a killed run's partial last line is
// tolerated; bad folders and rows get errors naming the file (#2).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <string>

#include "core/store/csv.h"
#include "core/store/run_store.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/temp_dir.h"

namespace fs = std::filesystem;
using namespace icl::core;
using icl::test::hasText;
using icl::test::TempDir;

TEST(RunStore, writtenRunReadsBack) {
  TempDir temp;
  const fs::path dir = temp / "run";
  auto writer = RunWriter::create(dir);
  ASSERT_TRUE(writer.ok()) << writer.error();
  RunConfig config;
  config.seed = 42;
  config.task.d = 3;
  nlohmann::json json = config.toJson();
  json["provenance"] = {{"libtorch", "test"}};
  ASSERT_TRUE(writer.value()->writeConfig(json).ok());
  writer.value()->appendLosses({{1, 0.5, "icl", 1.25}, {1, 0.6, "cnp", 0.75}});
  writer.value()->appendEvaluations(
      {{0, "icl", "mix", "sim", 3, "accuracy", 0.625, 0.5, 0.75, 64}});
  ASSERT_TRUE(writer.value()->flush().ok());
  ASSERT_TRUE(writer.value()->writeSummary({{"status", "completed"}}).ok());

  const auto data = readRun(dir);
  ASSERT_TRUE(data.ok()) << data.error();
  EXPECT_EQ(data.value().config.seed, 42u);
  EXPECT_EQ(data.value().config.task.d, 3);
  EXPECT_EQ(data.value().provenance["libtorch"].get<std::string>(), "test");
  ASSERT_EQ(data.value().losses.size(), 2u);
  EXPECT_EQ(data.value().losses[1].learner, "cnp");
  EXPECT_EQ(data.value().losses[0].loss, 1.25);
  ASSERT_EQ(data.value().evaluations.size(), 1u);
  const EvalRecord& row = data.value().evaluations[0];
  EXPECT_EQ(row.testFamily, "sim");
  EXPECT_EQ(row.shots, 3);
  EXPECT_EQ(row.value, 0.625);
  EXPECT_EQ(row.nTasks, 64);
  EXPECT_EQ(data.value().summary["status"].get<std::string>(), "completed");
}

TEST(RunStore, refusesFolderThatHoldsFiles) {
  TempDir temp;
  std::ofstream(temp / "precious.txt") << "keep me";
  const auto writer = RunWriter::create(temp.path());
  ASSERT_FALSE(writer.ok());
  EXPECT_TRUE(hasText(writer.error(), "already holds files"));
  std::ifstream kept(temp / "precious.txt");
  std::string text;
  std::getline(kept, text);
  EXPECT_EQ(text, "keep me");
}

TEST(RunStore, unwritableFolderIsAnError) {
  const auto writer = RunWriter::create("/proc/icl-lab-cannot-write-here");
  ASSERT_FALSE(writer.ok());
  EXPECT_TRUE(hasText(writer.error(), "cannot create output folder /proc/icl-lab-cannot"));
}

TEST(RunStore, partialLastLineOfKilledRunIsDropped) {
  const std::string text = std::string(kTrainCsvHeader) + "\n1,0.1,icl,0.5\n2,0.2,ic";
  const auto rows = parseTrainCsv(text, "train.csv");
  ASSERT_TRUE(rows.ok()) << rows.error();
  ASSERT_EQ(rows.value().size(), 1u);
  EXPECT_EQ(rows.value()[0].loss, 0.5);
}

TEST(RunStore, malformedRowNamesFileAndLine) {
  const std::string text = std::string(kTrainCsvHeader) + "\n1,0.1,icl,0.5\n2,abc,icl,0.4\n";
  const auto rows = parseTrainCsv(text, "train.csv");
  ASSERT_FALSE(rows.ok());
  EXPECT_TRUE(hasText(rows.error(), "train.csv:3: malformed row"));
}

TEST(RunStore, wrongHeaderIsAnError) {
  const auto rows = parseEvalCsv("a,b,c\n", "eval.csv");
  ASSERT_FALSE(rows.ok());
  EXPECT_TRUE(hasText(rows.error(), "eval.csv:1: expected the header"));
}

TEST(RunStore, divergedLossRoundTripsAsNan) {
  const std::string row = formatLossRow({3, 1.0, "icl", std::nan("")});
  const auto rows = parseTrainCsv(std::string(kTrainCsvHeader) + "\n" + row, "train.csv");
  ASSERT_TRUE(rows.ok()) << rows.error();
  ASSERT_EQ(rows.value().size(), 1u);
  EXPECT_TRUE(std::isnan(rows.value()[0].loss));
}

TEST(RunStore, folderWithoutConfigIsNotARun) {
  TempDir temp;
  const auto data = readRun(temp.path());
  ASSERT_FALSE(data.ok());
  EXPECT_TRUE(hasText(data.error(), "not a run folder (no config.json)"));
}

TEST(RunStore, corruptConfigIsNamed) {
  TempDir temp;
  std::ofstream(temp / "config.json") << "{ not json";
  const auto data = readRun(temp.path());
  ASSERT_FALSE(data.ok());
  EXPECT_TRUE(hasText(data.error(), "config.json: not valid JSON"));
}

// Found by tests/fuzz/fuzz_run_folder: JSON that parses but has the wrong shape was reported as
// "not valid JSON", or read fine and then threw in the window (summary.value).
TEST(RunStore, wellFormedJsonOfTheWrongShapeIsNamed) {
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
    SCOPED_TRACE(c.expected);
    const auto data = parseRun(c.files, "run");
    ASSERT_FALSE(data.ok());
    EXPECT_TRUE(hasText(data.error(), c.expected));
  }
  const auto data = parseRun({config, header, evalHeader, {}, R"({"status": "running"})"}, "run");
  ASSERT_TRUE(data.ok()) << data.error();
  // No process holds run.lock in a folder that is not there: a recorded "running" reads as
  // interrupted, the recorded status kept beside it.
  EXPECT_EQ(data.value().summary.value("status", std::string()), "interrupted");
  EXPECT_EQ(data.value().summary.value("recorded_status", std::string()), "running");
  EXPECT_TRUE(data.value().stages.empty());
}
