// Planning a sweep (issue #12, "Sweeps" and "Bad input"): seeds, --set value lists, the order
// and folder names of the points, each point's config, and every bad input named with exit
// code 2 and nothing written. Nothing here trains (tst_cli_sweep runs sweeps).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "core/config/run_config.h"
#include "core/sweep/slurm_script.h"
#include "core/sweep/sweep_folder.h"
#include "core/sweep/sweep_plan.h"
#include "core/sweep/sweep_runner.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/cli_runner.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/support/temp_dir.h"
#include "tests/core/tiny_config.h"

namespace fs = std::filesystem;
using icl::core::parseSeedList;
using icl::core::planSweep;
using icl::core::splitSweepValues;
using icl::core::SweepPlan;
using icl::core::SweepRequest;
using icl::test::cli;
using icl::test::fileText;
using icl::test::hasText;
using icl::test::TempDir;

namespace {

SweepRequest tinyRequest(const std::string& seeds, std::vector<std::string> assignments) {
  SweepRequest request;
  request.baseConfigJson = tinyRunConfig().toJsonText();
  request.source = "tiny.json";
  request.seeds = seeds;
  request.assignments = std::move(assignments);
  return request;
}

/// Writes the tiny config as a file for the CLI's --config.
fs::path writeTinyConfig(const TempDir& temp) {
  const fs::path path = temp / "tiny.json";
  std::ofstream(path) << tinyRunConfig().toJsonText();
  return path;
}

std::vector<std::string> sweepArgs(const fs::path& config, const fs::path& out,
                                   std::vector<std::string> extra) {
  std::vector<std::string> args = {"sweep", "--config", config.string(), "--out", out.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

// Nothing here may run a point: were a bug to start one, the point processes would be this
// test program (the CLI runs /proc/self/exe) but for ICL_LAB_CLI, which makes them fail at once.
class NoPointsRun : public ::testing::Environment {
 public:
  void SetUp() override { ::setenv("ICL_LAB_CLI", "/bin/false", 1); }
};
const auto* const kNoPointsRun = ::testing::AddGlobalTestEnvironment(new NoPointsRun);

}  // namespace

TEST(SweepSeeds, rangesListsAndSingleSeeds) {
  EXPECT_EQ(parseSeedList("0-4").value(), (std::vector<uint64_t>{0, 1, 2, 3, 4}));
  EXPECT_EQ(parseSeedList("0,2,7").value(), (std::vector<uint64_t>{0, 2, 7}));
  EXPECT_EQ(parseSeedList("3").value(), (std::vector<uint64_t>{3}));
  EXPECT_EQ(parseSeedList("5-6,1").value(), (std::vector<uint64_t>{5, 6, 1}));
  EXPECT_EQ(parseSeedList("2-2").value(), (std::vector<uint64_t>{2}));
}

TEST(SweepSeeds, badSeedsNameTheItem) {
  const struct {
    const char* text;
    const char* named;
  } cases[] = {{"4-2", "'4-2' runs backwards"}, {"x", "'x' is not a seed"},
               {"", "--seeds is empty"},        {"1,,2", "'' is not a seed"},
               {"-1", "'-1' is not a seed"},    {"1-", "'1-' is not a seed"},
               {"1,1", "seed 1 is given twice"}, {"0-3,2", "seed 2 is given twice"},
               {"0-99999", "more than 10000 seeds"}, {"1.5", "'1.5' is not a seed"}};
  for (const auto& c : cases) {
    const auto seeds = parseSeedList(c.text);
    ASSERT_FALSE(seeds.ok()) << c.text;
    EXPECT_TRUE(hasText(seeds.error(), c.named)) << c.text;
  }
}

TEST(SweepValues, commasSplitValuesOutsideBracketsAndQuotes) {
  EXPECT_EQ(splitSweepValues("learners.icl.lr", "3e-3,1e-2").value(),
            (std::vector<std::string>{"3e-3", "1e-2"}));
  EXPECT_EQ(splitSweepValues("learners.icl.lr", "3e-3").value(),
            (std::vector<std::string>{"3e-3"}));
  EXPECT_EQ(splitSweepValues("description", R"("a, b","c")").value(),
            (std::vector<std::string>{R"("a, b")", R"("c")"}));
  EXPECT_EQ(splitSweepValues("learners.icl", R"({"lr":1,"depth":2},{"lr":2})").value(),
            (std::vector<std::string>{R"({"lr":1,"depth":2})", R"({"lr":2})"}));
}

// A list key already takes "sim,rad" as one value (as `run --set` does): its values are
// separated by ';'.
TEST(SweepValues, aListKeySeparatesValuesWithSemicolons) {
  EXPECT_EQ(splitSweepValues("eval.families", "sim,rad;sim").value(),
            (std::vector<std::string>{"sim,rad", "sim"}));
  EXPECT_EQ(splitSweepValues("eval.families", "sim,rad").value(),
            (std::vector<std::string>{"sim,rad"}));
  EXPECT_EQ(splitSweepValues("generalisation.sigmas", "[1,2];[5]").value(),
            (std::vector<std::string>{"[1,2]", "[5]"}));
}

TEST(SweepValues, emptyOrRepeatedValuesAreNamed) {
  EXPECT_TRUE(hasText(splitSweepValues("learners.icl.lr", "").error(),
                      "--set learners.icl.lr=: no value given"));
  EXPECT_TRUE(hasText(splitSweepValues("learners.icl.lr", "1,,2").error(),
                      "--set learners.icl.lr=1,,2: value 2 is empty"));
  EXPECT_TRUE(hasText(splitSweepValues("learners.icl.lr", "1,").error(), "value 2 is empty"));
  EXPECT_TRUE(hasText(splitSweepValues("learners.icl.lr", "1,1").error(),
                      "the value '1' is given twice"));
  const std::string list = splitSweepValues("eval.families", "sim;;rad").error();
  EXPECT_TRUE(hasText(list, "value 2 is empty"));
  EXPECT_TRUE(hasText(list, "separate the values of a sweep with ';'"));
}

// Seed by seed; within a seed the cartesian product of the axes, the last axis fastest.
TEST(SweepPlan, expandsSeedsTimesAxesInOrderWithFolderNames) {
  const auto plan = planSweep(tinyRequest(
      "1,0", {"learners.icl.lr=1e-3,3e-3", "train.steps=4", "eval.families=sim,rad;sim"}));
  ASSERT_TRUE(plan.ok()) << plan.error();
  const auto& manifest = plan.value().manifest;
  EXPECT_EQ(manifest.name, "tiny");
  EXPECT_EQ(manifest.seeds, (std::vector<uint64_t>{1, 0}));
  EXPECT_EQ(manifest.baseSettings, (std::vector<std::string>{"train.steps=4"}));
  ASSERT_EQ(manifest.axes.size(), 2u);
  EXPECT_EQ(manifest.axes[0].key, "learners.icl.lr");
  EXPECT_EQ(manifest.axes[1].values, (std::vector<std::string>{"sim,rad", "sim"}));
  const std::vector<std::string> folders = {
      "learners.icl.lr=1e-3_eval.families=sim_rad_seed1",
      "learners.icl.lr=1e-3_eval.families=sim_seed1",
      "learners.icl.lr=3e-3_eval.families=sim_rad_seed1",
      "learners.icl.lr=3e-3_eval.families=sim_seed1",
      "learners.icl.lr=1e-3_eval.families=sim_rad_seed0",
      "learners.icl.lr=1e-3_eval.families=sim_seed0",
      "learners.icl.lr=3e-3_eval.families=sim_rad_seed0",
      "learners.icl.lr=3e-3_eval.families=sim_seed0"};
  ASSERT_EQ(manifest.points.size(), folders.size());
  ASSERT_EQ(plan.value().pointConfigs.size(), folders.size());
  for (std::size_t i = 0; i < folders.size(); ++i) {
    const auto& point = manifest.points[i];
    EXPECT_EQ(point.folder, folders[i]);
    EXPECT_EQ(point.status, icl::core::SweepPointStatus::Pending);
    const auto config =
        icl::core::RunConfig::fromJsonText(plan.value().pointConfigs[i], "point");
    ASSERT_TRUE(config.ok()) << config.error();
    EXPECT_EQ(config.value().name, "tiny");
    EXPECT_EQ(config.value().seed, i < 4 ? 1u : 0u);
    EXPECT_EQ(config.value().train.steps, 4);
    EXPECT_DOUBLE_EQ(config.value().learners.icl.lr, i % 4 < 2 ? 1e-3 : 3e-3);
    EXPECT_EQ(config.value().eval.families.size(), i % 2 == 0 ? 2u : 1u);
  }
}

TEST(SweepPlan, withoutAxesEachSeedIsOnePoint) {
  const auto plan = planSweep(tinyRequest("0-2", {}));
  ASSERT_TRUE(plan.ok()) << plan.error();
  ASSERT_EQ(plan.value().manifest.points.size(), 3u);
  EXPECT_EQ(plan.value().manifest.points[2].folder, "seed2");
  EXPECT_TRUE(plan.value().manifest.axes.empty());
}

TEST(SweepPlan, badAssignmentsNameTheKeyAndValue) {
  const struct {
    std::string set;
    std::vector<std::string> named;
  } cases[] = {
      {"learners.icl.lrr=1e-3,1e-2", {"--set learners.icl.lrr=1e-3,1e-2", "lrr"}},
      {"learners.icl.lr=", {"--set learners.icl.lr=", "no value given"}},
      {"learners.icl.lr=1e-3,,1e-2", {"--set learners.icl.lr=1e-3,,1e-2", "value 2 is empty"}},
      {"learners.icl.lr=abc", {"--set learners.icl.lr=abc", "learners.icl.lr", "abc"}},
      {"learners.icl.lr=1e-3,abc", {"value 'abc'", "learners.icl.lr"}},
      {"train.steps=4,-1", {"value '-1'", "train.steps"}},
      {"seed=1,2", {"--set seed=1,2", "--seeds"}},
      {"threads=2", {"--threads"}},
      {"=3", {"--set =3", "expected key.path=value"}},
  };
  for (const auto& c : cases) {
    const auto plan = planSweep(tinyRequest("0-1", {c.set}));
    ASSERT_FALSE(plan.ok()) << c.set;
    for (const std::string& part : c.named) {
      EXPECT_TRUE(hasText(plan.error(), part)) << c.set;
    }
  }
  const auto twice = planSweep(tinyRequest("0", {"train.steps=4", "train.steps=5,6"}));
  ASSERT_FALSE(twice.ok());
  EXPECT_TRUE(hasText(twice.error(), "the key train.steps is set twice"));
  // Values that differ only in characters a folder name replaces would share a folder.
  const auto clash = planSweep(tinyRequest("0", {R"(description="a b","a_b")"}));
  ASSERT_FALSE(clash.ok());
  EXPECT_TRUE(hasText(clash.error(), "would share the folder"));
}

// The CLI: every bad input exits with 2, names the key or value, and writes nothing.
TEST(SweepCli, badInputExitsWithTwoAndWritesNothing) {
  TempDir temp;
  const fs::path config = writeTinyConfig(temp);
  const fs::path out = temp / "sweep";
  const struct {
    std::vector<std::string> extra;
    std::string named;
  } cases[] = {
      {{"--seeds", "4-2"}, "'4-2' runs backwards"},
      {{"--seeds", "x"}, "'x' is not a seed"},
      {{"--seeds", "0-1", "--set", "learners.icl.nope=1,2"}, "nope"},
      {{"--seeds", "0-1", "--set", "learners.icl.lr="}, "--set learners.icl.lr="},
      {{"--seeds", "0-1", "--set", "learners.icl.lr=1,,2"}, "value 2 is empty"},
      {{"--seeds", "0-1", "--set", "learners.icl.lr=abc"}, "abc"},
      {{"--seeds", "0-1", "--jobs", "0"}, "--jobs 0: expected an integer >= 1"},
      {{"--seeds", "0-1", "--threads", "0"}, "--threads 0"},
      {{}, "needs --seeds"},
      {{"--seeds", "0", "--emit", "pbs"}, "--emit pbs"},
      {{"--seeds", "0", "--slurm-time", "1:00:00"}, "--slurm-time is an option of --emit slurm"},
      {{"--seeds", "0", "--emit", "slurm", "--slurm-time", "5h"}, "--slurm-time 5h"},
      {{"--seeds", "0", "--emit", "slurm", "--slurm-mem", "lots"}, "--slurm-mem lots"},
  };
  for (const auto& c : cases) {
    const auto outcome = cli(sweepArgs(config, out, c.extra));
    EXPECT_EQ(outcome.code, 2) << c.named << "\n" << outcome.err;
    EXPECT_TRUE(hasText(outcome.err, c.named));
    EXPECT_FALSE(fs::exists(out)) << c.named;
  }
}

TEST(SweepCli, anOutputFolderWithSomethingElseIsRefusedUntouched) {
  TempDir temp;
  const fs::path config = writeTinyConfig(temp);
  // A different sweep (other seeds, then other values): named, its sweep.json unchanged.
  const fs::path other = temp / "other";
  ASSERT_EQ(cli(sweepArgs(config, other, {"--seeds", "0-1", "--emit", "slurm"})).code, 0);
  const std::string manifest = fileText(other / "sweep.json");
  for (const std::vector<std::string>& extra :
       {std::vector<std::string>{"--seeds", "0-2"},
        std::vector<std::string>{"--seeds", "0-1", "--set", "learners.icl.lr=1e-3,1e-2"}}) {
    const auto outcome = cli(sweepArgs(config, other, extra));
    EXPECT_EQ(outcome.code, 2);
    EXPECT_TRUE(hasText(outcome.err, other.string() + " holds a different sweep"));
    EXPECT_EQ(fileText(other / "sweep.json"), manifest);
    EXPECT_FALSE(fs::exists(other / "seed0"));
  }
  // A run folder and a folder of other files.
  const fs::path run = temp / "run";
  fs::create_directories(run);
  std::ofstream(run / "config.json") << "{}";
  auto outcome = cli(sweepArgs(config, run, {"--seeds", "0"}));
  EXPECT_EQ(outcome.code, 2);
  EXPECT_TRUE(hasText(outcome.err, run.string() + " is a run folder"));
  EXPECT_FALSE(fs::exists(run / "sweep.json"));
  const fs::path files = temp / "files";
  fs::create_directories(files);
  std::ofstream(files / "notes.txt") << "mine";
  outcome = cli(sweepArgs(config, files, {"--seeds", "0"}));
  EXPECT_EQ(outcome.code, 2);
  EXPECT_TRUE(hasText(outcome.err, "notes.txt"));
  EXPECT_EQ(fs::directory_iterator(files)->path().filename(), "notes.txt");
  EXPECT_FALSE(fs::exists(files / "sweep.json"));
}

// The same command again on its own folder continues it: the manifest's statuses are kept.
TEST(SweepFolder, theSameSweepKeepsItsManifest) {
  TempDir temp;
  auto plan = planSweep(tinyRequest("0-1", {"learners.icl.lr=1e-3,1e-2"}));
  ASSERT_TRUE(plan.ok()) << plan.error();
  auto first = icl::core::prepareSweepFolder(temp / "s", plan.value());
  ASSERT_TRUE(first.ok()) << first.error();
  EXPECT_TRUE(fs::exists(temp / "s" / "points" / "learners.icl.lr=1e-2_seed1.json"));
  EXPECT_TRUE(fs::is_directory(temp / "s" / "logs"));
  auto manifest = first.value();
  manifest.points[1].status = icl::core::SweepPointStatus::Completed;
  ASSERT_TRUE(icl::core::writeSweepManifest(temp / "s", manifest).ok());
  const auto again = icl::core::prepareSweepFolder(temp / "s", plan.value());
  ASSERT_TRUE(again.ok()) << again.error();
  EXPECT_EQ(again.value().points[1].status, icl::core::SweepPointStatus::Completed);
  // --continue rebuilds the same plan from the manifest alone.
  const auto rebuilt = icl::core::planFromManifest(again.value());
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.error();
  EXPECT_EQ(rebuilt.value().pointConfigs, plan.value().pointConfigs);
}

TEST(SweepEvents, oneLinePerPointWithShortKeys) {
  icl::core::SweepEvent event;
  event.kind = icl::core::SweepEvent::Kind::Completed;
  event.index = 2;
  event.total = 8;
  event.point.seed = 1;
  event.point.settings = {{"learners.matchnet.lr", "1e-2"}};
  event.seconds = 31.2;
  EXPECT_EQ(icl::core::describeSweepEvent(event), "[3/8] seed1 lr=1e-2 completed in 0:31");
  event.kind = icl::core::SweepEvent::Kind::Failed;
  event.detail = "every learner diverged";
  event.seconds = 3725;
  EXPECT_EQ(icl::core::describeSweepEvent(event),
            "[3/8] seed1 lr=1e-2 failed after 1:02:05: every learner diverged");
}

TEST(SweepSlurm, theScriptHasTheArrayResourcesAndPoints) {
  TempDir temp;
  const fs::path config = writeTinyConfig(temp);
  const fs::path out = temp / "cluster";
  const auto outcome =
      cli(sweepArgs(config, out,
                    {"--seeds", "0-1", "--set", "learners.icl.lr=1e-3,1e-2", "--emit", "slurm",
                     "--jobs", "2", "--slurm-time", "01:30:00", "--slurm-cpus", "4",
                     "--slurm-mem", "4G", "--slurm-partition", "short", "--slurm-gpus", "1"}));
  ASSERT_EQ(outcome.code, 0) << outcome.err;
  EXPECT_TRUE(hasText(outcome.out, "sbatch sweep.slurm"));
  const std::string script = fileText(out / "sweep.slurm");
  for (const char* line :
       {"#SBATCH --array=0-3%2\n", "#SBATCH --output=logs/%A_%a.log\n",
        "#SBATCH --cpus-per-task=4\n", "#SBATCH --time=01:30:00\n", "#SBATCH --mem=4G\n",
        "#SBATCH --partition=short\n", "#SBATCH --gres=gpu:1\n", "#SBATCH --job-name=icl-tiny\n",
        "  'learners.icl.lr=1e-2_seed1'\n", "cli=\"${ICL_LAB_CLI:-$default_cli}\"\n",
        "threads=\"${SLURM_CPUS_PER_TASK:-4}\"\n"}) {
    EXPECT_TRUE(hasText(script, line));
  }
  EXPECT_TRUE(fs::exists(out / "sweep.json"));
  EXPECT_TRUE(fs::exists(out / "points" / "learners.icl.lr=1e-3_seed0.json"));
  // Nothing ran here.
  EXPECT_FALSE(fs::exists(out / "learners.icl.lr=1e-3_seed0"));
}
