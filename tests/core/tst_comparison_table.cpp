// The comparison table that `icl-lab-cli report` and the window's comparison table share (#9).
// Expected values are worked out by hand from the records written here.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/evaluation/comparison_table.h"

using icl::core::buildComparisonTable;
using icl::core::ComparisonCell;
using icl::core::ComparisonRow;
using icl::core::ComparisonTable;
using icl::core::EvalRecord;

namespace {

EvalRecord accuracy(int64_t step, const std::string& learner, const std::string& family,
                    int64_t shots, double value, double ciLow = 0.0, double ciHigh = 1.0) {
  EvalRecord record;
  record.step = step;
  record.learner = learner;
  record.trainFamily = "mix";
  record.testFamily = family;
  record.shots = shots;
  record.metric = "accuracy";
  record.value = value;
  record.ciLow = ciLow;
  record.ciHigh = ciHigh;
  record.nTasks = 8;
  return record;
}

std::vector<int64_t> shotsOf(const ComparisonRow& row) {
  std::vector<int64_t> shots;
  for (const ComparisonCell& cell : row.cells) {
    shots.push_back(cell.shots);
  }
  return shots;
}

}  // namespace

TEST(ComparisonTable, TabulatesOnlyTheAccuracyRowsOfTheLatestStep) {
  EvalRecord error = accuracy(6, "icl", "sim", 1, 0.9);
  error.metric = "sq_error";  // not accuracy: never in the table, but its step counts
  const ComparisonTable table = buildComparisonTable(
      {accuracy(4, "icl", "sim", 1, 0.25), accuracy(6, "icl", "sim", 1, 0.75), error,
       accuracy(6, "icl", "sim", 2, 0.5)});
  EXPECT_EQ(table.step, 6);
  ASSERT_EQ(table.rows.size(), 1u);
  ASSERT_EQ(shotsOf(table.rows[0]), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(table.rows[0].cellAt(1)->accuracy, 0.75);
  EXPECT_EQ(table.rows[0].cellAt(2)->accuracy, 0.5);
  EXPECT_EQ(table.rows[0].cellAt(3), nullptr);
}

TEST(ComparisonTable, RowsGoByFamilyThenLearnerAndNamesKeepFirstSeenOrder) {
  const ComparisonTable table = buildComparisonTable(
      {accuracy(2, "protonet", "sim", 1, 0.1), accuracy(2, "icl", "sim", 1, 0.2),
       accuracy(2, "protonet", "ave", 1, 0.3), accuracy(2, "icl", "ave", 1, 0.4)});
  EXPECT_EQ(table.learners, (std::vector<std::string>{"protonet", "icl"}));
  EXPECT_EQ(table.testFamilies, (std::vector<std::string>{"sim", "ave"}));
  ASSERT_EQ(table.rows.size(), 4u);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"ave", "icl"}, {"ave", "protonet"}, {"sim", "icl"}, {"sim", "protonet"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(table.rows[i].testFamily, expected[i].first) << i;
    EXPECT_EQ(table.rows[i].learner, expected[i].second) << i;
  }
  ASSERT_NE(table.find("icl", "ave"), nullptr);
  EXPECT_EQ(table.find("icl", "ave")->cellAt(1)->accuracy, 0.4);
  EXPECT_EQ(table.find("cnp", "ave"), nullptr);
}

TEST(ComparisonTable, CellsAscendByShotsAndARepeatedRowKeepsTheLast) {
  const ComparisonTable table = buildComparisonTable(
      {accuracy(2, "icl", "sim", 5, 0.5), accuracy(2, "icl", "sim", 0, 0.1),
       accuracy(2, "icl", "sim", 5, 0.625), accuracy(2, "icl", "sim", 3, 0.3)});
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(shotsOf(table.rows[0]), (std::vector<int64_t>{0, 3, 5}));
  EXPECT_EQ(table.rows[0].cellAt(5)->accuracy, 0.625);
}

TEST(ComparisonTable, LargestShotsCountsEveryStep) {
  // report's header and default columns have always used the largest shots of the whole file.
  const ComparisonTable table = buildComparisonTable(
      {accuracy(2, "icl", "sim", 49, 0.5), accuracy(4, "icl", "sim", 7, 0.5)});
  EXPECT_EQ(table.largestShots, 49);
  EXPECT_EQ(table.step, 4);
}

TEST(ComparisonTable, MeanAccuracyAveragesTheShotsFromTheGivenOne) {
  const ComparisonTable table = buildComparisonTable(
      {accuracy(1, "icl", "sim", 0, 0.25), accuracy(1, "icl", "sim", 1, 0.5),
       accuracy(1, "icl", "sim", 2, 0.75), accuracy(1, "icl", "sim", 3, 1.0)});
  const ComparisonRow& row = table.rows.at(0);
  EXPECT_DOUBLE_EQ(icl::core::meanAccuracy(row, 2), (0.75 + 1.0) / 2);
  EXPECT_DOUBLE_EQ(icl::core::meanAccuracy(row, 0), (0.25 + 0.5 + 0.75 + 1.0) / 4);
  EXPECT_TRUE(std::isnan(icl::core::meanAccuracy(row, 4)));
}

TEST(ComparisonTable, NoRecordsGiveAnEmptyTableAndAHeaderOnlyCsv) {
  const ComparisonTable table = buildComparisonTable({});
  EXPECT_EQ(table.step, -1);
  EXPECT_TRUE(table.rows.empty());
  EXPECT_TRUE(table.learners.empty());
  EXPECT_EQ(icl::core::formatComparisonCsv(table),
            "step,learner,test_family,shots,accuracy,ci95_low,ci95_high,n_tasks\n");
}

TEST(ComparisonTable, CsvIsTidyWithMachineIdsAndEvalCsvNumbers) {
  const ComparisonTable table = buildComparisonTable(
      {accuracy(3, "matchnet", "mix", 1, 1.0 / 3.0, 0.1, 0.7),
       accuracy(3, "matchnet", "mix", 2, 0.5, 0.25, 0.75),
       accuracy(3, "icl", "mix", 2, 0.875, 0.52911, 0.977626)});
  EXPECT_EQ(icl::core::formatComparisonCsv(table),
            "step,learner,test_family,shots,accuracy,ci95_low,ci95_high,n_tasks\n"
            "3,icl,mix,2,0.875,0.52911,0.977626,8\n"
            "3,matchnet,mix,1,0.333333333,0.1,0.7,8\n"
            "3,matchnet,mix,2,0.5,0.25,0.75,8\n");
  // --shots 2: only those cells.
  EXPECT_EQ(icl::core::formatComparisonCsv(table, {2}),
            "step,learner,test_family,shots,accuracy,ci95_low,ci95_high,n_tasks\n"
            "3,icl,mix,2,0.875,0.52911,0.977626,8\n"
            "3,matchnet,mix,2,0.5,0.25,0.75,8\n");
}
