#include "ui/evaluation_session.h"

#include <QThread>

namespace icl::ui {

EvaluationSession::EvaluationSession(QObject* parent)
    : QObject(parent), engine_(defaultEvaluationEngine()) {}

EvaluationSession::~EvaluationSession() { shutdown(); }

bool EvaluationSession::start(const QString& runDir,
                              const icl::core::GeneralisationRequest& request) {
  if (active()) {
    return false;
  }
  runDir_ = runDir;
  thread_ = new QThread(this);
  auto* worker = new EvaluationWorker(runDir, request, engine_);  // parentless: it moves
  worker->moveToThread(thread_);
  worker_ = worker;
  connect(thread_, &QThread::started, worker, &EvaluationWorker::run);
  connect(thread_, &QThread::finished, worker, &QObject::deleteLater);
  connect(worker, &EvaluationWorker::progressReady, this, &EvaluationSession::progressReady);
  connect(worker, &EvaluationWorker::finished, this, [this](const QString& tag) {
    const QString dir = runDir_;
    onWorkerDone();
    Q_EMIT finished(dir, tag);
  });
  connect(worker, &EvaluationWorker::failed, this,
          [this](const QString& message, bool stopped) {
            const QString dir = runDir_;
            onWorkerDone();
            Q_EMIT failed(dir, message, stopped);
          });
  thread_->start();
  Q_EMIT activeChanged(true);
  return true;
}

void EvaluationSession::cancel() {
  if (worker_) {
    worker_->requestStop();
  }
}

void EvaluationSession::shutdown() {
  if (!thread_) {
    return;
  }
  cancel();
  thread_->quit();
  thread_->wait();
  delete thread_;
  thread_ = nullptr;
  runDir_.clear();
}

void EvaluationSession::onWorkerDone() {
  if (thread_) {
    thread_->quit();
    thread_->wait();  // the engine has returned: the thread ends at once
    thread_->deleteLater();
    thread_ = nullptr;
  }
  runDir_.clear();
  Q_EMIT activeChanged(false);
}

}  // namespace icl::ui
