// icl-lab-cli bench --playground RUN_DIR: milliseconds per playground panel (issue #10 item 5,
// "Performance"): every learner of a d = 2, C = 2 run on a grid of query points with one
// batched call per learner, on ONE thread, for supports of 8, 16 and 32 points, through the
// fused ICL kernel and the LibTorch path.
#include <algorithm>
#include <chrono>
#include <iomanip>
#include <vector>

#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "core/inference/decision_grid.h"
#include "core/util/threading.h"

namespace icl::app {

namespace {

/// Median of @p values (ms): robust to the shared machine's noise.
double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

int commandBenchPlayground(const std::vector<std::string>& rawArgs,
                           const CommandContext& context) {
  const Arguments args = parseArguments(
      rawArgs, {"--playground", "--grid", "--repeats", "--sizes", "--checkpoint", "--family"}, {});
  std::ostream& out = context.out;
  const std::filesystem::path runDir = args.get("--playground").value_or("");
  const int64_t side = parseInteger("--grid", args.get("--grid").value_or("200"), 1);
  const int64_t repeats = parseInteger("--repeats", args.get("--repeats").value_or("5"), 1);
  const std::vector<int64_t> sizes =
      parseIntegerList("--sizes", args.get("--sizes").value_or("8,16,32"), 0);
  const std::string checkpoint = args.get("--checkpoint").value_or("final");
  const std::string familyText = args.get("--family").value_or("proto");
  const std::optional<core::TaskFamily> family = core::parseFamily(familyText);
  if (!family || *family == core::TaskFamily::Mix) {
    throw UsageError("--family " + familyText + ": expected sim, proto, ave or rad");
  }
  core::applyThreadCount(1);  // the target is one core (issue #10, Performance)

  core::GridSpec grid;
  grid.rows = side;
  grid.columns = side;
  const std::vector<float> points = core::gridPoints(grid);
  out << "playground redraw, ms per panel (median of " << repeats
      << " after one warm-up), 1 thread, grid " << side << " x " << side << " = " << grid.cells()
      << " queries, one batched call per learner; supports: " << familyText
      << " tasks; run " << runDir.string() << " (" << checkpoint << ")\n";
  out << std::left << std::setw(8) << "kernel" << std::right << std::setw(9) << "support";
  for (const core::PlaygroundPanel panel : core::allPlaygroundPanels()) {
    out << std::setw(11) << core::playgroundPanelName(panel);
  }
  out << std::setw(11) << "all five" << "\n";
  for (const std::string kernel : {"fused", "torch"}) {
    const core::Result<core::PlaygroundModels> models =
        core::PlaygroundModels::open(runDir, checkpoint, kernel);
    if (!models) {
      context.err << "error: " << models.error() << "\n";
      return kExitBadUsage;
    }
    for (const int64_t size : sizes) {
      core::SupportSet support;
      if (size > 0) {
        const core::Result<core::SupportSet> sampled =
            core::samplePlaygroundSupport(models.value().task(), *family, size, 7);
        if (!sampled) {
          context.err << "error: " << sampled.error() << "\n";
          return kExitBadUsage;
        }
        support = sampled.value();
      }
      std::vector<std::vector<double>> times(core::kPlaygroundPanels);
      for (int64_t repeat = 0; repeat <= repeats; ++repeat) {
        // Rad has no plug-in rule; time proto's (nearest mean) in its place.
        const core::TaskFamily ruleFamily =
            *family == core::TaskFamily::Rad ? core::TaskFamily::Proto : *family;
        const auto panels = models.value().evaluateAll(support, points, ruleFamily);
        if (repeat == 0) {
          continue;  // warm-up: first-touch allocations
        }
        for (std::size_t i = 0; i < panels.size(); ++i) {
          times[i].push_back(panels[i].available ? panels[i].milliseconds : -1.0);
        }
      }
      out << std::left << std::setw(8) << kernel << std::right << std::setw(9) << size;
      double total = 0.0;
      for (const auto& panelTimes : times) {
        const double ms = median(panelTimes);
        if (ms < 0.0) {
          out << std::setw(11) << "-";
        } else {
          out << std::setw(11) << std::fixed << std::setprecision(1) << ms;
          total += ms;
        }
      }
      out << std::setw(11) << std::fixed << std::setprecision(1) << total << "\n" << std::flush;
    }
  }
  out << "(-: panel unavailable, e.g. a learner the run disabled; rule: the plug-in rule of "
         "the support's family, proto's for rad)\n";
  return kExitOk;
}

}  // namespace icl::app
