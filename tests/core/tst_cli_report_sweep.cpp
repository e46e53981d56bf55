// icl-lab-cli report on a sweep folder (#12), built by hand: run folders with hand-written
// eval.csv files and a sweep.json. The expected cells are computed here from those values
// (mean, sample sd, t(0.975, n-1) from the standard tables) and a few also written out by hand.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/config/run_config.h"
#include "core/sweep/sweep_manifest.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/cli_runner.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/support/temp_dir.h"
#include "tests/core/tiny_config.h"

namespace fs = std::filesystem;
using namespace icl::core;
using icl::test::cli;
using icl::test::CliOutcome;
using icl::test::fileText;
using icl::test::hasText;
using icl::test::TempDir;

namespace {

const char* const kEvalHeader =
    "step,learner,train_family,test_family,shots,metric,value,ci95_low,ci95_high,n_tasks\n";
const char* const kKey = "learners.icl.lr";

/// "mean [low, high] (n)" as the report should print it, from the values themselves.
std::string expectedCell(const std::vector<double>& values) {
  const double n = static_cast<double>(values.size());
  double mean = 0.0;
  for (double v : values) {
    mean += v / n;
  }
  char text[96];
  if (values.size() == 1) {
    std::snprintf(text, sizeof text, "%.3f (1)", mean);
    return text;
  }
  double squares = 0.0;
  for (double v : values) {
    squares += (v - mean) * (v - mean);
  }
  const double t975[] = {0.0, 12.706204736, 4.302652730};  // by degrees of freedom
  const double half = t975[values.size() - 1] * std::sqrt(squares / (n - 1.0)) / std::sqrt(n);
  std::snprintf(text, sizeof text, "%.3f [%.3f, %.3f] (%d)", mean, mean - half, mean + half,
                static_cast<int>(values.size()));
  return text;
}

/// One hand-made run folder: @p evalRows after the header, the status in summary.json.
void writeRun(const fs::path& dir, const RunConfig& config, const std::string& evalRows,
              const std::string& summaryJson) {
  fs::create_directories(dir);
  std::ofstream(dir / "config.json") << config.toJsonText();
  std::ofstream(dir / "train.csv") << "step,wall_s,learner,loss\n";
  std::ofstream(dir / "eval.csv") << kEvalHeader << evalRows;
  std::ofstream(dir / "summary.json") << summaryJson;
}

/// eval.csv rows of one learner on sim at step @p step: shots -> accuracy.
std::string accuracyRows(int64_t step, const std::string& learner,
                         const std::map<int64_t, double>& values) {
  std::string rows;
  for (const auto& [shots, value] : values) {
    rows += std::to_string(step) + "," + learner + ",sim,sim," + std::to_string(shots) +
            ",accuracy," + std::to_string(value) + ",0,1,8\n";
  }
  return rows;
}

const char* const kCompleted = R"({"status": "completed"})";

// Final accuracies of icl at shots 1, 2, 5 and of cnp at shot 1, per seed, for lr = 1e-3.
const std::map<int64_t, double> kIcl[] = {{{1, 0.5}, {2, 0.6}, {5, 0.9}},
                                          {{1, 0.7}, {2, 0.8}, {5, 0.95}},
                                          {{1, 0.6}, {2, 0.75}, {5, 1.0}}};
const double kCnp[] = {0.4, 0.5, 0.45};

/// lr = 1e-3: three completed seeds. lr = 3e-3: seed 0 completed, seed 1 failed, seed 2
/// pending (no folder yet).
class CliReportSweep : public ::testing::Test {
 protected:
  void SetUp() override {
    SweepManifest manifest;
    manifest.name = "hand-made";
    manifest.source = "preset p1-sim";
    RunConfig config = tinyRunConfig();
    config.train.start = 1;
    manifest.baseConfigJson = config.toJsonText();
    manifest.seeds = {0, 1, 2};
    manifest.axes = {{kKey, {"1e-3", "3e-3"}}};
    for (const char* value : {"1e-3", "3e-3"}) {
      for (uint64_t seed : manifest.seeds) {
        SweepPoint point;
        point.settings = {{kKey, value}};
        point.seed = seed;
        point.folder = sweepPointFolderName(point.settings, seed);
        point.status = SweepPointStatus::Completed;
        const fs::path runDir = dir_ / point.folder;
        if (std::string(value) == "1e-3") {
          // An earlier evaluation at step 2 that must not count, with protonet, which then
          // stopped on a non-finite loss in seed 0 (so it has no final evaluation there).
          const std::string earlier =
              accuracyRows(2, "icl", {{1, 0.125}}) +
              (seed == 0 ? accuracyRows(2, "protonet", {{1, 0.375}}) : std::string());
          writeRun(runDir, config,
                   earlier + accuracyRows(4, "icl", kIcl[seed]) +
                       accuracyRows(4, "cnp", {{1, kCnp[seed]}}),
                   kCompleted);
        } else if (seed == 0) {
          writeRun(runDir, config, accuracyRows(4, "icl", {{1, 0.55}, {2, 0.65}, {5, 0.85}}),
                   kCompleted);
        } else if (seed == 1) {
          point.status = SweepPointStatus::Running;  // the runner had not yet seen it fail
          writeRun(runDir, config, accuracyRows(2, "icl", {{1, 0.3}}),
                   R"({"status": "failed", "message": "loss is NaN at step 3"})");
        } else {
          point.status = SweepPointStatus::Pending;
        }
        manifest.points.push_back(point);
      }
    }
    ASSERT_TRUE(writeSweepManifest(dir_.path(), manifest));
  }

