#include "core/config/presets.h"

#include <nlohmann/json.hpp>

namespace icl::core {

std::vector<PresetInfo> listPresets() {
  std::vector<PresetInfo> presets;
  for (const EmbeddedPreset& preset : embeddedPresets()) {
    const Result<RunConfig> config = loadPreset(preset.name);
    presets.push_back(
        {preset.name, config ? config.value().description : "(invalid: " + config.error() + ")"});
  }
  return presets;
}

Result<std::string> presetText(const std::string& name) {
  std::string known;
  for (const EmbeddedPreset& preset : embeddedPresets()) {
    if (name == preset.name) {
      return Result<std::string>::success(preset.json);
    }
    known += (known.empty() ? "" : ", ") + std::string(preset.name);
  }
  return Result<std::string>::failure("no preset named '" + name + "' (known: " + known + ")");
}

Result<RunConfig> loadPreset(const std::string& name) {
  const Result<std::string> text = presetText(name);
  if (!text) {
    return Result<RunConfig>::failure(text.error());
  }
  return RunConfig::fromJsonText(text.value(), "preset " + name);
}

}  // namespace icl::core
