#pragma once
// The sweep folder on disk (issue #12): SWEEP/sweep.json, SWEEP/points/<folder>.json (each
// point's full config), SWEEP/logs/ and one run folder per point. Creating it, and checking
// that a folder given again holds the same sweep, before anything is written. Torch-free.

#include <filesystem>

#include "core/sweep/sweep_plan.h"
#include "core/util/result.h"

namespace icl::core {

inline constexpr const char* kSweepPointsFolder = "points";
inline constexpr const char* kSweepLogsFolder = "logs";

/// @return SWEEP/points/<folder>.json, the config the point runs with
std::filesystem::path sweepPointConfigPath(const std::filesystem::path& sweepDir,
                                           const SweepPoint& point);

/// @brief Makes @p sweepDir hold @p plan. A new or empty folder gets sweep.json, points/ and
/// logs/. A folder that holds the same sweep (sameSweep) keeps its sweep.json, statuses
/// included, and gets any point config that is missing or out of date.
/// @return the manifest now in force, or an error naming the folder when it holds a
/// different sweep, a run folder or other files (then nothing is written)
Result<SweepManifest> prepareSweepFolder(const std::filesystem::path& sweepDir,
                                         const SweepPlan& plan);

/// @brief The plan of an existing sweep, rebuilt from its manifest alone (sweep --continue).
Result<SweepPlan> planFromManifest(const SweepManifest& manifest);

}  // namespace icl::core
