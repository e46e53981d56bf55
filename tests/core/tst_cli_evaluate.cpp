// icl-lab-cli evaluate and the generalisation sections of `report` (issue #10): the summary,
// the files, and exit code 2 with a named problem for every bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/cli.h"
#include "core/evaluation/generalisation_results.h"
#include "core/models/checkpoint.h"
#include "core/models/learner_factory.h"
#include "core/store/run_store.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/cli_runner.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/support/shared_run.h"
#include "tests/core/support/temp_dir.h"

namespace fs = std::filesystem;
using icl::test::fileText;
using icl::test::hasText;
using icl::test::cli;
using icl::test::CliOutcome;
using icl::test::TempDir;

namespace {


// A tiny run of a preset: seconds, not minutes.
const std::vector<std::string> kTinyRun = {
    "--device", "cpu", "--threads", "1", "--quiet",
    "--set", "task.N=6", "--set", "learners.icl.depth=1", "--set", "train.steps=4",
    "--set", "train.batch_size=6", "--set", "train.eval_every=2",
    "--set", "eval.tasks_per_family=8", "--set", "eval.N=8"};

// A small evaluation of it.
const std::vector<std::string> kTinyEvaluation = {
    "--threads", "1", "--set", "generalisation.sigmas=1,3", "--set", "generalisation.offsets=0,1",
    "--set", "generalisation.tasks_per_family=16"};

std::vector<std::string> evaluateArgs(const fs::path& run, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"evaluate", run.string()};
  args.insert(args.end(), kTinyEvaluation.begin(), kTinyEvaluation.end());
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

}  // namespace

class CliEvaluate : public icl::test::SharedRunSuite<CliEvaluate> {
 public:
  static bool trainRun(const fs::path& dir) {
    std::vector<std::string> args = {"run", "--preset", "p2-mixture", "--out", dir.string()};
    args.insert(args.end(), kTinyRun.begin(), kTinyRun.end());
    return icl::test::cli(args).code == 0;
  }
};

TEST_F(CliEvaluate, writesTheFilesPrintsASummaryAndReportShowsThem) {
  const fs::path run = copyOfRun("run");
  const auto evaluated = cli(evaluateArgs(run));
  ASSERT_EQ(evaluated.code, 0) << evaluated.err;
  for (const char* file : {"generalisation.csv", "probe.csv", "generalisation.json"}) {
    EXPECT_TRUE(fs::exists(run / file)) << file;
  }
  // Progress on stderr, one line per test set and checkpoint: (2 + 2) x 3 families + rad.
  EXPECT_TRUE(hasText(evaluated.err, "1/26  shift sigma=1 proto (final)"));
  EXPECT_TRUE(hasText(evaluated.err, "26/26  rad (best)"));
  EXPECT_TRUE(hasText(evaluated.out, "Generalisation (untagged), final checkpoint"));
  EXPECT_TRUE(hasText(evaluated.out, "| test family | learner | sigma 1 | sigma 3 |"));
  EXPECT_TRUE(hasText(evaluated.out, "| learner | mean accuracy |"));
  // The summary's numbers are the mean over shots of the file's rows.
  const auto read = icl::core::readGeneralisation(run);
  ASSERT_TRUE(read.ok()) << read.error();
  double sum = 0.0;
  int64_t count = 0;
  for (const auto& row : read.value().accuracy) {
    if (row.checkpoint == "final" && row.testSet == "shift" && row.testFamily == "ave" &&
        row.sigma == 3.0 && row.learner == "cnp") {
      sum += row.accuracy;
      ++count;
    }
  }
  ASSERT_EQ(count, 8);
  std::ostringstream cell;
  cell.setf(std::ios::fixed);
  cell.precision(3);
  cell << " " << sum / static_cast<double>(count) << " |\n";
  const std::size_t line = evaluated.out.find("| ave | cnp |");
  ASSERT_NE(line, std::string::npos) << evaluated.out;
  EXPECT_TRUE(hasText(evaluated.out.substr(line, evaluated.out.find('\n', line) - line + 1),
                      cell.str()));

  ASSERT_EQ(cli(evaluateArgs(run, {"--tag", "again", "--checkpoint", "final", "--quiet"})).code,
            0);
  const auto report = cli({"report", run.string()});
  ASSERT_EQ(report.code, 0) << report.err;
  EXPECT_TRUE(hasText(report.out, "## Generalisation (untagged)"));
  EXPECT_TRUE(hasText(report.out, "## Generalisation (tag `again`)"));
  EXPECT_TRUE(hasText(report.out, "### Checkpoint best"));
  EXPECT_TRUE(hasText(report.out, "Mean offset of the inputs"));
  EXPECT_TRUE(hasText(report.out, "| test family | learner | offset 0 | offset 1 |"));
  EXPECT_TRUE(hasText(report.out, "Radial task"));
  EXPECT_TRUE(hasText(report.out, "| learner | 1 | 2 | 5 | 7 | mean |"));
}

