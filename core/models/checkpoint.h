#pragma once
// Learner weights on disk: LibTorch's archive format, keyed by the registered module names.

#include <filesystem>
#include <istream>
#include <string>

#include <torch/nn/module.h>
#include <torch/serialize/output-archive.h>

#include "core/models/learner.h"
#include "core/util/result.h"

namespace icl::core {

/// @brief Writes @p archive to @p path atomically. The archive is serialised in memory first:
/// LibTorch's file writer throws from its destructor when a write fails (a full disk), which
/// would end the process instead of the run. The error names the path.
Status writeArchive(torch::serialize::OutputArchive& archive, const std::filesystem::path& path);

/// @brief Saves a module's parameters atomically (temp file, then rename).
Status saveModule(torch::nn::Module& module, const std::filesystem::path& path);

/// @brief saveModule() of the learner's module.
Status saveCheckpoint(Learner& learner, const std::filesystem::path& path);

/// @brief Loads parameters into a learner built with the same config; a missing, corrupt or
/// mismatched file is an error naming the path.
Status loadCheckpoint(Learner& learner, const std::filesystem::path& path);

/// @brief The same from a stream (the fuzzer's entry point); @p source names it in messages.
Status loadCheckpoint(Learner& learner, std::istream& in, const std::string& source);

}  // namespace icl::core
