#pragma once
// Seeded generators of the paper's task families (design.md §2). Everything is drawn on the CPU from
// the sampler's own generator, so a seed gives the same tasks whichever device trains on them.

#include <torch/types.h>

#include "core/config/run_config.h"
#include "core/tasks/episode.h"

namespace icl::core {

/// Training tasks and test tasks differ in nc (sim) and anchors (proto, ave): design.md §2.4, §7.6.
enum class TaskSplit { Train, Test };

class TaskSampler {
 public:
  /// @param seed the stream's seed; two samplers with one seed give identical batches
  TaskSampler(const TaskConfig& config, uint64_t seed);

  /// @brief A batch of @p tasks tasks of length @p length; Mix uses the configured weights.
  Episode sample(TaskFamily family, int64_t tasks, int64_t length, TaskSplit split);

  /// @brief Tasks per family for a mixture batch: largest-remainder rounding of the weights.
  static std::vector<std::pair<TaskFamily, int64_t>> mixtureCounts(
      const std::map<TaskFamily, double>& weights, int64_t tasks);

 
  /// @brief The stream every draw comes from; a resumed run restores its state.
  at::Generator& generator() { return generator_; }

 private:
  Episode sampleBlock(TaskFamily family, int64_t tasks, int64_t length, TaskSplit split);
  Episode sampleSim(int64_t tasks, int64_t length, int64_t nc);
  Episode sampleProto(int64_t tasks, int64_t length, bool anchors);
  Episode sampleAve(int64_t tasks, int64_t length, bool anchors);
  Episode sampleRad(int64_t tasks, int64_t length);
  Episode finish(torch::Tensor x, torch::Tensor labels, TaskFamily family,
                 std::map<std::string, torch::Tensor> parameters) const;
  torch::Tensor normal(at::IntArrayRef sizes);
  /// @brief A location draw moved by task.mean_offset in every coordinate (design.md §9).
  torch::Tensor moved(torch::Tensor location) const;
  bool coin();

  TaskConfig config_;
  at::Generator generator_;
};

}  // namespace icl::core
