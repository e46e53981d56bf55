#include "core/training/resume.h"

#include "core/store/run_lock.h"
#include "core/store/run_store.h"
#include "core/training/run_state.h"
#include "core/training/run_support.h"

namespace icl::core {

Result<ResumePlan> planResume(const std::filesystem::path& dir, const ResumeOptions& options) {
  using R = Result<ResumePlan>;
  const std::string folder = dir.string();
  Result<RunData> run = readRun(dir);
  if (!run) {
    return R::failure("cannot resume " + folder + ": " + run.error());
  }
  ResumePlan plan;
  plan.config = run.value().config;
  plan.status = run.value().summary.value("status", std::string("interrupted"));
  if (plan.config.experiment == Experiment::MetaMeta) {
    return R::failure("cannot resume " + folder +
                      ": resuming is not available for meta_meta runs (the MAML loop keeps no "
                      "resumable checkpoint); start a new run");
  }
  if (plan.status == "running") {
    return R::failure("cannot resume " + folder + ": the run is still running (a process holds " +
                      (dir / kRunLockFile).string() + ")");
  }
  if (plan.status == "completed") {
    return R::failure("cannot resume " + folder + ": the run is already completed");
  }
  const Result<ResumePoint> point = readResumePoint(dir);
  if (!point) {
    return R::failure("cannot resume " + folder + ": " + point.error());
  }
  plan.fromStep = point.value().step;
  if (options.threads > 0) {
    plan.config.threads = options.threads;
  }
  return R::success(plan);
}

RunResult resumeRun(const std::filesystem::path& dir, const ResumeOptions& options,
                    const ProgressCallback& onProgress, const RunControl& control) {
  RunResult refused;
  refused.status = RunStatus::Failed;
  const Result<ResumePlan> plan = planResume(dir, options);
  if (!plan) {
    refused.message = plan.error();
    return refused;
  }
  const Result<ResumePoint> point = readResumePoint(dir);
  if (!point) {
    refused.message = "cannot resume " + dir.string() + ": " + point.error();
    return refused;
  }
  TrainOptions trainOptions;
  trainOptions.outDir = dir;
  trainOptions.progressInterval = options.progressInterval;
  const RunConfig& config = plan.value().config;
  if (config.experiment == Experiment::Regression) {
    return detail::trainRegressionRun(config, trainOptions, onProgress, control, &point.value());
  }
  return detail::trainClassification(config, trainOptions, onProgress, control, &point.value());
}

}  // namespace icl::core
