#pragma once
// What the Generalisation and Probe tabs draw, tabulated from the rows of one evaluation
// (core::GeneralisationResults; issue #10, design.md §9): accuracy against sigma or offset per
// learner (at one shot count, or averaged over the shots), accuracy against shots on the
// radial set, and the probe's reference x shots grid. Plain C++ over core's records, no Qt and
// no torch, so it can move into core/evaluation once the engine's own tabulation lands.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/store/records.h"

namespace icl::ui {

/// Test set names of GeneralisationRecord::testSet.
inline constexpr const char* kShiftSet = "shift";    // sigma varies, offset 0
inline constexpr const char* kOffsetSet = "offset";  // mean offset varies, sigma as trained
inline constexpr const char* kRadSet = "rad";        // the radial task (spec §2.6)

/// One point of a curve with its 95 % band.
struct CurvePoint {
  double x = 0.0;  // sigma, offset or shots
  double value = 0.0;
  double low = 0.0;
  double high = 0.0;
};

/// Curves per learner, each sorted by x; learners in display order (learnerOrder()).
struct LearnerCurves {
  std::vector<std::string> learners;
  std::map<std::string, std::vector<CurvePoint>> curves;
};

/// @brief The order the views list learners in: the trained ones (icl, matchnet, protonet,
/// cnp), the selection baseline and the oracle, then the plug-in rules; unknown names last.
int learnerRank(const std::string& learner);

/// @brief Checkpoints ("final" before "best"), test sets (shift, offset, rad) and families
/// present in @p records; families of one test set when @p testSet is given.
std::vector<std::string> checkpointsIn(const std::vector<core::GeneralisationRecord>& records);
std::vector<std::string> testSetsIn(const std::vector<core::GeneralisationRecord>& records);
std::vector<std::string> familiesIn(const std::vector<core::GeneralisationRecord>& records,
                                    const std::string& testSet);
/// @brief The shot counts of the rows of one checkpoint and test set, ascending.
std::vector<int64_t> shotsIn(const std::vector<core::GeneralisationRecord>& records,
                             const std::string& checkpoint, const std::string& testSet);

/// @brief The x of a row on a level curve: sigma for the shift sets, offset for the others.
double levelOf(const core::GeneralisationRecord& record);
double levelOf(const core::ProbeRecord& record);

/// @brief Accuracy against sigma (testSet "shift") or offset ("offset") of each learner on
/// @p family. With @p shots, the rows at that shot count; without, the mean over all shots of
/// each level, whose band is the mean of the per-shot Wilson bounds. That band is at least as
/// wide as a 95 % interval of the mean over shots, whatever the correlation between the shots
/// of one task: the standard deviation of a mean is at most the mean of the standard
/// deviations (triangle inequality), so it is conservative, never too narrow.
LearnerCurves accuracyAgainstLevel(const std::vector<core::GeneralisationRecord>& records,
                                   const std::string& checkpoint, const std::string& testSet,
                                   const std::string& family,
                                   std::optional<int64_t> shots = std::nullopt);

/// @brief Accuracy against shots of each learner on one test set, family and level (the
/// radial set has one); x = shots.
LearnerCurves accuracyAgainstShots(const std::vector<core::GeneralisationRecord>& records,
                                   const std::string& checkpoint, const std::string& testSet,
                                   const std::string& family);

/// One cell of the probe grid.
struct ProbeCell {
  double agreement = 0.0;
  double chance = 0.0;
  int64_t nTasks = 0;
};

/// The probe of one checkpoint, test set, family and level: references x shots.
struct ProbeGrid {
  std::vector<std::string> references;  // in learnerRank order
  std::vector<int64_t> shots;           // ascending, the union over the references
  /// cells[r][s]; nullopt where the evaluation has no row.
  std::vector<std::vector<std::optional<ProbeCell>>> cells;
};

/// @brief The checkpoints, test sets, families and levels (sigma or offset; the radial set has
/// one) that the probe rows cover.
std::vector<std::string> probeCheckpointsIn(const std::vector<core::ProbeRecord>& records);
std::vector<std::string> probeTestSetsIn(const std::vector<core::ProbeRecord>& records);
std::vector<std::string> probeFamiliesIn(const std::vector<core::ProbeRecord>& records,
                                         const std::string& testSet);
std::vector<double> probeLevelsIn(const std::vector<core::ProbeRecord>& records,
                                  const std::string& testSet, const std::string& family);

/// @brief The grid of the ICL model's agreement with each reference; rows of another model
/// than "icl" are ignored.
ProbeGrid probeGrid(const std::vector<core::ProbeRecord>& records, const std::string& checkpoint,
                    const std::string& testSet, const std::string& family, double level);

/// @brief The references with the highest agreement at column @p shotIndex (several on a
/// tie, in row order); empty when the column has no cell.
std::vector<std::size_t> mostAgreeing(const ProbeGrid& grid, std::size_t shotIndex);

}  // namespace icl::ui
