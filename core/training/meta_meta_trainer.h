#pragma once
// I2: meta-meta-learning over domains (design.md §5.5). A MAML-trained GPT ("meta_icl") and a
// conventionally trained GPT ("icl", Adam on the same support + query prompts of every
// meta-step, so both see the same prompts) are evaluated on new domains with and without
// fine-tuning on a support pool ("meta_icl_adapt", "icl_adapt"); a "zero" predictor row on the
// same query prompts gives the scale. Torch-free; train() dispatches here.

#include "core/training/trainer.h"

namespace icl::core {

/// @brief Runs config.metaMeta; same contract as train(). A non-finite loss or an inner
/// gradient norm above meta_meta.max_inner_grad_norm ends the run as Failed with a message
/// naming the meta-step; the run folder keeps everything written until then.
RunResult trainMetaMeta(const RunConfig& config, const TrainOptions& options,
                        const ProgressCallback& onProgress, const RunControl& control);

}  // namespace icl::core
