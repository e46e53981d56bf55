// What a sweep says across seeds (#12): the t quantiles, the mean and interval of per-seed
// values, and a sweep folder of 2 seeds x 2 values of a tiny config whose means, intervals and
// loss bands are recomputed here from the runs' CSV files (split by hand, not read through the
// run store), with missing, unreadable, failed and still-running points.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/store/run_lock.h"
#include "core/sweep/sweep_manifest.h"
#include "core/sweep/sweep_summary.h"
#include "core/training/trainer.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/support/temp_dir.h"
#include "tests/core/tiny_config.h"

namespace fs = std::filesystem;
using namespace icl::core;
using icl::test::fileText;
using icl::test::hasText;
using icl::test::TempDir;

namespace {

// t(0.975, 1), the multiplier of a 2-seed interval, to 9 decimals (standard tables).
constexpr double kT975At1 = 12.706204736;
// Both sides compute from the same doubles (eval.csv's text); only the order of a few sums
// may differ, which moves a value of order 1 by a few ulp (1e-16), far below this.
constexpr double kSameSumsTolerance = 1e-12;

// ---------------------------------------------------------------- studentT975

TEST(StudentT975, MatchesTheTabulatedQuantiles) {
  // The brief's three-decimal values (standard t tables); the table holds 9 decimals.
  const std::pair<int64_t, double> known[] = {
      {1, 12.706}, {2, 4.303}, {4, 2.776}, {9, 2.262}, {29, 2.045}};
  for (const auto& [df, quantile] : known) {
    EXPECT_NEAR(studentT975(df), quantile, 5e-4) << "df " << df;
  }
}

TEST(StudentT975, BeyondTheTableFollowsTheExactQuantileToTheLimit) {
  // Exact quantiles (t distribution function inverted at 30 digits), 11 significant digits.
  // The expansion's own error is < 3e-8 from df 31 on; 1e-7 leaves room for that only.
  const std::pair<int64_t, double> exact[] = {
      {30, 2.0422724563}, {31, 2.0395134464}, {40, 2.0210753903},
      {60, 2.0002978220}, {100, 1.9839715185}, {1000, 1.9623390808}, {1000000, 1.9599663568}};
  for (const auto& [df, quantile] : exact) {
    EXPECT_NEAR(studentT975(df), quantile, 1e-7) << "df " << df;
  }
  // Towards the normal quantile: t - z is (z^3 + z) / (4 df) to first order, 2.4e-6 here.
  EXPECT_NEAR(studentT975(1000000), 1.959963984540054, 3e-6);
  // Decreasing in df, also across the end of the table.
  for (int64_t df = 1; df < 200; ++df) {
    EXPECT_GT(studentT975(df), studentT975(df + 1)) << "df " << df;
  }
}

TEST(StudentT975, RejectsFewerThanOneDegreeOfFreedom) {
  EXPECT_THROW(studentT975(0), std::invalid_argument);
}

// ---------------------------------------------------------------- summariseAcrossSeeds

TEST(SummariseAcrossSeeds, MeanAndIntervalAsComputedByHand) {
  // 0.7, 0.8, 0.9: mean 0.8, sample sd 0.1, half width t(0.975, 2) * 0.1 / sqrt(3).
  const AcrossSeeds s = summariseAcrossSeeds({{2, 0.9}, {0, 0.7}, {1, 0.8}});
  EXPECT_EQ(s.seeds, 3);
  const double half = 4.302652730 * 0.1 / std::sqrt(3.0);  // 0.2484138
  EXPECT_NEAR(s.mean, 0.8, kSameSumsTolerance);
  EXPECT_NEAR(s.low, 0.8 - half, 1e-9);
  EXPECT_NEAR(s.high, 0.8 + half, 1e-9);
  // By seed, whatever the order given.
  ASSERT_EQ(s.perSeed.size(), 3u);
  EXPECT_EQ(s.perSeed[0], (std::pair<uint64_t, double>{0, 0.7}));
  EXPECT_EQ(s.perSeed[1], (std::pair<uint64_t, double>{1, 0.8}));
  EXPECT_EQ(s.perSeed[2], (std::pair<uint64_t, double>{2, 0.9}));
}

TEST(SummariseAcrossSeeds, OneSeedHasNoWidthAndNoSeedHasNoNumber) {
  const AcrossSeeds one = summariseAcrossSeeds({{4, 0.25}});
  EXPECT_EQ(one.seeds, 1);
  EXPECT_EQ(one.mean, 0.25);
  EXPECT_EQ(one.low, 0.25);
  EXPECT_EQ(one.high, 0.25);
  const AcrossSeeds none = summariseAcrossSeeds({});
  EXPECT_EQ(none.seeds, 0);
  EXPECT_TRUE(std::isnan(none.mean));
  EXPECT_TRUE(std::isnan(none.low));
  EXPECT_TRUE(std::isnan(none.high));
}

TEST(SummariseAcrossSeeds, SmallSpreadOnALargeValueKeepsItsWidth) {
  // sd 0.1 around 1e8: the one-pass formula sum(x^2) - n*mean^2 loses it entirely (the squares
  // are 1e16, whose ulp is 2). The values themselves carry an error of ulp(1e8) = 1.5e-8, so
  // the half width is good to about 1e-7 relative to the spread.
  const AcrossSeeds s = summariseAcrossSeeds({{0, 1e8 + 0.1}, {1, 1e8 + 0.2}, {2, 1e8 + 0.3}});
  const double half = 4.302652730 * 0.1 / std::sqrt(3.0);
  EXPECT_NEAR(s.high - s.mean, half, 1e-6);
  EXPECT_NEAR(s.mean - s.low, half, 1e-6);
}

// ---------------------------------------------------------------- a sweep folder

/// Comma-split lines after the header (the run CSVs here hold no quoted fields).
std::vector<std::vector<std::string>> csvBody(const fs::path& path) {
  std::istringstream lines(fileText(path));
  std::string line;
  std::getline(lines, line);  // header
  std::vector<std::vector<std::string>> rows;
  while (std::getline(lines, line)) {
    std::vector<std::string> fields;
    std::istringstream cells(line);
    std::string cell;
    while (std::getline(cells, cell, ',')) {
      fields.push_back(cell);
    }
    rows.push_back(fields);
  }
  return rows;
}

using EvalKey = std::tuple<std::string, std::string, std::string, int64_t>;  // learner, family,
                                                                             // metric, shots

/// The run's eval.csv rows at its last step: key -> value.
std::map<EvalKey, double> finalEvaluation(const fs::path& runDir) {
  const auto rows = csvBody(runDir / "eval.csv");
  int64_t last = -1;
  for (const auto& f : rows) {
    last = std::max<int64_t>(last, std::stoll(f[0]));
  }
  std::map<EvalKey, double> values;
  for (const auto& f : rows) {
    if (std::stoll(f[0]) == last) {
      values[{f[1], f[3], f[5], std::stoll(f[4])}] = std::stod(f[6]);
    }
  }
  return values;
}

/// The run's train.csv: learner -> step -> loss.
std::map<std::string, std::map<int64_t, double>> lossesOf(const fs::path& runDir) {
  std::map<std::string, std::map<int64_t, double>> losses;
  for (const auto& f : csvBody(runDir / "train.csv")) {
    losses[f[2]][std::stoll(f[0])] = std::stod(f[3]);
  }
  return losses;
}

/// Mean and 2-seed interval, written out here rather than through summariseAcrossSeeds.
struct TwoSeeds {
  double mean, low, high;
};
TwoSeeds twoSeeds(double a, double b) {
  const double mean = (a + b) / 2.0;
  const double sd = std::abs(a - b) / std::sqrt(2.0);  // sqrt(((a-m)^2 + (b-m)^2) / 1)
  const double half = kT975At1 * sd / std::sqrt(2.0);
  return {mean, mean - half, mean + half};
}

const SweepGroup* groupWith(const SweepSummary& summary, const std::string& label) {
  for (const SweepGroup& group : summary.groups) {
    if (group.label == label) {
      return &group;
    }
  }
  return nullptr;
}

const SweepEvalRow* rowWith(const SweepGroup& group, const EvalKey& key) {
  for (const SweepEvalRow& row : group.evaluations) {
    if (EvalKey{row.learner, row.testFamily, row.metric, row.shots} == key) {
      return &row;
    }
  }
  return nullptr;
}

const SweepPointState* pointIn(const SweepSummary& summary, const std::string& folder) {
  for (const SweepPointState& state : summary.points) {
    if (state.point.folder == folder) {
      return &state;
    }
  }
  return nullptr;
}

const char* const kKey = "learners.icl.lr";
const char* const kValues[] = {"1e-3", "3e-3"};
const uint64_t kSeeds[] = {0, 1};

std::string folderOf(const std::string& value, uint64_t seed) {
  return sweepPointFolderName({{kKey, value}}, seed);
}

/// 2 seeds x 2 values of the tiny config, trained once for the whole suite (seconds), then
/// copied for each test that changes it.
class SweepSummaryFolder : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    trained_ = std::make_unique<TempDir>();
    SweepManifest manifest;
    manifest.name = "tiny";
    manifest.source = "config tiny.json";
    manifest.baseConfigJson = tinyRunConfig().toJsonText();
    manifest.seeds = {kSeeds[0], kSeeds[1]};
    manifest.axes = {{kKey, {kValues[0], kValues[1]}}};
    for (uint64_t seed : kSeeds) {
      for (const char* value : kValues) {
        RunConfig config = tinyRunConfig();
        config.seed = seed;
        config.learners.icl.lr = std::stod(value);
        SweepPoint point;
        point.folder = folderOf(value, seed);
        point.seed = seed;
        point.settings = {{kKey, value}};
        RunControl control;
        const RunResult result =
            icl::test::trainInto(config, trained_->path() / point.folder, control);
        ASSERT_EQ(result.status, RunStatus::Completed) << result.message;
        point.status = SweepPointStatus::Completed;
        manifest.points.push_back(point);
      }
    }
    ASSERT_TRUE(writeSweepManifest(trained_->path(), manifest));
  }
  static void TearDownTestSuite() { trained_.reset(); }

  /// A copy of the trained sweep to change.
  fs::path copyOfSweep() {
    const fs::path copy = scratch_ / "sweep";
    fs::copy(trained_->path(), copy, fs::copy_options::recursive);
    return copy;
  }

  static std::unique_ptr<TempDir> trained_;
  TempDir scratch_;
};

