// Wilson score intervals against values computed by hand from the closed form.
#include <gtest/gtest.h>

#include <cfloat>
#include <stdexcept>

#include "core/util/confidence.h"

using icl::core::wilsonInterval95;

namespace {
// The hand-computed values below are rounded to 6 decimals: at most half a unit of the last.
constexpr double kSixDecimals = 5e-7;
}  // namespace

TEST(Confidence, halfOfHundredMatchesHandComputation) {
  // p = 0.5, n = 100, z = 1.95996: centre 0.5, half width z*sqrt(0.0025 + z^2/40000)/(1+z^2/100)
  const auto interval = wilsonInterval95(50, 100);
  EXPECT_NEAR(interval.low, 0.403832, kSixDecimals);
  EXPECT_NEAR(interval.high, 0.596168, kSixDecimals);
}

TEST(Confidence, zeroSuccessesStartAtZero) {
  const auto interval = wilsonInterval95(0, 10);
  EXPECT_EQ(interval.low, 0.0);
  EXPECT_NEAR(interval.high, 0.277533, kSixDecimals);
}

TEST(Confidence, allSuccessesEndAtOne) {
  const auto interval = wilsonInterval95(10, 10);
  EXPECT_NEAR(interval.low, 0.722467, kSixDecimals);
  // centre + half width is 1 in exact arithmetic; in double, 1 less an ulp or two.
  EXPECT_NEAR(interval.high, 1.0, 4 * DBL_EPSILON);
}

TEST(Confidence, intervalContainsTheProportionAndShrinksWithTasks) {
  const auto small = wilsonInterval95(30, 40);
  const auto large = wilsonInterval95(300, 400);
  EXPECT_LT(small.low, 0.75);
  EXPECT_GT(small.high, 0.75);
  EXPECT_LT(large.high - large.low, small.high - small.low);
}

TEST(Confidence, impossibleCountsThrow) {
  EXPECT_THROW(wilsonInterval95(5, 4), std::invalid_argument);
  EXPECT_THROW(wilsonInterval95(-1, 4), std::invalid_argument);
}
