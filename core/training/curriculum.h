#pragma once
// Curriculum arithmetic (design.md §5.2) and the stage list the GUI draws as a timeline. Torch-free.
//
// Steps are counted as in the trainer: training step s (1-based) draws its data with the values
// after s - 1 completed steps. A stage boundary b is a completed-step count at which a value
// changes: steps 1..b used the old stage, step b + 1 uses the new one. The evaluation snapshot
// and a pause-at-boundary happen after step b.

#include <cstdint>
#include <vector>

#include "core/config/meta_config.h"

namespace icl::core {

/// @brief A counter's value after @p stepsDone completed steps:
/// min(start + inc * floor(stepsDone / interval), end).
int64_t curriculumValue(const CurriculumCounterConfig& counter, int64_t stepsDone);

/// One stage of a schedule: steps firstStep..lastStep (1-based, inclusive) use dims and points.
struct CurriculumStage {
  int64_t index = 0;
  int64_t firstStep = 1;
  int64_t lastStep = 0;  // the boundary step of this stage (or the run's last step)
  int64_t dims = 0;      // active input dimensions (coordinates >= dims are zero)
  int64_t points = 0;    // examples per prompt
};

/// @brief Every stage of @p curriculum within a run of @p totalSteps steps, in order. The
/// first stage starts at step 1; the last one ends at totalSteps.
std::vector<CurriculumStage> curriculumStages(const CurriculumConfig& curriculum,
                                              int64_t totalSteps);

/// @brief The schedule an arm of a regression run follows: "curriculum" follows the config,
/// "plain" is one stage at dims.end / points.end.
CurriculumConfig armCurriculum(const RegressionConfig& regression, const std::string& arm);

/// @brief Index into @p stages of the stage that training step @p step (1-based) belongs to;
/// step 0 maps to the first stage.
std::size_t stageIndexAt(const std::vector<CurriculumStage>& stages, int64_t step);

}  // namespace icl::core
