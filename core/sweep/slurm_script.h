#pragma once
// A sweep as a SLURM job array (issue #12, "a cluster path"): one array task per point, each
// running `icl-lab-cli run --config points/X.json --out X` in the sweep folder (or `resume X`
// when a requeued task finds X incomplete). Every path in the script is relative to the sweep
// folder, so the folder can be moved to shared storage before `sbatch`. Torch-free.

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/sweep/sweep_manifest.h"
#include "core/util/result.h"

namespace icl::core {

inline constexpr const char* kSlurmScriptFile = "sweep.slurm";

/// The resources of every array task, as `sbatch` options; empty text / 0: not requested.
struct SlurmOptions {
  std::string time;        // --time, "HH:MM:SS", "MM:SS" or "D-HH:MM:SS"
  int64_t cpus = 1;        // --cpus-per-task, also the point's --threads unless threads > 0
  std::string mem;         // --mem, "4G", "500M", "4096"
  std::string partition;   // --partition
  int64_t gpus = 0;        // --gpus-per-task
  int64_t maxParallel = 0; // "%N" of --array: at most N tasks at once; 0: no limit
  int64_t threads = 0;     // the point's --threads; 0: $SLURM_CPUS_PER_TASK, else cpus
  std::filesystem::path cliExecutable;  // absolute; ICL_LAB_CLI overrides it at job time
};

/// @brief Checks the options' formats before anything is written.
/// @return an error naming the option and its value (e.g. "--slurm-time 5h: expected ...")
Status validateSlurmOptions(const SlurmOptions& options);

/// @brief The job-array script for @p manifest (its points in manifest order, task k runs
/// point k). @p options must have passed validateSlurmOptions.
std::string slurmScript(const SweepManifest& manifest, const SlurmOptions& options);

}  // namespace icl::core
