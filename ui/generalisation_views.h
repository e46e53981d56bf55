#pragma once
// The window's part of issue #10's re-evaluation: the Generalisation and Probe tabs, the
// Evaluate Generalisation action with its dialog, and the evaluation thread. It loads the
// evaluations of the run folder the window shows, runs core::evaluateGeneralisation on the
// EvaluationSession (never on the GUI thread, never while the window trains), and reloads the
// views when an evaluation has written its files. The window reports the folder it shows.

#include <QObject>
#include <QString>

#include "core/config/run_config.h"
#include "core/evaluation/generalisation.h"

class QAction;
class QTabWidget;
class QWidget;

namespace icl::ui {

class EvaluationSession;
class GeneralisationPanel;
class ProbePanel;
class TrainingSession;

class GeneralisationViews : public QObject {
  Q_OBJECT

 public:
  /// @param session the window's training: no evaluation while it is active
  /// @param window parent of the dialog
  GeneralisationViews(TrainingSession* session, QWidget* window);
  ~GeneralisationViews() override;

  /// @brief Adds the Generalisation and Probe tabs to @p tabs.
  void addTabsTo(QTabWidget* tabs);

  GeneralisationPanel* generalisationPanel() const { return generalisation_; }
  ProbePanel* probePanel() const { return probe_; }
  /// Run > Evaluate Generalisation…: on for a classification run folder while nothing runs.
  QAction* evaluateAction() const { return evaluateAction_; }
  EvaluationSession* evaluation() const { return evaluation_; }
  /// The tag of the evaluation shown ("" the untagged one), or empty.
  QString currentTag() const { return tag_; }
  /// Why Evaluate is off (empty when on).
  QString evaluateBlockedReason() const;

  /// @brief The window shows the run folder @p dir (empty: none) trained with @p config; loads
  /// its evaluations or shows the hint that there are none.
  void setRunFolder(const QString& dir, const icl::core::RunConfig& config);
  /// @brief Reads the folder's evaluations again (a run that just ended may have written
  /// some); shows @p tag when given and present.
  void reload(const QString& tag = {});
  /// @brief Opens the Evaluate dialog for the folder shown (the action and the button).
  void openEvaluateDialog();
  /// @brief Evaluates the folder shown with @p request on the evaluation thread.
  /// @return false, with errorOccurred, when Evaluate is off
  bool evaluate(const icl::core::GeneralisationRequest& request);

 Q_SIGNALS:
  void errorOccurred(const QString& title, const QString& message, const QString& detail);
  void statusMessage(const QString& message, int timeoutMs);
  /// An evaluation started (true) or ended (false): the window keeps Resume off meanwhile.
  void evaluatingChanged(bool running);
  /// An evaluation ended: its files are in @p runDir (@p ok) or nothing was written.
  void evaluationEnded(const QString& runDir, bool ok);

 private:
  void show(const QString& tag);
  void clearViews(const QString& hint);
  void updateEnabled();
  void onProgress(qint64 done, qint64 total, const QString& what);
  void onFinished(const QString& runDir, const QString& tag);
  void onFailed(const QString& runDir, const QString& message, bool stopped);

  TrainingSession* session_;
  QWidget* window_;
  EvaluationSession* evaluation_;
  GeneralisationPanel* generalisation_;
  ProbePanel* probe_;
  QAction* evaluateAction_;
  QString runDir_;
  bool classification_ = false;
  QString tag_;
};

}  // namespace icl::ui
