#include "core/config/names.h"

#include "core/config/meta_config.h"

namespace icl::core {

std::string familyName(TaskFamily family) {
  switch (family) {
    case TaskFamily::Sim: return "sim";
    case TaskFamily::Proto: return "proto";
    case TaskFamily::Ave: return "ave";
    case TaskFamily::Rad: return "rad";
    case TaskFamily::Mix: return "mix";
  }
  return "?";
}

std::optional<TaskFamily> parseFamily(const std::string& name) {
  for (TaskFamily family : {TaskFamily::Sim, TaskFamily::Proto, TaskFamily::Ave, TaskFamily::Rad,
                            TaskFamily::Mix}) {
    if (familyName(family) == name) {
      return family;
    }
  }
  return std::nullopt;
}

const std::vector<TaskFamily>& baseFamilies() {
  // Upstream concatenates mixture batches as proto, ave, sim (umix.py get_batch_mix).
  static const std::vector<TaskFamily> kFamilies = {TaskFamily::Proto, TaskFamily::Ave,
                                                    TaskFamily::Sim, TaskFamily::Rad};
  return kFamilies;
}

std::string learnerName(LearnerKind kind) { return learnerName(learnerId(kind)); }

std::optional<LearnerKind> parseLearner(const std::string& name) {
  for (LearnerKind kind : allLearners()) {
    if (learnerName(kind) == name) {
      return kind;
    }
  }
  return std::nullopt;
}

const std::vector<LearnerKind>& allLearners() {
  static const std::vector<LearnerKind> kLearners = {LearnerKind::Icl, LearnerKind::MatchNet,
                                                     LearnerKind::ProtoNet, LearnerKind::Cnp};
  return kLearners;
}

std::string experimentName(Experiment experiment) {
  switch (experiment) {
    case Experiment::Classification: return "classification";
    case Experiment::Regression: return "regression";
    case Experiment::MetaMeta: return "meta_meta";
  }
  return "?";
}

std::string learnerName(LearnerId id) {
  switch (id) {
    case LearnerId::Icl: return "icl";
    case LearnerId::MatchNet: return "matchnet";
    case LearnerId::ProtoNet: return "protonet";
    case LearnerId::Cnp: return "cnp";
    case LearnerId::GptCurriculum: return "gpt_curriculum";
    case LearnerId::GptPlain: return "gpt_plain";
    case LearnerId::LeastSquares: return "least_squares";
    case LearnerId::Knn3: return "knn3";
    case LearnerId::Averaging: return "averaging";
    case LearnerId::Zero: return "zero";
    case LearnerId::MetaIcl: return "meta_icl";
    case LearnerId::MetaIclAdapt: return "meta_icl_adapt";
    case LearnerId::IclAdapt: return "icl_adapt";
  }
  return "?";
}

std::optional<LearnerId> parseLearnerId(const std::string& name) {
  static const LearnerId kIds[] = {
      LearnerId::Icl,          LearnerId::MatchNet,     LearnerId::ProtoNet,
      LearnerId::Cnp,          LearnerId::GptCurriculum, LearnerId::GptPlain,
      LearnerId::LeastSquares, LearnerId::Knn3,         LearnerId::Averaging,
      LearnerId::Zero,         LearnerId::MetaIcl,      LearnerId::MetaIclAdapt,
      LearnerId::IclAdapt};
  for (LearnerId id : kIds) {
    if (learnerName(id) == name) {
      return id;
    }
  }
  return std::nullopt;
}

LearnerId learnerId(LearnerKind kind) {
  switch (kind) {
    case LearnerKind::Icl: return LearnerId::Icl;
    case LearnerKind::MatchNet: return LearnerId::MatchNet;
    case LearnerKind::ProtoNet: return LearnerId::ProtoNet;
    case LearnerKind::Cnp: return LearnerId::Cnp;
  }
  return LearnerId::Icl;
}

LearnerId armLearner(const std::string& arm) {
  return arm == kCurriculumArm ? LearnerId::GptCurriculum : LearnerId::GptPlain;
}

}  // namespace icl::core
