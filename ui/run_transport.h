#pragma once
// The run transport: Start, Pause, Resume and Stop (F5 toggles), and the status-bar items that
// report a run (its step and ETA, the progress bar, the device). It starts the experiment
// panel's config in a new run folder and shows what the session reports; the window decides
// what a starting or an ended run means for its views.

#include <QObject>
#include <QString>
#include <string>

#include "ui/metatypes.h"

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QProgressBar;
class QTimer;

namespace icl::ui {

/// @brief A run folder's status ("completed", "interrupted", ...) in the interface language.
QString runStatusText(const std::string& status);

class ExperimentPanel;
class RunRecords;
class TrainingSession;

class RunTransport : public QObject {
  Q_OBJECT

 public:
  /// @param window gets the transport toolbar and the status-bar items
  RunTransport(TrainingSession* session, RunRecords* records, ExperimentPanel* experiment,
               QMainWindow* window);

  QAction* startAction() const { return startAction_; }
  QAction* pauseAction() const { return pauseAction_; }
  QAction* resumeAction() const { return resumeAction_; }
  QAction* stopAction() const { return stopAction_; }
  QProgressBar* progressBar() const { return progressBar_; }
  /// @brief Adds Start / Pause / Resume (F5) and the four transport actions to @p run.
  void addActionsTo(QMenu* run) const;

  /// @brief Starts the experiment panel's config in a new folder under runsRootSetting().
  /// @return false when a run is active, or (with errorOccurred) when the config is invalid or
  /// the runs folder cannot be made
  bool start();
  /// @brief Enables the actions for the session's state; Start also needs a valid config.
  void update();
  /// @brief Shows the device and threads that @p config asks for (not while a GPU is watched).
  void showDevice(const icl::core::RunConfig& config);
  /// @brief While a run trains on @p device ("auto" resolved as LibTorch would): for a GPU,
  /// shows it and its memory in use, refreshed every second until the run ends; for the CPU,
  /// nothing changes.
  void watchDevice(const std::string& device);
  QLabel* deviceLabel() const { return deviceLabel_; }
  /// @brief Shows a resumed run of @p config starting at @p fromStep (-1: from the start).
  void showResuming(const icl::core::RunConfig& config, qint64 fromStep);
  /// @brief Shows that a run folder of @p config whose summary says @p status was opened, its
  /// progress at @p stepsDone of the config's steps.
  void showOpenedRun(const std::string& status, qint64 stepsDone,
                     const icl::core::RunConfig& config);
  /// @brief No run is shown: the step text and the progress bar start over.
  void showNoRun();

 Q_SIGNALS:
  /// A run of @p config is about to start in @p dir; the records are already cleared.
  void runStarting(const icl::core::RunConfig& config, const QString& dir);
  /// @p batch has been added to the records.
  void progressRecorded(const icl::core::ProgressBatch& batch);
  /// A run ended (completed, stopped or failed); a failure was reported with errorOccurred.
  void runEnded(const icl::core::RunResult& result);
  void errorOccurred(const QString& title, const QString& message, const QString& detail);

 private:
  void onStartPause();
  void onProgress(const icl::core::ProgressBatch& batch);
  void onFinished(const icl::core::RunResult& result);
  void onFailed(const QString& message);
  void refreshGpuStatus();
  void stopWatchingDevice();

  TrainingSession* session_;
  RunRecords* records_;
  ExperimentPanel* experiment_;
  QMainWindow* window_;

  QAction* startAction_ = nullptr;
  QAction* pauseAction_ = nullptr;
  QAction* resumeAction_ = nullptr;
  QAction* stopAction_ = nullptr;
  QAction* startPauseAction_ = nullptr;
  QProgressBar* progressBar_ = nullptr;
  QLabel* stepLabel_ = nullptr;
  QLabel* deviceLabel_ = nullptr;
  QTimer* gpuTimer_ = nullptr;  // refreshes the GPU's memory while a run trains there
  int gpuIndex_ = -1;
  QString gpuName_;
};

}  // namespace icl::ui
