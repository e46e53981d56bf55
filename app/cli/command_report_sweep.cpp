// icl-lab-cli report SWEEP_DIR (issue #12): what a sweep says across seeds. The sweep's plan,
// how many points are done, each failed or unreadable point, then per group of swept settings
// a Markdown table per metric: each cell the mean over seeds of the seeds' final evaluations,
// its 95 % Student-t interval across seeds and the number of seeds (core/sweep/sweep_summary.h).
// --csv writes every per-seed value and every mean as tidy CSV.
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "core/config/overrides.h"
#include "core/config/run_config.h"
#include "core/store/csv.h"
#include "core/sweep/sweep_summary.h"
#include "core/util/atomic_file.h"

namespace icl::app {

namespace {

/// The shot counts shown by default: these, where a metric's rows reach them, and its largest.
constexpr int64_t kDefaultShots[] = {1, 2, 5, 10};

std::string joined(const std::vector<std::string>& items, const std::string& separator) {
  std::string text;
  for (const std::string& item : items) {
    text += (text.empty() ? "" : separator) + item;
  }
  return text;
}

std::string formatted(double value) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(3) << value;
  return text.str();
}

/// "0.812 [0.700, 0.925] (2)"; one seed has no interval: "0.812 (1)".
std::string cellText(const core::AcrossSeeds& value) {
  if (value.seeds < 2) {
    return formatted(value.mean) + " (" + std::to_string(value.seeds) + ")";
  }
  return formatted(value.mean) + " [" + formatted(value.low) + ", " + formatted(value.high) +
         "] (" + std::to_string(value.seeds) + ")";
}

void printPlan(const core::SweepSummary& summary, std::ostream& out) {
  const core::SweepManifest& manifest = summary.manifest;
  std::vector<std::string> seeds;
  for (uint64_t seed : manifest.seeds) {
    seeds.push_back(std::to_string(seed));
  }
  out << "Sweep `" << manifest.name << "`"
      << (manifest.source.empty() ? "" : " (" + manifest.source + ")") << ", seeds "
      << joined(seeds, ", ") << "\n";
  for (const core::SweepAxis& axis : manifest.axes) {
    out << "Swept: " << axis.key << " = " << joined(axis.values, ", ") << "\n";
  }
  if (!manifest.baseSettings.empty()) {
    out << "Set for every point: " << joined(manifest.baseSettings, ", ") << "\n";
  }
}

/// Status counts, then every point that is neither done, under way nor waiting.
void printPoints(const core::SweepSummary& summary, std::ostream& out) {
  std::map<std::string, int64_t> counts;
  std::vector<std::string> notes;
  for (const core::SweepPointState& state : summary.points) {
    if (!state.problem.empty()) {
      ++counts["unreadable"];
      notes.push_back("- unreadable: `" + state.point.folder + "`: " + state.problem);
      continue;
    }
    ++counts[state.status];
    if (state.status != "completed" && state.status != "running" && state.status != "pending") {
      notes.push_back("- " + state.status + ": `" + state.point.folder + "`" +
                      (state.point.message.empty() ? "" : ": " + state.point.message));
    }
  }
  out << "Points: " << summary.points.size() << " in all";
  for (const char* status : {"completed", "failed", "running", "pending"}) {
    out << ", " << counts[status] << " " << status;
  }
  for (const auto& [status, count] : counts) {
    const bool shown = status == "completed" || status == "failed" || status == "running" ||
                       status == "pending";
    if (!shown && count > 0) {
      out << ", " << count << " " << status;
    }
  }
  out << "\n";
  for (const std::string& note : notes) {
    out << note << "\n";
  }
}

/// The trainer's score starts at train.start shots (the run report's "mean" column): the
/// group's config is the manifest's base with its settings applied. -1 when it cannot be made.
int64_t meanFromShots(const core::SweepManifest& manifest, const core::SweepGroup& group) {
  nlohmann::json root = nlohmann::json::parse(manifest.baseConfigJson, nullptr, false);
  if (root.is_discarded()) {
    return -1;
  }
  std::vector<std::string> assignments = manifest.baseSettings;
  for (const auto& [key, value] : group.settings) {
    assignments.push_back(key + "=" + value);
  }
  for (const std::string& assignment : assignments) {
    if (!core::applyOverride(root, assignment)) {
      return -1;
    }
  }
  const core::Result<core::RunConfig> config = core::RunConfig::fromJson(root, "sweep.json");
  return config ? config.value().train.start : -1;
}

/// Per seed, the mean of a row's values at shots >= @p fromShots; then across seeds.
core::AcrossSeeds meanOverShots(const std::vector<const core::SweepEvalRow*>& cells,
                                int64_t fromShots) {
  std::map<uint64_t, std::pair<double, int64_t>> perSeed;  // sum, count
  for (const core::SweepEvalRow* cell : cells) {
    if (cell->shots < fromShots) {
      continue;
    }
    for (const auto& [seed, value] : cell->value.perSeed) {
      perSeed[seed].first += value;
      ++perSeed[seed].second;
    }
  }
  std::vector<std::pair<uint64_t, double>> means;
  for (const auto& [seed, sum] : perSeed) {
    means.emplace_back(seed, sum.first / static_cast<double>(sum.second));
  }
  return core::summariseAcrossSeeds(std::move(means));
}

/// One Markdown table of @p metric: a line per test family and learner, a column per shot
/// count. Accuracy gets the run report's mean over shots too, per seed and then across seeds.
void printMetricTable(const core::SweepGroup& group, const std::string& metric,
                      const std::vector<int64_t>& askedShots, int64_t meanFrom,
                      std::ostream& out) {
  std::vector<std::pair<std::string, std::string>> lines;  // (family, learner), in row order
  std::map<std::pair<std::string, std::string>, std::vector<const core::SweepEvalRow*>> cells;
  int64_t largest = 0;
  for (const core::SweepEvalRow& row : group.evaluations) {
    if (row.metric != metric) {
      continue;
    }
    const std::pair<std::string, std::string> line{row.testFamily, row.learner};
    if (cells.count(line) == 0) {
      lines.push_back(line);
    }
    cells[line].push_back(&row);
    largest = std::max(largest, row.shots);
  }
  std::vector<int64_t> shots = askedShots;
  if (shots.empty()) {
    for (int64_t shot : kDefaultShots) {
      if (shot < largest) {
        shots.push_back(shot);
      }
    }
    shots.push_back(largest);
  }
  const bool withMean = metric == "accuracy" && meanFrom >= 0;
  out << "\n" << metric << " at each number of shots: mean over seeds [95 % t-interval across "
      << "seeds] (seeds)";
  if (withMean) {
    out << "; mean over shots " << meanFrom << ".." << largest;
  }
  out << "\n\n| test family | learner |";
  for (int64_t shot : shots) {
    out << " " << shot << " |";
  }
  out << (withMean ? " mean |" : "") << "\n|---|---|";
  for (std::size_t i = 0; i < shots.size() + (withMean ? 1 : 0); ++i) {
    out << "---|";
  }
  out << "\n";
  for (const auto& line : lines) {
    const auto& rowCells = cells[line];
    out << "| " << line.first << " | " << line.second << " |";
    for (int64_t shot : shots) {
      const auto found = std::find_if(rowCells.begin(), rowCells.end(),
                                      [shot](const auto* cell) { return cell->shots == shot; });
      out << " " << (found == rowCells.end() ? "-" : cellText((*found)->value)) << " |";
    }
    if (withMean) {
      out << " " << cellText(meanOverShots(rowCells, meanFrom)) << " |";
    }
    out << "\n";
  }
}

void printGroup(const core::SweepSummary& summary, const core::SweepGroup& group,
                const std::vector<int64_t>& shots, std::ostream& out) {
  int64_t completed = 0;
  for (std::size_t index : group.points) {
    const core::SweepPointState& state = summary.points[index];
    completed += state.status == "completed" && state.problem.empty() ? 1 : 0;
  }
  out << "\n## " << group.label << ": " << completed << " of " << group.points.size()
      << " seeds completed\n";
  if (group.evaluations.empty()) {
    out << "\nNo completed seed yet.\n";
    return;
  }
  std::vector<std::string> metrics;  // accuracy, sq_error, then the others (summary order)
  for (const core::SweepEvalRow& row : group.evaluations) {
    if (std::find(metrics.begin(), metrics.end(), row.metric) == metrics.end()) {
      metrics.push_back(row.metric);
    }
  }
  const int64_t meanFrom = meanFromShots(summary.manifest, group);
  for (const std::string& metric : metrics) {
    printMetricTable(group, metric, shots, meanFrom, out);
  }
}

/// Tidy CSV: per group, row and seed the seed's value, then the row's mean with its interval.
std::string sweepCsv(const core::SweepSummary& summary, const std::vector<int64_t>& shots) {
  const core::CsvRow header{"group", "learner", "test_family", "metric", "shots",
                            "seed",  "value",   "ci95_low",    "ci95_high", "n_seeds"};
  std::vector<core::CsvRow> lines;
  for (const core::SweepGroup& group : summary.groups) {
    for (const core::SweepEvalRow& row : group.evaluations) {
      if (!shots.empty() && std::find(shots.begin(), shots.end(), row.shots) == shots.end()) {
        continue;
      }
      for (const auto& [seed, value] : row.value.perSeed) {
        lines.push_back({group.label, row.learner, row.testFamily, row.metric, row.shots,
                         std::to_string(seed), value, "", "", ""});
      }
      lines.push_back({group.label, row.learner, row.testFamily, row.metric, row.shots, "mean",
                       row.value.mean, row.value.low, row.value.high, row.value.seeds});
    }
  }
  return core::formatCsv(header, lines);
}

}  // namespace

int commandReportSweep(const std::vector<std::string>& rawArgs, const CommandContext& context) {
  const Arguments args = parseFolderArguments(rawArgs, {"--shots", "--csv"}, {});
  const std::vector<int64_t> shots =
      parseIntegerList("--shots", args.get("--shots").value_or(""), 0);
  const core::Result<core::SweepSummary> read = core::readSweepSummary(args.folder);
  if (!read) {
    throw UsageError(read.error());
  }
  const core::SweepSummary& summary = read.value();
  if (const auto csvPath = args.get("--csv")) {
    const core::Status written = core::writeFileAtomically(*csvPath, sweepCsv(summary, shots));
    if (!written) {
      throw UsageError(written.error());
    }
  }
  printPlan(summary, context.out);
  printPoints(summary, context.out);
  for (const core::SweepGroup& group : summary.groups) {
    printGroup(summary, group, shots, context.out);
  }
  return kExitOk;
}

}  // namespace icl::app
