// icl-lab-cli evaluate: re-tests a trained classification run on new, seeded test sets
// (distribution shift, the radial task, the algorithm probe; issue #10) and adds the files
// generalisation[-TAG].csv, probe[-TAG].csv and generalisation[-TAG].json to its folder.
#include <iomanip>

#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/generalisation_markdown.h"
#include "core/evaluation/generalisation.h"

namespace icl::app {

int commandEvaluate(const std::vector<std::string>& rawArgs, const CommandContext& context) {
  const Arguments args =
      parseFolderArguments(rawArgs, {"--tag", "--checkpoint", "--seed", "--threads"}, {"--quiet"});
  core::GeneralisationRequest request;
  request.tag = args.get("--tag").value_or("");
  if (args.get("--tag") && request.tag.empty()) {
    throw UsageError("--tag needs a name (leave it out for the untagged files)");
  }
  const std::string checkpoint = args.get("--checkpoint").value_or("both");
  if (checkpoint == "both") {
    request.checkpoints = {"final", "best"};
  } else if (checkpoint == "final" || checkpoint == "best") {
    request.checkpoints = {checkpoint};
  } else {
    throw UsageError("--checkpoint " + checkpoint + ": expected final, best or both");
  }
  if (const auto seed = args.get("--seed")) {
    request.seed = static_cast<uint64_t>(parseInteger("--seed", *seed, 0));
  }
  if (const auto threads = args.get("--threads")) {
    request.threads = parseInteger("--threads", *threads, 1);
  }
  request.overrides = args.overrides;
  const bool quiet = args.has("--quiet");

  core::RunControl control;
  control.watchExternalStop(context.interrupt);
  if (!quiet) {
    context.err << "evaluate " << args.folder << " (" << checkpoint << " checkpoint"
                << (checkpoint == "both" ? "s" : "") << ")\n";
  }
  const core::Result<core::GeneralisationResults> results = core::evaluateGeneralisation(
      args.folder, request,
      [&](const core::GeneralisationProgress& progress) {
        if (!quiet) {
          context.err << "  " << progress.done << "/" << progress.total << "  " << progress.what
                      << "\n";
        }
      },
      &control);
  if (!results) {
    if (control.stopRequested()) {
      context.err << "error: evaluation " << results.error() << "; nothing was written\n";
      return kExitInterrupted;
    }
    throw UsageError(results.error());
  }
  printEvaluationSummary(results.value(), context.out);
  if (!quiet) {
    context.err << "wrote " << core::generalisationFiles(request.tag).accuracy << " ("
                << results.value().accuracy.size() << " rows)"
                << (results.value().probe.empty()
                        ? std::string()
                        : ", " + core::generalisationFiles(request.tag).probe + " (" +
                              std::to_string(results.value().probe.size()) + " rows)")
                << " and " << core::generalisationFiles(request.tag).manifest << " in "
                << args.folder << " (" << std::fixed << std::setprecision(1)
                << results.value().manifest.value("wall_s", 0.0) << " s)\n";
  }
  return kExitOk;
}

}  // namespace icl::app
