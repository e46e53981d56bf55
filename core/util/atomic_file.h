#pragma once
// Saved work is never half-written: every whole-file write goes to a temporary file in the
// same folder, synced, and renamed over the target only once complete.

#include <filesystem>
#include <functional>
#include <string>

#include "core/util/result.h"

namespace icl::core {

/// @brief Writes @p content to @p path via a temporary file and a rename.
Status writeFileAtomically(const std::filesystem::path& path, const std::string& content);

/// @brief Calls @p writer with a temporary path beside @p path, then renames it over @p path.
/// The writer throws on failure; the temporary file is removed and the error returned.
Status writeAtomicallyWith(const std::filesystem::path& path,
                           const std::function<void(const std::filesystem::path&)>& writer);

/// @brief fsync()s a file or folder so that its content (a folder: its entries) survives a
/// crash of the machine, not only of the process. The error names the path.
Status syncPath(const std::filesystem::path& path);

/// @brief Reads a whole file; the error names the path.
Result<std::string> readWholeFile(const std::filesystem::path& path);

}  // namespace icl::core
