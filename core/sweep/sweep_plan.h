#pragma once
// Planning a sweep (issue #12): from a base config, a seed list and --set assignments, the
// manifest with every point and each point's full config, every one parsed and validated
// before anything is written. Torch-free.
//
// Syntax of a --set assignment in a sweep:
//   key=value             one value: fixed, applied to every point (exactly as `run --set`)
//   key=v1,v2,...         several values: the key is swept (an axis of the sweep)
//   list key (eval.families, generalisation.sigmas, ...: a key whose value is a list, which
//   `run --set` already writes as comma-separated items): values are separated by ';', so
//   'eval.families=sim,rad;sim' sweeps two values, [sim, rad] and [sim].
// Commas inside [...], {...} or "..." never separate values (a JSON array stays one value).
// Points run seed by seed; within a seed, over the cartesian product of the axes in the
// order given, the last axis fastest.

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/sweep/sweep_manifest.h"
#include "core/util/result.h"

namespace icl::core {

/// What the sweep command line says.
struct SweepRequest {
  std::string baseConfigJson;  // the preset's or file's JSON text, before any --set
  std::string source;          // "preset p1-sim" or the file name, for messages and the manifest
  std::string seeds;           // "0-4", "0,2,7", "3", "0-2,9"
  std::vector<std::string> assignments;  // the --set texts, in order
};

/// A sweep ready to write: the manifest (every point pending) and each point's config.
struct SweepPlan {
  SweepManifest manifest;
  std::vector<std::string> pointConfigs;  // JSON text, one per manifest point, same order
};

/// The most points one sweep may have: a typo such as "0-100000" is refused, not started.
inline constexpr std::size_t kMaxSweepPoints = 10000;

/// @brief Seeds as "N", "A-B" (A <= B) and comma-separated lists of these.
/// @return the seeds in the order given, or an error naming the bad item (empty, not a
/// number, a reversed range, a repeated seed)
Result<std::vector<uint64_t>> parseSeedList(const std::string& text);

/// @brief Splits the value text of @p key into its values (see the syntax above).
/// @return the values, or an error naming the key and the empty item ("k=", "k=1,,2")
Result<std::vector<std::string>> splitSweepValues(const std::string& key, const std::string& text);

/// @brief The plan of @p request: parses the seeds and assignments, builds every point and
/// parses and validates each point's config (RunConfig::fromJson). Errors name the --set
/// assignment, the value and the config's own message (unknown key, wrong type, range).
Result<SweepPlan> planSweep(const SweepRequest& request);

/// @brief The full config of one point of @p manifest: the base config, the fixed settings,
/// the point's settings and its seed, parsed and validated.
/// @return the JSON text, or an error naming the point and the config's message
Result<std::string> sweepPointConfig(const SweepManifest& manifest, const SweepPoint& point);

/// @brief Whether two manifests describe the same sweep (same name, base config, fixed
/// settings, seeds and axes; statuses aside).
/// @return success, or an error saying what differs
Status sameSweep(const SweepManifest& existing, const SweepManifest& requested);

}  // namespace icl::core
