#pragma once
// Re-evaluation of a finished (or stopped) classification run on new, seeded test sets
// (issue #10, design.md §9): distribution shift in the input scale sigma and in the input mean,
// the radial task with the algorithm-selection baseline and the oracle, and the algorithm
// probe. Loads the run's config and checkpoints, never changes an existing file of the folder,
// and writes the files of generalisation_results.h. `icl-lab-cli evaluate` and the window's
// Evaluate action both call evaluateGeneralisation().

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/evaluation/generalisation_results.h"
#include "core/training/run_control.h"
#include "core/util/result.h"

namespace icl::core {

struct GeneralisationRequest {
  std::string tag;  // "" writes generalisation.csv etc.; else generalisation-TAG.csv
  std::vector<std::string> checkpoints = {"final", "best"};
  /// "generalisation.sigmas=1,2" and the like, as `--set` takes them, applied to the run's
  /// config before anything is drawn; errors name the key and the value.
  std::vector<std::string> overrides;
  std::optional<uint64_t> seed;  // test-set seed; default: the run's seed
  int64_t threads = 0;           // intra-op threads; 0 = as the run's config says
};

struct GeneralisationProgress {
  int64_t done = 0;   // test sets evaluated
  int64_t total = 0;
  std::string what;   // "shift sigma=2 proto (final)"
};
using GeneralisationCallback = std::function<void(const GeneralisationProgress&)>;

/// @brief Evaluates the run in @p runDir and writes its files. A folder that is not a run, a
/// run without the checkpoints asked for, a checkpoint of another architecture or a corrupt
/// one, or files of the same tag that exist already: an error naming the file and the problem,
/// and nothing written. A stop request ends it without writing anything.
Result<GeneralisationResults> evaluateGeneralisation(const std::filesystem::path& runDir,
                                                     const GeneralisationRequest& request,
                                                     const GeneralisationCallback& progress,
                                                     const RunControl* control);

}  // namespace icl::core
