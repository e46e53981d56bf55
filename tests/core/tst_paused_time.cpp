// The wall time of a run counts training, not pauses (review item 10: with x = wall time a
// pause drew a straight line across the gap). A fake clock makes every number exact.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "core/training/run_control.h"
#include "core/training/run_support.h"

using icl::core::ProgressBatch;
using icl::core::RunControl;
using icl::core::detail::ProgressReporter;

namespace {

/// A clock the test moves by hand; it counts its readings so that the test knows when the
/// training thread has read the start of its pause.
struct FakeClock {
  std::atomic<double> seconds{0.0};
  std::atomic<int> readings{0};
  RunControl::SecondsClock function() {
    return [this] {
      ++readings;
      return seconds.load();
    };
  }
};

/// Blocks a training thread in a pause from @p pausedAt to @p resumedAt on @p clock.
void pauseBetween(RunControl& control, FakeClock& clock, double pausedAt, double resumedAt) {
  clock.seconds = pausedAt;
  control.requestPause();
  const int before = clock.readings.load();
  std::thread training([&control] { EXPECT_TRUE(control.waitWhilePaused()); });
  while (clock.readings.load() == before) {
    std::this_thread::yield();  // until the thread has read the pause's start
  }
  clock.seconds = resumedAt;
  control.resume();
  training.join();
}

}  // namespace

TEST(PausedTime, runControlCountsOnlyTheTimeBlocked) {
  FakeClock clock;
  RunControl control;
  control.setClock(clock.function());
  EXPECT_TRUE(control.waitWhilePaused());  // not paused: returns at once, nothing counted
  EXPECT_EQ(control.pausedSeconds(), 0.0);
  pauseBetween(control, clock, 5.0, 25.0);
  EXPECT_EQ(control.pausedSeconds(), 20.0);
  pauseBetween(control, clock, 30.0, 31.5);
  EXPECT_EQ(control.pausedSeconds(), 21.5);
}

TEST(PausedTime, lossWallTimeAndEtaLeaveThePauseOut) {
  FakeClock clock;
  RunControl control;
  control.setClock(clock.function());
  std::vector<ProgressBatch> batches;
  const icl::core::ProgressCallback keep = [&batches](const ProgressBatch& batch) {
    batches.push_back(batch);
  };
  clock.seconds = 100.0;  // the run starts at 100 on this clock
  ProgressReporter reporter(keep, 0.0, 10, control);
  clock.seconds = 103.0;
  reporter.report(1, true);
  pauseBetween(control, clock, 104.0, 164.0);  // a minute paused
  clock.seconds = 166.0;
  reporter.report(2, true);
  ASSERT_EQ(batches.size(), 2u);
  EXPECT_EQ(batches[0].wallSeconds, 3.0);
  EXPECT_EQ(batches[1].wallSeconds, 6.0);  // 66 s since the start, 60 of them paused
  EXPECT_EQ(batches[1].etaSeconds, 6.0 / 2.0 * 8.0);
}

TEST(PausedTime, aResumedRunKeepsItsOffset) {
  FakeClock clock;
  RunControl control;
  control.setClock(clock.function());
  const icl::core::ProgressCallback none;  // the reporter keeps a reference
  ProgressReporter reporter(none, 0.0, 10, control);
  reporter.setOffset(40.0);  // the checkpoint's wall time
  clock.seconds = 2.0;
  pauseBetween(control, clock, 2.0, 12.0);
  clock.seconds = 13.0;
  EXPECT_EQ(reporter.elapsed(), 43.0);
}

TEST(PausedTime, aPauseBeforeTheRunStartsIsNotItsOwn) {
  FakeClock clock;
  RunControl control;
  control.setClock(clock.function());
  pauseBetween(control, clock, 1.0, 31.0);  // an earlier run on the same control was paused
  clock.seconds = 40.0;
  const icl::core::ProgressCallback none;
  ProgressReporter reporter(none, 0.0, 10, control);
  clock.seconds = 45.0;
  EXPECT_EQ(reporter.elapsed(), 5.0);
}
