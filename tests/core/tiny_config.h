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

/// A regression run with a curriculum (dims 1 -> 3): stage boundaries after steps 4 and 8 of 12.
inline icl::core::RunConfig tinyRegressionConfig() {
  icl::core::RunConfig config;
  config.name = "tiny-regression";
  config.experiment = icl::core::Experiment::Regression;
  config.threads = 1;
  config.device = "cpu";
  icl::core::RegressionConfig& r = config.regression;
  r.nDims = 3;
  r.nPositions = 5;
  r.model.size = "custom";
  r.model.embd = 8;
  r.model.layers = 1;
  r.model.heads = 2;
  r.batchSize = 4;
  r.steps = 12;
  r.curriculum.dims = {1, 3, 1, 4};  // boundaries after steps 4 and 8
  r.curriculum.points = {5, 5, 0, 1};
  r.evalPrompts = 16;
  r.checkpoints = {6};
  r.bootstrap = 20;
  return config;
}

/// A meta-meta run of 3 meta-steps, tested with support sizes 4 and 8.
inline icl::core::RunConfig tinyMetaMetaConfig() {
  icl::core::RunConfig config;
  config.name = "tiny-meta-meta";
  config.experiment = icl::core::Experiment::MetaMeta;
  config.threads = 1;
  config.device = "cpu";
  icl::core::MetaMetaConfig& m = config.metaMeta;
  m.nDims = 3;
  m.nPositions = 5;
  m.model.size = "custom";
  m.model.embd = 8;
  m.model.layers = 1;
  m.model.heads = 2;
  m.supportPrompts = 4;
  m.queryPrompts = 4;
  m.metaSteps = 3;
  m.testDomains = 2;
  m.testQueryPrompts = 4;
  m.supportSizes = {4, 8};
  m.adaptStepsMeta = 2;
  m.adaptStepsConventional = 2;
  m.adaptBatch = 4;
  m.bootstrap = 20;
  return config;
}