  TempDir dir_;
};

}  // namespace

TEST_F(CliReportSweep, MarkdownGivesMeanIntervalAndSeedsPerCell) {
  const CliOutcome report = cli({"report", dir_.path().string()});
  ASSERT_EQ(report.code, 0) << report.err;
  const std::string& out = report.out;
  EXPECT_TRUE(hasText(out, "Sweep `hand-made` (preset p1-sim), seeds 0, 1, 2\n"));
  EXPECT_TRUE(hasText(out, "Swept: learners.icl.lr = 1e-3, 3e-3\n"));
  EXPECT_TRUE(hasText(out, "Points: 6 in all, 4 completed, 1 failed, 0 running, 1 pending\n"));
  EXPECT_TRUE(hasText(out, "- failed: `learners.icl.lr=3e-3_seed1`: loss is NaN at step 3\n"));
  EXPECT_TRUE(hasText(out, "## learners.icl.lr=1e-3: 3 of 3 seeds completed\n"));
  EXPECT_TRUE(hasText(out, "## learners.icl.lr=3e-3: 1 of 3 seeds completed\n"));
  EXPECT_TRUE(hasText(out, "| test family | learner | 1 | 2 | 5 | mean | stalled |\n"));

  // lr = 1e-3, icl: each shot count over the three seeds; the mean column is each seed's mean
  // over shots 1, 2, 5 (train.start = 1), then over seeds.
  std::vector<double> perShot[3];
  std::vector<double> perSeedMean;
  for (const auto& seed : kIcl) {
    perShot[0].push_back(seed.at(1));
    perShot[1].push_back(seed.at(2));
    perShot[2].push_back(seed.at(5));
    perSeedMean.push_back((seed.at(1) + seed.at(2) + seed.at(5)) / 3.0);
  }
  const std::string iclLine = "| sim | icl | " + expectedCell(perShot[0]) + " | " +
                              expectedCell(perShot[1]) + " | " + expectedCell(perShot[2]) + " | " +
                              expectedCell(perSeedMean) + " | 0 (1 of 3) |\n";
  EXPECT_TRUE(hasText(out, iclLine));
  // The same line worked out by hand: 0.5, 0.7, 0.6 have mean 0.6, sd 0.1, and
  // 4.303 * 0.1 / sqrt(3) = 0.248.
  EXPECT_TRUE(hasText(out,
                      "| sim | icl | 0.600 [0.352, 0.848] (3) | 0.717 [0.458, 0.975] (3) "
                      "| 0.950 [0.826, 1.074] (3) | 0.756 [0.560, 0.951] (3) | 0 (1 of 3) |\n"));
  // Stalled, by hand: icl's per-seed means are 0.667, 0.817, 0.783; seed 0 ends more than 0.05
  // below the best (0.817). cnp's 0.4, 0.5, 0.45 are all below chance + 0.05 = 0.55.
  const std::vector<double> cnp(std::begin(kCnp), std::end(kCnp));
  EXPECT_TRUE(hasText(
      out, "| sim | cnp | " + expectedCell(cnp) + " | - | - | " + expectedCell(cnp) +
               " | 0, 1, 2 (3 of 3) |\n"));
  // Only each seed's last evaluation counts: no step-2 row, so no protonet line.
  EXPECT_FALSE(hasText(out, "protonet"));
  // lr = 3e-3: the completed seed alone (the failed one's step-2 rows are left out).
  EXPECT_TRUE(hasText(out, "| sim | icl | 0.550 (1) | 0.650 (1) | 0.850 (1) | 0.683 (1) | - |\n"));
}

