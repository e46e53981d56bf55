#pragma once
// Confidence intervals for the accuracy curves: accuracy at a shot count is a proportion of
// test tasks answered correctly, so the Wilson score interval is used (it stays inside [0, 1]
// and behaves at 0 and 1, unlike the normal approximation).

#include <cstdint>

namespace icl::core {

struct Interval {
  double low = 0.0;
  double high = 0.0;
};

/// @brief 95 % Wilson score interval of a proportion.
/// @param successes number of correct tasks, 0 <= successes <= trials
/// @param trials number of tasks; 0 gives [0, 1]
Interval wilsonInterval95(int64_t successes, int64_t trials);

}  // namespace icl::core
