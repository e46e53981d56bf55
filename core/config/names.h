#pragma once
// Names of task families and learners as they appear in configs, CSV files and the UI.

#include <optional>
#include <string>
#include <vector>

namespace icl::core {

/// Few-shot task families of the paper (design.md §2). Mix draws from several families at once.
enum class TaskFamily { Sim, Proto, Ave, Rad, Mix };

/// The four learners compared in every run (design.md §3).
enum class LearnerKind { Icl, MatchNet, ProtoNet, Cnp };

std::string familyName(TaskFamily family);
std::optional<TaskFamily> parseFamily(const std::string& name);
/// The families a single task can be drawn from (everything but Mix), in mixture order.
const std::vector<TaskFamily>& baseFamilies();

std::string learnerName(LearnerKind kind);
std::optional<LearnerKind> parseLearner(const std::string& name);
const std::vector<LearnerKind>& allLearners();

/// Every learner and baseline a run folder names (train.csv, eval.csv, checkpoints,
/// summary.json) in the three experiments: the one list that trainers and window share.
enum class LearnerId {
  Icl, MatchNet, ProtoNet, Cnp,         // classification; "icl" is also I2's plain GPT
  GptCurriculum, GptPlain,              // I1 regression arms
  LeastSquares, Knn3, Averaging, Zero,  // I1 baselines; "zero" is also I2's reference
  MetaIcl, MetaIclAdapt, IclAdapt       // I2 models, as trained and fine-tuned
};
std::string learnerName(LearnerId id);
std::optional<LearnerId> parseLearnerId(const std::string& name);
LearnerId learnerId(LearnerKind kind);

/// The arms of an I1 regression run (regression.arms).
inline constexpr const char* kCurriculumArm = "curriculum";  // follows regression.curriculum
inline constexpr const char* kPlainArm = "plain";            // the end of the curriculum only
/// @brief The learner an arm trains: GptCurriculum or GptPlain.
LearnerId armLearner(const std::string& arm);

}  // namespace icl::core