std::unique_ptr<TempDir> SweepSummaryFolder::trained_;

void setStatus(SweepManifest& manifest, const std::string& folder, SweepPointStatus status,
               const std::string& message = "") {
  for (SweepPoint& point : manifest.points) {
    if (point.folder == folder) {
      point.status = status;
      point.message = message;
    }
  }
}

TEST_F(SweepSummaryFolder, MeansAndIntervalsAreThoseOfEachSeedsFinalEvaluation) {
  const fs::path dir = trained_->path();
  const Result<SweepSummary> read = readSweepSummary(dir);
  ASSERT_TRUE(read) << read.error();
  const SweepSummary& summary = read.value();
  EXPECT_EQ(summary.manifest.name, "tiny");
  EXPECT_EQ(summary.completed, 4);
  EXPECT_EQ(summary.failed, 0);
  ASSERT_EQ(summary.points.size(), 4u);
  for (const SweepPointState& state : summary.points) {
    EXPECT_EQ(state.status, "completed") << state.point.folder;
    EXPECT_EQ(state.problem, "") << state.point.folder;
    EXPECT_EQ(state.stepsDone, 6) << state.point.folder;
    EXPECT_EQ(state.totalSteps, 6) << state.point.folder;
  }
  // One group per value, in the axis's order, each with both seeds.
  ASSERT_EQ(summary.groups.size(), 2u);
  for (std::size_t g = 0; g < 2; ++g) {
    const SweepGroup& group = summary.groups[g];
    const std::string value = kValues[g];
    EXPECT_EQ(group.label, std::string(kKey) + "=" + value);
    EXPECT_EQ(group.settings, (std::vector<std::pair<std::string, std::string>>{{kKey, value}}));
    ASSERT_EQ(group.points.size(), 2u);

    const auto seed0 = finalEvaluation(dir / folderOf(value, 0));
    const auto seed1 = finalEvaluation(dir / folderOf(value, 1));
    ASSERT_FALSE(seed0.empty());
    ASSERT_EQ(seed0.size(), seed1.size());
    // Every row of the files, and no other.
    EXPECT_EQ(group.evaluations.size(), seed0.size()) << group.label;
    for (const auto& [key, value0] : seed0) {
      const SweepEvalRow* row = rowWith(group, key);
      ASSERT_NE(row, nullptr) << std::get<0>(key) << " " << std::get<1>(key) << " "
                              << std::get<3>(key);
      const double value1 = seed1.at(key);
      const TwoSeeds expected = twoSeeds(value0, value1);
      EXPECT_EQ(row->value.seeds, 2);
      EXPECT_NEAR(row->value.mean, expected.mean, kSameSumsTolerance);
      EXPECT_NEAR(row->value.low, expected.low, kSameSumsTolerance * 20);  // t ~ 12.7
      EXPECT_NEAR(row->value.high, expected.high, kSameSumsTolerance * 20);
      ASSERT_EQ(row->value.perSeed.size(), 2u);
      EXPECT_EQ(row->value.perSeed[0], (std::pair<uint64_t, double>{0, value0}));
      EXPECT_EQ(row->value.perSeed[1], (std::pair<uint64_t, double>{1, value1}));
    }
    // Seeds differ, so some interval has a width (the test is not comparing constants).
    bool someWidth = false;
    for (const SweepEvalRow& row : group.evaluations) {
      someWidth = someWidth || row.value.high > row.value.low;
    }
    EXPECT_TRUE(someWidth) << group.label;
  }
}

