#pragma once
// A sweep (issue #12) is a set of ordinary runs over seeds and over values of config keys,
// one run folder per point under the sweep folder, listed in the sweep folder's sweep.json.
// This file is the manifest's one reader and writer: the CLI writes it (plan, status of each
// point), `report`, the window and a SLURM job array read it. Torch-free, so the window and
// the fuzzers can use it.

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/util/result.h"

namespace icl::core {

inline constexpr const char* kSweepManifestFile = "sweep.json";
inline constexpr int kSweepSchemaVersion = 1;

/// One swept config key and its values as given (text, applied with applyOverride).
struct SweepAxis {
  std::string key;                  // dotted config key, e.g. "learners.matchnet.lr"
  std::vector<std::string> values;  // e.g. {"3e-3", "1e-2"}
};

/// What the sweep's writer last knew of a point. A reader that finds the point's run folder
/// trusts the folder's own status over this (a SLURM array task does not update sweep.json).
enum class SweepPointStatus { Pending, Running, Completed, Failed, Stopped };

std::string sweepPointStatusName(SweepPointStatus status);
/// @return the status named @p name ("pending", ...), or an error naming it
Result<SweepPointStatus> parseSweepPointStatus(const std::string& name);

/// One run of the sweep: a seed and one value of each axis.
struct SweepPoint {
  std::string folder;  // the point's run folder, relative to the sweep folder
  uint64_t seed = 0;
  std::vector<std::pair<std::string, std::string>> settings;  // (key, value), one per axis
  SweepPointStatus status = SweepPointStatus::Pending;
  std::string message;  // why the point failed or stopped; empty otherwise
};

struct SweepManifest {
  int schemaVersion = kSweepSchemaVersion;
  std::string name;             // the base config's name
  std::string source;           // how the base was given: "preset p1-sim" or "config FILE"
  std::string baseConfigJson;   // the base config as JSON text (before seed and settings)
  std::vector<std::string> baseSettings;  // --set assignments with one value, applied to all
  std::vector<uint64_t> seeds;
  std::vector<SweepAxis> axes;
  std::vector<SweepPoint> points;  // seeds x axis values, in the order they run
};

/// @brief The folder name of a point: each "key=value" (characters outside [A-Za-z0-9._=+-]
/// become '_'), joined with '_', then "seed<k>": "learners.matchnet.lr=3e-3_seed0", "seed2".
std::string sweepPointFolderName(const std::vector<std::pair<std::string, std::string>>& settings,
                                 uint64_t seed);

/// @return whether @p dir holds a sweep.json (a sweep folder rather than a run folder)
bool isSweepFolder(const std::filesystem::path& dir);

/// @brief Reads DIR/sweep.json; the error names the file and what is wrong with it.
Result<SweepManifest> readSweepManifest(const std::filesystem::path& sweepDir);

/// @brief Writes DIR/sweep.json atomically (never half-written).
Status writeSweepManifest(const std::filesystem::path& sweepDir, const SweepManifest& manifest);

}  // namespace icl::core
