#pragma once
// The files `icl-lab-cli evaluate` (and the window's Evaluate action) adds to a run folder, and
// the one reader of them (issue #10, README "Run folders"). Torch-free, so the window and
// `report` can read them without the engine:
//   generalisation[-TAG].csv   accuracy per test set, learner and shots (GeneralisationRecord)
//   probe[-TAG].csv            agreement of the ICL model with each reference (ProbeRecord)
//   generalisation[-TAG].json  what was evaluated: options, checkpoints, seed, provenance
// An evaluation never replaces a file: a second one needs another TAG.

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/store/records.h"
#include "core/util/result.h"

namespace icl::core {

/// The three file names of one evaluation; @p tag empty for the untagged one.
struct GeneralisationFiles {
  std::string accuracy;  // generalisation[-TAG].csv
  std::string probe;     // probe[-TAG].csv
  std::string manifest;  // generalisation[-TAG].json
};
GeneralisationFiles generalisationFiles(const std::string& tag);

/// @brief Whether @p tag can name files: letters, digits, '-', '_' and '.', at most 64.
Status checkGeneralisationTag(const std::string& tag);

struct GeneralisationResults {
  std::string tag;
  nlohmann::json manifest;
  std::vector<GeneralisationRecord> accuracy;
  std::vector<ProbeRecord> probe;  // empty when the evaluation ran without the probe
};

/// @brief The tags of the evaluations in @p runDir ("" for the untagged one), sorted; an
/// evaluation counts once its manifest exists (it is written last).
std::vector<std::string> generalisationTags(const std::filesystem::path& runDir);

/// @brief Reads one evaluation; the error names the file and the problem.
Result<GeneralisationResults> readGeneralisation(const std::filesystem::path& runDir,
                                                 const std::string& tag = {});

}  // namespace icl::core
