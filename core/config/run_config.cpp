// RunConfig's helpers. Reading and writing: run_config_json.cpp; checks:
// run_config_validate.cpp; the keys themselves: config_fields.cpp.
#include "core/config/run_config.h"

namespace icl::core {

bool GptModelConfig::resolveSize() {
  // GARG conf/models: tiny 64/3/2, small 128/6/4, standard 256/12/8.
  if (size == "tiny") {
    embd = 64, layers = 3, heads = 2;
  } else if (size == "small") {
    embd = 128, layers = 6, heads = 4;
  } else if (size == "standard") {
    embd = 256, layers = 12, heads = 8;
  } else {
    return size == "custom";
  }
  return true;
}

bool LearnersConfig::enabled(LearnerKind kind) const {
  switch (kind) {
    case LearnerKind::Icl: return icl.enabled;
    case LearnerKind::MatchNet: return matchNet.enabled;
    case LearnerKind::ProtoNet: return protoNet.enabled;
    case LearnerKind::Cnp: return cnp.enabled;
  }
  return false;
}

double LearnersConfig::lr(LearnerKind kind) const {
  switch (kind) {
    case LearnerKind::Icl: return icl.lr;
    case LearnerKind::MatchNet: return matchNet.lr;
    case LearnerKind::ProtoNet: return protoNet.lr;
    case LearnerKind::Cnp: return cnp.lr;
  }
  return 0.0;
}

std::vector<LearnerKind> LearnersConfig::enabledLearners() const {
  std::vector<LearnerKind> kinds;
  for (LearnerKind kind : allLearners()) {
    if (enabled(kind)) {
      kinds.push_back(kind);
    }
  }
  return kinds;
}

}  // namespace icl::core
