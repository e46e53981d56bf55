#include "core/sweep/slurm_script.h"

#include <regex>

#include "core/store/run_folder_name.h"

namespace icl::core {

namespace {

/// @p text as one bash word in single quotes ('it'\''s').
std::string bashQuoted(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

Status checkFormat(const std::string& option, const std::string& value, const char* pattern,
                   const std::string& expected) {
  if (value.empty() || std::regex_match(value, std::regex(pattern))) {
    return Status::success();
  }
  return Status::failure(option + " " + value + ": expected " + expected);
}

}  // namespace

Status validateSlurmOptions(const SlurmOptions& options) {
  if (Status time = checkFormat("--slurm-time", options.time, R"((\d+-)?\d+(:\d{1,2}){0,2})",
                                "a time limit such as 30:00, 02:00:00 or 1-12:00:00");
      !time) {
    return time;
  }
  if (Status mem = checkFormat("--slurm-mem", options.mem, R"(\d+[KMGT]?)",
                               "memory such as 4G, 500M or 4096 (megabytes)");
      !mem) {
    return mem;
  }
  if (Status partition = checkFormat("--slurm-partition", options.partition, R"([A-Za-z0-9_.,-]+)",
                                     "partition names (letters, digits, . _ - and ,)");
      !partition) {
    return partition;
  }
  if (options.cpus < 1) {
    return Status::failure("--slurm-cpus " + std::to_string(options.cpus) +
                           ": expected an integer >= 1");
  }
  if (options.gpus < 0) {
    return Status::failure("--slurm-gpus " + std::to_string(options.gpus) +
                           ": expected an integer >= 0");
  }
  if (!options.cliExecutable.is_absolute()) {
    return Status::failure("the CLI path " + options.cliExecutable.string() +
                           " must be absolute (the job runs in another folder)");
  }
  return Status::success();
}

std::string slurmScript(const SweepManifest& manifest, const SlurmOptions& options) {
  const std::size_t count = manifest.points.size();
  std::string s;
  s += "#!/bin/bash\n";
  s += "# SLURM job array of the ICL Lab sweep " + bashQuoted(manifest.name) + ": " +
       std::to_string(count) + " points, one array task each (task k runs point k of\n";
  s += "# sweep.json). Written by icl-lab-cli sweep --emit slurm.\n";
  s += "#   submit:            cd SWEEP_DIR && sbatch sweep.slurm\n";
  s += "#   one task, here:    SLURM_ARRAY_TASK_ID=0 bash sweep.slurm\n";
  s += "#   another CLI:       ICL_LAB_CLI=/path/to/icl-lab-cli sbatch sweep.slurm\n";
  s += "#SBATCH --job-name=icl-" + safeFolderComponent(manifest.name) + "\n";
  s += "#SBATCH --array=0-" + std::to_string(count == 0 ? 0 : count - 1) +
       (options.maxParallel > 0 ? "%" + std::to_string(options.maxParallel) : "") + "\n";
  s += "#SBATCH --output=logs/%A_%a.log\n";
  s += "#SBATCH --cpus-per-task=" + std::to_string(options.cpus) + "\n";
  if (!options.time.empty()) {
    s += "#SBATCH --time=" + options.time + "\n";
  }
  if (!options.mem.empty()) {
    s += "#SBATCH --mem=" + options.mem + "\n";
  }
  if (!options.partition.empty()) {
    s += "#SBATCH --partition=" + options.partition + "\n";
  }
  if (options.gpus > 0) {
    s += "#SBATCH --gres=gpu:" + std::to_string(options.gpus) + "\n";
  }
  s += R"SH(set -euo pipefail

# The sweep folder: sbatch runs a copy of this script from its spool, so look for sweep.json
# in the folder it was submitted from first, then beside the script itself.
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ -n "${SLURM_SUBMIT_DIR:-}" && -f "$SLURM_SUBMIT_DIR/sweep.json" ]]; then
  cd "$SLURM_SUBMIT_DIR"
elif [[ -f "$script_dir/sweep.json" ]]; then
  cd "$script_dir"
else
  echo "error: no sweep.json here; submit from the sweep folder: cd SWEEP_DIR && sbatch sweep.slurm" >&2
  exit 2
fi

)SH";
  s += "default_cli=" + bashQuoted(options.cliExecutable.string()) + "\n";
  s += "cli=\"${ICL_LAB_CLI:-$default_cli}\"\n";
  s += options.threads > 0
           ? "threads=" + std::to_string(options.threads) + "\n"
           : "threads=\"${SLURM_CPUS_PER_TASK:-" + std::to_string(options.cpus) + "}\"\n";
  s += "points=(\n";
  for (const SweepPoint& point : manifest.points) {
    s += "  " + bashQuoted(point.folder) + "\n";
  }
  s += ")\n";
  s += R"SH(
task="${SLURM_ARRAY_TASK_ID:-}"
if ! [[ "$task" =~ ^[0-9]+$ ]] || (( task >= ${#points[@]} )); then
  echo "error: SLURM_ARRAY_TASK_ID '$task' is not a task of this array (0 to $(( ${#points[@]} - 1 )))" >&2
  exit 2
fi
point="${points[$task]}"
mkdir -p logs

if [[ -f "$point/summary.json" ]] && grep -q '^  "status": "completed"' "$point/summary.json"; then
  # (summary.json is written with two-space indents: that is its top-level status)
  echo "$point is already completed"
  exit 0
fi
if [[ -e "$point" ]]; then
  # A requeued or repeated task: continue the run from its last checkpoint. resume exits
  # with 2 when it cannot (no checkpoint yet, a meta_meta run): keep that folder aside
  # (never delete it) and run the point again.
  status=0
  "$cli" resume "$point" --threads "$threads" || status=$?
  if (( status != 2 )); then
    exit "$status"
  fi
  n=1
  while [[ -e "$point.incomplete-$n" ]]; do n=$(( n + 1 )); done
  echo "cannot resume $point: moving it to $point.incomplete-$n and running it again" >&2
  mv "$point" "$point.incomplete-$n"
fi
exec "$cli" run --config "points/$point.json" --out "$point" --threads "$threads"
)SH";
  return s;
}

}  // namespace icl::core
