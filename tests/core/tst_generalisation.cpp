// Re-evaluation of a trained run on new test sets (issue #10, design.md §9): the files it
// writes, what it never touches, its determinism, and every refusal naming its file or key.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/evaluation/generalisation.h"
#include "core/evaluation/generalisation_table.h"
#include "core/models/checkpoint.h"
#include "core/models/learner_factory.h"
#include "core/store/csv.h"
#include "core/store/run_store.h"
#include "core/util/atomic_file.h"
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

constexpr int64_t kTasks = 24;

/// A small evaluation of the tiny run: two sigmas, two offsets, two families, rad.
GeneralisationRequest tinyRequest(const std::string& tag = {}) {
  GeneralisationRequest request;
  request.tag = tag;
  request.threads = 1;
  request.overrides = {"generalisation.sigmas=1,3", "generalisation.offsets=0,2",
                       "generalisation.families=proto,sim",
                       "generalisation.tasks_per_family=" + std::to_string(kTasks)};
  return request;
}

Result<GeneralisationResults> evaluate(const fs::path& runDir, const GeneralisationRequest& request,
                                       const RunControl* control = nullptr) {
  return evaluateGeneralisation(runDir, request, {}, control);
}

/// Every file under @p dir (relative path -> bytes).
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) {
      files[fs::relative(entry.path(), dir).string()] = fileText(entry.path());
    }
  }
  return files;
}

}  // namespace

// One tiny trained run shared by the suite; each test evaluates a copy of it.
class Generalisation : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new TempDir;
    runDir_ = *temp_ / "run";
    RunControl control;
    trained_ = icl::test::trainInto(tinyRunConfig(), runDir_, control).status ==
               RunStatus::Completed;
  }
  static void TearDownTestSuite() {
    delete temp_;
    temp_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(trained_) << "the tiny run in " << runDir_ << " failed"; }

  /// A fresh copy of the trained run.
  fs::path copyOfRun(const std::string& name) {
    const fs::path copy = local_ / name;
    fs::copy(runDir_, copy, fs::copy_options::recursive);
    return copy;
  }

  static TempDir* temp_;
  static fs::path runDir_;
  static bool trained_;
  TempDir local_;
};

TempDir* Generalisation::temp_ = nullptr;
fs::path Generalisation::runDir_;
bool Generalisation::trained_ = false;

TEST_F(Generalisation, sameSeedGivesByteIdenticalFiles) {
  const fs::path a = copyOfRun("a");
  const fs::path b = copyOfRun("b");
  const auto first = evaluate(a, tinyRequest());
  const auto second = evaluate(b, tinyRequest());
  ASSERT_TRUE(first.ok()) << first.error();
  ASSERT_TRUE(second.ok()) << second.error();
  for (const std::string& name : {std::string("generalisation.csv"), std::string("probe.csv")}) {
    ASSERT_TRUE(fs::exists(a / name)) << name;
    EXPECT_EQ(fileText(a / name), fileText(b / name)) << name;
  }
  // Another seed draws other tasks.
  GeneralisationRequest other = tinyRequest("seed7");
  other.seed = 7;
  ASSERT_TRUE(evaluate(a, other).ok());
  EXPECT_NE(fileText(a / "generalisation.csv"), fileText(a / "generalisation-seed7.csv"));
}

TEST_F(Generalisation, everyFileOfTheRunStaysByteIdenticalAndOnlyTheThreeAreAdded) {
  const fs::path run = copyOfRun("run");
  const auto before = snapshot(run);
  const auto result = evaluate(run, tinyRequest());
  ASSERT_TRUE(result.ok()) << result.error();
  auto after = snapshot(run);
  for (const char* added : {"generalisation.csv", "probe.csv", "generalisation.json"}) {
    EXPECT_EQ(after.erase(added), 1u) << added << " was not written";
  }
  EXPECT_EQ(after, before);
}

