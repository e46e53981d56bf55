// The runs folder as a list, run notes and the cross-run table (#11 "Compare runs"): two tiny
// runs of different experiments and statuses, a corrupt folder and a stray folder in a
// temporary runs folder; notes written atomically and printed by `report`; the table's
// cells equal eval.csv's final rows, parsed here independently of core's CSV reader.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/evaluation/cross_run_table.h"
#include "core/store/run_catalog.h"
#include "core/store/run_note.h"
#include "core/store/run_store.h"
#include "tests/core/support/cli_runner.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/support/temp_dir.h"
#include "tests/core/tiny_config.h"

namespace fs = std::filesystem;
using icl::core::RunCatalogEntry;

namespace {

/// eval.csv's rows split at commas, header dropped (no field of a run's eval.csv is quoted).
std::vector<std::vector<std::string>> evalRows(const fs::path& runDir) {
  std::istringstream lines(icl::test::fileText(runDir / "eval.csv"));
  std::string line;
  std::getline(lines, line);
  std::vector<std::vector<std::string>> rows;
  while (std::getline(lines, line)) {
    std::vector<std::string> fields;
    std::istringstream parts(line);
    std::string field;
    while (std::getline(parts, field, ',')) {
      fields.push_back(field);
    }
    rows.push_back(fields);
  }
  return rows;
}

const RunCatalogEntry* entryOf(const std::vector<RunCatalogEntry>& entries, const fs::path& dir) {
  for (const RunCatalogEntry& entry : entries) {
    if (entry.dir == dir) {
      return &entry;
    }
  }
  return nullptr;
}

class RunCatalog : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new icl::test::TempDir;
    completed_ = *temp_ / "a-completed";
    stopped_ = *temp_ / "b-stopped";
    regression_ = *temp_ / "c-regression";
    auto config = tinyRunConfig();
    config.seed = 7;
    icl::test::trainUntil(config, completed_, -1);
    config.seed = 8;
    icl::test::trainUntil(config, stopped_, /*stopAfterEvalStep=*/3);
    icl::test::trainUntil(tinyRegressionConfig(), regression_, -1);
    // A run folder whose config.json is corrupt, and a folder that is no run at all.
    fs::create_directories(*temp_ / "d-corrupt");
    std::ofstream(*temp_ / "d-corrupt" / "config.json") << "{ not json";
    fs::create_directories(*temp_ / "exports");
    std::ofstream(*temp_ / "exports" / "loss.csv") << "step,loss\n";
  }
  static void TearDownTestSuite() {
    delete temp_;
    temp_ = nullptr;
  }

  static inline icl::test::TempDir* temp_ = nullptr;
  static inline fs::path completed_;
  static inline fs::path stopped_;
  static inline fs::path regression_;
};

}  // namespace

TEST_F(RunCatalog, ListsRunsWithExperimentStatusAndStepsAndMarksACorruptOne) {
  const std::vector<RunCatalogEntry> entries = icl::core::listRuns(temp_->path());
  ASSERT_EQ(entries.size(), 4u) << "three runs and the corrupt folder; 'exports' is no run";
  const RunCatalogEntry* completed = entryOf(entries, completed_);
  const RunCatalogEntry* stopped = entryOf(entries, stopped_);
  const RunCatalogEntry* regression = entryOf(entries, regression_);
  const RunCatalogEntry* corrupt = entryOf(entries, *temp_ / "d-corrupt");
  ASSERT_TRUE(completed && stopped && regression && corrupt);
  EXPECT_TRUE(completed->readable) << completed->problem;
  EXPECT_EQ(completed->name, "tiny");
  EXPECT_EQ(completed->experiment, "classification");
  EXPECT_EQ(completed->status, "completed");
  EXPECT_EQ(completed->stepsDone, 6);
  EXPECT_EQ(completed->totalSteps, 6);
  EXPECT_FALSE(completed->createdUtc.empty());
  EXPECT_EQ(stopped->status, "stopped");
  EXPECT_EQ(stopped->stepsDone, 3);
  EXPECT_EQ(regression->experiment, "regression");
  EXPECT_EQ(regression->status, "completed");
  EXPECT_FALSE(corrupt->readable);
  EXPECT_NE(corrupt->problem.find("config.json"), std::string::npos) << corrupt->problem;
  EXPECT_TRUE(entryOf(entries, *temp_ / "exports") == nullptr);
}

TEST_F(RunCatalog, AMissingRunsFolderListsNothing) {
  EXPECT_TRUE(icl::core::listRuns(*temp_ / "no-such-folder").empty());
}

TEST_F(RunCatalog, NoteRoundTripsAndTheReportPrintsIt) {
  ASSERT_TRUE(icl::core::writeRunNote(completed_, "lr 3e-4, seed 7  \n\n"));
  EXPECT_EQ(icl::test::fileText(completed_ / "note.txt"), "lr 3e-4, seed 7\n");
  const auto note = icl::core::readRunNote(completed_);
  ASSERT_TRUE(note) << note.error();
  EXPECT_EQ(note.value(), "lr 3e-4, seed 7");
  EXPECT_EQ(entryOf(icl::core::listRuns(temp_->path()), completed_)->note, "lr 3e-4, seed 7");

  const icl::test::CliOutcome report = icl::test::cli({"report", completed_.string()});
  ASSERT_EQ(report.code, 0) << report.err;
  EXPECT_EQ(report.out.rfind("Status: completed\nNote: lr 3e-4, seed 7\n\n", 0), 0u)
      << report.out;

  ASSERT_TRUE(icl::core::writeRunNote(completed_, "  "));  // an empty note removes the file
  EXPECT_FALSE(fs::exists(completed_ / "note.txt"));
  EXPECT_EQ(icl::test::cli({"report", completed_.string()}).out.find("Note:"), std::string::npos);
}

