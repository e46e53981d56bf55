#include "core/sweep/sweep_summary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <tuple>

#include "core/config/run_config.h"
#include "core/store/run_catalog.h"
#include "core/store/run_store.h"

namespace icl::core {

namespace fs = std::filesystem;

namespace {

// t(0.975, df) for df = 1..30: standard mathematical constants (the two-sided 95 % quantiles of
// Student's t), here to 9 decimals. They were computed by inverting the t distribution function
// (a regularised incomplete beta function) at 30 digits with mpmath, and agree with the printed
// tables (Abramowitz & Stegun, Handbook of Mathematical Functions, Table 26.10) to their places.
constexpr double kT975[30] = {12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836,
                              2.446911851,  2.364624252, 2.306004135, 2.262157163, 2.228138852,
                              2.200985160,  2.178812830, 2.160368656, 2.144786688, 2.131449546,
                              2.119905299,  2.109815578, 2.100922040, 2.093024054, 2.085963447,
                              2.079613845,  2.073873068, 2.068657610, 2.063898562, 2.059538553,
                              2.055529439,  2.051830516, 2.048407142, 2.045229642, 2.042272456};
constexpr int64_t kTabulatedDegrees = 30;
// The standard normal's 0.975 quantile, the limit of t(0.975, df) as df grows.
constexpr double kZ975 = 1.959963984540054;

/// Cornish-Fisher expansion of the t quantile in powers of 1/df (Abramowitz & Stegun 26.7.5),
/// to the 1/df^4 term. Beyond the table (df > 30) it is within 3e-8 of the exact quantile.
double t975Expansion(double df) {
  const double z = kZ975;
  const double z2 = z * z;
  const double g1 = z * (z2 + 1.0) / 4.0;
  const double g2 = z * ((5.0 * z2 + 16.0) * z2 + 3.0) / 96.0;
  const double g3 = z * (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) / 384.0;
  const double g4 =
      z * ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) / 92160.0;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

int64_t summaryInteger(const nlohmann::json& summary, const char* key, int64_t fallback) {
  const auto found = summary.find(key);
  return found != summary.end() && found->is_number_integer() ? found->get<int64_t>() : fallback;
}

std::string summaryText(const nlohmann::json& summary, const char* key) {
  const auto found = summary.find(key);
  return found != summary.end() && found->is_string() ? found->get<std::string>() : "";
}

/// Fills the point's status, progress and problem from its run folder; returns the run when the
/// folder could be read.
std::optional<RunData> readPoint(const fs::path& sweepDir, SweepPointState& state) {
  state.status = sweepPointStatusName(state.point.status);
  const fs::path runDir = sweepDir / state.point.folder;
  std::error_code error;
  if (!fs::exists(runDir, error)) {
    // A pending point has no folder yet, and a point may fail before it makes one; a point the
    // manifest counts as started or done should have one.
    const SweepPointStatus recorded = state.point.status;
    if (recorded == SweepPointStatus::Completed || recorded == SweepPointStatus::Stopped) {
      state.problem = runDir.string() + ": the run folder is missing";
    }
    return std::nullopt;
  }
  Result<RunData> read = readRun(runDir);
  if (!read) {
    state.problem = read.error();
    return std::nullopt;
  }
  RunData run = std::move(read).value();
  const std::string status = summaryText(run.summary, "status");
  if (!status.empty()) {
    state.status = status;
  }
  // A SLURM array task never writes sweep.json: its failure message is only in the run folder.
  if (state.point.message.empty() && state.status != "completed") {
    state.point.message = summaryText(run.summary, "message");
  }
  int64_t lastLoggedStep = 0;
  for (const LossRecord& record : run.losses) {
    lastLoggedStep = std::max(lastLoggedStep, record.step);
  }
  state.stepsDone = summaryInteger(run.summary, "steps_done", lastLoggedStep);
  state.totalSteps = summaryInteger(run.summary, "total_steps", configuredSteps(run.config));
  return run;
}

/// Final evaluations of a group: each completed run's rows at its last evaluation step (a
/// learner that stopped on a non-finite loss has none there, so that seed leaves it out).
class EvaluationPool {
 public:
  void add(uint64_t seed, const std::vector<EvalRecord>& records) {
    int64_t lastStep = std::numeric_limits<int64_t>::min();
    for (const EvalRecord& record : records) {
      lastStep = std::max(lastStep, record.step);
    }
    // A repeated (learner, family, metric, shots) within the run keeps its last row, as the
    // run's own comparison table does.
    std::map<Key, double> runValues;
    for (const EvalRecord& record : records) {
      if (record.step == lastStep) {
        runValues[keyOf(record)] = record.value;
      }
    }
    for (const auto& [key, value] : runValues) {
      values_[key].emplace_back(seed, value);
    }
  }

