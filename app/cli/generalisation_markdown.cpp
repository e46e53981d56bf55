#include "app/cli/generalisation_markdown.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <tuple>

#include "core/evaluation/generalisation_table.h"

namespace icl::app {

namespace {

std::string number(double value, int precision = 3) {
  if (std::isnan(value)) {
    return "-";
  }
  std::ostringstream text;
  text << std::fixed << std::setprecision(precision) << value;
  return text.str();
}

std::string plain(double value) {
  std::ostringstream text;
  text << value;
  return text.str();
}

std::string tagTitle(const std::string& tag) {
  return tag.empty() ? std::string("untagged") : "tag `" + tag + "`";
}

void tableHeader(std::ostream& out, const std::vector<std::string>& columns) {
  out << "|";
  for (const std::string& column : columns) {
    out << " " << column << " |";
  }
  out << "\n|";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    out << "---|";
  }
  out << "\n";
}

/// One table for every family of a shift or offset set: family, learner, then the values.
void printGrids(const std::vector<core::GeneralisationGrid>& grids, const std::string& valueName,
                std::ostream& out) {
  std::vector<double> values;
  for (const core::GeneralisationGrid& grid : grids) {
    for (double value : grid.values) {
      if (std::find(values.begin(), values.end(), value) == values.end()) {
        values.push_back(value);
      }
    }
  }
  std::sort(values.begin(), values.end());
  std::vector<std::string> columns = {"test family", "learner"};
  for (double value : values) {
    columns.push_back(valueName + " " + plain(value));
  }
  tableHeader(out, columns);
  for (const core::GeneralisationGrid& grid : grids) {
    for (std::size_t l = 0; l < grid.learners.size(); ++l) {
      out << "| " << grid.testFamily << " | " << grid.learners[l] << " |";
      for (double value : values) {
        const auto at = std::find(grid.values.begin(), grid.values.end(), value);
        out << " "
            << (at == grid.values.end()
                    ? std::string("-")
                    : number(grid.mean[l][static_cast<std::size_t>(at - grid.values.begin())]))
            << " |";
      }
      out << "\n";
    }
  }
  out << "\n";
}

std::vector<int64_t> reportShots(const core::GeneralisationResults& results) {
  const int64_t last = core::largestShots(results.accuracy);
  std::vector<int64_t> shots;
  for (int64_t shot : {int64_t{1}, int64_t{2}, int64_t{5}, int64_t{10}, last}) {
    if (shot <= last && std::find(shots.begin(), shots.end(), shot) == shots.end()) {
      shots.push_back(shot);
    }
  }
  return shots;
}

/// The radial set's rows: learner, accuracy at each shot count, mean over shots.
void printRad(const core::GeneralisationResults& results, const std::string& checkpoint,
              double sigma, const std::vector<int64_t>& shots, std::ostream& out) {
  const core::ShotsTable table =
      core::accuracyAtShots(results.accuracy, checkpoint, "rad", "rad", sigma, 0.0, shots);
  std::vector<std::string> columns = {"learner"};
  for (int64_t shot : table.shots) {
    columns.push_back(std::to_string(shot));
  }
  columns.push_back("mean");
  tableHeader(out, columns);
  for (std::size_t n = 0; n < table.names.size(); ++n) {
    out << "| " << table.names[n] << " |";
    for (double value : table.at[n]) {
      out << " " << number(value) << " |";
    }
    out << " " << number(table.mean[n]) << " |\n";
  }
  out << "\n";
}

/// The sigma of the rad rows (the run's task.sigma, recorded in every row).
double radSigma(const core::GeneralisationResults& results, const std::string& checkpoint) {
  for (const core::GeneralisationRecord& r : results.accuracy) {
    if (r.checkpoint == checkpoint && r.testSet == "rad") {
      return r.sigma;
    }
  }
  return std::nan("");
}

void printProbe(const core::GeneralisationResults& results, const std::string& checkpoint,
                const std::vector<int64_t>& shots, std::ostream& out) {
  const std::vector<core::ProbeSet> sets = core::probeSets(results.probe, checkpoint);
  // The in-distribution sets: the first sigma of each shift family (1 unless changed), and rad.
  double firstSigma = std::nan("");
  for (const core::ProbeSet& set : sets) {
    if (set.testSet == "shift" && std::isnan(firstSigma)) {
      firstSigma = set.sigma;
    }
  }
  for (const core::ProbeSet& set : sets) {
    const bool shown = set.testSet == "rad" || (set.testSet == "shift" && set.sigma == firstSigma);
    if (!shown) {
      continue;
    }
    const core::ShotsTable table = core::probeAtShots(results.probe, checkpoint, set.testSet,
                                                      set.testFamily, set.sigma, set.offset, shots);
    out << "Probe on " << set.testFamily
        << (set.testSet == "shift" ? " (sigma " + plain(set.sigma) + ")" : std::string())
        << ": agreement of icl with each reference (chance)\n\n";
    std::vector<std::string> columns = {"reference"};
    for (int64_t shot : table.shots) {
      columns.push_back(std::to_string(shot));
    }
    tableHeader(out, columns);
    for (std::size_t n = 0; n < table.names.size(); ++n) {
      out << "| " << table.names[n] << " |";
      for (std::size_t s = 0; s < table.shots.size(); ++s) {
        out << " " << number(table.at[n][s], 2) << " (" << number(table.chance[n][s], 2)
            << ") |";
      }
      out << "\n";
    }
    out << "\n";
  }
}

}  // namespace