// The reader takes the manifest as "this evaluation exists", so it comes last.
TEST_F(Generalisation, manifestIsWrittenLastAndReadsBack) {
  const fs::path run = copyOfRun("run");
  const auto result = evaluate(run, tinyRequest());
  ASSERT_TRUE(result.ok()) << result.error();
  const auto manifestTime = fs::last_write_time(run / "generalisation.json");
  EXPECT_GE(manifestTime, fs::last_write_time(run / "generalisation.csv"));
  EXPECT_GE(manifestTime, fs::last_write_time(run / "probe.csv"));
  const nlohmann::json& manifest = result.value().manifest;
  EXPECT_EQ(manifest.at("seed"), tinyRunConfig().seed);
  EXPECT_EQ(manifest.at("checkpoints"), nlohmann::json({"final", "best"}));
  EXPECT_EQ(manifest.at("generalisation").at("sigmas"), nlohmann::json({1.0, 3.0}));
  EXPECT_EQ(manifest.at("eval_N"), tinyRunConfig().eval.length);
  for (const char* key : {"libtorch", "git", "created_utc"}) {
    EXPECT_TRUE(manifest.at("provenance").contains(key)) << key;
  }
  const auto read = readGeneralisation(run);
  ASSERT_TRUE(read.ok()) << read.error();
  EXPECT_EQ(read.value().manifest, manifest);
  EXPECT_EQ(formatGeneralisationCsv(read.value().accuracy),
            formatGeneralisationCsv(result.value().accuracy));
  EXPECT_EQ(generalisationTags(run), std::vector<std::string>{""});
}

// Rows: checkpoint x test set x scored learner x position; columns as README "Run folders".
TEST_F(Generalisation, rowsCoverEverySetLearnerAndShot) {
  const fs::path run = copyOfRun("run");
  const auto result = evaluate(run, tinyRequest());
  ASSERT_TRUE(result.ok()) << result.error();
  const RunConfig config = tinyRunConfig();
  const int64_t n = config.eval.length;
  std::map<std::string, int64_t> rowsPerSet;
  std::set<std::string> learners;
  for (const GeneralisationRecord& row : result.value().accuracy) {
    std::ostringstream key;
    key << row.checkpoint << " " << row.testSet << " " << row.testFamily << " " << row.sigma
        << " " << row.offset << " " << row.learner;
    ++rowsPerSet[key.str()];
    learners.insert(row.learner);
    EXPECT_EQ(row.nTasks, kTasks);
    EXPECT_GE(row.shots, 0);
    EXPECT_LT(row.shots, n);
    EXPECT_LE(row.ciLow, row.accuracy);
    EXPECT_GE(row.ciHigh, row.accuracy);
    if (row.testSet == "shift") {
      EXPECT_TRUE(row.sigma == 1.0 || row.sigma == 3.0) << row.sigma;
      EXPECT_EQ(row.offset, 0.0);
    } else if (row.testSet == "offset") {
      EXPECT_EQ(row.sigma, config.task.sigma);
      EXPECT_TRUE(row.offset == 0.0 || row.offset == 2.0) << row.offset;
    } else {
      EXPECT_EQ(row.testSet, "rad");
      EXPECT_EQ(row.testFamily, "rad");
    }
  }
  for (const char* learner : {"icl", "matchnet", "protonet", "cnp"}) {
    EXPECT_EQ(learners.count(learner), 1u) << learner;
  }
  // 2 checkpoints x (2 families x 2 sigmas + 2 families x 2 offsets + rad) sets per learner.
  EXPECT_EQ(rowsPerSet.size(), 2u * 9u * learners.size());
  for (const auto& [key, rows] : rowsPerSet) {
    EXPECT_EQ(rows, n) << key;
  }
}

// A set is seeded by its kind, family and value, so asking for more sigmas leaves the rows of
// the sigmas asked before as they were.
TEST_F(Generalisation, aSetDoesNotDependOnTheOtherValuesAsked) {
  const fs::path run = copyOfRun("run");
  GeneralisationRequest both = tinyRequest("both");
  GeneralisationRequest one = tinyRequest("one");
  one.overrides.push_back("generalisation.sigmas=3");
  one.overrides.push_back("generalisation.offsets=2");
  const auto withBoth = evaluate(run, both);
  const auto withOne = evaluate(run, one);
  ASSERT_TRUE(withBoth.ok() && withOne.ok()) << withBoth.error() << withOne.error();
  std::vector<GeneralisationRecord> expected;
  for (const GeneralisationRecord& row : withBoth.value().accuracy) {
    if ((row.testSet == "shift" && row.sigma == 3.0) ||
        (row.testSet == "offset" && row.offset == 2.0) || row.testSet == "rad") {
      expected.push_back(row);
    }
  }
  EXPECT_EQ(formatGeneralisationCsv(withOne.value().accuracy), formatGeneralisationCsv(expected));
}

