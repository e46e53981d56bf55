#pragma once
// One folder per run (docs/run-format.md):
//   config.json   the fully resolved RunConfig plus a "provenance" block
//   train.csv     step,wall_s,learner,loss
//   eval.csv      step,learner,train_family,test_family,shots,metric,value,ci95_low,ci95_high,n_tasks
//   stages.csv    step,learner,dims,points (regression runs: curriculum stage changes)
//   checkpoints/  <learner>-best.pt, <learner>-final.pt (regression: <learner>-step<k>.pt too)
//   summary.json  status and per-learner outcome, rewritten at every evaluation
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
#include "core/util/result.h"

namespace icl::core {

class RunWriter {
 public:
  /// @brief Creates @p dir (and checkpoints/) and the CSV headers. Refuses a folder that
  /// already holds files, so no earlier run is overwritten.
  static Result<std::unique_ptr<RunWriter>> create(const std::filesystem::path& dir);

  const std::filesystem::path& dir() const { return dir_; }
  Status writeConfig(const nlohmann::json& config);
  Status writeSummary(const nlohmann::json& summary);
  void appendLosses(const std::vector<LossRecord>& records);
  void appendEvaluations(const std::vector<EvalRecord>& records);
  /// @brief Creates stages.csv with its header (regression runs only).
  Status openStages();
  void appendStages(const std::vector<StageRecord>& records);
  /// @brief Pushes buffered CSV rows to the files; the error names the file.
  Status flush();
  /// @param tag "best" or "final"
  std::filesystem::path checkpointPath(const std::string& learner, const std::string& tag) const;

 private:
  explicit RunWriter(std::filesystem::path dir);
  std::filesystem::path dir_;
  std::ofstream train_;
  std::ofstream eval_;
  std::ofstream stages_;
};

/// Everything a run folder holds, read back by the same code that wrote it.
struct RunData {
  std::filesystem::path dir;
  RunConfig config;
  nlohmann::json provenance;  // libtorch version, threads, device, git describe
  nlohmann::json summary;     // empty object when the run never wrote one
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
