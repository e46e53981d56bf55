#pragma once
// Runs core::evaluateGeneralisation() (issue #10) on a background QThread for the window's
// Evaluate action, as TrainingWorker does for train(). It never touches widgets; it shares
// only its RunControl with the GUI thread.

#include <QObject>
#include <QString>

#include <functional>

#include "core/evaluation/generalisation.h"
#include "core/training/run_control.h"

namespace icl::ui {

/// The engine the worker calls: core::evaluateGeneralisation, or a test's stand-in.
using EvaluationEngine = std::function<icl::core::Result<icl::core::GeneralisationResults>(
    const std::filesystem::path&, const icl::core::GeneralisationRequest&,
    const icl::core::GeneralisationCallback&, const icl::core::RunControl*)>;

/// @brief core::evaluateGeneralisation as an EvaluationEngine.
EvaluationEngine defaultEvaluationEngine();

class EvaluationWorker : public QObject {
  Q_OBJECT

 public:
  /// @brief One evaluation of @p runDir; run() does it.
  EvaluationWorker(QString runDir, icl::core::GeneralisationRequest request,
                   EvaluationEngine engine);

  /// A plain thread-safe method, not a slot: the worker's event loop is busy inside the
  /// engine, so a queued call would only arrive after the evaluation.
  void requestStop() { control_.requestStop(); }
  bool stopRequested() const { return control_.stopRequested(); }

  /// Seconds between progress signals at most; the engine reports after each test set.
  static constexpr double kProgressInterval = 0.05;

 public Q_SLOTS:
  void run();

 Q_SIGNALS:
  void progressReady(qint64 done, qint64 total, const QString& what);
  /// The files of @p tag are in the run folder.
  void finished(const QString& tag);
  /// The engine refused or failed (its message names the file and the problem), or the
  /// evaluation was stopped (@p stopped); nothing was written.
  void failed(const QString& message, bool stopped);

 private:
  QString runDir_;
  icl::core::GeneralisationRequest request_;
  EvaluationEngine engine_;
  icl::core::RunControl control_;
};

}  // namespace icl::ui