TEST_F(RunCatalog, AFailedNoteWriteKeepsTheEarlierNote) {
  ASSERT_TRUE(icl::core::writeRunNote(stopped_, "keep me"));
  // The temporary file's place is taken by a folder, so the new note cannot be written.
  const fs::path blocker = stopped_ / ".note.txt.tmp";
  fs::create_directories(blocker);
  const icl::core::Status failed = icl::core::writeRunNote(stopped_, "lost words");
  fs::remove_all(blocker);
  ASSERT_FALSE(failed);
  EXPECT_NE(failed.error().find("note.txt"), std::string::npos) << failed.error();
  EXPECT_EQ(icl::test::fileText(stopped_ / "note.txt"), "keep me\n");
}

TEST_F(RunCatalog, ANoteIsRefusedOutsideARunFolder) {
  const icl::core::Status refused = icl::core::writeRunNote(*temp_ / "exports", "x");
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().find("not a run folder"), std::string::npos) << refused.error();
  EXPECT_FALSE(fs::exists(*temp_ / "exports" / "note.txt"));
}

TEST_F(RunCatalog, CrossRunTableHoldsEachRunsFinalEvalCsvValues) {
  std::vector<icl::core::CrossRunInput> inputs;
  for (const fs::path& dir : {completed_, stopped_, regression_}) {
    const auto run = icl::core::readRun(dir);
    ASSERT_TRUE(run) << run.error();
    inputs.push_back({dir.filename().string(), run.value().evaluations});
  }
  const int64_t shots = icl::core::defaultCrossRunShots(inputs);
  ASSERT_GE(shots, 1);
  const icl::core::CrossRunTable table = icl::core::buildCrossRunTable(inputs, shots);
  ASSERT_EQ(table.runs.size(), 3u);

  // Expected from the files: per run, the final step's accuracy rows at `shots` and the
  // sq_error rows at the largest position.
  int checked = 0;
  const fs::path dirs[] = {completed_, stopped_, regression_};
  for (std::size_t column = 0; column < 3; ++column) {
    const auto rows = evalRows(dirs[column]);
    std::map<std::string, long long> lastStep;
    for (const auto& r : rows) {
      lastStep[r[5]] = std::max(lastStep[r[5]], std::stoll(r[0]));
    }
    std::map<std::string, long long> lastPosition;  // learner|family -> largest shots
    for (const auto& r : rows) {
      if (r[5] == "sq_error" && std::stoll(r[0]) == lastStep["sq_error"]) {
        auto& position = lastPosition[r[1] + "|" + r[3]];
        position = std::max(position, std::stoll(r[4]));
      }
    }
    for (const auto& r : rows) {
      const bool wanted =
          (r[5] == "accuracy" && std::stoll(r[0]) == lastStep["accuracy"] &&
           std::stoll(r[4]) == shots) ||
          (r[5] == "sq_error" && std::stoll(r[0]) == lastStep["sq_error"] &&
           std::stoll(r[4]) == lastPosition[r[1] + "|" + r[3]]);
      if (!wanted) {
        continue;
      }
      const icl::core::CrossRunRow* row = nullptr;
      for (const auto& candidate : table.rows) {
        if (candidate.learner == r[1] && candidate.testFamily == r[3] && candidate.metric == r[5]) {
          row = &candidate;
        }
      }
      ASSERT_NE(row, nullptr) << r[1] << " " << r[3] << " " << r[5];
      const icl::core::CrossRunCell& cell = row->cells[column];
      ASSERT_TRUE(cell.present);
      EXPECT_EQ(cell.step, std::stoll(r[0]));
      EXPECT_DOUBLE_EQ(cell.value, std::stod(r[6]));
      EXPECT_DOUBLE_EQ(cell.ciLow, std::stod(r[7]));
      EXPECT_DOUBLE_EQ(cell.ciHigh, std::stod(r[8]));
      ++checked;
    }
  }
  EXPECT_GT(checked, 4);
  // The stopped run's final evaluation is step 3, the completed run's step 6.
  EXPECT_EQ(table.rows.front().cells[0].step, 6);
  EXPECT_EQ(table.rows.front().cells[1].step, 3);
  // The regression run has no accuracy rows, the classification runs no sq_error rows.
  EXPECT_FALSE(table.rows.front().cells[2].present);

  const std::string csv = icl::core::formatCrossRunCsv(table);
  EXPECT_EQ(
      csv.rfind("run,learner,test_family,metric,step,shots,value,ci_low,ci_high,n_tasks\n", 0),
      0u);
  EXPECT_NE(csv.find("\nc-regression,"), std::string::npos);
}
