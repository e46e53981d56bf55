// The one CSV writer (#9): fields, quoting, numbers, and the run folder's rows as before.
#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "core/store/csv.h"

using icl::core::CsvField;
using icl::core::formatCsv;
using icl::core::formatCsvLine;

TEST(CsvWriter, TextIsQuotedOnlyWhereItMustBe) {
  EXPECT_EQ(CsvField("icl").text(), "icl");
  EXPECT_EQ(CsvField("").text(), "");
  EXPECT_EQ(CsvField("a,b").text(), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\"").text(), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines").text(), "\"two\nlines\"");
  EXPECT_EQ(CsvField(std::string("cr\r")).text(), "\"cr\r\"");
}

TEST(CsvWriter, NumbersAreWrittenAsTheRunFolderAlwaysHas) {
  EXPECT_EQ(CsvField(int64_t{-42}).text(), "-42");
  EXPECT_EQ(CsvField(std::numeric_limits<int64_t>::max()).text(), "9223372036854775807");
  EXPECT_EQ(CsvField(0.5).text(), "0.5");
  EXPECT_EQ(CsvField(1.0).text(), "1");
  EXPECT_EQ(CsvField(1.0 / 3.0).text(), "0.333333333");  // nine significant digits
  EXPECT_EQ(CsvField(0.1f).text(), "0.100000001");       // a float round-trips
  EXPECT_EQ(CsvField(1.5e-7).text(), "1.5e-07");
  EXPECT_EQ(CsvField(123456789012.0).text(), "1.23456789e+11");
  EXPECT_EQ(CsvField(std::numeric_limits<double>::infinity()).text(), "inf");
}

TEST(CsvWriter, LinesAndFilesJoinFieldsWithCommas) {
  EXPECT_EQ(formatCsvLine({int64_t{3}, "a,b", 0.25}), "3,\"a,b\",0.25\n");
  EXPECT_EQ(formatCsvLine({}), "\n");
  EXPECT_EQ(formatCsv({"x", "name"}, {{int64_t{1}, "one"}, {int64_t{2}, "two"}}),
            "x,name\n1,one\n2,two\n");
  EXPECT_EQ(formatCsv({"x"}, {}), "x\n");
}

TEST(CsvWriter, RunFolderRowsAreUnchanged) {
  icl::core::LossRecord loss;
  loss.step = 12;
  loss.wallSeconds = 3.25;
  loss.learner = "matchnet";
  loss.loss = 0.6931471805599453;
  EXPECT_EQ(icl::core::formatLossRow(loss), "12,3.25,matchnet,0.693147181\n");

  icl::core::EvalRecord eval;
  eval.step = 4;
  eval.learner = "icl";
  eval.trainFamily = "mix";
  eval.testFamily = "sim";
  eval.shots = 7;
  eval.metric = "accuracy";
  eval.value = 0.625;
  eval.ciLow = 0.3057;
  eval.ciHigh = 0.86316;
  eval.nTasks = 8;
  EXPECT_EQ(icl::core::formatEvalRow(eval), "4,icl,mix,sim,7,accuracy,0.625,0.3057,0.86316,8\n");
  EXPECT_EQ(icl::core::formatEvalCsv({eval}),
            std::string(icl::core::kEvalCsvHeader) + "\n" + icl::core::formatEvalRow(eval));

  icl::core::StageRecord stage;
  stage.step = 100;
  stage.learner = "gpt_curriculum";
  stage.dims = 3;
  stage.points = 11;
  EXPECT_EQ(icl::core::formatStageRow(stage), "100,gpt_curriculum,3,11\n");
  EXPECT_EQ(icl::core::formatTrainCsv({}), "step,wall_s,learner,loss\n");
}

TEST(CsvWriter, WrittenRowsParseBack) {
  icl::core::LossRecord loss;
  loss.step = 5;
  loss.wallSeconds = 0.125;
  loss.learner = "cnp";
  loss.loss = 1.0 / 7.0;
  const auto parsed = icl::core::parseTrainCsv(icl::core::formatTrainCsv({loss}), "train.csv");
  ASSERT_TRUE(parsed.ok()) << parsed.error();
  ASSERT_EQ(parsed.value().size(), 1u);
  EXPECT_EQ(parsed.value()[0].learner, "cnp");
  EXPECT_FLOAT_EQ(static_cast<float>(parsed.value()[0].loss), static_cast<float>(1.0 / 7.0));
}
