#pragma once
// The README's config reference, generated from the field table (config_fields.h): one table
// per section between `<!-- config-table:begin SECTION -->` and `<!-- config-table:end -->`,
// where SECTION is classification, regression or meta_meta. tests/core/tst_config_fields.cpp
// fails when README.md and the table disagree; `icl-config-reference README.md` (or the build
// target update_config_reference) rewrites them.

#include <string>
#include <vector>

#include "core/util/result.h"

namespace icl::core {

/// @brief The section names, in README order.
const std::vector<std::string>& configReferenceSections();

/// @brief The Markdown table of one section: "classification" (the keys every config has),
/// "regression" or "meta_meta". Empty for another name.
std::string configReferenceMarkdown(const std::string& section);

/// @brief @p document with the text between each pair of config-table markers replaced by
/// the generated table; an error for a missing section, an unknown one or an unclosed marker.
Result<std::string> withConfigReference(const std::string& document);

}  // namespace icl::core