TEST_F(SweepSummaryFolder, LossBandIsTheMeanOverSeedsAtEveryLoggedStep) {
  const fs::path dir = trained_->path();
  const Result<SweepSummary> read = readSweepSummary(dir);
  ASSERT_TRUE(read) << read.error();
  for (std::size_t g = 0; g < 2; ++g) {
    const SweepGroup& group = read.value().groups[g];
    const auto seed0 = lossesOf(dir / folderOf(kValues[g], 0));
    const auto seed1 = lossesOf(dir / folderOf(kValues[g], 1));
    ASSERT_EQ(group.losses.size(), seed0.size()) << group.label;
    for (const SweepLossCurve& curve : group.losses) {
      const auto& a = seed0.at(curve.learner);
      const auto& b = seed1.at(curve.learner);
      ASSERT_EQ(curve.steps.size(), a.size()) << curve.learner;
      ASSERT_EQ(curve.loss.size(), a.size()) << curve.learner;
      std::size_t i = 0;
      for (const auto& [step, lossA] : a) {
        EXPECT_EQ(curve.steps[i], step);
        const TwoSeeds expected = twoSeeds(lossA, b.at(step));
        EXPECT_EQ(curve.loss[i].seeds, 2);
        // Losses are of order 1 (cross-entropy of a few classes).
        EXPECT_NEAR(curve.loss[i].mean, expected.mean, kSameSumsTolerance);
        EXPECT_NEAR(curve.loss[i].low, expected.low, kSameSumsTolerance * 20);
        EXPECT_NEAR(curve.loss[i].high, expected.high, kSameSumsTolerance * 20);
        ++i;
      }
    }
  }
}

