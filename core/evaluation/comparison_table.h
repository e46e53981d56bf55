#pragma once
// The learner comparison of a classification run's latest evaluation: accuracy with its 95 %
// interval per learner, test family and number of shots. `icl-lab-cli report` prints it as
// Markdown and writes it as CSV; the window's comparison table shows it. Torch-free.

#include <cstdint>
#include <string>
#include <vector>

#include "core/store/records.h"

namespace icl::core {

/// One learner's accuracy on one test family at one number of shots.
struct ComparisonCell {
  int64_t shots = 0;
  double accuracy = 0.0;
  double ciLow = 0.0;  // 95 % Wilson interval
  double ciHigh = 0.0;
  int64_t nTasks = 0;
};

/// One learner on one test family: a cell per number of shots.
struct ComparisonRow {
  std::string testFamily;  // machine id: "sim", "mix"
  std::string learner;     // machine id: "icl", "matchnet"
  std::vector<ComparisonCell> cells;  // ascending shots, one per shot count

  /// @return the cell at @p shots, or nullptr when the run has none there
  const ComparisonCell* cellAt(int64_t shots) const;
};

struct ComparisonTable {
  int64_t step = -1;          // the evaluation tabulated (the latest); -1: none yet
  int64_t largestShots = 0;   // over every evaluation row, of any step
  std::vector<std::string> learners;      // with accuracy rows, in first-seen order
  std::vector<std::string> testFamilies;  // with accuracy rows, in first-seen order
  std::vector<ComparisonRow> rows;        // ordered by test family, then learner (by name)

  /// @return the row of @p learner on @p testFamily, or nullptr
  const ComparisonRow* find(const std::string& learner, const std::string& testFamily) const;
};

/// @brief Tabulates the "accuracy" rows of the latest step in @p records (eval.csv's rows, in
/// any order). A repeated (learner, family, shots) keeps its last row.
ComparisonTable buildComparisonTable(const std::vector<EvalRecord>& records);

/// @brief The mean accuracy of @p row over its shot counts >= @p fromShots (the run's
/// train.start, as the trainer scores a model). NaN when there are none.
double meanAccuracy(const ComparisonRow& row, int64_t fromShots);

/// @brief The table as tidy CSV, one line per row and shot count, with machine ids and numbers
/// written as eval.csv's: step,learner,test_family,shots,accuracy,ci95_low,ci95_high,n_tasks.
/// Ordered as `rows`, then by shots.
/// @param shots the shot counts to write; empty: every one
std::string formatComparisonCsv(const ComparisonTable& table,
                                const std::vector<int64_t>& shots = {});

}  // namespace icl::core
