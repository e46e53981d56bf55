#include "core/tasks/episode_preview.h"

#include <torch/torch.h>

#include "core/tasks/task_sampler.h"

namespace icl::core {

Result<std::vector<PreviewTask>> samplePreviewTasks(const TaskConfig& task,
                                                    const std::vector<TaskFamily>& families,
                                                    int64_t length, uint64_t seed) {
  RunConfig holder;
  holder.task = task;
  const Status valid = holder.validate();
  if (!valid) {
    return Result<std::vector<PreviewTask>>::failure(valid.error());
  }
  if (length < 1) {
    return Result<std::vector<PreviewTask>>::failure("preview length = " +
                                                     std::to_string(length) + ": expected >= 1");
  }
  TaskSampler sampler(task, seed);
  std::vector<PreviewTask> tasks;
  for (const TaskFamily family : families) {
    const Episode episode = sampler.sample(family, 1, length, TaskSplit::Train);
    const auto x = episode.x.accessor<float, 3>();
    const auto labels = episode.labels.accessor<int64_t, 2>();
    PreviewTask preview;
    preview.family = family;
    for (int64_t p = 0; p < length; ++p) {
      std::vector<float> point(static_cast<size_t>(task.d));
      for (int64_t j = 0; j < task.d; ++j) {
        point[static_cast<size_t>(j)] = x[0][p][j];
      }
      preview.points.push_back(std::move(point));
      preview.labels.push_back(labels[0][p]);
    }
    tasks.push_back(std::move(preview));
  }
  return Result<std::vector<PreviewTask>>::success(std::move(tasks));
}

}  // namespace icl::core
