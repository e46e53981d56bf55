// icl-lab-cli run: trains every enabled learner of an experiment into a new run folder.
#include <ctime>
#include <filesystem>

#include "app/cli/commands.h"
#include "app/cli/config_loader.h"
#include "app/cli/progress_printer.h"
#include "app/cli/run_outcome.h"
#include "core/store/run_folder_name.h"
#include "core/training/memory_estimate.h"

namespace icl::app {

namespace fs = std::filesystem;

int commandRun(const std::vector<std::string>& rawArgs, const CommandContext& context) {
  const Arguments args = parseArguments(
      rawArgs, {"--preset", "--config", "--out", "--device", "--seed", "--threads"}, {"--quiet"});
  const core::RunConfig config = loadConfig(args, true);
  const fs::path outDir =
      args.get("--out") ? fs::path(*args.get("--out"))
                        : fs::path("runs") / core::runFolderName(config.name, std::time(nullptr));
  const bool quiet = args.has("--quiet");
  core::RunControl control;
  // Seen between steps and between test batches of an evaluation, not only at reports.
  control.watchExternalStop(context.interrupt);
  if (!quiet) {
    context.err << "run '" << config.name << "' -> " << outDir.string() << "\n";
    core::RunConfig resolved = config;
    resolved.resolveDefaults();
    context.err << "estimated peak memory "
                << core::formatBytes(core::estimateRunMemory(resolved).bytes) << " ("
                << core::formatBytes(core::availableMemoryBytes()) << " available)\n";
  }
  core::TrainOptions options;
  options.outDir = outDir;
  ProgressPrinter printer(quiet, context.err, control, context.interrupt);
  const core::RunResult result = core::train(
      config, options, [&printer](const core::ProgressBatch& batch) { printer.print(batch); },
      control);
  return reportRunOutcome(config, result, context.out, context.err);
}

}  // namespace icl::app