TEST_F(CliReportSweep, CsvHoldsEverySeedAndEveryMean) {
  const fs::path csv = dir_ / "sweep.csv";
  const CliOutcome report = cli({"report", dir_.path().string(), "--csv", csv.string()});
  ASSERT_EQ(report.code, 0) << report.err;
  std::istringstream lines(fileText(csv));
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line, "group,learner,test_family,metric,shots,seed,value,ci95_low,ci95_high,n_seeds");
  std::map<std::string, std::vector<std::string>> byKey;  // "group|learner|shots|seed" -> fields
  int count = 0;
  while (std::getline(lines, line)) {
    std::vector<std::string> f;
    std::istringstream cells(line);
    std::string cell;
    while (std::getline(cells, cell, ',')) {
      f.push_back(cell);
    }
    if (line.back() == ',') {
      f.push_back("");
    }
    ASSERT_EQ(f.size(), 10u) << line;
    EXPECT_EQ(f[2], "sim");
    EXPECT_EQ(f[3], "accuracy");
    byKey[f[0] + "|" + f[1] + "|" + f[4] + "|" + f[5]] = f;
    ++count;
  }
  // lr = 1e-3: icl at 3 shot counts and cnp at 1, each 3 seeds + mean; lr = 3e-3: icl at 3
  // shot counts, 1 seed + mean.
  EXPECT_EQ(count, 4 * 4 + 3 * 2);
  for (uint64_t seed = 0; seed < 3; ++seed) {
    const auto& f = byKey.at("learners.icl.lr=1e-3|icl|2|" + std::to_string(seed));
    EXPECT_DOUBLE_EQ(std::stod(f[6]), kIcl[seed].at(2));
    EXPECT_EQ(f[7] + f[8] + f[9], "");  // a seed's line has no interval
  }
  const auto& mean = byKey.at("learners.icl.lr=1e-3|icl|2|mean");
  // 0.6, 0.8, 0.75: mean 0.716667, sd 0.104083, half width 4.302653 * sd / sqrt(3).
  const double expectedMean = (0.6 + 0.8 + 0.75) / 3.0;
  const double sd = std::sqrt((std::pow(0.6 - expectedMean, 2) + std::pow(0.8 - expectedMean, 2) +
                               std::pow(0.75 - expectedMean, 2)) /
                              2.0);
  const double half = 4.302652730 * sd / std::sqrt(3.0);
  // The CSV writes 9 significant digits: 5e-10 relative to values below 2.
  EXPECT_NEAR(std::stod(mean[6]), expectedMean, 1e-8);
  EXPECT_NEAR(std::stod(mean[7]), expectedMean - half, 1e-8);
  EXPECT_NEAR(std::stod(mean[8]), expectedMean + half, 1e-8);
  EXPECT_EQ(mean[9], "3");
  const auto& alone = byKey.at("learners.icl.lr=3e-3|icl|5|mean");
  EXPECT_DOUBLE_EQ(std::stod(alone[6]), 0.85);
  EXPECT_EQ(alone[9], "1");
  // The Markdown is the same with or without --csv.
  EXPECT_EQ(report.out, cli({"report", dir_.path().string()}).out);
}

TEST_F(CliReportSweep, ShotsChooseTheColumnsAndTheCsvLines) {
  const fs::path csv = dir_ / "sweep.csv";
  const CliOutcome report =
      cli({"report", dir_.path().string(), "--shots", "5", "--csv", csv.string()});
  ASSERT_EQ(report.code, 0) << report.err;
  EXPECT_TRUE(hasText(report.out, "| test family | learner | 5 | mean | stalled |\n"));
  std::istringstream lines(fileText(csv));
  std::string line;
  std::getline(lines, line);
  int count = 0;
  while (std::getline(lines, line)) {
    EXPECT_TRUE(hasText(line, ",icl,sim,accuracy,5,"));
    ++count;
  }
  EXPECT_EQ(count, 4 + 2);
}

