// Resume (#8): an interrupted-then-resumed run writes the same files as an unbroken one; the
// checkpoint at every evaluation; run.lock tells a killed run ("interrupted") from a live one;
// resume refuses what it cannot continue; a stop reaches the evaluator between test batches.
#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/cli.h"
#include "core/evaluation/evaluator.h"
#include "core/models/learner_factory.h"
#include "core/store/run_lock.h"
#include "core/store/run_store.h"
#include "core/training/resume.h"
#include "core/util/atomic_file.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/support/temp_dir.h"
#include "tests/core/tiny_config.h"

namespace fs = std::filesystem;
using namespace icl::core;
using icl::test::fileText;
using icl::test::hasText;
using icl::test::TempDir;
using icl::test::trainUntil;
using icl::test::withoutWallTime;

namespace {

RunResult resumeQuietly(const fs::path& dir) {
  RunControl control;
  return resumeRun(dir, ResumeOptions{}, nullptr, control);
}

int64_t manifestStep(const fs::path& dir) {
  return nlohmann::json::parse(fileText(dir / "checkpoint.json")).at("step").get<int64_t>();
}

std::string cliError(const std::vector<std::string>& args, int* code) {
  std::ostringstream out;
  std::ostringstream err;
  *code = icl::app::runCli(args, out, err, nullptr);
  return out.str() + err.str();
}

/// Wraps a learner and sets a stop flag after its first forward pass: a stop that arrives in
/// the middle of an evaluation.
class StopAfterFirstForward : public Learner {
 public:
  StopAfterFirstForward(std::shared_ptr<Learner> inner, std::atomic<bool>& stop)
      : inner_(std::move(inner)), stop_(stop) {}
  LearnerKind kind() const override { return inner_->kind(); }
  torch::nn::Module& module() override { return inner_->module(); }
  torch::Tensor forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                int64_t start) override {
    ++calls;
    stop_ = true;
    return inner_->forwardPrefixes(x, targets, start);
  }
  torch::Tensor forwardQueries(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                               const torch::Tensor& queryX) override {
    return inner_->forwardQueries(supportX, supportTargets, queryX);
  }
  bool outputsProbabilities() const override { return inner_->outputsProbabilities(); }
  int calls = 0;

 private:
  std::shared_ptr<Learner> inner_;
  std::atomic<bool>& stop_;
};

}  // namespace

// #8: stop after the evaluation at step 3 of 9, append rows a crash could have left (one whole
// row after the checkpoint, one partial), resume: the files equal the unbroken run's.
TEST(Resume, classificationResumeWritesTheUnbrokenRunsFiles) {
  TempDir root;
  RunConfig config = tinyRunConfig();
  config.train.steps = 9;
  const RunResult unbroken = trainUntil(config, root / "unbroken", -1);
  ASSERT_EQ(unbroken.status, RunStatus::Completed) << unbroken.message;

  const fs::path dir = root / "interrupted";
  const RunResult stopped = trainUntil(config, dir, 3);
  ASSERT_EQ(stopped.status, RunStatus::Stopped) << stopped.message;
  EXPECT_EQ(stopped.stepsDone, 3);
  EXPECT_EQ(manifestStep(dir), 3);
  std::ofstream(dir / "train.csv", std::ios::app) << "4,9.5,icl,0.25\n4,9.6,mat";
  std::ofstream(dir / "eval.csv", std::ios::app) << "6,icl,mix,sim,0,accuracy,1,1,1,8\n";

  const RunResult resumed = resumeQuietly(dir);
  ASSERT_EQ(resumed.status, RunStatus::Completed) << resumed.message;
  EXPECT_EQ(resumed.stepsDone, 9);
  EXPECT_EQ(fileText(dir / "eval.csv"), fileText(root / "unbroken" / "eval.csv"));
  EXPECT_EQ(withoutWallTime(fileText(dir / "train.csv")),
            withoutWallTime(fileText(root / "unbroken" / "train.csv")));
  EXPECT_EQ(manifestStep(dir), 9);
  // Best-checkpoint bookkeeping came back with the state.
  const auto a = readRun(root / "unbroken");
  const auto b = readRun(dir);
  ASSERT_TRUE(a.ok()) << a.error();
  ASSERT_TRUE(b.ok()) << b.error();
  EXPECT_EQ(b.value().summary["status"].get<std::string>(), "completed");
  for (const auto& [learner, outcome] : a.value().summary["learners"].items()) {
    SCOPED_TRACE(learner);
    EXPECT_EQ(b.value().summary["learners"][learner]["best_step"], outcome["best_step"]);
    EXPECT_EQ(b.value().summary["learners"][learner]["best_mean_accuracy"],
              outcome["best_mean_accuracy"]);
  }
}

