#pragma once
// Presets are the JSON files of resources/presets/, compiled into the library.

#include <string>
#include <vector>

#include "core/config/run_config.h"
#include "core/util/result.h"

namespace icl::core {

struct EmbeddedPreset {
  const char* name;
  const char* json;
};

/// Generated from resources/presets/*.json (cmake/EmbedPresets.cmake), sorted by name.
const std::vector<EmbeddedPreset>& embeddedPresets();

struct PresetInfo {
  std::string name;
  std::string description;
};

/// @brief Every preset with its one-line description.
std::vector<PresetInfo> listPresets();

/// @brief The preset's JSON text; the error lists the known names.
Result<std::string> presetText(const std::string& name);

/// @brief The parsed, validated preset.
Result<RunConfig> loadPreset(const std::string& name);

}  // namespace icl::core
