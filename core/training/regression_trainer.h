#pragma once
// I1: linear-regression ICL with a curriculum (design.md §5.1-5.4). Every arm ("curriculum",
// "plain") is its own GPT model and Adam optimiser, trained in lockstep from the same initial
// weights and scored on the same fixed test prompts. Torch-free; train() dispatches here.

#include "core/training/trainer.h"

namespace icl::core {

/// @brief Runs config.regression; same contract as train().
RunResult trainRegression(const RunConfig& config, const TrainOptions& options,
                          const ProgressCallback& onProgress, const RunControl& control);

}  // namespace icl::core