TEST_F(SweepSummaryFolder, MissingUnreadableAndFailedPointsAreListedAndLeftOut) {
  const fs::path dir = copyOfSweep();
  const std::string missing = folderOf(kValues[0], 1);     // manifest: completed
  const std::string unreadable = folderOf(kValues[1], 0);  // corrupt config.json
  const std::string failed = folderOf(kValues[1], 1);      // the run itself failed
  fs::remove_all(dir / missing);
  std::ofstream(dir / unreadable / "config.json", std::ios::trunc) << "{ not json";
  std::ofstream(dir / failed / "summary.json", std::ios::trunc)
      << R"({"status": "failed", "message": "boom at step 4"})";

  const Result<SweepSummary> read = readSweepSummary(dir);
  ASSERT_TRUE(read) << read.error();
  const SweepSummary& summary = read.value();
  EXPECT_EQ(summary.completed, 1);
  EXPECT_EQ(summary.failed, 1);

  const SweepPointState* gone = pointIn(summary, missing);
  ASSERT_NE(gone, nullptr);
  EXPECT_TRUE(hasText(gone->problem, (dir / missing).string()));
  EXPECT_TRUE(hasText(gone->problem, "missing"));
  const SweepPointState* corrupt = pointIn(summary, unreadable);
  ASSERT_NE(corrupt, nullptr);
  EXPECT_TRUE(hasText(corrupt->problem, (dir / unreadable / "config.json").string()));
  const SweepPointState* broken = pointIn(summary, failed);
  ASSERT_NE(broken, nullptr);
  EXPECT_EQ(broken->status, "failed");
  EXPECT_EQ(broken->problem, "");
  EXPECT_EQ(broken->point.message, "boom at step 4");  // from the run folder: none in sweep.json

  // Group 1e-3 keeps seed 0 alone: n = 1 and its values as they are.
  const SweepGroup* first = groupWith(summary, std::string(kKey) + "=" + kValues[0]);
  ASSERT_NE(first, nullptr);
  const auto seed0 = finalEvaluation(dir / folderOf(kValues[0], 0));
  ASSERT_EQ(first->evaluations.size(), seed0.size());
  for (const SweepEvalRow& row : first->evaluations) {
    EXPECT_EQ(row.value.seeds, 1);
    const double expected = seed0.at({row.learner, row.testFamily, row.metric, row.shots});
    EXPECT_EQ(row.value.mean, expected);
    EXPECT_EQ(row.value.low, expected);
    EXPECT_EQ(row.value.high, expected);
  }
  for (const SweepLossCurve& curve : first->losses) {
    ASSERT_FALSE(curve.loss.empty());
    EXPECT_EQ(curve.loss.front().seeds, 1) << curve.learner;
  }
  // Group 3e-3 has no completed seed left: no final evaluation, and no loss band (a failed run
  // would end it at its last step for good).
  const SweepGroup* second = groupWith(summary, std::string(kKey) + "=" + kValues[1]);
  ASSERT_NE(second, nullptr);
  EXPECT_TRUE(second->evaluations.empty());
  EXPECT_TRUE(second->losses.empty());
}

