// Curriculum arithmetic (#4, design.md §5.2): counter values at and across interval boundaries, the
// stage list the GUI draws, and the pause-at-next-stage request of RunControl.
#include <gtest/gtest.h>

#include <vector>

#include "core/training/curriculum.h"
#include "core/training/run_control.h"

using namespace icl::core;

TEST(Curriculum, counterValueAtAndAcrossBoundaries) {
  // GARG's lr_curri_dim: k = min(5 + floor(s / 10000), 20).
  const CurriculumCounterConfig dims{5, 20, 1, 10000};
  EXPECT_EQ(curriculumValue(dims, 0), 5);
  EXPECT_EQ(curriculumValue(dims, 9999), 5);
  EXPECT_EQ(curriculumValue(dims, 10000), 6);
  EXPECT_EQ(curriculumValue(dims, 10001), 6);
  EXPECT_EQ(curriculumValue(dims, 149999), 19);
  EXPECT_EQ(curriculumValue(dims, 150000), 20);
  EXPECT_EQ(curriculumValue(dims, 500000), 20);  // capped at end
}

TEST(Curriculum, incrementOvershootingEndIsCapped) {
  const CurriculumCounterConfig points{11, 41, 2, 2000};  // 11, 13, ..., 39, 41
  EXPECT_EQ(curriculumValue(points, 2000 * 14), 39);
  EXPECT_EQ(curriculumValue(points, 2000 * 15), 41);
  const CurriculumCounterConfig odd{1, 4, 2, 10};  // 1, 3, then 4 (not 5)
  EXPECT_EQ(curriculumValue(odd, 19), 3);
  EXPECT_EQ(curriculumValue(odd, 20), 4);
}

TEST(Curriculum, stagesListEveryChangeWithInclusiveSteps) {
  CurriculumConfig c;
  c.dims = {2, 4, 1, 100};
  c.points = {17, 17, 0, 1000};
  const auto stages = curriculumStages(c, 1000);
  ASSERT_EQ(stages.size(), 3u);
  EXPECT_EQ(stages[0].firstStep, 1);
  EXPECT_EQ(stages[0].lastStep, 100);  // steps 1..100 use 2 dims
  EXPECT_EQ(stages[0].dims, 2);
  EXPECT_EQ(stages[1].firstStep, 101);
  EXPECT_EQ(stages[1].lastStep, 200);
  EXPECT_EQ(stages[1].dims, 3);
  EXPECT_EQ(stages[2].firstStep, 201);
  EXPECT_EQ(stages[2].lastStep, 1000);
  EXPECT_EQ(stages[2].dims, 4);
  EXPECT_EQ(stages[2].points, 17);
  // Every step's stage agrees with the counter arithmetic (step s uses the value after s-1).
  for (int64_t step = 1; step <= 1000; ++step) {
    const auto& stage = stages[stageIndexAt(stages, step)];
    ASSERT_EQ(stage.dims, curriculumValue(c.dims, step - 1)) << "step " << step;
    ASSERT_TRUE(stage.firstStep <= step && step <= stage.lastStep) << "step " << step;
  }
}

TEST(Curriculum, stagesMergeBothCounters) {
  CurriculumConfig c;
  c.dims = {5, 7, 1, 300};      // changes after 300, 600
  c.points = {11, 15, 2, 200};  // changes after 200, 400
  const auto stages = curriculumStages(c, 1000);
  const std::vector<int64_t> ends = {200, 300, 400, 600, 1000};
  ASSERT_EQ(stages.size(), ends.size());
  for (std::size_t i = 0; i < stages.size(); ++i) {
    EXPECT_EQ(stages[i].lastStep, ends[i]) << "stage " << i;
    EXPECT_EQ(stages[i].index, static_cast<int64_t>(i));
  }
  EXPECT_EQ(stages[2].dims, 6);
  EXPECT_EQ(stages[2].points, 13);
  EXPECT_EQ(stages[4].points, 15);
}

TEST(Curriculum, changeAtTheLastStepIsNoBoundary) {
  CurriculumConfig c;
  c.dims = {1, 3, 1, 5};
  c.points = {4, 4, 0, 1};
  const auto stages = curriculumStages(c, 10);  // a change after step 10 would never be used
  ASSERT_EQ(stages.size(), 2u);
  EXPECT_EQ(stages.back().lastStep, 10);
}

TEST(Curriculum, plainArmIsOneStageAtTheEndValues) {
  RegressionConfig r;
  r.curriculum.dims = {2, 8, 1, 150};
  r.curriculum.points = {5, 17, 4, 100};
  const auto stages = curriculumStages(armCurriculum(r, "plain"), 3000);
  ASSERT_EQ(stages.size(), 1u);
  EXPECT_EQ(stages[0].dims, 8);
  EXPECT_EQ(stages[0].points, 17);
  EXPECT_EQ(stages[0].lastStep, 3000);
}

TEST(Curriculum, pauseAtNextStageIsConsumedOnce) {
  RunControl control;
  EXPECT_FALSE(control.pauseIfStageRequested());
  control.requestPauseAtNextStage();
  EXPECT_TRUE(control.pauseAtNextStageRequested());
  EXPECT_TRUE(control.pauseIfStageRequested());
  EXPECT_TRUE(control.pauseRequested());
  EXPECT_FALSE(control.pauseAtNextStageRequested());
  EXPECT_FALSE(control.pauseIfStageRequested());  // the next boundary does not pause again
  control.resume();
  control.requestPauseAtNextStage();
  control.cancelPauseAtNextStage();
  EXPECT_FALSE(control.pauseIfStageRequested());
}
