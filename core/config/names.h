#pragma once
// Names of task families and learners as they appear in configs, CSV files and the UI.

#include <optional>
#include <string>
#include <vector>

namespace icl::core {

/// Few-shot task families of the paper (spec §2). Mix draws from several families at once.
enum class TaskFamily { Sim, Proto, Ave, Rad, Mix };

/// The four learners compared in every run (spec §3).
enum class LearnerKind { Icl, MatchNet, ProtoNet, Cnp };

std::string familyName(TaskFamily family);
std::optional<TaskFamily> parseFamily(const std::string& name);
/// The families a single task can be drawn from (everything but Mix), in mixture order.
const std::vector<TaskFamily>& baseFamilies();

std::string learnerName(LearnerKind kind);
std::optional<LearnerKind> parseLearner(const std::string& name);
const std::vector<LearnerKind>& allLearners();

}  // namespace icl::core
