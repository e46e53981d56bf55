#include "core/evaluation/generalisation_table.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

namespace icl::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template <typename T>
void addOnce(std::vector<T>& list, const T& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) {
    list.push_back(value);
  }
}

std::size_t indexOf(const std::vector<std::string>& list, const std::string& value) {
  return static_cast<std::size_t>(std::find(list.begin(), list.end(), value) - list.begin());
}

/// Sums and counts, to average over the rows that exist.
struct Mean {
  double sum = 0.0;
  int64_t count = 0;
  void add(double value) { sum += value, ++count; }
  double value() const { return count == 0 ? kNaN : sum / static_cast<double>(count); }
};

template <typename Record>
bool sameSet(const Record& r, const std::string& checkpoint, const std::string& testSet,
             const std::string& testFamily, double sigma, double offset) {
  return r.checkpoint == checkpoint && r.testSet == testSet && r.testFamily == testFamily &&
         r.sigma == sigma && r.offset == offset;
}

}  // namespace

std::vector<std::string> generalisationCheckpoints(
    const std::vector<GeneralisationRecord>& records) {
  std::vector<std::string> checkpoints;
  for (const GeneralisationRecord& r : records) {
    addOnce(checkpoints, r.checkpoint);
  }
  return checkpoints;
}

std::vector<std::string> generalisationFamilies(const std::vector<GeneralisationRecord>& records,
                                                const std::string& checkpoint,
                                                const std::string& testSet) {
  std::vector<std::string> families;
  for (const GeneralisationRecord& r : records) {
    if (r.checkpoint == checkpoint && r.testSet == testSet) {
      addOnce(families, r.testFamily);
    }
  }
  return families;
}

std::vector<GeneralisationGrid> meanAccuracyGrids(const std::vector<GeneralisationRecord>& records,
                                                  const std::string& checkpoint,
                                                  const std::string& testSet) {
  std::vector<GeneralisationGrid> grids;
  for (const std::string& family : generalisationFamilies(records, checkpoint, testSet)) {
    GeneralisationGrid grid;
    grid.checkpoint = checkpoint;
    grid.testSet = testSet;
    grid.testFamily = family;
    std::map<std::pair<std::string, double>, Mean> means;
    for (const GeneralisationRecord& r : records) {
      if (r.checkpoint != checkpoint || r.testSet != testSet || r.testFamily != family) {
        continue;
      }
      const double value = testSet == "offset" ? r.offset : r.sigma;
      addOnce(grid.values, value);
      addOnce(grid.learners, r.learner);
      means[{r.learner, value}].add(r.accuracy);
    }
    std::sort(grid.values.begin(), grid.values.end());
    for (const std::string& learner : grid.learners) {
      std::vector<double> row;
      for (double value : grid.values) {
        const auto found = means.find({learner, value});
        row.push_back(found == means.end() ? kNaN : found->second.value());
      }
      grid.mean.push_back(std::move(row));
    }
    grids.push_back(std::move(grid));
  }
  return grids;
}

ShotsTable accuracyAtShots(const std::vector<GeneralisationRecord>& records,
                           const std::string& checkpoint, const std::string& testSet,
                           const std::string& testFamily, double sigma, double offset,
                           const std::vector<int64_t>& shots) {
  ShotsTable table;
  std::vector<int64_t> present;
  for (const GeneralisationRecord& r : records) {
    if (sameSet(r, checkpoint, testSet, testFamily, sigma, offset)) {
      addOnce(table.names, r.learner);
      addOnce(present, r.shots);
    }
  }
  for (int64_t shot : shots) {
    if (std::find(present.begin(), present.end(), shot) != present.end()) {
      addOnce(table.shots, shot);
    }
  }
  table.at.assign(table.names.size(), std::vector<double>(table.shots.size(), kNaN));
  std::vector<Mean> means(table.names.size());
  for (const GeneralisationRecord& r : records) {
    if (!sameSet(r, checkpoint, testSet, testFamily, sigma, offset)) {
      continue;
    }
    const std::size_t name = indexOf(table.names, r.learner);
    means[name].add(r.accuracy);
    const auto shot = std::find(table.shots.begin(), table.shots.end(), r.shots);
    if (shot != table.shots.end()) {
      table.at[name][static_cast<std::size_t>(shot - table.shots.begin())] = r.accuracy;
    }
  }
  for (const Mean& mean : means) {
    table.mean.push_back(mean.value());
  }
  return table;
}

ShotsTable probeAtShots(const std::vector<ProbeRecord>& records, const std::string& checkpoint,
                        const std::string& testSet, const std::string& testFamily, double sigma,
                        double offset, const std::vector<int64_t>& shots) {
  ShotsTable table;
  std::vector<int64_t> present;
  for (const ProbeRecord& r : records) {
    if (sameSet(r, checkpoint, testSet, testFamily, sigma, offset)) {
      addOnce(table.names, r.reference);
      addOnce(present, r.shots);
    }
  }
  for (int64_t shot : shots) {
    if (std::find(present.begin(), present.end(), shot) != present.end()) {
      addOnce(table.shots, shot);
    }
  }
  table.at.assign(table.names.size(), std::vector<double>(table.shots.size(), kNaN));
  table.chance = table.at;
  for (const ProbeRecord& r : records) {
    const auto shot = std::find(table.shots.begin(), table.shots.end(), r.shots);
    if (!sameSet(r, checkpoint, testSet, testFamily, sigma, offset) || shot == table.shots.end()) {
      continue;
    }
    const std::size_t name = indexOf(table.names, r.reference);
    const auto column = static_cast<std::size_t>(shot - table.shots.begin());
    table.at[name][column] = r.agreement;
    table.chance[name][column] = r.chance;
  }
  return table;
}

std::vector<ProbeSet> probeSets(const std::vector<ProbeRecord>& records,
                                const std::string& checkpoint) {
  std::vector<ProbeSet> sets;
  for (const ProbeRecord& r : records) {
    if (r.checkpoint != checkpoint) {
      continue;
    }
    const bool seen = std::any_of(sets.begin(), sets.end(), [&r](const ProbeSet& set) {
      return set.testSet == r.testSet && set.testFamily == r.testFamily &&
             set.sigma == r.sigma && set.offset == r.offset;
    });
    if (!seen) {
      sets.push_back({r.testSet, r.testFamily, r.sigma, r.offset});
    }
  }
  return sets;
}

int64_t largestShots(const std::vector<GeneralisationRecord>& records) {
  int64_t largest = -1;
  for (const GeneralisationRecord& r : records) {
    largest = std::max(largest, r.shots);
  }
  return largest;
}

}  // namespace icl::core
