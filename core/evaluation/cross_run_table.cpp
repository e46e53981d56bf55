#include "core/evaluation/cross_run_table.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/store/csv.h"

namespace icl::core {

namespace {

bool isAccuracy(const EvalRecord& record) { return record.metric == "accuracy"; }
bool isSqError(const EvalRecord& record) { return record.metric == "sq_error"; }

/// The step of the run's last evaluation that wrote rows of @p metric; -1: none.
template <typename Predicate>
int64_t finalStep(const std::vector<EvalRecord>& records, Predicate wanted) {
  int64_t step = -1;
  for (const EvalRecord& record : records) {
    if (wanted(record)) {
      step = std::max(step, record.step);
    }
  }
  return step;
}

CrossRunCell cellOf(const EvalRecord& record) {
  return {true,         record.step,  record.shots, record.value,
          record.ciLow, record.ciHigh, record.nTasks};
}

}  // namespace

int64_t defaultCrossRunShots(const std::vector<CrossRunInput>& runs, int64_t preferred) {
  int64_t atOrBelow = -1;
  int64_t above = -1;
  for (const CrossRunInput& run : runs) {
    const int64_t step = finalStep(run.evaluations, isAccuracy);
    for (const EvalRecord& record : run.evaluations) {
      if (!isAccuracy(record) || record.step != step) {
        continue;
      }
      if (record.shots <= preferred) {
        atOrBelow = std::max(atOrBelow, record.shots);
      } else if (above < 0 || record.shots < above) {
        above = record.shots;
      }
    }
  }
  return atOrBelow >= 0 ? atOrBelow : above;
}

CrossRunTable buildCrossRunTable(const std::vector<CrossRunInput>& runs, int64_t shots) {
  CrossRunTable table;
  // (metric order, family, learner) -> one cell per run; the map orders the rows.
  using Key = std::tuple<int, std::string, std::string>;
  std::map<Key, std::vector<CrossRunCell>> cells;
  const std::size_t count = runs.size();
  for (std::size_t column = 0; column < count; ++column) {
    const CrossRunInput& run = runs[column];
    table.runs.push_back(run.label);
    const int64_t accuracyStep = finalStep(run.evaluations, isAccuracy);
    const int64_t errorStep = finalStep(run.evaluations, isSqError);
    for (const EvalRecord& record : run.evaluations) {
      if (isAccuracy(record) && record.step == accuracyStep && record.shots == shots) {
        auto& row = cells[{0, record.testFamily, record.learner}];
        row.resize(count);
        row[column] = cellOf(record);
      } else if (isSqError(record) && record.step == errorStep) {
        auto& row = cells[{1, record.testFamily, record.learner}];
        row.resize(count);
        if (!row[column].present || record.shots >= row[column].shots) {
          row[column] = cellOf(record);  // the last position evaluated
        }
      }
    }
  }
  for (auto& [key, rowCells] : cells) {
    table.rows.push_back({std::get<2>(key), std::get<1>(key),
                          std::get<0>(key) == 0 ? "accuracy" : "sq_error",
                          std::move(rowCells)});
  }
  return table;
}

std::string formatCrossRunCsv(const CrossRunTable& table) {
  std::vector<CsvRow> lines;
  for (const CrossRunRow& row : table.rows) {
    for (std::size_t column = 0; column < row.cells.size(); ++column) {
      const CrossRunCell& cell = row.cells[column];
      if (cell.present) {
        lines.push_back({table.runs[column], row.learner, row.testFamily, row.metric, cell.step,
                         cell.shots, cell.value, cell.ciLow, cell.ciHigh, cell.nTasks});
      }
    }
  }
  return formatCsv({"run", "learner", "test_family", "metric", "step", "shots", "value",
                    "ci_low", "ci_high", "n_tasks"},
                   lines);
}

}  // namespace icl::core
