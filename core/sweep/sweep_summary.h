#pragma once
// What a sweep says across seeds (issue #12): its points grouped by their swept settings
// (everything but the seed), and within a group, for every learner, test family, metric and
// number of shots, the mean over seeds of the final evaluation with a 95 % Student-t interval
// across seeds, plus the per-seed values; and the loss curves as a mean with a band across
// seeds. Read from the run folders alone, so it works for a sweep run here, for a SLURM job
// array copied back, and for a sweep still running. Torch-free (the window uses it).

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/sweep/sweep_manifest.h"
#include "core/util/result.h"

namespace icl::core {

/// @brief Two-sided 95 % quantile of Student's t with @p degreesOfFreedom >= 1 (12.706 at 1,
/// 2.776 at 4, 1.96 as the degrees of freedom grow).
double studentT975(int64_t degreesOfFreedom);

/// Mean and 95 % t-interval of values that come one per seed.
struct AcrossSeeds {
  int64_t seeds = 0;  // how many seeds the mean has
  double mean = 0.0;  // NaN (as low and high) when no seed has a value
  double low = 0.0;   // mean -/+ t(0.975, n-1) * sd / sqrt(n); equal to the mean when n == 1
  double high = 0.0;
  std::vector<std::pair<uint64_t, double>> perSeed;  // (seed, value), by seed
};

/// @brief The mean and interval of @p perSeed (unsorted is fine).
AcrossSeeds summariseAcrossSeeds(std::vector<std::pair<uint64_t, double>> perSeed);

/// One point of the sweep as read back.
struct SweepPointState {
  SweepPoint point;    // from the manifest
  std::string status;  // the run folder's status when it has one (effectiveRunStatus), else
                       // the manifest's ("pending", "failed", ...)
  std::string problem; // a run folder that exists but cannot be read: why
  int64_t stepsDone = 0;
  int64_t totalSteps = 0;
};

/// One cell of the across-seed table: final evaluations (each seed's last eval step).
struct SweepEvalRow {
  std::string learner;
  std::string testFamily;
  std::string metric;  // "accuracy", "sq_error", ...
  int64_t shots = 0;
  AcrossSeeds value;
};

/// The loss of one learner across seeds, at the steps every contributing seed logged.
struct SweepLossCurve {
  std::string learner;
  std::vector<int64_t> steps;
  std::vector<AcrossSeeds> loss;  // one per step
};

/// The points that share one value of every swept key.
struct SweepGroup {
  std::vector<std::pair<std::string, std::string>> settings;  // (key, value); empty: no axes
  std::string label;  // "learners.matchnet.lr=3e-3", or "all seeds" without axes
  std::vector<std::size_t> points;  // indices into SweepSummary::points
  std::vector<SweepEvalRow> evaluations;  // completed points only
  std::vector<SweepLossCurve> losses;     // completed and running points with train.csv rows
                                          // (a failed or stopped one would end the band)
};

struct SweepSummary {
  std::filesystem::path dir;
  SweepManifest manifest;
  std::vector<SweepPointState> points;
  std::vector<SweepGroup> groups;  // in the order of the manifest's axes values
  int64_t completed = 0;  // points whose readable run folder says completed (the means' seeds)
  int64_t failed = 0;     // points whose status is failed
};

/// @brief Reads the sweep folder @p dir: its sweep.json and each point's run folder. A point
/// whose folder is missing or unreadable is listed with its status and problem and left out
/// of the means. The error names the folder or file when the manifest itself is unreadable.
Result<SweepSummary> readSweepSummary(const std::filesystem::path& dir);

}  // namespace icl::core
