#pragma once
// The runs folder as a list (issue #11, "Compare runs"): one entry per sub-folder, read from
// config.json, summary.json and note.txt only, so a folder of a hundred runs lists at once
// (the CSV files and checkpoints, which grow with the run, are not opened).

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace icl::core {

struct RunConfig;

/// One run folder as the run list shows it.
struct RunCatalogEntry {
  std::filesystem::path dir;
  bool readable = false;  // false: config.json or summary.json is corrupt; `problem` says why
  std::string problem;
  std::string name;        // config "name"
  std::string experiment;  // experimentName(): "classification", "regression", "meta_meta"
  std::string createdUtc;  // provenance "created_utc" ("2026-12-01T22:50:00Z"), or empty
  std::string status;      // effectiveRunStatus(): completed, stopped, failed, running,
                           // interrupted
  int64_t stepsDone = 0;   // summary "steps_done"; 0 before the first evaluation
  int64_t totalSteps = 0;  // summary "total_steps", else the config's steps
  std::string note;        // note.txt (run_note.h), empty when none
};

/// @brief The steps a run of @p config plans: train.steps, regression.steps or
/// meta_meta.meta_steps, by experiment (what a run list shows as "total" before summary.json
/// has its own).
int64_t configuredSteps(const RunConfig& config);

/// @brief Reads one folder's entry. A folder without config.json is no run: the entry is then
/// unreadable with the problem "not a run folder".
RunCatalogEntry readCatalogEntry(const std::filesystem::path& dir);

/// @brief Lists the run folders directly inside @p root, newest first (by created_utc, then
/// by folder name). Sub-folders without config.json are skipped; a run folder whose files
/// cannot be read is listed with readable = false. A missing @p root lists nothing.
std::vector<RunCatalogEntry> listRuns(const std::filesystem::path& root);

}  // namespace icl::core
