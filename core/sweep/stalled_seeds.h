#pragma once
// Which seeds of a learner got stuck (issue #12). A few seeds of a small model can sit on a
// plateau for the whole run (MatchNet's 2-unit embedding collapsing onto one direction on sim:
// 3 of 20 seeds of p1-sim end near 0.73 while the others reach 0.90-0.91), and a mean over
// seeds then hides a bimodal outcome. The report names such seeds instead of only widening the
// interval. Torch-free.

#include <cstdint>
#include <utility>
#include <vector>

namespace icl::core {

/// How far below the best seed a seed's mean accuracy must end to count as stalled: about 12
/// standard deviations of the healthy p1-sim MatchNet seeds (0.004) and over twice the test
/// sampling error of a mean over 512 tasks (sqrt(0.25 / 512) = 0.022), far below the gap to a
/// stalled seed (>= 0.16 in those runs).
inline constexpr double kStallMargin = 0.05;

/// @brief The seeds whose value (a mean accuracy over shots at the final evaluation) is more
/// than kStallMargin below the best seed's, or below @p chance + kStallMargin (which catches
/// the case where every seed is stuck). Sorted by seed.
std::vector<uint64_t> stalledSeeds(const std::vector<std::pair<uint64_t, double>>& perSeed,
                                   double chance);

}  // namespace icl::core