// sigma 1 and offset 0 are both the training distribution, drawn independently: each learner's
// mean accuracy over shots agrees within four standard errors. The mean over shots of
// proportions over T tasks has a variance of at most 0.25 / T (perfectly correlated shots), so
// the difference of two independent ones has a standard error of at most sqrt(0.5 / T).
TEST_F(Generalisation, theTwoInDistributionSetsAgree) {
  const fs::path run = copyOfRun("run");
  GeneralisationRequest request = tinyRequest();
  const int64_t tasks = 256;
  request.overrides.push_back("generalisation.tasks_per_family=" + std::to_string(tasks));
  request.overrides.push_back("generalisation.rad=false");
  request.checkpoints = {"final"};
  const auto result = evaluate(run, request);
  ASSERT_TRUE(result.ok()) << result.error();
  const double bound = 4.0 * std::sqrt(0.5 / static_cast<double>(tasks));
  const auto shift = meanAccuracyGrids(result.value().accuracy, "final", "shift");
  const auto offset = meanAccuracyGrids(result.value().accuracy, "final", "offset");
  ASSERT_EQ(shift.size(), 2u);
  ASSERT_EQ(offset.size(), 2u);
  for (std::size_t f = 0; f < shift.size(); ++f) {
    ASSERT_EQ(shift[f].values.front(), 1.0);
    ASSERT_EQ(offset[f].values.front(), 0.0);
    for (std::size_t l = 0; l < shift[f].learners.size(); ++l) {
      EXPECT_NEAR(shift[f].mean[l][0], offset[f].mean[l][0], bound)
          << shift[f].testFamily << " " << shift[f].learners[l];
    }
  }
}

TEST_F(Generalisation, anExistingTagIsRefusedAndNothingChanges) {
  const fs::path run = copyOfRun("run");
  ASSERT_TRUE(evaluate(run, tinyRequest()).ok());
  const auto before = snapshot(run);
  const auto again = evaluate(run, tinyRequest());
  ASSERT_FALSE(again.ok());
  EXPECT_TRUE(hasText(again.error(), (run / "generalisation.csv").string() + " exists already"));
  EXPECT_TRUE(hasText(again.error(), "--tag"));
  EXPECT_EQ(snapshot(run), before);
  ASSERT_TRUE(evaluate(run, tinyRequest("second")).ok());
  EXPECT_EQ(generalisationTags(run), (std::vector<std::string>{"", "second"}));
  const auto badTag = evaluate(run, tinyRequest("../x"));
  ASSERT_FALSE(badTag.ok());
  EXPECT_TRUE(hasText(badTag.error(), "tag '../x'"));
}

TEST_F(Generalisation, aFolderThatIsNotARunIsNamed) {
  const fs::path empty = local_ / "empty";
  fs::create_directories(empty);
  const auto result = evaluate(empty, tinyRequest());
  ASSERT_FALSE(result.ok());
  EXPECT_TRUE(hasText(result.error(), empty.string() + " is not a readable run folder"));
  EXPECT_TRUE(hasText(result.error(), "config.json"));
  EXPECT_TRUE(fs::is_empty(empty));
}

TEST_F(Generalisation, aRegressionRunIsRefused) {
  const fs::path run = copyOfRun("run");
  RunConfig regression = tinyRegressionConfig();
  ASSERT_TRUE(writeFileAtomically(run / "config.json", regression.toJsonText()));
  const auto result = evaluate(run, tinyRequest());
  ASSERT_FALSE(result.ok());
  EXPECT_TRUE(hasText(result.error(), "regression run"));
}

TEST_F(Generalisation, missingCorruptAndForeignCheckpointsAreNamed) {
  const auto before = [](const fs::path& run) { return snapshot(run); };
  {
    const fs::path run = copyOfRun("missing");
    fs::remove_all(run / "checkpoints");
    const auto files = before(run);
    const auto result = evaluate(run, tinyRequest());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(hasText(result.error(), (run / "checkpoints" / "icl-final.pt").string()));
    EXPECT_TRUE(hasText(result.error(), "no such file"));
    EXPECT_EQ(snapshot(run), files);
  }
  {
    const fs::path run = copyOfRun("corrupt");
    const fs::path file = run / "checkpoints" / "protonet-best.pt";
    const std::string bytes = fileText(file);
    fs::resize_file(file, bytes.size() / 2);
    const auto files = before(run);
    const auto result = evaluate(run, tinyRequest());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(hasText(result.error(), file.string()));
    EXPECT_TRUE(hasText(result.error(), "corrupt"));
    EXPECT_EQ(snapshot(run), files);
  }
  {
    // The ICL transformer of a run with two layers in this run of one.
    const fs::path run = copyOfRun("foreign");
    RunConfig deeper = tinyRunConfig();
    deeper.learners.icl.depth = 2;
    const fs::path file = run / "checkpoints" / "icl-final.pt";
    std::shared_ptr<Learner> other = makeLearner(LearnerKind::Icl, deeper, torch::kCPU);
    ASSERT_TRUE(saveCheckpoint(*other, file).ok());
    const auto files = before(run);
    const auto result = evaluate(run, tinyRequest());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(hasText(result.error(), file.string()));
    EXPECT_TRUE(hasText(result.error(), "does not match"));
    EXPECT_EQ(snapshot(run), files);
  }
}

