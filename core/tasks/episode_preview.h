#pragma once
// One sampled task per family as plain numbers, for the UI's episode preview. Torch-free.

#include <cstdint>
#include <vector>

#include "core/config/run_config.h"
#include "core/util/result.h"

namespace icl::core {

struct PreviewTask {
  TaskFamily family = TaskFamily::Sim;
  std::vector<std::vector<float>> points;  // [n][d] inputs in sequence order
  std::vector<int64_t> labels;             // [n] class index in [0, C)
};

/// @brief Draws one training task of each of @p families (the same generators as training).
/// @param length examples per task; @param seed the preview's own seed (not the run's streams)
/// @return the tasks in the order of @p families; the error names a bad config value
Result<std::vector<PreviewTask>> samplePreviewTasks(const TaskConfig& task,
                                                    const std::vector<TaskFamily>& families,
                                                    int64_t length, uint64_t seed);

}  // namespace icl::core
