// Curriculum arithmetic (#4, spec §5.2): counter values at and across interval boundaries, the
// stage list the GUI draws, and the pause-at-next-stage request of RunControl.
#include <QtTest>

#include "core/training/curriculum.h"
#include "core/training/run_control.h"

using namespace icl::core;

class TestCurriculum : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void counterValueAtAndAcrossBoundaries() {
    // GARG's lr_curri_dim: k = min(5 + floor(s / 10000), 20).
    const CurriculumCounterConfig dims{5, 20, 1, 10000};
    QCOMPARE(curriculumValue(dims, 0), int64_t{5});
    QCOMPARE(curriculumValue(dims, 9999), int64_t{5});
    QCOMPARE(curriculumValue(dims, 10000), int64_t{6});
    QCOMPARE(curriculumValue(dims, 10001), int64_t{6});
    QCOMPARE(curriculumValue(dims, 149999), int64_t{19});
    QCOMPARE(curriculumValue(dims, 150000), int64_t{20});
    QCOMPARE(curriculumValue(dims, 500000), int64_t{20});  // capped at end
  }

  void incrementOvershootingEndIsCapped() {
    const CurriculumCounterConfig points{11, 41, 2, 2000};  // 11, 13, ..., 39, 41
    QCOMPARE(curriculumValue(points, 2000 * 14), int64_t{39});
    QCOMPARE(curriculumValue(points, 2000 * 15), int64_t{41});
    const CurriculumCounterConfig odd{1, 4, 2, 10};  // 1, 3, then 4 (not 5)
    QCOMPARE(curriculumValue(odd, 19), int64_t{3});
    QCOMPARE(curriculumValue(odd, 20), int64_t{4});
  }

  void stagesListEveryChangeWithInclusiveSteps() {
    CurriculumConfig c;
    c.dims = {2, 4, 1, 100};
    c.points = {17, 17, 0, 1000};
    const auto stages = curriculumStages(c, 1000);
    QCOMPARE(stages.size(), std::size_t{3});
    QCOMPARE(stages[0].firstStep, int64_t{1});
    QCOMPARE(stages[0].lastStep, int64_t{100});  // steps 1..100 use 2 dims
    QCOMPARE(stages[0].dims, int64_t{2});
    QCOMPARE(stages[1].firstStep, int64_t{101});
    QCOMPARE(stages[1].lastStep, int64_t{200});
    QCOMPARE(stages[1].dims, int64_t{3});
    QCOMPARE(stages[2].firstStep, int64_t{201});
    QCOMPARE(stages[2].lastStep, int64_t{1000});
    QCOMPARE(stages[2].dims, int64_t{4});
    QCOMPARE(stages[2].points, int64_t{17});
    // Every step's stage agrees with the counter arithmetic (step s uses the value after s-1).
    for (int64_t step = 1; step <= 1000; ++step) {
      const auto& stage = stages[stageIndexAt(stages, step)];
      QCOMPARE(stage.dims, curriculumValue(c.dims, step - 1));
      QVERIFY(stage.firstStep <= step && step <= stage.lastStep);
    }
  }

  void stagesMergeBothCounters() {
    CurriculumConfig c;
    c.dims = {5, 7, 1, 300};     // changes after 300, 600
    c.points = {11, 15, 2, 200};  // changes after 200, 400
    const auto stages = curriculumStages(c, 1000);
    QCOMPARE(stages.size(), std::size_t{5});
    const std::vector<int64_t> ends = {200, 300, 400, 600, 1000};
    for (std::size_t i = 0; i < stages.size(); ++i) {
      QCOMPARE(stages[i].lastStep, ends[i]);
      QCOMPARE(stages[i].index, static_cast<int64_t>(i));
    }
    QCOMPARE(stages[2].dims, int64_t{6});
    QCOMPARE(stages[2].points, int64_t{13});
    QCOMPARE(stages[4].points, int64_t{15});
  }

  void changeAtTheLastStepIsNoBoundary() {
    CurriculumConfig c;
    c.dims = {1, 3, 1, 5};
    c.points = {4, 4, 0, 1};
    const auto stages = curriculumStages(c, 10);  // a change after step 10 would never be used
    QCOMPARE(stages.size(), std::size_t{2});
    QCOMPARE(stages.back().lastStep, int64_t{10});
  }

  void plainArmIsOneStageAtTheEndValues() {
    RegressionConfig r;
    r.curriculum.dims = {2, 8, 1, 150};
    r.curriculum.points = {5, 17, 4, 100};
    const auto stages = curriculumStages(armCurriculum(r, "plain"), 3000);
    QCOMPARE(stages.size(), std::size_t{1});
    QCOMPARE(stages[0].dims, int64_t{8});
    QCOMPARE(stages[0].points, int64_t{17});
    QCOMPARE(stages[0].lastStep, int64_t{3000});
  }

  void pauseAtNextStageIsConsumedOnce() {
    RunControl control;
    QVERIFY(!control.pauseIfStageRequested());
    control.requestPauseAtNextStage();
    QVERIFY(control.pauseAtNextStageRequested());
    QVERIFY(control.pauseIfStageRequested());
    QVERIFY(control.pauseRequested());
    QVERIFY(!control.pauseAtNextStageRequested());
    QVERIFY(!control.pauseIfStageRequested());  // the next boundary does not pause again
    control.resume();
    control.requestPauseAtNextStage();
    control.cancelPauseAtNextStage();
    QVERIFY(!control.pauseIfStageRequested());
  }
};

QTEST_APPLESS_MAIN(TestCurriculum)
#include "tst_curriculum.moc"