TEST_F(CliReportSweep, UnreadablePointIsNamedAndLeftOut) {
  const std::string folder = sweepPointFolderName({{kKey, "1e-3"}}, 2);
  std::ofstream(dir_ / folder / "eval.csv", std::ios::trunc) << kEvalHeader << "4,icl,sim\n";
  const CliOutcome report = cli({"report", dir_.path().string()});
  ASSERT_EQ(report.code, 0) << report.err;
  EXPECT_TRUE(hasText(report.out, "1 unreadable"));
  EXPECT_TRUE(hasText(report.out,
                      "- unreadable: `" + folder + "`: " + (dir_ / folder / "eval.csv").string()));
  EXPECT_TRUE(hasText(report.out, "## learners.icl.lr=1e-3: 2 of 3 seeds completed\n"));
  EXPECT_TRUE(hasText(report.out, "| sim | icl | " + expectedCell({0.5, 0.7}) + " |"));
}

TEST_F(CliReportSweep, ACorruptManifestExitsWithTwoNamingIt) {
  std::ofstream(dir_ / kSweepManifestFile, std::ios::trunc) << "[1, 2";
  const CliOutcome report = cli({"report", dir_.path().string()});
  EXPECT_EQ(report.code, 2);
  EXPECT_TRUE(hasText(report.err, (dir_ / kSweepManifestFile).string()));
  EXPECT_EQ(report.out, "");
}

TEST(CliReportSweepRegression, SquaredErrorGetsATableAtAFewPositions) {
  TempDir dir;
  SweepManifest manifest;
  manifest.name = "tiny-regression";
  manifest.baseConfigJson = tinyRegressionConfig().toJsonText();
  manifest.seeds = {0, 1};
  const double errors[2][5] = {{1.0, 0.8, 0.6, 0.5, 0.4}, {0.9, 0.7, 0.5, 0.3, 0.2}};
  for (uint64_t seed : manifest.seeds) {
    SweepPoint point;
    point.seed = seed;
    point.folder = sweepPointFolderName({}, seed);
    point.status = SweepPointStatus::Completed;
    std::string rows;
    for (int position = 0; position < 5; ++position) {
      rows += "12,gpt_curriculum,gaussian,gaussian," + std::to_string(position) + ",sq_error," +
              std::to_string(errors[seed][position]) + ",0,2,16\n";
    }
    // Least squares is exact from 3 points on (D = 3): an error of 0 or nearly 0.
    rows += "12,least_squares,gaussian,gaussian,4,sq_error," +
            std::string(seed == 0 ? "0" : "1e-9") + ",0,0,16\n";
    writeRun(dir / point.folder, tinyRegressionConfig(), rows, kCompleted);
    manifest.points.push_back(point);
  }
  ASSERT_TRUE(writeSweepManifest(dir.path(), manifest));
  const CliOutcome report = cli({"report", dir.path().string()});
  ASSERT_EQ(report.code, 0) << report.err;
  EXPECT_TRUE(hasText(report.out, "## all seeds: 2 of 2 seeds completed\n"));
  EXPECT_TRUE(hasText(report.out, "sq_error at each number of shots"));
  // Positions 1 and 2, then the last one (4); no mean over shots for an error.
  EXPECT_TRUE(hasText(report.out, "| test family | learner | 1 | 2 | 4 |\n"));
  EXPECT_TRUE(hasText(report.out, "| gaussian | gpt_curriculum | " + expectedCell({0.8, 0.7}) +
                                      " | " + expectedCell({0.6, 0.5}) + " | " +
                                      expectedCell({0.4, 0.2}) + " |\n"));
  // Its interval reaches just below 0 (5e-10 - 12.7 * 5e-10) and prints without a sign.
  EXPECT_TRUE(
      hasText(report.out, "| gaussian | least_squares | - | - | 0.000 [0.000, 0.000] (2) |\n"));
}
