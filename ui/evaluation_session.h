#pragma once
// Owns the window's evaluation thread (issue #10): one EvaluationWorker per evaluation on a
// fresh QThread, as TrainingSession does for training; forwards its signals with the run
// folder they concern, and stops and joins the thread when the window closes.

#include <QObject>
#include <QPointer>
#include <QString>

#include "ui/evaluation_worker.h"

class QThread;

namespace icl::ui {

class EvaluationSession : public QObject {
  Q_OBJECT

 public:
  explicit EvaluationSession(QObject* parent = nullptr);
  ~EvaluationSession() override;

  /// @brief Replaces the engine (tests); the default is core::evaluateGeneralisation.
  void setEngine(EvaluationEngine engine) { engine_ = std::move(engine); }

  /// @brief Evaluates @p runDir on the worker thread.
  /// @return false when an evaluation is running already
  bool start(const QString& runDir, const icl::core::GeneralisationRequest& request);
  /// @brief Asks the engine to stop; failed(..., stopped = true) follows, nothing is written.
  void cancel();
  /// @brief Cancels and blocks until the thread has ended (closing the window).
  void shutdown();

  bool active() const { return thread_ != nullptr; }
  /// The folder being evaluated (empty when none).
  QString runFolder() const { return runDir_; }

 Q_SIGNALS:
  void activeChanged(bool active);
  void progressReady(qint64 done, qint64 total, const QString& what);
  void finished(const QString& runDir, const QString& tag);
  void failed(const QString& runDir, const QString& message, bool stopped);

 private:
  void onWorkerDone();

  EvaluationEngine engine_;
  QThread* thread_ = nullptr;
  QPointer<EvaluationWorker> worker_;
  QString runDir_;
};

}  // namespace icl::ui
