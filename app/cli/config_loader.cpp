#include "app/cli/config_loader.h"

#include <nlohmann/json.hpp>

#include "core/config/overrides.h"
#include "core/config/presets.h"
#include "core/util/atomic_file.h"

namespace icl::app {

core::RunConfig loadConfig(const Arguments& args, bool required) {
  const auto preset = args.get("--preset");
  const auto file = args.get("--config");
  if (preset && file) {
    throw UsageError("give either --preset or --config, not both");
  }
  if (!preset && !file && required) {
    throw UsageError("'" + args.command + "' needs --preset NAME or --config FILE");
  }
  nlohmann::json root = nlohmann::json::object();
  std::string source = "config";
  if (preset) {
    const core::Result<std::string> text = core::presetText(*preset);
    if (!text) {
      throw UsageError(text.error());
    }
    root = nlohmann::json::parse(text.value());
    source = "preset " + *preset;
  } else if (file) {
    const core::Result<std::string> text = core::readWholeFile(*file);
    if (!text) {
      throw UsageError(text.error());
    }
    try {
      root = nlohmann::json::parse(text.value());
    } catch (const nlohmann::json::exception& error) {  // also out_of_range: 1e400
      throw UsageError(*file + ": not valid JSON: " + error.what());
    }
    source = *file;
  }
  std::vector<std::string> assignments = args.overrides;
  if (const auto seed = args.get("--seed")) {
    assignments.push_back("seed=" + std::to_string(parseInteger("--seed", *seed, 0)));
  }
  if (const auto threads = args.get("--threads")) {
    assignments.push_back("threads=" + std::to_string(parseInteger("--threads", *threads, 1)));
  }
  if (const auto device = args.get("--device")) {
    assignments.push_back("device=\"" + *device + "\"");
  }
  for (const std::string& assignment : assignments) {
    const core::Status applied = core::applyOverride(root, assignment);
    if (!applied) {
      throw UsageError(applied.error());
    }
  }
  core::Result<core::RunConfig> config = core::RunConfig::fromJson(root, source);
  if (!config) {
    throw UsageError(config.error());
  }
  return std::move(config).value();
}

}  // namespace icl::app
