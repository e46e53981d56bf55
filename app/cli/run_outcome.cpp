#include "app/cli/run_outcome.h"

#include <iomanip>

#include "app/cli/cli.h"
#include "app/cli/progress_printer.h"

namespace icl::app {

int reportRunOutcome(const core::RunConfig& config, const core::RunResult& result,
                     std::ostream& out, std::ostream& err) {
  if (result.status == core::RunStatus::Failed && result.runDir.empty()) {
    // Nothing was started: the output folder or device is unusable. That is bad usage.
    err << "error: " << result.message << "\n";
    return kExitBadUsage;
  }
  out << "run " << core::runStatusName(result.status) << ": " << result.runDir.string() << " ("
      << result.stepsDone << " steps, " << formatDuration(result.wallSeconds) << ", "
      << result.device << ", " << result.threads << " threads)\n";
  for (const core::LearnerOutcome& learner : result.learners) {
    if (config.experiment != core::Experiment::Classification) {
      out << "  " << std::left << std::setw(15) << learner.learner << std::right << " "
          << learner.status << "  last loss " << std::setprecision(4) << learner.lastLoss
          << ", mean sq_error at the last evaluation " << learner.finalMeanSqError << "\n";
    } else {
      out << "  " << std::left << std::setw(9) << learner.learner << std::right << " "
          << learner.status << "  best mean accuracy " << std::fixed << std::setprecision(4)
          << learner.bestMeanAccuracy << " (step " << learner.bestStep << "), final "
          << learner.finalMeanAccuracy << "\n";
    }
    if (learner.status == "diverged") {
      out << "    " << learner.learner << " diverged at step " << learner.divergedStep << ": "
          << learner.message << "\n";
    }
  }
  if (result.status == core::RunStatus::Failed) {
    err << "error: " << result.message << "\n";
    return kExitRunFailed;
  }
  return result.status == core::RunStatus::Stopped ? kExitInterrupted : kExitOk;
}

}  // namespace icl::app
