#include "core/evaluation/comparison_table.h"

#include <algorithm>
#include <map>
#include <utility>

#include "core/store/csv.h"

namespace icl::core {

namespace {

void noteOnce(std::vector<std::string>& seen, const std::string& name) {
  if (std::find(seen.begin(), seen.end(), name) == seen.end()) {
    seen.push_back(name);
  }
}

}  // namespace

const ComparisonCell* ComparisonRow::cellAt(int64_t shots) const {
  const auto found = std::find_if(cells.begin(), cells.end(),
                                  [shots](const ComparisonCell& cell) { return cell.shots == shots; });
  return found == cells.end() ? nullptr : &*found;
}

const ComparisonRow* ComparisonTable::find(const std::string& learner,
                                           const std::string& testFamily) const {
  const auto found = std::find_if(rows.begin(), rows.end(), [&](const ComparisonRow& row) {
    return row.learner == learner && row.testFamily == testFamily;
  });
  return found == rows.end() ? nullptr : &*found;
}

ComparisonTable buildComparisonTable(const std::vector<EvalRecord>& records) {
  ComparisonTable table;
  for (const EvalRecord& record : records) {
    table.step = std::max(table.step, record.step);
    table.largestShots = std::max(table.largestShots, record.shots);
    if (record.metric == "accuracy") {
      noteOnce(table.learners, record.learner);
      noteOnce(table.testFamilies, record.testFamily);
    }
  }
  // (test family, learner) -> shots -> cell; the maps give the order of rows and cells.
  std::map<std::pair<std::string, std::string>, std::map<int64_t, ComparisonCell>> cells;
  for (const EvalRecord& record : records) {
    if (record.step == table.step && record.metric == "accuracy") {
      cells[{record.testFamily, record.learner}][record.shots] = {
          record.shots, record.value, record.ciLow, record.ciHigh, record.nTasks};
    }
  }
  for (const auto& [key, byShots] : cells) {
    ComparisonRow row{key.first, key.second, {}};
    for (const auto& entry : byShots) {
      row.cells.push_back(entry.second);
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

double meanAccuracy(const ComparisonRow& row, int64_t fromShots) {
  // Summed in ascending shots, as report always has, so its printed means stay the same.
  double sum = 0.0;
  int64_t count = 0;
  for (const ComparisonCell& cell : row.cells) {
    if (cell.shots >= fromShots) {
      sum += cell.accuracy;
      ++count;
    }
  }
  return sum / static_cast<double>(count);
}

std::string formatComparisonCsv(const ComparisonTable& table, const std::vector<int64_t>& shots) {
  std::vector<CsvRow> lines;
  for (const ComparisonRow& row : table.rows) {
    for (const ComparisonCell& cell : row.cells) {
      if (!shots.empty() && std::find(shots.begin(), shots.end(), cell.shots) == shots.end()) {
        continue;
      }
      lines.push_back({table.step, row.learner, row.testFamily, cell.shots, cell.accuracy,
                       cell.ciLow, cell.ciHigh, cell.nTasks});
    }
  }
  return formatCsv({"step", "learner", "test_family", "shots", "accuracy", "ci95_low",
                    "ci95_high", "n_tasks"},
                   lines);
}

}  // namespace icl::core
