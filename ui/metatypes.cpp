#include "ui/metatypes.h"

namespace icl::ui {

void registerMetaTypes() {
  qRegisterMetaType<icl::core::RunConfig>();
  qRegisterMetaType<icl::core::ProgressBatch>();
  qRegisterMetaType<icl::core::RunResult>();
}

}  // namespace icl::ui