TEST_F(SweepSummaryFolder, PointsWithoutFoldersTakeTheManifestsStatus) {
  const fs::path dir = copyOfSweep();
  Result<SweepManifest> manifest = readSweepManifest(dir);
  ASSERT_TRUE(manifest) << manifest.error();
  const std::string pending = folderOf(kValues[0], 1);
  const std::string failedEarly = folderOf(kValues[1], 1);
  setStatus(manifest.value(), pending, SweepPointStatus::Pending);
  setStatus(manifest.value(), failedEarly, SweepPointStatus::Failed, "cannot start: no memory");
  ASSERT_TRUE(writeSweepManifest(dir, manifest.value()));
  fs::remove_all(dir / pending);
  fs::remove_all(dir / failedEarly);

  const Result<SweepSummary> read = readSweepSummary(dir);
  ASSERT_TRUE(read) << read.error();
  const SweepPointState* waiting = pointIn(read.value(), pending);
  ASSERT_NE(waiting, nullptr);
  EXPECT_EQ(waiting->status, "pending");
  EXPECT_EQ(waiting->problem, "");  // not started yet: nothing is wrong
  const SweepPointState* failed = pointIn(read.value(), failedEarly);
  ASSERT_NE(failed, nullptr);
  EXPECT_EQ(failed->status, "failed");
  EXPECT_EQ(failed->point.message, "cannot start: no memory");
  EXPECT_EQ(read.value().failed, 1);
  EXPECT_EQ(read.value().completed, 2);
}

