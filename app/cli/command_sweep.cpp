// icl-lab-cli sweep: runs a set of runs over seeds and values of config keys (issue #12), here
// as separate processes or, with --emit slurm, as a SLURM job array to submit elsewhere.
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "core/config/presets.h"
#include "core/store/run_folder_name.h"
#include "core/sweep/slurm_script.h"
#include "core/sweep/sweep_folder.h"
#include "core/sweep/sweep_plan.h"
#include "core/sweep/sweep_runner.h"
#include "core/util/atomic_file.h"

namespace icl::app {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kSlurmFlags = {"--slurm-time", "--slurm-cpus", "--slurm-mem",
                                              "--slurm-partition", "--slurm-gpus"};

/// The base config's JSON text and its source name, from --preset or --config.
core::SweepRequest baseRequest(const Arguments& args) {
  const auto preset = args.get("--preset");
  const auto file = args.get("--config");
  if (preset && file) {
    throw UsageError("give either --preset or --config, not both");
  }
  if (!preset && !file) {
    throw UsageError("'sweep' needs --preset NAME or --config FILE (or --continue DIR)");
  }
  core::SweepRequest request;
  const core::Result<std::string> text =
      preset ? core::presetText(*preset) : core::readWholeFile(*file);
  if (!text) {
    throw UsageError(text.error());
  }
  request.baseConfigJson = text.value();
  request.source = preset ? "preset " + *preset : *file;
  const auto seeds = args.get("--seeds");
  if (!seeds) {
    throw UsageError("'sweep' needs --seeds (such as 0-4, 0,2,7 or 3)");
  }
  request.seeds = *seeds;
  request.assignments = args.overrides;
  return request;
}

/// The plan from the command line, or from the manifest of --continue DIR.
core::SweepPlan planFromArguments(const Arguments& args) {
  if (const auto dir = args.get("--continue")) {
    for (const char* flag : {"--preset", "--config", "--seeds", "--out"}) {
      if (args.get(flag)) {
        throw UsageError(std::string("--continue reads everything from the sweep's sweep.json; "
                                     "leave out ") + flag);
      }
    }
    if (!args.overrides.empty()) {
      throw UsageError("--continue reads everything from the sweep's sweep.json; leave out --set");
    }
    if (!core::isSweepFolder(*dir)) {
      throw UsageError(*dir + " is not a sweep folder (it has no " +
                       core::kSweepManifestFile + ")");
    }
    core::Result<core::SweepManifest> manifest = core::readSweepManifest(*dir);
    if (!manifest) {
      throw UsageError(manifest.error());
    }
    core::Result<core::SweepPlan> plan = core::planFromManifest(manifest.value());
    if (!plan) {
      throw UsageError(plan.error());
    }
    return std::move(plan).value();
  }
  core::Result<core::SweepPlan> plan = core::planSweep(baseRequest(args));
  if (!plan) {
    throw UsageError(plan.error());
  }
  return std::move(plan).value();
}

/// The CLI the points run with: $ICL_LAB_CLI when set (as in the SLURM script), else this
/// program itself.
fs::path cliExecutable() {
  if (const char* chosen = std::getenv("ICL_LAB_CLI"); chosen != nullptr && *chosen != '\0') {
    return fs::absolute(chosen);
  }
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (error) {
    throw std::runtime_error("cannot find this program's path (/proc/self/exe): " +
                             error.message());
  }
  return self;
}

std::string axesText(const core::SweepManifest& manifest) {
  std::string text = std::to_string(manifest.seeds.size()) + " seeds";
  for (const core::SweepAxis& axis : manifest.axes) {
    text += " x " + std::to_string(axis.values.size()) + " " + axis.key;
  }
  return text;
}

int emitSlurm(const Arguments& args, const core::SweepPlan& plan, const fs::path& outDir,
              const CommandContext& context) {
  core::SlurmOptions options;
  options.time = args.get("--slurm-time").value_or("");
  options.mem = args.get("--slurm-mem").value_or("");
  options.partition = args.get("--slurm-partition").value_or("");
  if (const auto cpus = args.get("--slurm-cpus")) {
    options.cpus = parseInteger("--slurm-cpus", *cpus, 1);
  }
  if (const auto gpus = args.get("--slurm-gpus")) {
    options.gpus = parseInteger("--slurm-gpus", *gpus, 0);
  }
  if (const auto jobs = args.get("--jobs")) {
    options.maxParallel = parseInteger("--jobs", *jobs, 1);
  }
  if (const auto threads = args.get("--threads")) {
    options.threads = parseInteger("--threads", *threads, 1);
  }
  options.cliExecutable = cliExecutable();
  if (const core::Status valid = core::validateSlurmOptions(options); !valid) {
    throw UsageError(valid.error());
  }
  const core::Result<core::SweepManifest> manifest = core::prepareSweepFolder(outDir, plan);
  if (!manifest) {
    throw UsageError(manifest.error());
  }
  const fs::path script = outDir / core::kSlurmScriptFile;
  if (const core::Status written =
          core::writeFileAtomically(script, core::slurmScript(manifest.value(), options));
      !written) {
    throw std::runtime_error(written.error());
  }
  std::error_code ignored;  // executable for convenience; `sbatch` and `bash` do not need it
  fs::permissions(script, fs::perms::owner_exec | fs::perms::group_exec,
                  fs::perm_options::add, ignored);
  context.out << "sweep '" << manifest.value().name << "': " << manifest.value().points.size()
              << " points (" << axesText(manifest.value()) << ") written to " << outDir.string()
              << "\nsubmit with:  cd " << outDir.string() << " && sbatch "
              << core::kSlurmScriptFile << "\nthen, with the folder back here or on shared "
              << "storage:  icl-lab-cli report " << outDir.string() << "\n";
  return kExitOk;
}

}  // namespace

