#pragma once
// The name of a new run's folder, shared by the window and the CLI. A config's `name` is free
// text for people ("../x", "a/b", "my run"); a folder name must stay one path component inside
// the runs folder, whatever the name says.

#include <ctime>
#include <string>

namespace icl::core {

/// @brief @p name reduced to one safe path component: letters, digits, '.', '_' and '-' are
/// kept, every other character (separators, spaces, non-ASCII bytes) becomes '-', leading dots
/// and dashes are dropped (no "..", no hidden folder, no option-like name), at most 64
/// characters; "run" when nothing is left.
std::string safeFolderComponent(const std::string& name);

/// @brief "NAME-YYYYMMDD-HHMMSS" in local time, NAME as safeFolderComponent().
std::string runFolderName(const std::string& configName, std::time_t when);

}  // namespace icl::core
