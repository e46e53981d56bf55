#include "core/inference/decision_grid.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/tasks/task_sampler.h"
#include "core/evaluation/plugin_rules.h"
#include "core/training/run_state.h"

namespace icl::core {

namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

double GridSpec::x(int64_t column) const {
  return xMin + (static_cast<double>(column) + 0.5) * (xMax - xMin) / static_cast<double>(columns);
}

double GridSpec::y(int64_t row) const {
  return yMax - (static_cast<double>(row) + 0.5) * (yMax - yMin) / static_cast<double>(rows);
}

std::string GridSpec::validate() const {
  if (!(xMax > xMin) || !(yMax > yMin) || !std::isfinite(xMin) || !std::isfinite(xMax) ||
      !std::isfinite(yMin) || !std::isfinite(yMax)) {
    return "grid range x [" + std::to_string(xMin) + ", " + std::to_string(xMax) + "], y [" +
           std::to_string(yMin) + ", " + std::to_string(yMax) + "]: expected min < max, finite";
  }
  if (rows < 1 || columns < 1) {
    return "grid of " + std::to_string(rows) + " x " + std::to_string(columns) +
           " cells: expected at least 1 x 1";
  }
  return {};
}

std::vector<float> gridPoints(const GridSpec& grid) {
  std::vector<float> points(static_cast<std::size_t>(2 * grid.cells()));
  std::size_t at = 0;
  for (int64_t row = 0; row < grid.rows; ++row) {
    const auto y = static_cast<float>(grid.y(row));
    for (int64_t column = 0; column < grid.columns; ++column) {
      points[at++] = static_cast<float>(grid.x(column));
      points[at++] = y;
    }
  }
  return points;
}

const std::array<PlaygroundPanel, kPlaygroundPanels>& allPlaygroundPanels() {
  static const std::array<PlaygroundPanel, kPlaygroundPanels> panels = {
      PlaygroundPanel::Icl, PlaygroundPanel::MatchNet, PlaygroundPanel::ProtoNet,
      PlaygroundPanel::Cnp, PlaygroundPanel::Rule};
  return panels;
}

std::string playgroundPanelName(PlaygroundPanel panel) {
  const std::optional<LearnerKind> learner = panelLearner(panel);
  return learner ? learnerName(*learner) : std::string("rule");
}

std::optional<LearnerKind> panelLearner(PlaygroundPanel panel) {
  switch (panel) {
    case PlaygroundPanel::Icl:
      return LearnerKind::Icl;
    case PlaygroundPanel::MatchNet:
      return LearnerKind::MatchNet;
    case PlaygroundPanel::ProtoNet:
      return LearnerKind::ProtoNet;
    case PlaygroundPanel::Cnp:
      return LearnerKind::Cnp;
    case PlaygroundPanel::Rule:
      return std::nullopt;
  }
  return std::nullopt;
}

std::string pluginRuleNameOfFamily(TaskFamily family) {
  switch (family) {
    case TaskFamily::Sim:
      return "cosine_vote";
    case TaskFamily::Proto:
      return "nearest_mean";
    case TaskFamily::Ave:
      return "mean_offset";
    case TaskFamily::Rad:
    case TaskFamily::Mix:
      return {};
  }
  return {};
}

SupportSet firstPoints(const SupportSet& support, int64_t count) {
  if (count < 0 || count >= static_cast<int64_t>(support.points.size())) {
    return support;
  }
  SupportSet first;
  first.points.assign(support.points.begin(), support.points.begin() + count);
  first.labels.assign(support.labels.begin(), support.labels.begin() + count);
  return first;
}

Result<SupportSet> samplePlaygroundSupport(const TaskConfig& task, TaskFamily family,
                                           int64_t count, uint64_t seed) {
  if (family == TaskFamily::Mix) {
    return Result<SupportSet>::failure(
        "family mix: a playground support is one task; choose sim, proto, ave or rad");
  }
  if (count < 1) {
    return Result<SupportSet>::failure("support size " + std::to_string(count) +
                                       ": expected >= 1");
  }
  RunConfig holder;
  holder.task = task;
  const Status valid = holder.validate();
  if (!valid) {
    return Result<SupportSet>::failure(valid.error());
  }
  TaskSampler sampler(task, seed);
  const Episode episode = sampler.sample(family, 1, count, TaskSplit::Test);
  const auto x = episode.x.accessor<float, 3>();
  const auto labels = episode.labels.accessor<int64_t, 2>();
  SupportSet support;
  for (int64_t p = 0; p < count; ++p) {
    std::vector<float> point(static_cast<std::size_t>(task.d));
    for (int64_t j = 0; j < task.d; ++j) {
      point[static_cast<std::size_t>(j)] = x[0][p][j];
    }
    support.points.push_back(std::move(point));
    support.labels.push_back(labels[0][p]);
  }
  return Result<SupportSet>::success(std::move(support));
}

const std::vector<PlaygroundPreset>& playgroundPresets() {
  // The paper's plots use 144 (sim), 480 (proto, ave) and 32 (rad) points with models trained
  // on N = 50 (spec §2.8); the CPU-scale models here see N = 20, and ICL's cost grows with the
  // support, so every preset uses 32 points (rad's size in the paper). Seeds are fixed so the
  // picture is the same for everyone.
  static const std::vector<PlaygroundPreset> presets = {
      {"sim-32", TaskFamily::Sim, 32, 2025},
      {"proto-32", TaskFamily::Proto, 32, 2025},
      {"ave-32", TaskFamily::Ave, 32, 2025},
      {"rad-32", TaskFamily::Rad, 32, 2025},
  };
  return presets;
}

PanelGrid evaluatePluginRule(TaskFamily family, const SupportSet& support,
                             const std::vector<float>& points) {
  PanelGrid panel;
  const std::string rule = pluginRuleNameOfFamily(family);
  if (rule.empty()) {
    panel.message = "family " + familyName(family) +
                    " has no plug-in rule (no classic learner's structure fits it)";
    return panel;
  }
  const auto start = std::chrono::steady_clock::now();
  torch::NoGradGuard noGrad;
  const auto s = static_cast<int64_t>(support.points.size());
  const auto q = static_cast<int64_t>(points.size() / 2);
  torch::Tensor supportX = torch::empty({1, s, 2});
  for (int64_t j = 0; j < s; ++j) {
    supportX[0][j][0] = support.points[static_cast<std::size_t>(j)][0];
    supportX[0][j][1] = support.points[static_cast<std::size_t>(j)][1];
  }
  const torch::Tensor labels = torch::tensor(support.labels, torch::kLong).view({1, s});
  const torch::Tensor queryX =
      torch::from_blob(const_cast<float*>(points.data()), {1, q, 2}, torch::kFloat32);
  const PluginRule pluginRule = family == TaskFamily::Sim     ? PluginRule::CosineVote
                                : family == TaskFamily::Proto ? PluginRule::NearestMean
                                                              : PluginRule::MeanOffset;
  const torch::Tensor scores =
      pluginRuleScores(pluginRule, supportX, labels, torch::Tensor(), queryX, 2);  // [1, q, 2]
  const torch::Tensor classZero = scores.softmax(-1).select(-1, 0).reshape({q}).contiguous();
  panel.classZero.assign(classZero.data_ptr<float>(), classZero.data_ptr<float>() + q);
  panel.available = true;
  panel.milliseconds = millisecondsSince(start);
  return panel;
}

std::size_t PlaygroundModels::index(LearnerKind kind) {
  switch (kind) {
    case LearnerKind::Icl:
      return 0;
    case LearnerKind::MatchNet:
      return 1;
    case LearnerKind::ProtoNet:
      return 2;
    case LearnerKind::Cnp:
      return 3;
  }
  return 0;
}

Result<PlaygroundModels> PlaygroundModels::open(const std::filesystem::path& runDir,
                                                const std::string& checkpoint,
                                                const std::string& iclKernel) {
  using R = Result<PlaygroundModels>;
  if (checkpoint != "final" && checkpoint != "best" && checkpoint != kLatestState) {
    return R::failure("checkpoint \"" + checkpoint + "\": expected final, best or latest");
  }
  if (!std::filesystem::is_regular_file(runDir / "config.json")) {
    return R::failure(runDir.string() + " is not a run folder: it has no config.json");
  }
  const Result<RunConfig> config = RunConfig::fromFile(runDir / "config.json");
  if (!config) {
    return R::failure(config.error());
  }
  if (config.value().experiment != Experiment::Classification) {
    return R::failure(runDir.string() +
                      ": the playground shows classification runs; this run is a regression "
                      "or meta-meta experiment");
  }
  const TaskConfig& task = config.value().task;
  if (task.d != 2 || task.classes != 2) {
    return R::failure("the playground draws the plane: it needs a run with d = 2 inputs and "
                      "C = 2 classes; this run has d = " +
                      std::to_string(task.d) + ", C = " + std::to_string(task.classes));
  }
  PlaygroundModels models;
  models.runDir_ = runDir;
  models.checkpoint_ = checkpoint;
  models.task_ = task;
  // A running or paused run (or one killed mid-run) has no final checkpoint yet: show the
  // resumable state that every evaluation writes, and say so.
  std::string used = checkpoint;
  if (checkpoint == "final" && config.value().learners.enabled(LearnerKind::Icl) &&
      !std::filesystem::exists(runDir / "checkpoints" / "icl-final.pt")) {
    const Result<ResumePoint> point = readResumePoint(runDir);
    if (point && point.value().step >= 0) {
      used = kLatestState;
      models.note_ = "latest state, step " + std::to_string(point.value().step) +
                     ": no final checkpoint yet (running, paused or interrupted)";
    }
  }
  for (const LearnerKind kind : allLearners()) {
    Slot& slot = models.slots_[index(kind)];
    const Result<Predictor> predictor = Predictor::fromRun(runDir, kind, used, iclKernel);
    if (predictor) {
      slot.predictor = std::make_shared<const Predictor>(predictor.value());
    } else {
      slot.message = predictor.error();
    }
  }
  return R::success(std::move(models));
}

bool PlaygroundModels::available(LearnerKind kind) const {
  return slots_[index(kind)].predictor != nullptr;
}

std::string PlaygroundModels::message(LearnerKind kind) const {
  return slots_[index(kind)].message;
}

PanelGrid PlaygroundModels::evaluate(LearnerKind kind, const SupportSet& support,
                                     const std::vector<float>& points) const {
  PanelGrid panel;
  const Slot& slot = slots_[index(kind)];
  if (!slot.predictor) {
    panel.message = slot.message;
    return panel;
  }
  const auto start = std::chrono::steady_clock::now();
  const auto count = static_cast<int64_t>(points.size() / 2);
  // One batched call for the whole grid, unless the LibTorch ICL path would then hold more
  // than kMaxTokens tokens (x ffHidden floats per layer): 200 x 200 with 32 points is one call.
  constexpr int64_t kMaxTokens = int64_t{1} << 21;
  const auto tokensPerQuery = static_cast<int64_t>(support.points.size()) + 1;
  const int64_t chunk = std::max<int64_t>(1, std::min(count, kMaxTokens / tokensPerQuery));
  const Result<std::vector<float>> probabilities =
      slot.predictor->predictFlat(support, points, chunk);
  if (!probabilities) {
    panel.message = probabilities.error();
    return panel;
  }
  panel.classZero.resize(static_cast<std::size_t>(count));
  for (int64_t i = 0; i < count; ++i) {
    panel.classZero[static_cast<std::size_t>(i)] =
        probabilities.value()[static_cast<std::size_t>(2 * i)];
  }
  panel.available = true;
  panel.milliseconds = millisecondsSince(start);
  return panel;
}

std::array<PanelGrid, kPlaygroundPanels> PlaygroundModels::evaluateAll(
    const SupportSet& support, const std::vector<float>& points, TaskFamily ruleFamily) const {
  std::array<PanelGrid, kPlaygroundPanels> panels;
  for (std::size_t i = 0; i < panels.size(); ++i) {
    const PlaygroundPanel panel = allPlaygroundPanels()[i];
    const std::optional<LearnerKind> learner = panelLearner(panel);
    panels[i] = learner ? evaluate(*learner, support, points)
                        : evaluatePluginRule(ruleFamily, support, points);
  }
  return panels;
}

}  // namespace icl::core
