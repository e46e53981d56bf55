#pragma once
// One folder per run (README.md, "Run folders"):
//   config.json   the fully resolved RunConfig plus a "provenance" block
//   train.csv     step,wall_s,learner,loss
//   eval.csv      step,learner,train_family,test_family,shots,metric,value,ci95_low,ci95_high,n_tasks
//   stages.csv    step,learner,dims,points (regression runs: curriculum stage changes)
//   checkpoints/  <learner>-best.pt, <learner>-final.pt (regression: <learner>-step<k>.pt too)
//   summary.json  status and per-learner outcome, rewritten at every evaluation
//   checkpoint.json + checkpoints/state-<step>/  the resumable state of the last evaluation
//   run.lock      flock'ed by the writing process (run_lock.h)
// JSON files and checkpoints are replaced atomically; CSV files are appended and flushed at
// every evaluation, so a killed run keeps everything up to its last evaluation.

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/config/run_config.h"
#include "core/store/records.h"
#include "core/store/run_lock.h"
#include "core/util/result.h"

namespace icl::core {

class RunWriter {
 public:
  /// @brief Creates @p dir (and checkpoints/) and the CSV headers. Refuses a folder that
  /// already holds files, so no earlier run is overwritten.
  static Result<std::unique_ptr<RunWriter>> create(const std::filesystem::path& dir);

  /// @brief Reopens the folder of an interrupted run to go on from step @p keepThroughStep:
  /// takes the run lock, rewrites train.csv, eval.csv and stages.csv atomically with only their
  /// rows of steps <= keepThroughStep (-1: none), and appends from there.
  static Result<std::unique_ptr<RunWriter>> reopen(const std::filesystem::path& dir,
                                                   int64_t keepThroughStep);

  const std::filesystem::path& dir() const { return dir_; }
  Status writeConfig(const nlohmann::json& config);
  Status writeSummary(const nlohmann::json& summary);
  /// The append methods report a failed write (disk full, file size limit) naming the file;
  /// rows are buffered, so some failures show only at a later append or flush.
  Status appendLosses(const std::vector<LossRecord>& records);
  Status appendEvaluations(const std::vector<EvalRecord>& records);
  /// @brief Creates stages.csv with its header (regression runs only); keeps a reopened one.
  Status openStages();
  Status appendStages(const std::vector<StageRecord>& records);
  /// @brief Pushes buffered CSV rows to the files; the error names the file.
  Status flush();
  /// @brief flush() and then fsync the CSV files (before a checkpoint refers to their rows).
  Status sync();
  /// @param tag "best" or "final"
  std::filesystem::path checkpointPath(const std::string& learner, const std::string& tag) const;

 private:
  RunWriter(std::filesystem::path dir, RunLock lock);
  Status streamStatus(const std::ofstream& stream, const char* file) const;
  std::filesystem::path dir_;
  RunLock lock_;  // held while this writer lives
  std::ofstream train_;
  std::ofstream eval_;
  std::ofstream stages_;
};

/// Everything a run folder holds, read back by the same code that wrote it.
struct RunData {
  std::filesystem::path dir;
  RunConfig config;
  nlohmann::json provenance;  // libtorch version, threads, device, git describe
  nlohmann::json summary;     // "status" as a reader should show it (effectiveRunStatus): a
                              // "running" run whose process died reads "interrupted"
  std::vector<LossRecord> losses;
  std::vector<EvalRecord> evaluations;
  std::vector<StageRecord> stages;  // empty when the run has no stages.csv
};

/// The text of a run folder's files, empty where a file is absent. readRun reads them and
/// parses them with parseRun, which touches no file system (so the fuzzer,
/// tests/fuzz/fuzz_run_folder.cpp, can call it).
struct RunFiles {
  std::string config;                  // config.json
  std::optional<std::string> train;    // train.csv; required
  std::optional<std::string> eval;     // eval.csv; required
  std::optional<std::string> stages;   // stages.csv; absent for classification runs
  std::optional<std::string> summary;  // summary.json; absent before the first evaluation
};

/// @brief Reads a run folder; the error names the file and the problem.
Result<RunData> readRun(const std::filesystem::path& dir);

/// @brief Parses the files of the run folder @p dir (used in messages and RunData::dir only).
/// On success, provenance and summary are JSON objects and summary's "status", when present,
/// is a string.
Result<RunData> parseRun(const RunFiles& files, const std::filesystem::path& dir);

}  // namespace icl::core
