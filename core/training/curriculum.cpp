#include "core/training/curriculum.h"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>

#include "core/config/names.h"

namespace icl::core {

int64_t curriculumValue(const CurriculumCounterConfig& counter, int64_t stepsDone) {
  if (counter.interval < 1 || stepsDone < 0) {
    throw std::invalid_argument("curriculumValue: need interval >= 1 and stepsDone >= 0, got " +
                                std::to_string(counter.interval) + " and " +
                                std::to_string(stepsDone));
  }
  if (counter.inc == 0) {
    return std::min(counter.start, counter.end);
  }
  // Saturating arithmetic: the increments needed to reach `end` bound the product.
  const int64_t increments = stepsDone / counter.interval;
  const int64_t needed = (counter.end - counter.start + counter.inc - 1) / counter.inc;
  if (increments >= needed) {
    return counter.end;
  }
  return std::min(counter.start + counter.inc * increments, counter.end);
}

std::vector<CurriculumStage> curriculumStages(const CurriculumConfig& curriculum,
                                              int64_t totalSteps) {
  // Candidate boundaries: multiples of each interval until that counter saturates.
  std::set<int64_t> boundaries;
  for (const CurriculumCounterConfig* counter : {&curriculum.dims, &curriculum.points}) {
    if (counter->inc == 0) {
      continue;
    }
    for (int64_t b = counter->interval; b < totalSteps; b += counter->interval) {
      const int64_t before = curriculumValue(*counter, b - 1);
      if (before >= counter->end) {
        break;
      }
      if (curriculumValue(*counter, b) != before) {
        boundaries.insert(b);
      }
    }
  }
  std::vector<CurriculumStage> stages;
  CurriculumStage current;
  current.firstStep = 1;
  current.dims = curriculumValue(curriculum.dims, 0);
  current.points = curriculumValue(curriculum.points, 0);
  for (int64_t b : boundaries) {
    current.lastStep = b;
    current.index = static_cast<int64_t>(stages.size());
    stages.push_back(current);
    current.firstStep = b + 1;
    current.dims = curriculumValue(curriculum.dims, b);
    current.points = curriculumValue(curriculum.points, b);
  }
  current.lastStep = std::max<int64_t>(totalSteps, current.firstStep - 1);
  current.index = static_cast<int64_t>(stages.size());
  stages.push_back(current);
  return stages;
}

CurriculumConfig armCurriculum(const RegressionConfig& regression, const std::string& arm) {
  if (arm == kCurriculumArm) {
    return regression.curriculum;
  }
  CurriculumConfig plain;
  plain.dims = {regression.curriculum.dims.end, regression.curriculum.dims.end, 0, 1};
  plain.points = {regression.curriculum.points.end, regression.curriculum.points.end, 0, 1};
  return plain;
}

std::size_t stageIndexAt(const std::vector<CurriculumStage>& stages, int64_t step) {
  for (std::size_t i = 0; i < stages.size(); ++i) {
    if (step <= stages[i].lastStep) {
      return i;
    }
  }
  return stages.empty() ? 0 : stages.size() - 1;
}

}  // namespace icl::core
