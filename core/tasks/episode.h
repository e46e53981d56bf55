#pragma once
// A batch of few-shot tasks. Shapes: b tasks, n positions, d input dimension, c classes.

#include <map>
#include <string>
#include <vector>

#include <torch/types.h>

#include "core/config/names.h"

namespace icl::core {

/// The parameters of the tasks [begin, begin + count) of one family inside an Episode, kept for
/// export and inspection (e.g. "W" [count, c, nc, d] for sim, "centres" [count, c, d] for proto).
struct FamilyBlock {
  TaskFamily family = TaskFamily::Sim;
  int64_t begin = 0;
  int64_t count = 0;
  std::map<std::string, torch::Tensor> parameters;
};

struct Episode {
  torch::Tensor x;        // [b, n, d] float inputs as the learners see them
  torch::Tensor labels;   // [b, n] int64 class index
  torch::Tensor targets;  // [b, n, 2c] float: one-hot label, then c zeros (design.md §1)
  std::vector<FamilyBlock> blocks;

  int64_t tasks() const { return x.size(0); }
  int64_t length() const { return x.size(1); }
  /// @brief Copy on @p device (task parameters stay where they are).
  Episode to(const torch::Device& device) const;
  /// @brief Tasks [begin, begin + count) as a new episode (parameters not carried).
  Episode slice(int64_t begin, int64_t count) const;
};

}  // namespace icl::core
