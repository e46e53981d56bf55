#pragma once
// Presets are the JSON files of resources/presets/, compiled into the library, with what each
// costs: a reference run time on the 2-core reference machine (issue #11) and the time of the
// last completed run of it in a runs folder.

#include <filesystem>
#include <optional>
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

/// How a preset's reference time was obtained.
enum class PresetTimeSource {
  Measured,   ///< a run of the preset, timed (summary.json wall_s or /usr/bin/time)
  Estimated,  ///< steps x a measured time per step: the preset is too long to run here
};

/// The expected wall time of `icl-lab-cli run --preset NAME` (1 thread, CPU) on the project's
/// 2-core reference machine.
struct PresetTime {
  double seconds = 0.0;
  PresetTimeSource source = PresetTimeSource::Measured;
  std::string basis;  ///< where the number comes from, in one line
};

struct PresetInfo {
  std::string name;
  std::string description;
  /// A "-paper" preset: the paper's scale, meant for a GPU (hours to days).
  bool paperScale = false;
  PresetTime time;
};

/// @brief Every preset with its description, scale and reference time, sorted by name.
std::vector<PresetInfo> listPresets();

/// @brief The reference time of @p name; nullopt for a name the time table does not know.
std::optional<PresetTime> presetReferenceTime(const std::string& name);

/// @brief True for the GPU-scale presets (their names end in "-paper").
bool isPaperScalePreset(const std::string& name);

/// @brief The wall time (summary.json "wall_s", seconds) of the newest completed run of
/// @p preset among the run folders directly under @p runsRoot; a run counts as the preset's
/// when its config.json "name" is the preset's name. Unreadable folders are skipped.
/// @return nullopt when no completed run of it is there
std::optional<double> lastRunSeconds(const std::filesystem::path& runsRoot,
                                     const std::string& preset);

/// @brief A duration for people: "0:45", "12:05" (M:SS), "3:02:10" (H:MM:SS), "31 days".
std::string formatDuration(double seconds);

/// @brief The preset's JSON text; the error lists the known names.
Result<std::string> presetText(const std::string& name);

/// @brief The parsed, validated preset.
Result<RunConfig> loadPreset(const std::string& name);

}  // namespace icl::core