// Every bad input: exit code 2, a message naming the file or key, and the folder unchanged.
TEST_F(CliEvaluate, badInputExitsWithTwoAndNamesTheProblem) {
  const fs::path run = copyOfRun("run");
  ASSERT_EQ(cli(evaluateArgs(run, {"--tag", "first", "--quiet"})).code, 0);
  const fs::path missing = copyOfRun("missing");
  fs::remove(missing / "checkpoints" / "cnp-best.pt");
  const fs::path corrupt = copyOfRun("corrupt");
  fs::resize_file(corrupt / "checkpoints" / "icl-final.pt", 100);
  const fs::path foreign = copyOfRun("foreign");
  {
    icl::core::RunConfig config = icl::core::RunConfig::fromFile(run / "config.json").value();
    config.task.d = 3;  // another input width: another architecture for every learner
    config.device = "cpu";
    auto other = icl::core::makeLearner(icl::core::LearnerKind::MatchNet, config, torch::kCPU);
    ASSERT_TRUE(icl::core::saveCheckpoint(*other, foreign / "checkpoints" / "matchnet-final.pt"));
  }
  const fs::path empty = local_ / "empty";
  fs::create_directories(empty);
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {evaluateArgs(empty), "is not a readable run folder"},
      {evaluateArgs(run, {"--tag", "first"}), "generalisation-first.csv exists already"},
      {evaluateArgs(run, {"--tag", "a/b"}), "tag 'a/b'"},
      {evaluateArgs(run, {"--checkpoint", "middle"}), "--checkpoint middle: expected"},
      {evaluateArgs(run, {"--set", "generalisation.sigmas=-1"}),
       "generalisation.sigmas[0] = -1: expected"},
      {evaluateArgs(run, {"--set", "generalisation.sigmas=[]"}), "generalisation.sigmas = []"},
      {evaluateArgs(run, {"--set", "generalisation.families=mix"}),
       "generalisation.families[0] = \"mix\""},
      {evaluateArgs(run, {"--set", "learners.icl.depth=2"}), "an evaluation takes"},
      {evaluateArgs(run, {"--set", "generalisation.sigma=2"}),
       "unknown key 'generalisation.sigma'"},
      {evaluateArgs(missing), (missing / "checkpoints" / "cnp-best.pt").string() + ": no such"},
      {evaluateArgs(corrupt), (corrupt / "checkpoints" / "icl-final.pt").string() + " is corrupt"},
      {evaluateArgs(foreign), (foreign / "checkpoints" / "matchnet-final.pt").string()},
      {{"evaluate"}, "needs a run folder"},
  };
  for (const Case& bad : cases) {
    const fs::path folder = bad.args.size() > 1 ? fs::path(bad.args[1]) : fs::path();
    const auto outcome = cli(bad.args);
    EXPECT_EQ(outcome.code, 2) << bad.message;
    EXPECT_TRUE(hasText(outcome.err, bad.message));
    EXPECT_FALSE(fs::exists(folder / "generalisation.json")) << bad.message;
  }
  EXPECT_FALSE(fs::exists(empty / "generalisation.csv"));
}

// generalisation.after_training: `run` ends with the evaluation, its progress on stderr.
TEST(CliRunAfterTraining, writesTheUntaggedFiles) {
  TempDir temp;
  std::vector<std::string> args = {"run", "--preset", "p3-shift", "--out", (temp / "run").string()};
  args.insert(args.end(), kTinyRun.begin(), kTinyRun.end());
  args.erase(std::find(args.begin(), args.end(), "--quiet"));
  for (const char* set : {"generalisation.sigmas=1,2", "generalisation.offsets=0",
                          "generalisation.tasks_per_family=8"}) {
    args.push_back("--set");
    args.push_back(set);
  }
  const auto outcome = cli(args);
  ASSERT_EQ(outcome.code, 0) << outcome.err;
  EXPECT_TRUE(hasText(outcome.err, "generalisation 1/18: shift sigma=1 proto (final)"));
  EXPECT_FALSE(hasText(outcome.err, "warning"));
  EXPECT_EQ(icl::core::generalisationTags(temp / "run"), std::vector<std::string>{""});
  EXPECT_TRUE(fs::exists(temp / "run" / "generalisation.csv"));
}
