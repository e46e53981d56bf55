#include "ui/training_session.h"

#include <QThread>

#include "ui/training_worker.h"

namespace icl::ui {

TrainingSession::TrainingSession(QObject* parent) : QObject(parent) {}

TrainingSession::~TrainingSession() { shutdown(); }

bool TrainingSession::start(const icl::core::RunConfig& config, const QString& runDir) {
  if (!launchWorker()) {
    return false;
  }
  Q_EMIT startRequested(config, runDir);
  return true;
}

bool TrainingSession::resumeRun(const QString& runDir) {
  if (!launchWorker()) {
    return false;
  }
  Q_EMIT resumeRequested(runDir);
  return true;
}

bool TrainingSession::launchWorker() {
  if (active()) {
    return false;
  }
  thread_ = new QThread(this);
  auto* worker = new TrainingWorker;  // parentless: it moves to the thread
  worker->moveToThread(thread_);
  worker_ = worker;
  connect(thread_, &QThread::finished, worker, &QObject::deleteLater);
  connect(this, &TrainingSession::startRequested, worker, &TrainingWorker::start);
  connect(this, &TrainingSession::resumeRequested, worker, &TrainingWorker::resumeRun);
  connect(worker, &TrainingWorker::progressReady, this, &TrainingSession::onProgress);
  connect(worker, &TrainingWorker::finished, this, [this](const icl::core::RunResult& result) {
    onWorkerDone();
    Q_EMIT finished(result);
  });
  connect(worker, &TrainingWorker::failed, this, [this](const QString& message) {
    onWorkerDone();
    Q_EMIT failed(message);
  });
  thread_->start();
  setState(State::Running);
  return true;
}

void TrainingSession::pause() {
  if (state_ == State::Running && worker_) {
    worker_->requestPause();
    setState(State::Paused);
  }
}

void TrainingSession::resume() {
  if (state_ == State::Paused && worker_) {
    worker_->resume();
    setState(State::Running);
  }
}

void TrainingSession::pauseAtNextStage() {
  if (state_ == State::Running && worker_) {
    worker_->requestPauseAtNextStage();
  }
}

void TrainingSession::runToNextStage() {
  if (state_ == State::Paused && worker_) {
    worker_->requestPauseAtNextStage();
    resume();
  }
}

void TrainingSession::runOn() {
  if (worker_) {
    worker_->cancelPauseAtNextStage();
  }
  resume();
}

void TrainingSession::onProgress(const icl::core::ProgressBatch& batch) {
  // The engine paused itself at a stage boundary: the transport follows.
  if (batch.pausedAtStageBoundary && state_ == State::Running) {
    setState(State::Paused);
  }
  Q_EMIT progressReady(batch);
}

void TrainingSession::stop() {
  if ((state_ == State::Running || state_ == State::Paused) && worker_) {
    worker_->requestStop();
    setState(State::Stopping);
  }
}

void TrainingSession::shutdown() {
  if (!thread_) {
    return;
  }
  if (worker_) {
    worker_->requestStop();
  }
  thread_->quit();
  thread_->wait();
  delete thread_;
  thread_ = nullptr;
  setState(State::Idle);
}

void TrainingSession::onWorkerDone() {
  if (thread_) {
    thread_->quit();
    thread_->wait();  // train() has returned: the thread ends at once
    thread_->deleteLater();
    thread_ = nullptr;
  }
  setState(State::Idle);
}

void TrainingSession::setState(State state) {
  if (state_ != state) {
    state_ = state;
    Q_EMIT stateChanged(state);
  }
}

}  // namespace icl::ui