void printEvaluationSummary(const core::GeneralisationResults& results, std::ostream& out) {
  const std::vector<std::string> checkpoints = core::generalisationCheckpoints(results.accuracy);
  if (checkpoints.empty()) {
    out << "The evaluation wrote no rows.\n";
    return;
  }
  const std::string checkpoint =
      std::find(checkpoints.begin(), checkpoints.end(), "final") != checkpoints.end()
          ? "final"
          : checkpoints.front();
  out << "Generalisation (" << tagTitle(results.tag) << "), " << checkpoint
      << " checkpoint: mean accuracy over shots 0.." << core::largestShots(results.accuracy)
      << "\n\n";
  const auto grids = core::meanAccuracyGrids(results.accuracy, checkpoint, "shift");
  if (!grids.empty()) {
    out << "Distribution shift (input scale sigma):\n\n";
    printGrids(grids, "sigma", out);
  }
  const double sigma = radSigma(results, checkpoint);
  if (!std::isnan(sigma)) {
    const core::ShotsTable rad =
        core::accuracyAtShots(results.accuracy, checkpoint, "rad", "rad", sigma, 0.0, {});
    out << "Radial task:\n\n";
    tableHeader(out, {"learner", "mean accuracy"});
    for (std::size_t n = 0; n < rad.names.size(); ++n) {
      out << "| " << rad.names[n] << " | " << number(rad.mean[n]) << " |\n";
    }
    out << "\n";
  }
}

void printGeneralisationReport(const core::GeneralisationResults& results, std::ostream& out) {
  const std::vector<int64_t> shots = reportShots(results);
  out << "## Generalisation (" << tagTitle(results.tag) << ")\n\n";
  const nlohmann::json& manifest = results.manifest;
  if (manifest.contains("seed") && manifest.contains("provenance")) {
    out << "Seed " << manifest["seed"].dump() << ", "
        << manifest.value("test_sets", nlohmann::json(0)).dump() << " test sets of "
        << manifest.value("eval_N", nlohmann::json(0)).dump() << " positions, created "
        << manifest["provenance"].value("created_utc", std::string("?")) << ".\n\n";
  }
  for (const std::string& checkpoint : core::generalisationCheckpoints(results.accuracy)) {
    out << "### Checkpoint " << checkpoint << "\n\n";
    for (const auto& [set, valueName, title] :
         {std::tuple<const char*, const char*, const char*>{
              "shift", "sigma", "Distribution shift: mean accuracy over shots against sigma"},
          {"offset", "offset", "Mean offset of the inputs: mean accuracy over shots"}}) {
      const auto grids = core::meanAccuracyGrids(results.accuracy, checkpoint, set);
      if (!grids.empty()) {
        out << title << "\n\n";
        printGrids(grids, valueName, out);
      }
    }
    const double sigma = radSigma(results, checkpoint);
    if (!std::isnan(sigma)) {
      out << "Radial task: accuracy at shots, and the mean over every shot count\n\n";
      printRad(results, checkpoint, sigma, shots, out);
    }
    printProbe(results, checkpoint, shots, out);
  }
}

}  // namespace icl::app
