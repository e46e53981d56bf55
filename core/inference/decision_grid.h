#pragma once
// The 2-D playground's engine (issue #10 item 5): every learner of a d = 2, C = 2 run and the
// plug-in rule of a chosen family (design.md §6) evaluated on one grid of query points over
// the plane, each with one batched inference call on the same support. Torch-free header with
// plain vectors, for the window's Playground view and the playground benchmark.

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/config/names.h"
#include "core/config/run_config.h"
#include "core/inference/predictor.h"
#include "core/util/result.h"

namespace icl::core {

/// A rectangle of the plane sampled at the centres of rows x columns cells. Row 0 is the top
/// (largest y), as images are stored; column 0 the left (smallest x).
struct GridSpec {
  double xMin = -4.0;
  double xMax = 4.0;
  double yMin = -4.0;
  double yMax = 4.0;
  int64_t columns = 200;
  int64_t rows = 200;

  double x(int64_t column) const;
  double y(int64_t row) const;
  int64_t cells() const { return rows * columns; }
  /// @brief An error naming the bad value (empty range, no cells), or empty.
  std::string validate() const;
};

/// @brief The cell centres, [rows * columns * 2] row-major: (x, y) of cell (row, column) at
/// index 2 * (row * columns + column).
std::vector<float> gridPoints(const GridSpec& grid);

/// One panel's picture: P(class 0) per cell, or why there is none.
struct PanelGrid {
  bool available = false;
  std::string message;            // why the panel is empty, when !available
  std::vector<float> classZero;   // [rows * columns], row-major as gridPoints
  double milliseconds = 0.0;      // wall time of this panel's evaluation
};

/// The panels of the playground, in display order.
enum class PlaygroundPanel { Icl, MatchNet, ProtoNet, Cnp, Rule };
constexpr int kPlaygroundPanels = 5;
const std::array<PlaygroundPanel, kPlaygroundPanels>& allPlaygroundPanels();
/// "icl", "matchnet", "protonet", "cnp", "rule" (file names of exports, bench rows).
std::string playgroundPanelName(PlaygroundPanel panel);
/// @brief The learner a panel shows; nullopt for the rule panel.
std::optional<LearnerKind> panelLearner(PlaygroundPanel panel);

/// The plug-in rule of each family's optimal structure (design.md §6): sim -> cosine vote,
/// proto -> nearest class mean, ave -> mean offset. Rad has none (no learner's structure fits).
/// @return "cosine_vote", "nearest_mean", "mean_offset"; empty for rad and mix
std::string pluginRuleNameOfFamily(TaskFamily family);

/// @brief The first @p count points of @p support in their order (all of them when @p count is
/// negative or at least the support size). The ICL model has no positional encoding and
/// non-causal attention, so with the whole support its prediction does not depend on the order;
/// "the first k points" is where the order matters.
SupportSet firstPoints(const SupportSet& support, int64_t count);

/// @brief One test task of @p family with @p count examples, drawn with the run's task
/// settings (nc, anchors, sigma: design.md §2) from its own seeded stream.
/// @return the error names a bad family or count
Result<SupportSet> samplePlaygroundSupport(const TaskConfig& task, TaskFamily family,
                                           int64_t count, uint64_t seed);

/// A fixed support like the paper's decision-boundary plots (spec §2.8 last row), one per
/// family; evidence for P5.
struct PlaygroundPreset {
  std::string name;       // "sim-32": also the key of the window's preset list
  TaskFamily family = TaskFamily::Sim;
  int64_t count = 32;     // support size
  uint64_t seed = 0;      // the preset's fixed seed
};
const std::vector<PlaygroundPreset>& playgroundPresets();

/// @brief The plug-in rule of @p family (see pluginRuleNameOfFamily) on every point: the
/// softmax of the rule's C scores, for display; the rule itself is the hard decision, i.e.
/// which side of 0.5 a cell is on.
/// @param points [q * 2] as gridPoints
PanelGrid evaluatePluginRule(TaskFamily family, const SupportSet& support,
                             const std::vector<float>& points);

/// The learners of one run, loaded for the playground.
class PlaygroundModels {
 public:
  /// @brief Loads the four learners of @p runDir from checkpoint @p checkpoint.
  /// @param checkpoint "final", "best" or "latest" (kLatestState). "final" on a run that has
  /// no final checkpoint yet but a resumable state (running, paused, interrupted) falls back
  /// to that state, and note() says so.
  /// @param iclKernel empty (the run's setting), "fused", "torch" or "auto"
  /// @return an error when the folder has no readable config.json or the run is not d = 2,
  /// C = 2 (the message explains why the playground is off). A learner that the run disabled
  /// or whose checkpoint is missing or unreadable is kept as unavailable with its message.
  static Result<PlaygroundModels> open(const std::filesystem::path& runDir,
                                       const std::string& checkpoint,
                                       const std::string& iclKernel = {});

  const TaskConfig& task() const { return task_; }
  const std::filesystem::path& runDir() const { return runDir_; }
  const std::string& checkpoint() const { return checkpoint_; }
  /// What the user should know about the weights shown (e.g. the fallback above), or empty.
  const std::string& note() const { return note_; }
  bool available(LearnerKind kind) const;
  /// Why @p kind is unavailable (empty when it is available).
  std::string message(LearnerKind kind) const;

  /// @brief P(class 0) of @p kind on every point, one batched call (all points in one chunk).
  /// Safe to call from several threads at once (inference only reads the weights).
  PanelGrid evaluate(LearnerKind kind, const SupportSet& support,
                     const std::vector<float>& points) const;
  /// @brief Every panel on @p points: the four learners, then the rule of @p ruleFamily.
  std::array<PanelGrid, kPlaygroundPanels> evaluateAll(const SupportSet& support,
                                                       const std::vector<float>& points,
                                                       TaskFamily ruleFamily) const;

 private:
  struct Slot {
    std::shared_ptr<const Predictor> predictor;  // null when unavailable
    std::string message;
  };
  static std::size_t index(LearnerKind kind);

  std::filesystem::path runDir_;
  std::string checkpoint_;
  std::string note_;
  TaskConfig task_;
  std::array<Slot, 4> slots_;
};

}  // namespace icl::core
