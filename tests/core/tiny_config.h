#pragma once
// A run small enough for unit tests: seconds, not minutes.

#include "core/config/run_config.h"

inline icl::core::RunConfig tinyRunConfig() {
  icl::core::RunConfig config;
  config.name = "tiny";
  config.device = "cpu";
  config.threads = 1;
  config.task.length = 6;
  config.learners.icl.depth = 1;
  config.train.steps = 6;
  config.train.batchSize = 6;
  config.train.evalEvery = 3;
  config.eval.tasksPerFamily = 8;
  config.eval.length = 8;
  config.resolveDefaults();
  return config;
}
