#include "ui/generalisation_tables.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace icl::ui {

namespace {

using core::GeneralisationRecord;
using core::ProbeRecord;

// Trained learners, then the references built from them, then the closed-form rules.
constexpr std::array<const char*, 9> kLearnerOrder = {
    "icl",    "matchnet",     "protonet",    "cnp",        "selection",
    "oracle", "nearest_mean", "cosine_vote", "mean_offset"};
constexpr std::array<const char*, 3> kTestSetOrder = {kShiftSet, kOffsetSet, kRadSet};
constexpr std::array<const char*, 5> kFamilyOrder = {"sim", "proto", "ave", "rad", "mix"};

template <std::size_t N>
int rankIn(const std::array<const char*, N>& order, const std::string& name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (name == order[i]) {
      return static_cast<int>(i);
    }
  }
  return static_cast<int>(N);
}

/// @p names sorted by @p rank, then by name (unknown names keep a stable order).
template <typename Rank>
std::vector<std::string> ordered(const std::set<std::string>& names, Rank rank) {
  std::vector<std::string> out(names.begin(), names.end());
  std::stable_sort(out.begin(), out.end(), [&rank](const std::string& a, const std::string& b) {
    return rank(a) < rank(b);
  });
  return out;
}

int checkpointRank(const std::string& checkpoint) {
  return checkpoint == "final" ? 0 : checkpoint == "best" ? 1 : 2;
}

std::vector<std::string> orderedLearners(const std::set<std::string>& names) {
  return ordered(names, learnerRank);
}

void sortByX(std::vector<CurvePoint>& points) {
  std::sort(points.begin(), points.end(),
            [](const CurvePoint& a, const CurvePoint& b) { return a.x < b.x; });
}

}  // namespace

int learnerRank(const std::string& learner) { return rankIn(kLearnerOrder, learner); }

std::vector<std::string> checkpointsIn(const std::vector<GeneralisationRecord>& records) {
  std::set<std::string> names;
  for (const GeneralisationRecord& r : records) {
    names.insert(r.checkpoint);
  }
  return ordered(names, checkpointRank);
}

std::vector<std::string> testSetsIn(const std::vector<GeneralisationRecord>& records) {
  std::set<std::string> names;
  for (const GeneralisationRecord& r : records) {
    names.insert(r.testSet);
  }
  return ordered(names, [](const std::string& s) { return rankIn(kTestSetOrder, s); });
}

std::vector<std::string> familiesIn(const std::vector<GeneralisationRecord>& records,
                                    const std::string& testSet) {
  std::set<std::string> names;
  for (const GeneralisationRecord& r : records) {
    if (r.testSet == testSet) {
      names.insert(r.testFamily);
    }
  }
  return ordered(names, [](const std::string& f) { return rankIn(kFamilyOrder, f); });
}

std::vector<int64_t> shotsIn(const std::vector<GeneralisationRecord>& records,
                             const std::string& checkpoint, const std::string& testSet) {
  std::set<int64_t> shots;
  for (const GeneralisationRecord& r : records) {
    if (r.checkpoint == checkpoint && r.testSet == testSet) {
      shots.insert(r.shots);
    }
  }
  return {shots.begin(), shots.end()};
}

double levelOf(const GeneralisationRecord& record) {
  return record.testSet == kShiftSet ? record.sigma : record.offset;
}

double levelOf(const ProbeRecord& record) {
  return record.testSet == kShiftSet ? record.sigma : record.offset;
}

LearnerCurves accuracyAgainstLevel(const std::vector<GeneralisationRecord>& records,
                                   const std::string& checkpoint, const std::string& testSet,
                                   const std::string& family, std::optional<int64_t> shots) {
  // Sums per learner and level: the mean over shots averages value and both bounds.
  struct Sum {
    double value = 0.0;
    double low = 0.0;
    double high = 0.0;
    int count = 0;
  };
  std::map<std::string, std::map<double, Sum>> sums;
  for (const GeneralisationRecord& r : records) {
    if (r.checkpoint != checkpoint || r.testSet != testSet || r.testFamily != family ||
        (shots && r.shots != *shots)) {
      continue;
    }
    Sum& sum = sums[r.learner][levelOf(r)];
    sum.value += r.accuracy;
    sum.low += r.ciLow;
    sum.high += r.ciHigh;
    ++sum.count;
  }
  LearnerCurves out;
  std::set<std::string> names;
  for (const auto& [learner, levels] : sums) {
    names.insert(learner);
    std::vector<CurvePoint>& points = out.curves[learner];
    for (const auto& [level, sum] : levels) {
      points.push_back({level, sum.value / sum.count, sum.low / sum.count, sum.high / sum.count});
    }
    sortByX(points);
  }
  out.learners = orderedLearners(names);
  return out;
}