int commandSweep(const std::vector<std::string>& rawArgs, const CommandContext& context) {
  std::vector<std::string> valueFlags = {"--preset", "--config", "--seeds", "--jobs",
                                         "--threads", "--out",   "--emit",  "--continue"};
  valueFlags.insert(valueFlags.end(), kSlurmFlags.begin(), kSlurmFlags.end());
  const Arguments args = parseArguments(rawArgs, valueFlags, {"--quiet"});
  const int64_t jobs = args.get("--jobs") ? parseInteger("--jobs", *args.get("--jobs"), 1) : 1;
  const int64_t threads =
      args.get("--threads") ? parseInteger("--threads", *args.get("--threads"), 1) : 1;
  const auto emit = args.get("--emit");
  if (emit && *emit != "slurm") {
    throw UsageError("--emit " + *emit + ": the only script this writes is slurm");
  }
  for (const std::string& flag : kSlurmFlags) {
    if (!emit && args.get(flag)) {
      throw UsageError(flag + " is an option of --emit slurm");
    }
  }
  const core::SweepPlan plan = planFromArguments(args);
  const fs::path outDir =
      args.get("--continue")
          ? fs::path(*args.get("--continue"))
          : args.get("--out") ? fs::path(*args.get("--out"))
                              : fs::path("sweeps") / core::runFolderName(plan.manifest.name,
                                                                         std::time(nullptr));
  if (emit) {
    return emitSlurm(args, plan, outDir, context);
  }
  const core::Result<core::SweepManifest> manifest = core::prepareSweepFolder(outDir, plan);
  if (!manifest) {
    throw UsageError(manifest.error());
  }
  const bool quiet = args.has("--quiet");
  if (!quiet) {
    context.err << "sweep '" << manifest.value().name << "': "
                << manifest.value().points.size() << " points (" << axesText(manifest.value())
                << ") -> " << outDir.string() << ", " << jobs << " at a time, " << threads
                << (threads == 1 ? " thread" : " threads") << " each\n";
  }
  core::SweepRunOptions options;
  options.cliExecutable = cliExecutable();
  options.jobs = jobs;
  options.threads = threads;
  options.interrupt = context.interrupt;
  options.onEvent = [&context, quiet](const core::SweepEvent& event) {
    if (!quiet) {
      context.err << core::describeSweepEvent(event) << "\n" << std::flush;
    }
  };
  const core::Result<core::SweepRunResult> result = core::runSweep(outDir, options);
  if (!result) {
    throw UsageError(result.error());
  }
  const core::SweepRunResult& counts = result.value();
  context.out << "sweep " << (counts.interrupted ? "stopped" : "finished") << ": "
              << outDir.string() << " (" << counts.completed << " completed, " << counts.failed
              << " failed, " << counts.stopped << " stopped, " << counts.pending
              << " not started)\n";
  if (!counts.manifestProblem.empty()) {
    context.err << "error: " << counts.manifestProblem << "\n";
  }
  if (counts.interrupted) {
    return kExitInterrupted;
  }
  const bool allCompleted = counts.completed == static_cast<int64_t>(plan.manifest.points.size());
  return allCompleted && counts.manifestProblem.empty() ? kExitOk : kExitRunFailed;
}

}  // namespace icl::app