TEST_F(SweepSummaryFolder, ARunningSeedAddsItsLossUpToItsLastStepButNoFinalValue) {
  const fs::path dir = copyOfSweep();
  const std::string running = folderOf(kValues[0], 1);
  // The run as it was after step 3: train.csv up to step 3, summary "running", lock held.
  std::string kept = "step,wall_s,learner,loss\n";
  for (const auto& f : csvBody(dir / running / "train.csv")) {
    if (std::stoll(f[0]) <= 3) {
      kept += f[0] + "," + f[1] + "," + f[2] + "," + f[3] + "\n";
    }
  }
  std::ofstream(dir / running / "train.csv", std::ios::trunc) << kept;
  std::ofstream(dir / running / "summary.json", std::ios::trunc)
      << R"({"status": "running", "steps_done": 3, "total_steps": 6})";
  Result<RunLock> lock = RunLock::acquire(dir / running);
  ASSERT_TRUE(lock) << lock.error();

  const Result<SweepSummary> read = readSweepSummary(dir);
  ASSERT_TRUE(read) << read.error();
  const SweepPointState* state = pointIn(read.value(), running);
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(state->status, "running");
  EXPECT_EQ(state->stepsDone, 3);
  EXPECT_EQ(state->totalSteps, 6);
  const SweepGroup& group = read.value().groups[0];
  ASSERT_FALSE(group.evaluations.empty());
  for (const SweepEvalRow& row : group.evaluations) {
    EXPECT_EQ(row.value.seeds, 1);  // only the completed seed has a final evaluation
  }
  const auto seed0 = lossesOf(dir / folderOf(kValues[0], 0));
  const auto seed1 = lossesOf(dir / running);
  ASSERT_FALSE(group.losses.empty());
  for (const SweepLossCurve& curve : group.losses) {
    // The band covers the steps both seeds have logged: 1..3.
    EXPECT_EQ(curve.steps, (std::vector<int64_t>{1, 2, 3})) << curve.learner;
    for (std::size_t i = 0; i < curve.steps.size(); ++i) {
      const int64_t step = curve.steps[i];
      const TwoSeeds expected =
          twoSeeds(seed0.at(curve.learner).at(step), seed1.at(curve.learner).at(step));
      EXPECT_EQ(curve.loss[i].seeds, 2);
      EXPECT_NEAR(curve.loss[i].mean, expected.mean, kSameSumsTolerance);
      EXPECT_NEAR(curve.loss[i].high, expected.high, kSameSumsTolerance * 20);
    }
  }
}

TEST_F(SweepSummaryFolder, ACorruptManifestIsAnErrorNamingTheFile) {
  const fs::path dir = copyOfSweep();
  std::ofstream(dir / kSweepManifestFile, std::ios::trunc) << R"({"kind": "icl-lab-sweep",)";
  const Result<SweepSummary> read = readSweepSummary(dir);
  ASSERT_FALSE(read);
  EXPECT_TRUE(hasText(read.error(), (dir / kSweepManifestFile).string()));
  // A folder without a manifest is named too.
  const Result<SweepSummary> none = readSweepSummary(scratch_.path());
  ASSERT_FALSE(none);
  EXPECT_TRUE(hasText(none.error(), (scratch_.path() / kSweepManifestFile).string()));
}

TEST(SweepSummaryGroups, WithoutAxesAllSeedsAreOneGroup) {
  TempDir dir;
  SweepManifest manifest;
  manifest.name = "seeds-only";
  manifest.baseConfigJson = "{}";
  manifest.seeds = {0, 1, 2};
  for (uint64_t seed : manifest.seeds) {
    SweepPoint point;
    point.folder = sweepPointFolderName({}, seed);
    point.seed = seed;
    manifest.points.push_back(point);  // pending: no folders
  }
  ASSERT_TRUE(writeSweepManifest(dir.path(), manifest));
  const Result<SweepSummary> read = readSweepSummary(dir.path());
  ASSERT_TRUE(read) << read.error();
  ASSERT_EQ(read.value().groups.size(), 1u);
  EXPECT_EQ(read.value().groups[0].label, "all seeds");
  EXPECT_EQ(read.value().groups[0].points, (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_TRUE(read.value().groups[0].evaluations.empty());
}

TEST(SweepSummaryGroups, GroupsFollowTheAxisValuesOrder) {
  TempDir dir;
  SweepManifest manifest;
  manifest.name = "ordered";
  manifest.baseConfigJson = "{}";
  manifest.seeds = {0};
  manifest.axes = {{"a", {"2", "1"}}, {"b", {"y", "x"}}};
  // Points in another order than the axes list their values.
  for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
           {"1", "x"}, {"1", "y"}, {"2", "x"}, {"2", "y"}}) {
    SweepPoint point;
    point.settings = {{"a", a}, {"b", b}};
    point.folder = sweepPointFolderName(point.settings, 0);
    manifest.points.push_back(point);
  }
  ASSERT_TRUE(writeSweepManifest(dir.path(), manifest));
  const Result<SweepSummary> read = readSweepSummary(dir.path());
  ASSERT_TRUE(read) << read.error();
  std::vector<std::string> labels;
  for (const SweepGroup& group : read.value().groups) {
    labels.push_back(group.label);
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"a=2, b=y", "a=2, b=x", "a=1, b=y", "a=1, b=x"}));
}

}  // namespace
