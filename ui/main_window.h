#pragma once
// The ICL Lab window: it lays out the experiment dock, the live loss chart, the results view
// and the curriculum dock, owns the config file actions, and connects the classes that do the
// rest: RunTransport (start, pause, resume, stop and the status bar), ExportActions, RecentFiles
// and window_settings. Training runs in a TrainingSession on its own thread; the window only
// shows what the engine reports.

#include <QMainWindow>
#include <QString>
#include <optional>
#include <string>

#include "ui/metatypes.h"
#include "ui/training_session.h"

class QAction;
class QMenu;
class QDockWidget;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;

namespace icl::ui {

class ComparisonPanel;
class CurriculumPanel;
class ExperimentPanel;
class ExportActions;
class GeneralisationViews;
class RegressionPanel;
class LossChartPanel;
class PresetsMenu;
class RecentFiles;
class RunRecords;
class RunBrowser;
class RunResumer;
class SweepView;
class RunTransport;
class ViewHelp;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  ExperimentPanel* experimentPanel() const { return experiment_; }
  LossChartPanel* lossPanel() const { return lossPanel_; }
  ComparisonPanel* comparisonPanel() const { return comparisonPanel_; }
  RegressionPanel* regressionPanel() const { return regressionPanel_; }
  CurriculumPanel* curriculumPanel() const { return curriculumPanel_; }
  QDockWidget* curriculumDock() const { return curriculumDock_; }
  QDockWidget* experimentDock() const { return experimentDock_; }
  /// The view below the loss chart: the comparison (classification) or the error curves.
  QWidget* resultsView() const;
  /// The central tabs: Training first, then Generalisation, Probe, Playground and Compare.
  QTabWidget* viewTabs() const { return viewTabs_; }
  /// The Generalisation and Probe tabs and Run > Evaluate Generalisation (issue #10).
  GeneralisationViews* generalisationViews() const { return generalisation_; }
  RunRecords* records() const { return records_; }
  /// The Compare tab: the runs folder listed, checked runs overlaid (issue #11).
  RunBrowser* runBrowser() const { return runBrowser_; }
  /// The Sweep tab: a sweep folder across seeds, and sweeps started from the window (#12).
  SweepView* sweepView() const { return sweepView_; }
  TrainingSession* session() const { return session_; }
  /// File > Resume Run, for the opened (or last) run folder (issue #8).
  RunResumer* resumer() const { return resumer_; }
  /// The Presets menu (#11): grouped entries with run times; presetChosen shows a preset.
  PresetsMenu* presets() const { return presets_; }
  /// "What am I looking at?" (#11): the tab corner button, F1 and the Help submenu.
  ViewHelp* viewHelp() const { return viewHelp_; }
  QAction* startAction() const;
  QAction* pauseAction() const;
  QAction* resumeAction() const;
  QAction* stopAction() const;
  QProgressBar* progressBar() const;
  /// The line above the charts that names the run they show (or says that none is shown).
  QLabel* shownRunLabel() const { return runLabel_; }

  /// @brief Shows @p config in the form and the views that fit its experiment.
  /// @param path the file it came from, or empty (a preset, a run folder)
  void setExperiment(const icl::core::RunConfig& config, const QString& path = {});
  /// @brief Starts training the panel's config into a new run folder.
  /// @return false (with an error shown) when the config is invalid or a run is active
  bool startRun();
  /// @brief Loads a config file into the panel; a bad file leaves the experiment untouched.
  bool openConfigFile(const QString& path);
  bool saveConfigTo(const QString& path);
  /// @brief Shows a run folder's charts (also runs made by the CLI elsewhere) and its config.
  bool openRunFolder(const QString& path);
  /// @brief Shows the sweep folder @p path (with sweep.json) in the Sweep tab (issue #12).
  bool openSweepFolder(const QString& path);
  /// @brief Writes every chart (PNG, SVG) and CSV of the shown run into @p dir.
  /// @return an empty string on success, else the problem
  QString exportAllTo(const QString& dir);
  /// Where runs started from the window are stored.
  QString runsRoot() const;
  /// The folder of the run shown (live or opened), or empty.
  QString runFolder() const { return runDir_; }
  QString lastError() const { return lastError_; }
  /// @brief Shows an exception that reached the event loop (GuardedApplication); the window
  /// and any run in progress go on.
  void showUnexpectedError(const QString& message);
  /// @brief Before @p action replaces the experiment in the form: with unsaved edits ("*"),
  /// asks Save / Discard / Cancel (Save goes through File > Save).
  /// @return true when the action may go on (nothing unsaved, saved, or discarded)
  bool confirmDiscardEdits(const QString& action);

 Q_SIGNALS:
  /// An error dialog was opened with @p message (tests and logs).
  void errorShown(const QString& message);
  /// A run ended (completed, stopped or failed) and its folder is complete.
  void runEnded(const icl::core::RunResult& result);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void createActions();
  void createMenus();
  void restoreSettings();
  void saveSettings();
  void showError(const QString& title, const QString& message, const QString& detail = {});
  void updateTransport();
  void updateTitle();
  void updateExperimentViews(const icl::core::RunConfig& config);
  /// @brief The form switched to another experiment: the config is named after it and the
  /// old run's charts go (they belong to the other experiment).
  void followExperimentSwitch();
  /// @brief Clears every view of the shown run and forgets its folder.
  void forgetRun();
  void updateShownRunLabel();

  void onNew();
  void onOpenConfig();
  void onSave();
  void onSaveAs();
  void onOpenRun();
  void onOpenSweep();
  void onRunStarting(const icl::core::RunConfig& config, const QString& dir);
  void onProgressRecorded(const icl::core::ProgressBatch& batch);
  void onRunEnded(const icl::core::RunResult& result);
  void onLanguageChosen(const QString& code);
  /// The first-run experiment (also File > New).
  void showDefaultExperiment();

  RunRecords* records_;
  ExperimentPanel* experiment_;
  LossChartPanel* lossPanel_;
  ComparisonPanel* comparisonPanel_;
  RegressionPanel* regressionPanel_;
  QStackedWidget* resultsStack_;
  QTabWidget* viewTabs_;
  CurriculumPanel* curriculumPanel_;
  GeneralisationViews* generalisation_ = nullptr;
  RunBrowser* runBrowser_ = nullptr;
  SweepView* sweepView_ = nullptr;
  QDockWidget* curriculumDock_ = nullptr;
  QDockWidget* experimentDock_ = nullptr;
  TrainingSession* session_;
  RunResumer* resumer_ = nullptr;
  RunTransport* transport_ = nullptr;
  ExportActions* exports_ = nullptr;
  RecentFiles* recent_ = nullptr;
  QLabel* runLabel_ = nullptr;
  PresetsMenu* presets_ = nullptr;
  ViewHelp* viewHelp_ = nullptr;

  QAction* newAction_ = nullptr;
  QAction* openAction_ = nullptr;
  QAction* saveAction_ = nullptr;
  QAction* saveAsAction_ = nullptr;
  QAction* openRunAction_ = nullptr;
  QAction* openSweepAction_ = nullptr;
  QAction* quitAction_ = nullptr;
  QMenu* presetsMenu_ = nullptr;

  QString configPath_;
  QString runDir_;
  QString runStatus_;  // of the run in runDir_, as summary.json names it
  /// The experiment the form showed at the last load, run start or switch.
  std::optional<icl::core::Experiment> formExperiment_;
  QString lastError_;
  bool configDirty_ = false;
  std::string cleanConfigText_;  // the config as loaded or last saved: "*" means it differs
};

}  // namespace icl::ui
