#include "ui/training_worker.h"

#include <exception>

#include "core/training/resume.h"

namespace icl::ui {

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) {}

void TrainingWorker::requestStop() { control_.requestStop(); }
void TrainingWorker::requestPause() { control_.requestPause(); }
void TrainingWorker::resume() { control_.resume(); }
void TrainingWorker::requestPauseAtNextStage() { control_.requestPauseAtNextStage(); }
void TrainingWorker::cancelPauseAtNextStage() { control_.cancelPauseAtNextStage(); }

namespace {

/// Runs @p run (train or resume) on this thread and turns its result, or any exception, into
/// the worker's signals: an exception must not leave the worker's thread, it would end the app.
template <typename Run>
void reportOutcome(TrainingWorker* worker, Run&& run) {
  try {
    const auto onProgress = [worker](const icl::core::ProgressBatch& batch) {
      Q_EMIT worker->progressReady(batch);
    };
    Q_EMIT worker->finished(run(onProgress));
  } catch (const std::exception& error) {
    Q_EMIT worker->failed(QString::fromStdString(error.what()));
  } catch (...) {
    Q_EMIT worker->failed(TrainingWorker::tr("unknown error in the training thread"));
  }
}

}  // namespace

void TrainingWorker::start(const icl::core::RunConfig& config, const QString& runDir) {
  reportOutcome(this, [&](const icl::core::ProgressCallback& onProgress) {
    icl::core::TrainOptions options;
    options.outDir = std::filesystem::path(runDir.toStdString());
    options.progressInterval = kProgressInterval;
    return icl::core::train(config, options, onProgress, control_);
  });
}

void TrainingWorker::resumeRun(const QString& runDir) {
  reportOutcome(this, [&](const icl::core::ProgressCallback& onProgress) {
    icl::core::ResumeOptions options;
    options.progressInterval = kProgressInterval;
    return icl::core::resumeRun(std::filesystem::path(runDir.toStdString()), options, onProgress,
                                control_);
  });
}

}  // namespace icl::ui
