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

std::string learnerName(LearnerKind kind) {
  switch (kind) {
    case LearnerKind::Icl: return "icl";
    case LearnerKind::MatchNet: return "matchnet";
    case LearnerKind::ProtoNet: return "protonet";
    case LearnerKind::Cnp: return "cnp";
  }
  return "?";
}

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

}  // namespace icl::core
