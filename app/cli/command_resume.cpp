// icl-lab-cli resume: continues a stopped, failed or interrupted run from its last checkpoint.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/progress_printer.h"
#include "app/cli/run_outcome.h"
#include "core/training/resume.h"

namespace icl::app {

int commandResume(const std::vector<std::string>& rawArgs, const CommandContext& context) {
  const Arguments args = parseFolderArguments(rawArgs, {"--threads"}, {"--quiet"});
  const bool quiet = args.has("--quiet");
  core::ResumeOptions options;
  if (const auto threads = args.get("--threads")) {
    options.threads = parseInteger("--threads", *threads, 1);
  }
  const core::Result<core::ResumePlan> plan = core::planResume(args.folder, options);
  if (!plan) {
    throw UsageError(plan.error());
  }
  if (!quiet) {
    context.err << "resume '" << plan.value().config.name << "' (" << plan.value().status
                << ") in " << args.folder << " from "
                << (plan.value().fromStep >= 0
                        ? "the checkpoint at step " + std::to_string(plan.value().fromStep)
                        : std::string("the start (no checkpoint was written)"))
                << "\n";
  }
  core::RunControl control;
  control.watchExternalStop(context.interrupt);
  ProgressPrinter printer(quiet, context.err, control, context.interrupt);
  const core::RunResult result = core::resumeRun(
      args.folder, options,
      [&printer](const core::ProgressBatch& batch) { printer.print(batch); }, control);
  return reportRunOutcome(plan.value().config, result, context.out, context.err);
}

}  // namespace icl::app