// Errors name the key and the value, and nothing is written.
TEST_F(Generalisation, badOverridesNameTheKeyAndTheValue) {
  const fs::path run = copyOfRun("run");
  const auto files = snapshot(run);
  const std::pair<const char*, const char*> cases[] = {
      {"generalisation.sigmas=1,2,-1", "generalisation.sigmas[2] = -1: expected"},
      {"generalisation.sigmas=0", "generalisation.sigmas[0] = 0: expected"},
      {"generalisation.sigmas=[]", "generalisation.sigmas = []: expected at least one"},
      {"generalisation.offsets=[]", "generalisation.offsets = []: expected at least one"},
      {"generalisation.families=proto,mix", "generalisation.families[1] = \"mix\": expected"},
      {"generalisation.families=circle", "generalisation.families[0] = \"circle\""},
      {"generalisation.sigmas=1,1", "generalisation.sigmas[1] = 1: expected each value"},
      {"generalisation.tasks_per_family=0", "generalisation.tasks_per_family = 0: expected"},
      {"task.d=3", "--set task.d=3: an evaluation takes generalisation.*"},
  };
  for (const auto& [assignment, message] : cases) {
    GeneralisationRequest request = tinyRequest();
    request.overrides.push_back(assignment);
    const auto result = evaluate(run, request);
    ASSERT_FALSE(result.ok()) << assignment;
    EXPECT_TRUE(hasText(result.error(), message)) << assignment;
  }
  EXPECT_EQ(snapshot(run), files);
}

// A stop request ends the evaluation with "stopped" and nothing written, whenever it comes.
TEST_F(Generalisation, aStopWritesNothing) {
  const fs::path run = copyOfRun("run");
  const auto files = snapshot(run);
  RunControl stopped;
  stopped.requestStop();
  const auto before = evaluate(run, tinyRequest(), &stopped);
  ASSERT_FALSE(before.ok());
  EXPECT_EQ(before.error(), "stopped");
  RunControl control;
  int64_t reports = 0;
  const auto midway = evaluateGeneralisation(
      run, tinyRequest(),
      [&](const GeneralisationProgress& progress) {
        ++reports;
        EXPECT_EQ(progress.done, reports);
        EXPECT_FALSE(progress.what.empty());
        control.requestStop();
      },
      &control);
  ASSERT_FALSE(midway.ok());
  EXPECT_EQ(midway.error(), "stopped");
  EXPECT_EQ(reports, 1);
  EXPECT_EQ(snapshot(run), files);
}

// generalisation.after_training: a completed run evaluates itself into the untagged files.
TEST(GeneralisationAfterTraining, aCompletedRunWritesTheFiles) {
  TempDir temp;
  RunConfig config = tinyRunConfig();
  config.generalisation.afterTraining = true;
  config.generalisation.tasksPerFamily = 8;
  config.generalisation.sigmas = {1, 2};
  config.generalisation.offsets = {0};
  std::vector<std::string> activities;
  RunControl control;
  const RunResult result = icl::test::trainInto(
      config, temp / "run", control, [&](const ProgressBatch& batch) {
        if (!batch.activity.empty()) {
          activities.push_back(batch.activity);
        }
      });
  ASSERT_EQ(result.status, RunStatus::Completed) << result.message;
  EXPECT_TRUE(result.message.empty()) << result.message;
  EXPECT_EQ(generalisationTags(temp / "run"), std::vector<std::string>{""});
  const auto read = readGeneralisation(temp / "run");
  ASSERT_TRUE(read.ok()) << read.error();
  // (2 sigmas + 1 offset) x 3 families + rad, for each checkpoint.
  const int64_t sets = 2 * ((2 + 1) * 3 + 1);
  EXPECT_EQ(static_cast<int64_t>(activities.size()), sets);
  EXPECT_TRUE(hasText(activities.back(), std::to_string(sets) + "/" + std::to_string(sets)));
}