// #8: a checkpoint at step 0 already holds the step-0 evaluation; resume does not repeat it.
TEST(Resume, resumeFromTheStepZeroCheckpoint) {
  TempDir root;
  const RunConfig config = tinyRunConfig();
  ASSERT_EQ(trainUntil(config, root / "unbroken", -1).status, RunStatus::Completed);
  const fs::path dir = root / "interrupted";
  ASSERT_EQ(trainUntil(config, dir, 0).status, RunStatus::Stopped);
  EXPECT_EQ(manifestStep(dir), 0);
  ASSERT_EQ(resumeQuietly(dir).status, RunStatus::Completed);
  EXPECT_EQ(fileText(dir / "eval.csv"), fileText(root / "unbroken" / "eval.csv"));
}

// #8: a curriculum run stopped right after the stage boundary at step 4 (an evaluation step)
// goes on in the next stage: stages.csv, eval.csv and train.csv match.
TEST(Resume, curriculumResumeWritesTheUnbrokenRunsFiles) {
  TempDir root;
  const RunConfig config = tinyRegressionConfig();
  const RunResult unbroken = trainUntil(config, root / "unbroken", -1);
  ASSERT_EQ(unbroken.status, RunStatus::Completed) << unbroken.message;
  const fs::path dir = root / "interrupted";
  const RunResult stopped = trainUntil(config, dir, 4);
  ASSERT_EQ(stopped.status, RunStatus::Stopped) << stopped.message;
  EXPECT_EQ(manifestStep(dir), 4);
  const RunResult resumed = resumeQuietly(dir);
  ASSERT_EQ(resumed.status, RunStatus::Completed) << resumed.message;
  EXPECT_EQ(fileText(dir / "stages.csv"), fileText(root / "unbroken" / "stages.csv"));
  EXPECT_EQ(fileText(dir / "eval.csv"), fileText(root / "unbroken" / "eval.csv"));
  // #10: the comparison covers the agreement rows, written after the resume too.
  EXPECT_NE(fileText(dir / "eval.csv").find("12,gpt_plain,linear_regression,standard,4,sq_diff_"),
            std::string::npos);
  EXPECT_EQ(withoutWallTime(fileText(dir / "train.csv")),
            withoutWallTime(fileText(root / "unbroken" / "train.csv")));
  // The stages file really has the boundaries after step 4 and 8 (one row per arm at 0).
  const auto run = readRun(dir);
  ASSERT_TRUE(run.ok()) << run.error();
  EXPECT_EQ(run.value().stages.size(), 2u + 2u);
}

// #8: summary.json says "running" but nobody holds run.lock -> "interrupted"; while a process
// holds it -> "running"; report prints the status.
TEST(Resume, statusIsInterruptedUnlessTheLockIsHeld) {
  TempDir temp;
  const fs::path dir = temp / "run";
  ASSERT_EQ(trainUntil(tinyRunConfig(), dir, 3).status, RunStatus::Stopped);
  nlohmann::json summary = nlohmann::json::parse(fileText(dir / "summary.json"));
  summary["status"] = "running";  // what a SIGKILL leaves behind
  ASSERT_TRUE(writeFileAtomically(dir / "summary.json", summary.dump()).ok());
  EXPECT_EQ(readRun(dir).value().summary["status"].get<std::string>(), "interrupted");
  int code = 0;
  EXPECT_TRUE(hasText(cliError({"report", dir.string()}, &code), "Status: interrupted"));
  EXPECT_EQ(code, 0);
  {
    Result<RunLock> lock = RunLock::acquire(dir);
    ASSERT_TRUE(lock.ok()) << lock.error();
    EXPECT_EQ(readRun(dir).value().summary["status"].get<std::string>(), "running");
    const std::string refused = cliError({"resume", dir.string()}, &code);
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(hasText(refused, "still running"));
    EXPECT_TRUE(hasText(refused, dir.string()));
  }
  EXPECT_EQ(readRun(dir).value().summary["status"].get<std::string>(), "interrupted");
  const std::string resumed = cliError({"resume", dir.string(), "--quiet"}, &code);
  EXPECT_EQ(code, 0) << resumed;
  EXPECT_TRUE(hasText(resumed, "run completed"));
}

