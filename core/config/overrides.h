#pragma once
// `--set key.path=value` on the command line: applied to the config JSON before it is parsed,
// so an override is checked exactly like a key in the file (an unknown key path too: the
// parser names it with the close keys).

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/util/result.h"

namespace icl::core {

/// @brief Sets the dotted key path of @p assignment ("learners.icl.depth=8") in @p root. The
/// value is read as JSON when it parses (8, 1e-3, true, [..], "text"), else as a plain string.
/// The field table (config_fields.h) refines this: a text or choice key takes the text as it
/// is (name=2024), and a list key also takes comma-separated items (eval.families=sim,rad).
Status applyOverride(nlohmann::json& root, const std::string& assignment);

}  // namespace icl::core
