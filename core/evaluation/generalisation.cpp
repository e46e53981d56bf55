// The re-evaluation driver (issue #10, design.md §9): checks everything that can be wrong before
// drawing a single task, scores every test set with every checkpoint's learners, and writes the
// two CSV files and then the manifest, each atomically. See generalisation.h.
#include "core/evaluation/generalisation.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <ctime>

#include <nlohmann/json.hpp>

#include "core/config/overrides.h"
#include "core/evaluation/generalisation_scoring.h"
#include "core/evaluation/shift_test_sets.h"
#include "core/models/checkpoint.h"
#include "core/models/learner_factory.h"
#include "core/store/csv.h"
#include "core/store/run_store.h"
#include "core/util/atomic_file.h"
#include "core/util/build_info.h"
#include "core/util/threading.h"
#include "core/util/versions.h"

namespace icl::core {

namespace {

namespace fs = std::filesystem;
using R = Result<GeneralisationResults>;

/// The keys an evaluation may change: what it draws, never what the checkpoints were built
/// with (task.d, learners.*), which would not load.
const char* const kOverridablePrefixes[] = {"generalisation.", "eval.N", "task.rad."};

std::string utcTimestamp() {
  const std::time_t now = std::time(nullptr);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return buffer;
}

Status checkCheckpointNames(const std::vector<std::string>& checkpoints) {
  if (checkpoints.empty()) {
    return Status::failure("no checkpoint to evaluate: expected final and/or best");
  }
  for (std::size_t i = 0; i < checkpoints.size(); ++i) {
    if (checkpoints[i] != "final" && checkpoints[i] != "best") {
      return Status::failure("checkpoint '" + checkpoints[i] + "': expected final or best");
    }
    if (std::find(checkpoints.begin(), checkpoints.begin() + static_cast<std::ptrdiff_t>(i),
                  checkpoints[i]) != checkpoints.begin() + static_cast<std::ptrdiff_t>(i)) {
      return Status::failure("checkpoint '" + checkpoints[i] + "' asked for twice");
    }
  }
  return Status::success();
}

/// The run's config with the request's `--set` overrides applied and checked.
Result<RunConfig> evaluationConfig(const RunConfig& runConfig,
                                   const std::vector<std::string>& overrides) {
  nlohmann::json json = runConfig.toJson();
  for (const std::string& assignment : overrides) {
    const std::string key = assignment.substr(0, assignment.find('='));
    const bool allowed =
        std::any_of(std::begin(kOverridablePrefixes), std::end(kOverridablePrefixes),
                    [&key](const std::string& prefix) {
                      return key.compare(0, prefix.size(), prefix) == 0;
                    });
    if (!allowed) {
      return Result<RunConfig>::failure(
          "--set " + assignment +
          ": an evaluation takes generalisation.*, eval.N and task.rad.* keys (the others "
          "describe how the checkpoints were trained)");
    }
    const Status applied = applyOverride(json, assignment);
    if (!applied) {
      return Result<RunConfig>::failure(applied.error());
    }
  }
  return RunConfig::fromJson(json, "--set");
}

Status refuseExistingFiles(const fs::path& runDir, const std::string& tag) {
  const GeneralisationFiles files = generalisationFiles(tag);
  for (const std::string& name : {files.accuracy, files.probe, files.manifest}) {
    std::error_code error;
    if (fs::exists(runDir / name, error) || error) {
      return Status::failure((runDir / name).string() + " exists already: an evaluation never " +
                             "replaces one; give this one another tag (--tag NAME)");
    }
  }
  return Status::success();
}

/// Every enabled learner of every asked checkpoint, loaded on the CPU; the error names the file.
Result<std::vector<CheckpointLearners>> loadLearners(const fs::path& runDir,
                                                     const RunConfig& config,
                                                     const std::vector<std::string>& checkpoints) {
  using L = Result<std::vector<CheckpointLearners>>;
  std::vector<CheckpointLearners> loaded;
  for (const std::string& checkpoint : checkpoints) {
    CheckpointLearners set{checkpoint, {}};
    for (LearnerKind kind : config.learners.enabledLearners()) {
      std::shared_ptr<Learner> learner = makeLearner(kind, config, torch::kCPU);
      const Status status = loadCheckpoint(
          *learner, runDir / "checkpoints" / (learnerName(kind) + "-" + checkpoint + ".pt"));
      if (!status) {
        return L::failure(status.error());
      }
      learner->module().eval();
      set.learners.push_back(std::move(learner));
    }
    loaded.push_back(std::move(set));
  }
  return L::success(std::move(loaded));
}

nlohmann::json manifestJson(const RunConfig& config, const GeneralisationRequest& request,
                            uint64_t seed, int64_t threads, std::size_t testSets,
                            double wallSeconds) {
  nlohmann::json learners = nlohmann::json::array();
  for (LearnerKind kind : config.learners.enabledLearners()) {
    learners.push_back(learnerName(kind));
  }
  const nlohmann::json resolved = config.toJson();
  return {{"tag", request.tag},
          {"run", config.name},
          {"checkpoints", request.checkpoints},
          {"learners", learners},
          {"seed", seed},
          {"generalisation", resolved.at("generalisation")},
          {"eval_N", config.eval.length},
          {"task", {{"sigma", config.task.sigma}, {"rad", resolved.at("task").at("rad")}}},
          {"overrides", request.overrides},
          {"test_sets", testSets},
          {"threads", threads},
          {"wall_s", wallSeconds},
          {"provenance",
           {{"icl_lab", kIclLabVersion},
            {"git", kGitDescribe},
            {"libtorch", libtorchVersion()},
            {"created_utc", utcTimestamp()}}}};
}

}  // namespace

Result<GeneralisationResults> evaluateGeneralisation(const fs::path& runDir,
                                                     const GeneralisationRequest& request,
                                                     const GeneralisationCallback& progress,
                                                     const RunControl* control) {
  const auto started = std::chrono::steady_clock::now();
  const Result<RunData> run = readRun(runDir);
  if (!run) {
    return R::failure(runDir.string() + " is not a readable run folder: " + run.error());
  }
  if (run.value().config.experiment != Experiment::Classification) {
    return R::failure(runDir.string() + ": a " + experimentName(run.value().config.experiment) +
                      " run; the generalisation evaluation re-tests classification runs");
  }
  for (const Status& status : {checkGeneralisationTag(request.tag),
                               checkCheckpointNames(request.checkpoints)}) {
    if (!status) {
      return R::failure(status.error());
    }
  }
  Result<RunConfig> configured = evaluationConfig(run.value().config, request.overrides);
  if (!configured) {
    return R::failure(configured.error());
  }
  RunConfig config = std::move(configured).value();
  config.device = "cpu";
  config.resolveDefaults();
  if (const Status free = refuseExistingFiles(runDir, request.tag); !free) {
    return R::failure(free.error());
  }
  const int64_t threads = request.threads > 0   ? request.threads
                          : config.threads > 0 ? config.threads
                                               : defaultThreadCount();
  applyThreadCount(threads);
  Result<std::vector<CheckpointLearners>> loaded =
      loadLearners(runDir, config, request.checkpoints);
  if (!loaded) {
    return R::failure(loaded.error());
  }

  const uint64_t seed = request.seed.value_or(config.seed);
  const std::vector<TestSetSpec> sets = generalisationTestSets(config, seed);
  const bool probe = config.generalisation.probe && config.learners.icl.enabled;
  std::vector<ScoredRows> byCheckpoint(loaded.value().size());
  GeneralisationProgress report;
  report.total = static_cast<int64_t>(sets.size() * loaded.value().size());
  for (const TestSetSpec& spec : sets) {
    if (control != nullptr && control->stopRequested()) {
      return R::failure("stopped");
    }
    TestSetScorer scorer(spec, drawTestSet(config, spec), config.task.classes, probe);
    for (std::size_t c = 0; c < loaded.value().size(); ++c) {
      if (!scorer.score(loaded.value()[c], control, byCheckpoint[c])) {
        return R::failure("stopped");
      }
      ++report.done;
      report.what = spec.describe() + " (" + loaded.value()[c].checkpoint + ")";
      if (progress) {
        progress(report);
      }
    }
  }

  GeneralisationResults results;
  results.tag = request.tag;
  for (ScoredRows& rows : byCheckpoint) {
    results.accuracy.insert(results.accuracy.end(), rows.accuracy.begin(), rows.accuracy.end());
    results.probe.insert(results.probe.end(), rows.probe.begin(), rows.probe.end());
  }
  const double wallSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  results.manifest = manifestJson(config, request, seed, threads, sets.size(), wallSeconds);
  // Checked again: another evaluation of the same tag may have finished meanwhile.
  if (const Status free = refuseExistingFiles(runDir, request.tag); !free) {
    return R::failure(free.error());
  }
  // The manifest last: readers take it as "this evaluation exists".
  const GeneralisationFiles files = generalisationFiles(request.tag);
  Status written = writeFileAtomically(runDir / files.accuracy,
                                       formatGeneralisationCsv(results.accuracy));
  if (written && probe) {
    written = writeFileAtomically(runDir / files.probe, formatProbeCsv(results.probe));
  }
  if (written) {
    written = writeFileAtomically(runDir / files.manifest, results.manifest.dump(2) + "\n");
  }
  if (!written) {
    // A half-written evaluation would block its tag: take back what this one wrote.
    std::error_code ignored;
    fs::remove(runDir / files.accuracy, ignored);
    fs::remove(runDir / files.probe, ignored);
    return R::failure(written.error());
  }
  return R::success(std::move(results));
}

}  // namespace icl::core
