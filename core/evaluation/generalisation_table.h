#pragma once
// The numbers `icl-lab-cli report`, `icl-lab-cli evaluate` and the window's Generalisation view
// show from generalisation.csv and probe.csv (issue #10, design.md §9): mean accuracy over shots
// against sigma (or the mean offset) per learner, accuracy at chosen shots, and the probe's
// agreement beside its chance level. Torch-free; rows in any order.

#include <cstdint>
#include <string>
#include <vector>

#include "core/store/records.h"

namespace icl::core {

/// @brief The checkpoints, test sets and test families of @p records, each in first-seen order.
std::vector<std::string> generalisationCheckpoints(const std::vector<GeneralisationRecord>& records);
std::vector<std::string> generalisationFamilies(const std::vector<GeneralisationRecord>& records,
                                                const std::string& checkpoint,
                                                const std::string& testSet);

/// Mean accuracy over every shot count 0..N-1 (as upstream's test_shift, spec §2.7) of each
/// learner on one family, at each value of the varied parameter (sigma or the offset).
struct GeneralisationGrid {
  std::string checkpoint;
  std::string testSet;     // "shift" (values are sigmas) or "offset" (values are offsets)
  std::string testFamily;
  std::vector<double> values;         // ascending
  std::vector<std::string> learners;  // in first-seen order
  std::vector<std::vector<double>> mean;  // [learner][value]; NaN where there is no row
};

/// @brief One grid per family of the @p testSet rows of @p checkpoint, families in first-seen
/// order.
std::vector<GeneralisationGrid> meanAccuracyGrids(const std::vector<GeneralisationRecord>& records,
                                                  const std::string& checkpoint,
                                                  const std::string& testSet);

/// One test set (of one family, sigma and offset) at chosen shots.
struct ShotsTable {
  std::vector<int64_t> shots;           // those asked for that the set has
  std::vector<std::string> names;       // learners (accuracy) or references (probe)
  std::vector<std::vector<double>> at;  // [name][shot index]
  std::vector<std::vector<double>> chance;  // probe only: [name][shot index]
  std::vector<double> mean;             // accuracy: [name] mean over every shot count
};

/// @brief Accuracy of every learner on the set (@p testSet, @p testFamily, @p sigma, @p offset)
/// of @p checkpoint at @p shots, and its mean over every shot count.
ShotsTable accuracyAtShots(const std::vector<GeneralisationRecord>& records,
                           const std::string& checkpoint, const std::string& testSet,
                           const std::string& testFamily, double sigma, double offset,
                           const std::vector<int64_t>& shots);

/// @brief Agreement of the ICL model with every reference, and its chance level, on one set.
ShotsTable probeAtShots(const std::vector<ProbeRecord>& records, const std::string& checkpoint,
                        const std::string& testSet, const std::string& testFamily, double sigma,
                        double offset, const std::vector<int64_t>& shots);

/// @brief The probe's sets of @p checkpoint as (test set, family, sigma, offset), first-seen.
struct ProbeSet {
  std::string testSet;
  std::string testFamily;
  double sigma = 1.0;
  double offset = 0.0;
};
std::vector<ProbeSet> probeSets(const std::vector<ProbeRecord>& records,
                                const std::string& checkpoint);

/// @brief The largest shot count of the rows (N - 1), -1 when there are none.
int64_t largestShots(const std::vector<GeneralisationRecord>& records);

}  // namespace icl::core
