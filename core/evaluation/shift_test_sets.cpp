#include "core/evaluation/shift_test_sets.h"

#include <algorithm>
#include <cstring>
#include <sstream>

#include "core/tasks/task_sampler.h"
#include "core/training/seed_streams.h"

namespace icl::core {

namespace {

constexpr uint64_t kKindStride = 1'000'000;
constexpr uint64_t kFamilyStride = 10'000;

uint64_t familyIndex(TaskFamily family) {
  const auto& families = baseFamilies();
  return static_cast<uint64_t>(std::find(families.begin(), families.end(), family) -
                               families.begin());
}

/// SplitMix64's finaliser: spreads nearby inputs over the whole 64-bit range.
uint64_t mix(uint64_t value) {
  value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
  value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
  return value ^ (value >> 31);
}

/// The seed of one set: its kind, family and value (not its place in the list), so asking
/// for more sigmas draws the same tasks for the sigmas asked before.
uint64_t setSeed(uint64_t seed, TestSetKind kind, TaskFamily family, double value) {
  uint64_t bits = 0;
  const double normalised = value == 0.0 ? 0.0 : value;  // -0 and 0 are one offset
  std::memcpy(&bits, &normalised, sizeof bits);
  return seed + SeedStreams::kGeneralisationTasks + static_cast<uint64_t>(kind) * kKindStride +
         familyIndex(family) * kFamilyStride + mix(bits) % kFamilyStride;
}

}  // namespace

std::string testSetKindName(TestSetKind kind) {
  switch (kind) {
    case TestSetKind::Shift: return "shift";
    case TestSetKind::Offset: return "offset";
    case TestSetKind::Rad: return "rad";
  }
  return "?";
}

std::string TestSetSpec::describe() const {
  std::ostringstream text;
  switch (kind) {
    case TestSetKind::Shift: text << "shift sigma=" << sigma << " " << familyName(family); break;
    case TestSetKind::Offset: text << "offset " << offset << " " << familyName(family); break;
    case TestSetKind::Rad: text << "rad"; break;
  }
  return text.str();
}

std::vector<TestSetSpec> generalisationTestSets(const RunConfig& config, uint64_t seed) {
  const GeneralisationConfig& g = config.generalisation;
  std::vector<TestSetSpec> sets;
  for (TaskFamily family : g.families) {
    for (std::size_t i = 0; i < g.sigmas.size(); ++i) {
      sets.push_back({TestSetKind::Shift, family, g.sigmas[i], 0.0,
                      setSeed(seed, TestSetKind::Shift, family, g.sigmas[i])});
    }
  }
  for (TaskFamily family : g.families) {
    for (std::size_t i = 0; i < g.offsets.size(); ++i) {
      sets.push_back({TestSetKind::Offset, family, config.task.sigma, g.offsets[i],
                      setSeed(seed, TestSetKind::Offset, family, g.offsets[i])});
    }
  }
  if (g.rad) {
    sets.push_back({TestSetKind::Rad, TaskFamily::Rad, config.task.sigma, 0.0,
                    setSeed(seed, TestSetKind::Rad, TaskFamily::Rad, 0.0)});
  }
  return sets;
}

Episode drawTestSet(const RunConfig& config, const TestSetSpec& spec) {
  TaskConfig task = config.task;
  task.sigma = spec.sigma;
  task.meanOffset = spec.offset;
  TaskSampler sampler(task, spec.seed);
  return sampler.sample(spec.family, config.generalisation.tasksPerFamily, config.eval.length,
                        TaskSplit::Test);
}

}  // namespace icl::core
