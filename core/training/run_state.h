#pragma once
// The resumable state of a run (issue #8), written at every evaluation: every model with its
// optimiser (Adam moments and step counts), the state of every random generator the trainer
// draws from, and the loop's counters as JSON. It lives in checkpoints/state-<step>/; the small
// manifest checkpoint.json names the current one and is switched atomically only after every
// file of the new state is written and synced, so a crash at any moment leaves the previous
// complete state or the new one, never a mix.

#include <ATen/core/Generator.h>
#include <torch/nn/module.h>
#include <torch/optim/optimizer.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/util/result.h"

namespace icl::core {

/// Manifest file of a run folder naming its current resumable state.
inline constexpr const char* kCheckpointManifest = "checkpoint.json";

/// A model and its optimiser, saved together as <name>.pt.
struct TrainableRef {
  std::string name;
  torch::nn::Module* module = nullptr;
  torch::optim::Optimizer* optimizer = nullptr;
};

/// A random generator the trainer draws from; torch's default CPU generator is always added.
struct GeneratorRef {
  std::string name;
  at::Generator* generator = nullptr;
};

/// Where an interrupted run can go on from.
struct ResumePoint {
  int64_t step = -1;              // -1: no checkpoint yet, the run starts over from step 0
  std::filesystem::path folder;   // checkpoints/state-<step>
  nlohmann::json counters;        // the loop's bookkeeping (trainer-specific)
};

/// @brief Writes the state at @p step and switches checkpoint.json to it.
/// @return an error naming the file that could not be written; the previous state stays valid
Status writeRunState(const std::filesystem::path& runDir, int64_t step,
                     const std::vector<TrainableRef>& trainables,
                     const std::vector<GeneratorRef>& generators,
                     const nlohmann::json& counters);

/// @brief Reads checkpoint.json and the counters of the state it names (step -1 without one).
Result<ResumePoint> readResumePoint(const std::filesystem::path& runDir);

/// @brief Loads models, optimisers and generators of @p point into objects built from the
/// run's config. The error names the file.
Status loadRunState(const ResumePoint& point, const std::vector<TrainableRef>& trainables,
                    const std::vector<GeneratorRef>& generators);

}  // namespace icl::core
