#pragma once
// Value types that cross from the training thread to the GUI thread in queued signals
//. Call registerMetaTypes() once before the first run.

#include <QMetaType>

#include "core/config/run_config.h"
#include "core/training/trainer.h"

Q_DECLARE_METATYPE(icl::core::RunConfig)
Q_DECLARE_METATYPE(icl::core::ProgressBatch)
Q_DECLARE_METATYPE(icl::core::RunResult)

namespace icl::ui {

void registerMetaTypes();

}  // namespace icl::ui
