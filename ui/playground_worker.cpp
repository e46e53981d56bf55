#include "ui/playground_worker.h"

#include <QElapsedTimer>

#include <exception>

#include "core/util/threading.h"

namespace icl::ui {

PlaygroundWorker::PlaygroundWorker() { qRegisterMetaType<icl::ui::PlaygroundResult>(); }

void PlaygroundWorker::submit(PlaygroundRequest request) {
  std::lock_guard<std::mutex> lock(mutex_);
  pending_ = std::move(request);
  if (!scheduled_) {
    scheduled_ = true;
    QMetaObject::invokeMethod(this, &PlaygroundWorker::process, Qt::QueuedConnection);
  }
}

void PlaygroundWorker::process() {
  if (!threadsSet_) {
    // One core: a run may be training on the others (issue #10, Performance).
    icl::core::applyThreadCount(1);
    threadsSet_ = true;
  }
  for (;;) {
    PlaygroundRequest request;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!pending_) {
        scheduled_ = false;
        return;
      }
      request = std::move(*pending_);
      pending_.reset();
    }
    PlaygroundResult result;
    result.serial = request.serial;
    result.preview = request.preview;
    result.grid = request.grid;
    QElapsedTimer timer;
    timer.start();
    try {
      if (request.models) {
        result.panels = request.models->evaluateAll(
            request.support, icl::core::gridPoints(request.grid), request.ruleFamily);
      }
    } catch (const std::exception& error) {  // an exception must not end the thread
      for (auto& panel : result.panels) {
        panel = {};
        panel.message = error.what();
      }
    }
    result.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    Q_EMIT resultReady(result);
  }
}

}  // namespace icl::ui