  std::vector<SweepEvalRow> rows() const {
    std::vector<SweepEvalRow> rows;
    for (const auto& [key, perSeed] : values_) {
      SweepEvalRow row;
      row.metric = std::get<1>(key);
      row.testFamily = families_[static_cast<std::size_t>(std::get<2>(key))];
      row.learner = learners_[static_cast<std::size_t>(std::get<3>(key))];
      row.shots = std::get<4>(key);
      row.value = summariseAcrossSeeds(perSeed);
      rows.push_back(std::move(row));
    }
    return rows;
  }

 private:
  // (metric rank, metric, test family, learner, shots): accuracy first, then sq_error, then
  // the other metrics by name; families and learners in the order the runs first list them.
  using Key = std::tuple<int, std::string, int64_t, int64_t, int64_t>;

  static int64_t indexOf(std::vector<std::string>& names, const std::string& name) {
    const auto found = std::find(names.begin(), names.end(), name);
    if (found != names.end()) {
      return found - names.begin();
    }
    names.push_back(name);
    return static_cast<int64_t>(names.size()) - 1;
  }

  Key keyOf(const EvalRecord& record) {
    const int rank = record.metric == "accuracy" ? 0 : record.metric == "sq_error" ? 1 : 2;
    return {rank, record.metric, indexOf(families_, record.testFamily),
            indexOf(learners_, record.learner), record.shots};
  }

