#include "core/sweep/stalled_seeds.h"

#include <algorithm>

namespace icl::core {

std::vector<uint64_t> stalledSeeds(const std::vector<std::pair<uint64_t, double>>& perSeed,
                                   double chance) {
  double best = chance;
  for (const auto& [seed, value] : perSeed) {
    best = std::max(best, value);
  }
  std::vector<uint64_t> stalled;
  for (const auto& [seed, value] : perSeed) {
    if (value < best - kStallMargin || value < chance + kStallMargin) {
      stalled.push_back(seed);
    }
  }
  std::sort(stalled.begin(), stalled.end());
  return stalled;
}

}  // namespace icl::core
