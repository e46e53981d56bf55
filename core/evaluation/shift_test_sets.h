#pragma once
// The test sets of a re-evaluation (issue #10, design.md §9): which sets an evaluation draws,
// in the order its files list them, and each set's tasks. Every set comes from a sampler of
// its own, seeded by the set's kind, family and value (sigma or offset), so a set does not
// depend on which other sets are asked for.

#include <cstdint>
#include <string>
#include <vector>

#include "core/config/run_config.h"
#include "core/tasks/episode.h"

namespace icl::core {

enum class TestSetKind {
  Shift,   // input scale task.sigma = each of generalisation.sigmas
  Offset,  // input mean moved by each of generalisation.offsets (task.mean_offset)
  Rad,     // the radial family with the run's task.rad radii
};

/// "shift", "offset", "rad": the test_set column of generalisation.csv and probe.csv.
std::string testSetKindName(TestSetKind kind);

struct TestSetSpec {
  TestSetKind kind = TestSetKind::Shift;
  TaskFamily family = TaskFamily::Proto;
  double sigma = 1.0;   // task.sigma of the tasks
  double offset = 0.0;  // task.mean_offset of the tasks
  uint64_t seed = 0;    // of the set's own sampler

  /// "shift sigma=2 proto", "offset 1 ave", "rad"
  std::string describe() const;
};

/// @brief The sets config.generalisation asks for: shift (each family, each sigma), offset
/// (each family, each offset, at the run's sigma), then rad when generalisation.rad is on.
/// @param seed the evaluation's seed (the run's unless the evaluation names another)
std::vector<TestSetSpec> generalisationTestSets(const RunConfig& config, uint64_t seed);

/// @brief The set's generalisation.tasks_per_family test tasks of length eval.N, drawn on the
/// CPU with the test-split options of the run (anchors, sim nc_test).
Episode drawTestSet(const RunConfig& config, const TestSetSpec& spec);

}  // namespace icl::core
