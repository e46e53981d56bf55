// icl-lab-cli report on a hand-made run folder (#9): the Markdown as it has always been
// printed, and --csv, the same table as tidy CSV. Expected numbers follow from eval.csv below.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/cli.h"
#include "core/config/run_config.h"

namespace fs = std::filesystem;

namespace {

// Step 2 is an older evaluation: only its 9 shots (largest of the file) may show.
const char* const kEvalCsv =
    "step,learner,train_family,test_family,shots,metric,value,ci95_low,ci95_high,n_tasks\n"
    "2,icl,sim,sim,9,accuracy,0.125,0.0224,0.4709,8\n"
    "4,icl,sim,sim,0,accuracy,0.25,0.0714,0.5907,8\n"
    "4,icl,sim,sim,1,accuracy,0.5,0.2152,0.7848,8\n"
    "4,icl,sim,sim,3,accuracy,1,0.6756,1,8\n"
    "4,cnp,sim,sim,0,accuracy,0.125,0.0224,0.4709,8\n"
    "4,cnp,sim,sim,1,accuracy,0.25,0.0714,0.5907,8\n"
    "4,cnp,sim,sim,2,accuracy,0.5,0.2152,0.7848,8\n"
    "4,icl,sim,proto,1,accuracy,0.625,0.3057,0.8632,8\n";

const char* const kCsvHeader = "step,learner,test_family,shots,accuracy,ci95_low,ci95_high,n_tasks\n";

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

Outcome cli(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  const int code = icl::app::runCli(args, out, err);
  return {code, out.str(), err.str()};
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

class CliReport : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("icl-cli-report-" + std::string(::testing::UnitTest::GetInstance()
                                                ->current_test_info()
                                                ->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    icl::core::RunConfig config;
    config.name = "hand-made";
    config.task.trainFamily = icl::core::TaskFamily::Sim;
    config.train.start = 1;
    std::ofstream(dir_ / "config.json") << config.toJsonText();
    std::ofstream(dir_ / "train.csv") << "step,wall_s,learner,loss\n";
    std::ofstream(dir_ / "eval.csv") << kEvalCsv;
    std::ofstream(dir_ / "summary.json") << R"({"status": "completed"})";
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
};

}  // namespace

TEST_F(CliReport, MarkdownIsPrintedAsBefore) {
  const Outcome report = cli({"report", dir_.string(), "--shots", "0,1,3"});
  ASSERT_EQ(report.code, 0) << report.err;
  EXPECT_EQ(report.out,
            "Status: completed\n\n"
            "Run `hand-made` (train family sim), step 4: accuracy [95 % CI] at each number of "
            "shots; mean over shots 1..9\n\n"
            "| test family | learner | 0 | 1 | 3 | mean |\n"
            "|---|---|---|---|---|---|\n"
            "| proto | icl | - | 0.625 [0.306, 0.863] | - | 0.625 |\n"
            "| sim | cnp | 0.125 [0.022, 0.471] | 0.250 [0.071, 0.591] | - | 0.375 |\n"
            "| sim | icl | 0.250 [0.071, 0.591] | 0.500 [0.215, 0.785] | 1.000 [0.676, 1.000] "
            "| 0.750 |\n");
  // Without --shots: 1, 2, 5, 10 and the largest shot count.
  const Outcome defaults = cli({"report", dir_.string()});
  ASSERT_EQ(defaults.code, 0) << defaults.err;
  EXPECT_NE(defaults.out.find("| test family | learner | 1 | 2 | 5 | 10 | 9 | mean |\n"),
            std::string::npos)
      << defaults.out;
}

TEST_F(CliReport, CsvHoldsEveryCellOfTheLatestEvaluation) {
  const fs::path csv = dir_ / "table.csv";
  const Outcome report = cli({"report", dir_.string(), "--csv", csv.string()});
  ASSERT_EQ(report.code, 0) << report.err;
  EXPECT_EQ(readFile(csv), std::string(kCsvHeader) +
                               "4,icl,proto,1,0.625,0.3057,0.8632,8\n"
                               "4,cnp,sim,0,0.125,0.0224,0.4709,8\n"
                               "4,cnp,sim,1,0.25,0.0714,0.5907,8\n"
                               "4,cnp,sim,2,0.5,0.2152,0.7848,8\n"
                               "4,icl,sim,0,0.25,0.0714,0.5907,8\n"
                               "4,icl,sim,1,0.5,0.2152,0.7848,8\n"
                               "4,icl,sim,3,1,0.6756,1,8\n");
  // The Markdown on stdout is the same with or without --csv.
  EXPECT_EQ(report.out, cli({"report", dir_.string()}).out);
}

TEST_F(CliReport, CsvKeepsOnlyTheShotsAskedFor) {
  const fs::path csv = dir_ / "table.csv";
  const Outcome report = cli({"report", dir_.string(), "--shots", "3,0", "--csv", csv.string()});
  ASSERT_EQ(report.code, 0) << report.err;
  EXPECT_EQ(readFile(csv), std::string(kCsvHeader) +
                               "4,cnp,sim,0,0.125,0.0224,0.4709,8\n"
                               "4,icl,sim,0,0.25,0.0714,0.5907,8\n"
                               "4,icl,sim,3,1,0.6756,1,8\n");
}

TEST_F(CliReport, ARunWithoutEvaluationWritesTheHeaderOnly) {
  std::ofstream(dir_ / "eval.csv", std::ios::trunc)
      << "step,learner,train_family,test_family,shots,metric,value,ci95_low,ci95_high,n_tasks\n";
  const fs::path csv = dir_ / "table.csv";
  const Outcome report = cli({"report", dir_.string(), "--csv", csv.string()});
  ASSERT_EQ(report.code, 0) << report.err;
  EXPECT_EQ(report.out, "Status: completed\n\nRun `hand-made` has no evaluation yet.\n");
  EXPECT_EQ(readFile(csv), kCsvHeader);
}

TEST_F(CliReport, BadCsvUsageExitsWithTwoAndNamesTheProblem) {
  const Outcome missing = cli({"report", dir_.string(), "--csv"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_EQ(missing.err, "error: option --csv needs a value\n");
  const std::string unwritable = (dir_ / "no-such-folder" / "table.csv").string();
  const Outcome failed = cli({"report", dir_.string(), "--csv", unwritable});
  EXPECT_EQ(failed.code, 2);
  EXPECT_NE(failed.err.find("no-such-folder"), std::string::npos) << failed.err;
  EXPECT_EQ(failed.out, "");
}
