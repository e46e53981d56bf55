#pragma once
// One test set of a re-evaluation scored for one checkpoint (issue #10, design.md §9): every
// loaded learner's prediction at every position, the plug-in rules, the selection baseline and
// the oracle, turned into generalisation.csv and probe.csv rows. Internal to the driver
// (generalisation.cpp), which loads the learners and draws the sets.

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <torch/types.h>

#include "core/evaluation/shift_test_sets.h"
#include "core/models/learner.h"
#include "core/store/records.h"
#include "core/tasks/episode.h"
#include "core/training/run_control.h"

namespace icl::core {

/// The learners of one checkpoint ("final" or "best"), in allLearners() order.
struct CheckpointLearners {
  std::string checkpoint;
  std::vector<std::shared_ptr<Learner>> learners;
};

/// The rows of one test set and checkpoint.
struct ScoredRows {
  std::vector<GeneralisationRecord> accuracy;
  std::vector<ProbeRecord> probe;
};

/// @brief correct [t, n] bool -> one row per number of shots (position), 95 % Wilson intervals.
std::vector<GeneralisationRecord> generalisationAccuracyRows(const torch::Tensor& correct,
                                                             const GeneralisationRecord& prototype);

/// Scores one drawn test set; what does not depend on the checkpoint (the plug-in rules) is
/// computed once and shared by every checkpoint scored.
class TestSetScorer {
 public:
  /// @param probe whether to write probe rows (they need the ICL learner)
  TestSetScorer(TestSetSpec spec, Episode episode, int64_t classes, bool probe);

  /// @brief The rows of @p learners on this set; false when a stop was requested (then the
  /// rows are incomplete and must not be written).
  bool score(const CheckpointLearners& learners, const RunControl* control, ScoredRows& rows);

 private:
  /// [t, n] int64: the class the learner predicts at every position from the examples before
  /// it (argmax over all 2C outputs, as the periodic evaluation); undefined when stopped.
  torch::Tensor predictions(Learner& learner, const RunControl* control) const;
  /// The plug-in rules' classes at every position (mean offset only for C = 2), once.
  bool computeRules(const RunControl* control);
  /// leaveOneOutAccuracy over the set; undefined when stopped.
  torch::Tensor leaveOneOut(Learner& learner, const RunControl* control) const;
  GeneralisationRecord prototype(const std::string& checkpoint, const std::string& learner) const;

  TestSetSpec spec_;
  Episode episode_;
  int64_t classes_;
  bool probe_;
  bool rulesReady_ = false;
  std::vector<std::pair<std::string, torch::Tensor>> rulePredictions_;  // name -> [t, n]
};

}  // namespace icl::core
