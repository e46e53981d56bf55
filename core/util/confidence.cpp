#include "core/util/confidence.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace icl::core {

// Two-sided 95 % quantile of the standard normal distribution.
constexpr double kZ95 = 1.959963984540054;

Interval wilsonInterval95(int64_t successes, int64_t trials) {
  if (trials < 0 || successes < 0 || successes > trials) {
    throw std::invalid_argument("wilsonInterval95: need 0 <= successes <= trials, got " +
                                std::to_string(successes) + " of " + std::to_string(trials));
  }
  if (trials == 0) {
    return {0.0, 1.0};
  }
  const double n = static_cast<double>(trials);
  const double p = static_cast<double>(successes) / n;
  const double z2 = kZ95 * kZ95;
  const double centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
  const double halfWidth =
      kZ95 * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / (1.0 + z2 / n);
  // At p = 0 (p = 1) centre and half width are equal in exact arithmetic, so the bound is 0
  // (1) exactly, not the residue of a rounded subtraction (1e-17 above the accuracy).
  return {successes == 0 ? 0.0 : std::max(0.0, centre - halfWidth),
          successes == trials ? 1.0 : std::min(1.0, centre + halfWidth)};
}

}  // namespace icl::core
