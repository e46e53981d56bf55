#pragma once
// `icl-lab-cli sample`: sampled episodes as CSV (task,position,x0..x{d-1},label) plus a JSON
// file beside it with each task's parameters, for inspection or use in other tools.

#include <filesystem>

#include "core/config/run_config.h"
#include "core/util/result.h"

namespace icl::core {

struct SampleRequest {
  TaskFamily family = TaskFamily::Sim;
  int64_t tasks = 4;
  int64_t length = 20;  // positions per task ("--shots")
  uint64_t seed = 0;
  bool testSplit = false;  // test-set variants (nc_test, anchors_test)
};

/// @brief Writes @p csvPath and the same path with extension .json, both atomically.
/// @return the JSON path's status; the error names the file.
Status exportEpisodes(const TaskConfig& task, const SampleRequest& request,
                      const std::filesystem::path& csvPath);

}  // namespace icl::core
