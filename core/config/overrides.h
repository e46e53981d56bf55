#pragma once
// `--set key.path=value` on the command line: applied to the config JSON before it is parsed,
// so an override is checked exactly like a key in the file.

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/util/result.h"

namespace icl::core {

/// @brief Sets the dotted key path of @p assignment ("learners.icl.depth=8") in @p root. The
/// value is read as JSON when it parses (8, 1e-3, true, [..], "text"), else as a plain string.
Status applyOverride(nlohmann::json& root, const std::string& assignment);

}  // namespace icl::core