  std::vector<std::string> families_;
  std::vector<std::string> learners_;
  std::map<Key, std::vector<std::pair<uint64_t, double>>> values_;
};

/// One seed's loss series of one learner, sorted by step, one value per step.
struct SeedSeries {
  uint64_t seed = 0;
  std::vector<std::pair<int64_t, double>> points;  // (step, loss)
};

/// Loss curves of a group. A seed contributes when its run is completed or still running: a
/// failed, stopped or interrupted run would end the band at its last step for good, so it is
/// left out (the window draws each seed's own curve). The band covers the steps that every
/// contributing seed has logged, so while a seed is behind, the band ends at its last step
/// and the number of seeds is the same at every step of the curve.
class LossPool {
 public:
  void add(uint64_t seed, const std::vector<LossRecord>& records) {
    std::vector<std::pair<std::string, SeedSeries>> byLearner;  // a handful of learners
    for (const LossRecord& record : records) {
      auto found = std::find_if(byLearner.begin(), byLearner.end(),
                                [&](const auto& entry) { return entry.first == record.learner; });
      if (found == byLearner.end()) {
        byLearner.push_back({record.learner, SeedSeries{seed, {}}});
        found = byLearner.end() - 1;
      }
      found->second.points.emplace_back(record.step, record.loss);
    }
    for (auto& [learner, series] : byLearner) {
      // train.csv is in step order; sort anyway (stably, so a repeated step keeps its last row).
      std::stable_sort(series.points.begin(), series.points.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      auto lastOfEachStep = series.points.begin();
      for (auto it = series.points.begin(); it != series.points.end(); ++it) {
        if (lastOfEachStep != series.points.begin() && (lastOfEachStep - 1)->first == it->first) {
          *(lastOfEachStep - 1) = *it;
        } else {
          *lastOfEachStep++ = *it;
        }
      }
      series.points.erase(lastOfEachStep, series.points.end());
      seriesOf(learner).push_back(std::move(series));
    }
  }

  std::vector<SweepLossCurve> curves() const {
    std::vector<SweepLossCurve> curves;
    for (const auto& [learner, allSeeds] : learners_) {
      SweepLossCurve curve;
      curve.learner = learner;
      std::vector<std::size_t> cursor(allSeeds.size(), 0);
      // Walk the first seed's steps; keep a step when every other seed has it too.
      for (const auto& [step, firstLoss] : allSeeds.front().points) {
        std::vector<std::pair<uint64_t, double>> perSeed{{allSeeds.front().seed, firstLoss}};
        for (std::size_t s = 1; s < allSeeds.size(); ++s) {
          const auto& points = allSeeds[s].points;
          std::size_t& at = cursor[s];
          while (at < points.size() && points[at].first < step) {
            ++at;
          }
          if (at == points.size() || points[at].first != step) {
            break;
          }
          perSeed.emplace_back(allSeeds[s].seed, points[at].second);
        }
        if (perSeed.size() == allSeeds.size()) {
          curve.steps.push_back(step);
          curve.loss.push_back(summariseAcrossSeeds(std::move(perSeed)));
        }
      }
      curves.push_back(std::move(curve));
    }
    return curves;
  }

 private:
  std::vector<SeedSeries>& seriesOf(const std::string& learner) {
    for (auto& [name, series] : learners_) {
      if (name == learner) {
        return series;
      }
    }
    learners_.emplace_back(learner, std::vector<SeedSeries>{});
    return learners_.back().second;
  }

  std::vector<std::pair<std::string, std::vector<SeedSeries>>> learners_;  // first-seen order
};

std::string groupLabel(const std::vector<std::pair<std::string, std::string>>& settings) {
  if (settings.empty()) {
    return "all seeds";
  }
  std::string label;
  for (const auto& [key, value] : settings) {
    label += (label.empty() ? "" : ", ") + key + "=" + value;
  }
  return label;
}

/// Where a group sorts: the position of each of its values in its axis's list (a value the
/// axes do not list goes last).
std::vector<std::size_t> axisPositions(
    const std::vector<SweepAxis>& axes,
    const std::vector<std::pair<std::string, std::string>>& settings) {
  std::vector<std::size_t> positions;
  for (const auto& [key, value] : settings) {
    std::size_t position = std::numeric_limits<std::size_t>::max();
    for (const SweepAxis& axis : axes) {
      if (axis.key == key) {
        const auto found = std::find(axis.values.begin(), axis.values.end(), value);
        position = static_cast<std::size_t>(found - axis.values.begin());
      }
    }
    positions.push_back(position);
  }
  return positions;
}

}  // namespace

double studentT975(int64_t degreesOfFreedom) {
  if (degreesOfFreedom < 1) {
    throw std::invalid_argument("studentT975: degrees of freedom must be >= 1, got " +
                                std::to_string(degreesOfFreedom));
  }
  if (degreesOfFreedom <= kTabulatedDegrees) {
    return kT975[degreesOfFreedom - 1];
  }
  return t975Expansion(static_cast<double>(degreesOfFreedom));
}

AcrossSeeds summariseAcrossSeeds(std::vector<std::pair<uint64_t, double>> perSeed) {
  std::stable_sort(perSeed.begin(), perSeed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  AcrossSeeds summary;
  summary.seeds = static_cast<int64_t>(perSeed.size());
  if (perSeed.empty()) {
    // No seed, no number: NaN, never a mean of 0 that looks measured.
    summary.mean = summary.low = summary.high = std::numeric_limits<double>::quiet_NaN();
    return summary;
  }
  const double n = static_cast<double>(perSeed.size());
  double sum = 0.0;
  for (const auto& entry : perSeed) {
    sum += entry.second;
  }
  summary.mean = sum / n;
  summary.low = summary.high = summary.mean;
  if (perSeed.size() > 1) {
    // Two passes (deviations from the mean): no cancellation when the spread is small.
    double squares = 0.0;
    for (const auto& entry : perSeed) {
      squares += (entry.second - summary.mean) * (entry.second - summary.mean);
    }
    const double halfWidth = studentT975(summary.seeds - 1) * std::sqrt(squares / (n - 1.0) / n);
    summary.low = summary.mean - halfWidth;
    summary.high = summary.mean + halfWidth;
  }
  summary.perSeed = std::move(perSeed);
  return summary;
}

Result<SweepSummary> readSweepSummary(const fs::path& dir) {
  Result<SweepManifest> manifest = readSweepManifest(dir);
  if (!manifest) {
    return Result<SweepSummary>::failure(manifest.error());
  }
  SweepSummary summary;
  summary.dir = dir;
  summary.manifest = std::move(manifest).value();
  for (const SweepPoint& point : summary.manifest.points) {
    SweepPointState state;
    state.point = point;
    summary.points.push_back(std::move(state));
  }

  for (std::size_t i = 0; i < summary.points.size(); ++i) {
    const auto& settings = summary.points[i].point.settings;
    auto group = std::find_if(summary.groups.begin(), summary.groups.end(),
                              [&](const SweepGroup& g) { return g.settings == settings; });
    if (group == summary.groups.end()) {
      summary.groups.push_back(SweepGroup{settings, groupLabel(settings), {}, {}, {}});
      group = summary.groups.end() - 1;
    }
    group->points.push_back(i);
  }
  const std::vector<SweepAxis>& axes = summary.manifest.axes;
  std::stable_sort(summary.groups.begin(), summary.groups.end(),
                   [&axes](const SweepGroup& a, const SweepGroup& b) {
                     return axisPositions(axes, a.settings) < axisPositions(axes, b.settings);
                   });

  // One group at a time, so only one group's runs are in memory at once.
  for (SweepGroup& group : summary.groups) {
    EvaluationPool evaluations;
    LossPool losses;
    for (std::size_t index : group.points) {
      SweepPointState& state = summary.points[index];
      const std::optional<RunData> run = readPoint(dir, state);
      if (!run) {
        continue;
      }
      if (state.status == "completed") {
        ++summary.completed;
        evaluations.add(state.point.seed, run->evaluations);
      }
      if (state.status == "completed" || state.status == "running") {
        losses.add(state.point.seed, run->losses);
      }
    }
    group.evaluations = evaluations.rows();
    group.losses = losses.curves();
  }
  for (const SweepPointState& state : summary.points) {
    if (state.status == "failed") {
      ++summary.failed;
    }
  }
  return Result<SweepSummary>::success(std::move(summary));
}

}  // namespace icl::core
