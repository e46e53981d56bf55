#pragma once
// Markdown of a re-evaluation (issue #10): the short summary `evaluate` prints and the section
// `report` adds per evaluation, both from core/evaluation/generalisation_table.h.

#include <ostream>

#include "core/evaluation/generalisation_results.h"

namespace icl::app {

/// @brief `evaluate`'s summary: for the final checkpoint (else the first evaluated), mean
/// accuracy over shots per learner against sigma for each shift family, and per learner on rad.
void printEvaluationSummary(const core::GeneralisationResults& results, std::ostream& out);

/// @brief `report`'s section of one evaluation, for each checkpoint: shift and offset (mean
/// accuracy over shots, learner x value, per family), rad at shots 1, 2, 5, 10, N-1 and the
/// mean, and the probe (agreement and chance) on the in-distribution shift sets and on rad.
void printGeneralisationReport(const core::GeneralisationResults& results, std::ostream& out);

}  // namespace icl::app
