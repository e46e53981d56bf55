// generalisation.after_training (issue #10, design.md §9): a completed classification run is
// re-evaluated in the same process, by the CLI's `run` and the window's runs alike, since both
// end in trainClassification().
#include "core/evaluation/generalisation.h"
#include "core/training/run_support.h"

namespace icl::core::detail {

void evaluateAfterTraining(const RunConfig& config, RunResult& result,
                           const ProgressCallback& onProgress, const RunControl& control) {
  const auto report = [&](const std::string& activity, const std::string& message) {
    if (!onProgress) {
      return;
    }
    ProgressBatch batch;
    batch.step = result.stepsDone;
    batch.totalSteps = config.train.steps;
    batch.wallSeconds = result.wallSeconds;
    batch.activity = activity;
    if (!message.empty()) {
      batch.messages.push_back(message);
    }
    onProgress(batch);
  };
  GeneralisationRequest request;
  request.threads = result.threads;
  const Result<GeneralisationResults> evaluated = evaluateGeneralisation(
      result.runDir, request,
      [&](const GeneralisationProgress& progress) {
        report("generalisation " + std::to_string(progress.done) + "/" +
                   std::to_string(progress.total) + ": " + progress.what,
               "");
      },
      &control);
  if (!evaluated) {
    // The training is done and saved; only the extra files are missing.
    result.message = "the run completed, but its generalisation evaluation did not: " +
                     evaluated.error() + " (run `icl-lab-cli evaluate " + result.runDir.string() +
                     "` to do it)";
    report("", result.message);
  }
}

}  // namespace icl::core::detail