// #8: completed runs, meta_meta runs and folders that are not runs are refused (exit 2).
TEST(Resume, resumeRefusesWhatItCannotContinue) {
  TempDir root;
  ASSERT_EQ(trainUntil(tinyRunConfig(), root / "done", -1).status, RunStatus::Completed);
  int code = 0;
  std::string message = cliError({"resume", (root / "done").string()}, &code);
  EXPECT_EQ(code, 2);
  EXPECT_TRUE(hasText(message, "already completed"));
  EXPECT_TRUE(hasText(message, (root / "done").string()));

  ASSERT_NE(trainUntil(tinyMetaMetaConfig(), root / "meta", 1).status, RunStatus::Failed);
  message = cliError({"resume", (root / "meta").string()}, &code);
  EXPECT_EQ(code, 2);
  EXPECT_TRUE(hasText(message, "meta_meta"));

  message = cliError({"resume", (root / "nothing").string()}, &code);
  EXPECT_EQ(code, 2);
  EXPECT_TRUE(hasText(message, "not a folder"));
}

// #8: a run killed before its first checkpoint has no checkpoint.json; resume starts it over in
// the same folder and ends with the unbroken run's files.
TEST(Resume, resumeWithoutCheckpointStartsOver) {
  TempDir root;
  const RunConfig config = tinyRunConfig();
  ASSERT_EQ(trainUntil(config, root / "unbroken", -1).status, RunStatus::Completed);
  const fs::path dir = root / "early";
  ASSERT_EQ(trainUntil(config, dir, 3).status, RunStatus::Stopped);
  fs::remove(dir / "checkpoint.json");
  const Result<ResumePlan> plan = planResume(dir, ResumeOptions{});
  ASSERT_TRUE(plan.ok()) << plan.error();
  EXPECT_EQ(plan.value().fromStep, -1);
  ASSERT_EQ(resumeQuietly(dir).status, RunStatus::Completed);
  EXPECT_EQ(fileText(dir / "eval.csv"), fileText(root / "unbroken" / "eval.csv"));
}

// #8 / review §6: a stop that arrives during an evaluation ends it before the next test batch.
// The flag is the CLI's (watched, not copied by a progress callback).
TEST(Resume, stopDuringEvaluationEndsItBeforeTheNextBatch) {
  RunConfig config = tinyRunConfig();
  config.eval.tasksPerFamily = 200;  // 4 batches of 64 per family, 4 families: 16 passes
  torch::manual_seed(0);
  std::atomic<bool> stop{false};
  StopAfterFirstForward learner(makeLearner(LearnerKind::Cnp, config, torch::kCPU), stop);
  const Evaluator evaluator(config, torch::kCPU);
  RunControl control;
  control.watchExternalStop(&stop);
  const EvaluationOutcome outcome = evaluator.evaluate(learner, 0, &control);
  EXPECT_TRUE(outcome.interrupted);
  EXPECT_EQ(learner.calls, 1);
  EXPECT_TRUE(outcome.records.empty());
}

// The CLI wires Ctrl-C into the run control: with the flag already set, the step-0 evaluation
// ends before its first batch, so eval.csv has no rows (before #8 it had all).
TEST(Resume, cliInterruptReachesTheFirstEvaluation) {
  TempDir temp;
  const std::string dir = (temp / "run").string();
  std::atomic<bool> interrupt{true};
  std::ostringstream out;
  std::ostringstream err;
  const int code = icl::app::runCli(
      {"run", "--preset", "quick-mixture", "--out", dir, "--set", "train.steps=3", "--quiet"}, out,
      err, &interrupt);
  EXPECT_EQ(code, icl::app::kExitInterrupted);
  const auto run = readRun(dir);
  ASSERT_TRUE(run.ok()) << run.error();
  EXPECT_TRUE(run.value().evaluations.empty());
  EXPECT_EQ(run.value().summary["status"].get<std::string>(), "stopped");
}
