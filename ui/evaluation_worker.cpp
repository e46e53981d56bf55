#include "ui/evaluation_worker.h"

#include <chrono>
#include <exception>
#include <utility>

namespace icl::ui {

EvaluationEngine defaultEvaluationEngine() { return &icl::core::evaluateGeneralisation; }

EvaluationWorker::EvaluationWorker(QString runDir, icl::core::GeneralisationRequest request,
                                   EvaluationEngine engine)
    : runDir_(std::move(runDir)), request_(std::move(request)), engine_(std::move(engine)) {}

void EvaluationWorker::run() {
  // Nothing may leave the worker's thread as an exception: it would end the application.
  try {
    using Clock = std::chrono::steady_clock;
    Clock::time_point lastReport;
    const auto onProgress = [this, &lastReport](const icl::core::GeneralisationProgress& p) {
      const Clock::time_point now = Clock::now();
      if (p.done < p.total &&
          std::chrono::duration<double>(now - lastReport).count() < kProgressInterval) {
        return;
      }
      lastReport = now;
      Q_EMIT progressReady(p.done, p.total, QString::fromStdString(p.what));
    };
    const auto result =
        engine_(std::filesystem::path(runDir_.toStdString()), request_, onProgress, &control_);
    if (result) {
      Q_EMIT finished(QString::fromStdString(request_.tag));
    } else {
      Q_EMIT failed(QString::fromStdString(result.error()), control_.stopRequested());
    }
  } catch (const std::exception& error) {
    Q_EMIT failed(QString::fromStdString(error.what()), false);
  } catch (...) {
    Q_EMIT failed(tr("unknown error in the evaluation thread"), false);
  }
}

}  // namespace icl::ui
