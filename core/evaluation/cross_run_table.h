#pragma once
// Several runs side by side (issue #11, "Compare runs"): one row per learner, test family and
// metric, one column per run, each cell the run's final evaluation. Classification runs give
// their accuracy at a chosen number of shots with its 95 % Wilson interval; regression and
// meta-meta runs their mean squared error at the last position evaluated, with its 90 %
// bootstrap interval. Both are eval.csv's numbers as written. Torch-free.

#include <cstdint>
#include <string>
#include <vector>

#include "core/store/records.h"

namespace icl::core {

/// One run's evaluation rows, under the label its column shows.
struct CrossRunInput {
  std::string label;  // the run folder's name
  std::vector<EvalRecord> evaluations;
};

/// One run's value in a row: eval.csv's row at the run's final evaluation step.
struct CrossRunCell {
  bool present = false;  // false: the run has no such row
  int64_t step = 0;
  int64_t shots = 0;
  double value = 0.0;
  double ciLow = 0.0;
  double ciHigh = 0.0;
  int64_t nTasks = 0;
};

struct CrossRunRow {
  std::string learner;     // machine id: "icl", "gpt_curriculum"
  std::string testFamily;  // machine id: "sim", "mix"; regression: eval.csv's test_family
  std::string metric;      // "accuracy" or "sq_error"
  std::vector<CrossRunCell> cells;  // one per run, in the order of `runs`
};

struct CrossRunTable {
  std::vector<std::string> runs;  // column labels
  std::vector<CrossRunRow> rows;  // accuracy rows first, then sq_error; by family, learner
};

/// @brief The largest number of shots <= @p preferred with an accuracy row at some run's final
/// step; else the smallest one above it; -1 when no run has accuracy rows.
int64_t defaultCrossRunShots(const std::vector<CrossRunInput>& runs, int64_t preferred = 10);

/// @brief Tabulates @p runs' final evaluations: "accuracy" at @p shots, and "sq_error" at the
/// largest number of shots (the last position) of each learner and family.
CrossRunTable buildCrossRunTable(const std::vector<CrossRunInput>& runs, int64_t shots);

/// @brief The table as tidy CSV (core/store/csv.h), one line per row and run with a value:
/// run,learner,test_family,metric,step,shots,value,ci_low,ci_high,n_tasks.
std::string formatCrossRunCsv(const CrossRunTable& table);

}  // namespace icl::core
