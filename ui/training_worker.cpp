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

void TrainingWorker::start(const icl::core::RunConfig& config, const QString& runDir) {
  try {
    icl::core::TrainOptions options;
    options.outDir = std::filesystem::path(runDir.toStdString());
    options.progressInterval = kProgressInterval;
    const icl::core::RunResult result = icl::core::train(
        config, options,
        [this](const icl::core::ProgressBatch& batch) { Q_EMIT progressReady(batch); },
        control_);
    Q_EMIT finished(result);
  } catch (const std::exception& error) {
    Q_EMIT failed(QString::fromStdString(error.what()));
  } catch (...) {
    Q_EMIT failed(tr("unknown error in the training thread"));
  }
}

void TrainingWorker::resumeRun(const QString& runDir) {
  try {
    icl::core::ResumeOptions options;
    options.progressInterval = kProgressInterval;
    const icl::core::RunResult result = icl::core::resumeRun(
        std::filesystem::path(runDir.toStdString()), options,
        [this](const icl::core::ProgressBatch& batch) { Q_EMIT progressReady(batch); },
        control_);
    Q_EMIT finished(result);
  } catch (const std::exception& error) {
    Q_EMIT failed(QString::fromStdString(error.what()));
  } catch (...) {
    Q_EMIT failed(tr("unknown error in the training thread"));
  }
}

}  // namespace icl::ui