LearnerCurves accuracyAgainstShots(const std::vector<GeneralisationRecord>& records,
                                   const std::string& checkpoint, const std::string& testSet,
                                   const std::string& family) {
  LearnerCurves out;
  std::set<std::string> names;
  for (const GeneralisationRecord& r : records) {
    if (r.checkpoint != checkpoint || r.testSet != testSet || r.testFamily != family) {
      continue;
    }
    names.insert(r.learner);
    out.curves[r.learner].push_back(
        {static_cast<double>(r.shots), r.accuracy, r.ciLow, r.ciHigh});
  }
  for (auto& entry : out.curves) {
    sortByX(entry.second);
  }
  out.learners = orderedLearners(names);
  return out;
}

std::vector<std::string> probeCheckpointsIn(const std::vector<ProbeRecord>& records) {
  std::set<std::string> names;
  for (const ProbeRecord& r : records) {
    names.insert(r.checkpoint);
  }
  return ordered(names, checkpointRank);
}

std::vector<std::string> probeTestSetsIn(const std::vector<ProbeRecord>& records) {
  std::set<std::string> names;
  for (const ProbeRecord& r : records) {
    names.insert(r.testSet);
  }
  return ordered(names, [](const std::string& s) { return rankIn(kTestSetOrder, s); });
}

std::vector<std::string> probeFamiliesIn(const std::vector<ProbeRecord>& records,
                                         const std::string& testSet) {
  std::set<std::string> names;
  for (const ProbeRecord& r : records) {
    if (r.testSet == testSet) {
      names.insert(r.testFamily);
    }
  }
  return ordered(names, [](const std::string& f) { return rankIn(kFamilyOrder, f); });
}

std::vector<double> probeLevelsIn(const std::vector<ProbeRecord>& records,
                                  const std::string& testSet, const std::string& family) {
  std::set<double> levels;
  for (const ProbeRecord& r : records) {
    if (r.testSet == testSet && r.testFamily == family) {
      levels.insert(levelOf(r));
    }
  }
  return {levels.begin(), levels.end()};
}

ProbeGrid probeGrid(const std::vector<ProbeRecord>& records, const std::string& checkpoint,
                    const std::string& testSet, const std::string& family, double level) {
  std::vector<const ProbeRecord*> rows;
  std::set<std::string> references;
  std::set<int64_t> shots;
  for (const ProbeRecord& r : records) {
    if (r.model == "icl" && r.checkpoint == checkpoint && r.testSet == testSet &&
        r.testFamily == family && levelOf(r) == level) {
      rows.push_back(&r);
      references.insert(r.reference);
      shots.insert(r.shots);
    }
  }
  ProbeGrid grid;
  grid.references = orderedLearners(references);
  grid.shots.assign(shots.begin(), shots.end());
  grid.cells.assign(grid.references.size(),
                    std::vector<std::optional<ProbeCell>>(grid.shots.size()));
  for (const ProbeRecord* r : rows) {
    const auto row = std::find(grid.references.begin(), grid.references.end(), r->reference) -
                     grid.references.begin();
    const auto column =
        std::lower_bound(grid.shots.begin(), grid.shots.end(), r->shots) - grid.shots.begin();
    grid.cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)] =
        ProbeCell{r->agreement, r->chance, r->nTasks};
  }
  return grid;
}

std::vector<std::size_t> mostAgreeing(const ProbeGrid& grid, std::size_t shotIndex) {
  std::vector<std::size_t> best;
  double highest = -1.0;
  for (std::size_t row = 0; row < grid.cells.size(); ++row) {
    if (shotIndex >= grid.cells[row].size() || !grid.cells[row][shotIndex]) {
      continue;
    }
    const double agreement = grid.cells[row][shotIndex]->agreement;
    if (agreement > highest) {
      highest = agreement;
      best = {row};
    } else if (agreement == highest) {
      best.push_back(row);
    }
  }
  return best;
}

}  // namespace icl::ui
