#pragma once
// Config sections of the "improving" experiments (design.md §5): linear-regression ICL with a
// curriculum (I1) and meta-meta-learning over domains (I2). Torch-free: the GUI includes it
// through run_config.h. The JSON key of each field is given in its comment; the keys
// themselves are entries of meta_config_fields.cpp.

#include <cstdint>
#include <string>
#include <vector>

namespace icl::core {

/// Which training loop train() runs ("experiment").
enum class Experiment { Classification, Regression, MetaMeta };
std::string experimentName(Experiment experiment);

/// GPT-2-style regression transformer (design.md §5.1). "size" picks GARG's presets:
/// tiny 64/3/2, small 128/6/4, standard 256/12/8; "custom" uses the three numbers given.
struct GptModelConfig {
  std::string size = "tiny";  // "size": "tiny", "small", "standard" or "custom"
  int64_t embd = 64;          // "n_embd": width E (resolved from size unless custom)
  int64_t layers = 3;         // "n_layer": blocks L
  int64_t heads = 2;          // "n_head": attention heads H (must divide E)

  /// @brief Sets embd/layers/heads from size (no-op for "custom"); false for an unknown size.
  bool resolveSize();
};

/// One curriculum counter (design.md §5.2): after every `interval` training steps the value grows by
/// `inc`, capped at `end`. The value used by training step s (1-based) is
/// min(start + inc * floor((s - 1) / interval), end).
struct CurriculumCounterConfig {
  int64_t start = 0;     // "start"
  int64_t end = 0;       // "end"
  int64_t inc = 0;       // "inc": >= 0
  int64_t interval = 1;  // "interval": steps between increments, >= 1
};

struct CurriculumConfig {
  CurriculumCounterConfig dims{2, 8, 1, 150};      // "dims": active input dimensions
  CurriculumCounterConfig points{17, 17, 0, 1000};  // "points": examples per prompt
};

/// I1: linear-regression ICL; every arm is its own model and optimiser, trained in lockstep.
struct RegressionConfig {
  int64_t nDims = 8;        // "n_dims": D, the input dimension
  int64_t nPositions = 17;  // "n_positions": most points per prompt (the model has 2x positions)
  GptModelConfig model;     // "model"
  double lr = 1e-3;         // "lr": Adam, constant
  int64_t batchSize = 64;   // "batch_size": prompts per step
  int64_t steps = 3000;     // "steps": optimiser steps per arm
  /// "arms": "curriculum" follows `curriculum`; "plain" trains at dims.end/points.end throughout.
  std::vector<std::string> arms = {"curriculum", "plain"};
  CurriculumConfig curriculum;  // "curriculum"
  int64_t evalPrompts = 640;    // "eval.prompts": fixed, seeded test prompts (all D dims)
  int64_t evalPoints = 0;       // "eval.points": points per test prompt; 0 = n_positions
  std::vector<int64_t> checkpoints = {1000, 3000};  // "eval.checkpoints": evaluated and saved
  bool evalAtBoundaries = true;  // "eval.at_stage_boundaries": snapshot at every stage change
  int64_t bootstrap = 1000;      // "eval.bootstrap": resamples of the 90 % interval
  bool baselines = true;         // "eval.baselines": least squares, 3-NN, averaging, zero
};

/// I2: MAML over domains (design.md §5.5) next to a conventionally trained model.
struct MetaMetaConfig {
  int64_t nDims = 5;          // "n_dims"
  int64_t nPositions = 11;    // "n_positions": points per prompt
  GptModelConfig model;       // "model"
  int64_t supportPrompts = 16;  // "support_prompts": per meta-step
  int64_t queryPrompts = 16;    // "query_prompts": per meta-step
  int64_t innerSteps = 1;       // "inner_steps": SGD steps on the support batch (0 = none)
  double innerLr = 0.01;        // "inner_lr"
  bool secondOrder = false;     // "second_order": differentiate through the inner steps
  double metaLr = 1e-3;         // "meta_lr": outer Adam
  int64_t metaSteps = 300;      // "meta_steps"
  double yScale = 8.0;          // "y_scale": training domains t = y_scale * N(0,1)
  double conventionalLr = 1e-3;  // "conventional_lr": Adam of the conventionally trained model
  double maxInnerGradNorm = 1e6;  // "max_inner_grad_norm": larger stops the run (divergence)
  // "eval": new domains, t = test_y_scale * N(0,1)
  int64_t testDomains = 8;          // "eval.domains"
  int64_t testQueryPrompts = 64;    // "eval.query_prompts": per domain
  std::vector<int64_t> supportSizes = {64, 256};  // "eval.support_sizes": support pool sizes
  int64_t adaptStepsMeta = 20;          // "eval.adapt_steps_meta": fine-tune steps, meta model
  int64_t adaptStepsConventional = 20;  // "eval.adapt_steps_conventional"
  double adaptLr = 1e-3;                // "eval.adapt_lr": Adam
  int64_t adaptBatch = 64;              // "eval.adapt_batch": prompts per fine-tune step
  double testYScale = 1.0;              // "eval.y_scale"
  int64_t bootstrap = 1000;             // "eval.bootstrap"
  int64_t evalEvery = 0;                // "eval.every": meta-steps between evaluations; 0 = end
};

}  // namespace icl::core
