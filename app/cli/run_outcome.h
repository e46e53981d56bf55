#pragma once
// The end of `run` and `resume`: one line per learner on stdout, the error, the exit code.

#include <ostream>

#include "core/config/run_config.h"
#include "core/training/trainer.h"

namespace icl::app {

/// @return kExitOk, kExitInterrupted (stopped), kExitRunFailed, or kExitBadUsage when nothing
/// was started (the output folder or device is unusable)
int reportRunOutcome(const core::RunConfig& config, const core::RunResult& result,
                     std::ostream& out, std::ostream& err);

}  // namespace icl::app
