// MainWindow, part 1: builds the window (tabs, docks) and follows the run it shows (start,
// progress, end, the views of its experiment). Part 2, main_window_files.cpp: the experiment
// as a document (presets, config files, run folders, unsaved edits); part 3,
// main_window_menus.cpp: the actions and menus.
#include "ui/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/config/presets.h"
#include "core/store/run_store.h"
#include "core/training/curriculum.h"
#include "core/util/build_info.h"
#include "ui/chart_export.h"
#include "ui/comparison_panel.h"
#include "ui/curriculum_panel.h"
#include "ui/experiment_panel.h"
#include "ui/export_actions.h"
#include "ui/generalisation_panel.h"
#include "ui/generalisation_views.h"
#include "ui/language.h"
#include "ui/loss_chart_panel.h"
#include "ui/playground_view.h"
#include "ui/presets_menu.h"
#include "ui/probe_panel.h"
#include "ui/recent_files.h"
#include "ui/regression_panel.h"
#include "ui/run_browser.h"
#include "ui/run_records.h"
#include "ui/run_resumer.h"
#include "ui/run_transport.h"
#include "ui/scrolling_tabs.h"
#include "ui/stage_timeline.h"
#include "ui/sweep_view.h"
#include "ui/view_help.h"
#include "ui/window_settings.h"

namespace icl::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      records_(new RunRecords(this)),
      experiment_(new ExperimentPanel),
      lossPanel_(new LossChartPanel(records_)),
      comparisonPanel_(new ComparisonPanel(records_)),
      regressionPanel_(new RegressionPanel(records_)),
      resultsStack_(new QStackedWidget),
      viewTabs_(new QTabWidget),
      curriculumPanel_(new CurriculumPanel),
      session_(new TrainingSession(this)) {
  resultsStack_->addWidget(comparisonPanel_);
  resultsStack_->addWidget(regressionPanel_);
  auto* splitter = new QSplitter(Qt::Vertical);
  splitter->addWidget(lossPanel_);
  splitter->addWidget(resultsStack_);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  // Which run the charts show, so that they are never mistaken for the form's experiment.
  runLabel_ = new QLabel;
  runLabel_->setObjectName(QStringLiteral("shownRun"));
  auto* training = new QWidget;
  auto* trainingLayout = new QVBoxLayout(training);
  trainingLayout->setContentsMargins(6, 4, 0, 0);
  trainingLayout->addWidget(runLabel_);
  trainingLayout->addWidget(splitter, 1);
  // One tab per question: training (loss and results), then the views of issue #10, each
  // added below by the class that owns it.
  viewTabs_->setObjectName(QStringLiteral("viewTabs"));
  viewTabs_->setDocumentMode(true);
  viewTabs_->addTab(training, tr("Training"));
  generalisation_ = new GeneralisationViews(session_, this);
  generalisation_->addTabsTo(viewTabs_);
  auto* playground = new PlaygroundView([this] { return runFolder(); });
  viewTabs_->addTab(playground, tr("Playground"));
  // "What am I looking at?" (#11): each view names its help; Training switches with the
  // experiment (updateExperimentViews).
  setHelpTopic(training, HelpTopic::Training);
  setHelpTopic(generalisation_->generalisationPanel(), HelpTopic::Generalisation);
  setHelpTopic(generalisation_->probePanel(), HelpTopic::Probe);
  setHelpTopic(playground, HelpTopic::Playground);
  // Compare runs (issue #11): the runs folder as a list, the checked runs overlaid. The list
  // is read whenever the tab is shown, so it follows runs made meanwhile.
  runBrowser_ = new RunBrowser;
  viewTabs_->addTab(runBrowser_, tr("Compare"));
  setHelpTopic(runBrowser_, HelpTopic::Compare);
  connect(viewTabs_, &QTabWidget::currentChanged, this, [this](int index) {
    if (viewTabs_->widget(index) == runBrowser_) {
      runBrowser_->setRoot(runsRoot());
    }
  });
  connect(runBrowser_, &RunBrowser::openRequested, this, [this](const QString& folder) {
    if (openRunFolder(folder)) {
      viewTabs_->setCurrentIndex(0);
    }
  });
  connect(runBrowser_, &RunBrowser::errorOccurred, this,
          [this](const QString& title, const QString& message) { showError(title, message); });
  connect(this, &MainWindow::runEnded, runBrowser_, [this] {
    if (viewTabs_->currentWidget() == runBrowser_) {
      runBrowser_->refresh();  // the run just ended is in the list, with its final status
    }
  });
  // Sweeps (issue #12): a sweep folder across seeds; Start Sweep… varies the form's experiment.
  sweepView_ = new SweepView([this] { return experiment_->config(); }, [this] { return runsRoot(); });
  viewTabs_->addTab(sweepView_, tr("Sweep"));
  setHelpTopic(sweepView_, HelpTopic::Sweep);
  connect(sweepView_, &SweepView::errorOccurred, this,
          [this](const QString& title, const QString& message) { showError(title, message); });
  setCentralWidget(scrollingTabs(viewTabs_));  // the window fits a 1024x768 screen (#11)

  // Both docks can be closed and brought back from the View menu.
  const auto dockFeatures = QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                            QDockWidget::DockWidgetClosable;
  experimentDock_ = new QDockWidget(tr("Experiment"), this);
  experimentDock_->setObjectName(QStringLiteral("experimentDock"));
  experimentDock_->setWidget(experiment_);
  experimentDock_->setFeatures(dockFeatures);
  addDockWidget(Qt::LeftDockWidgetArea, experimentDock_);
  curriculumDock_ = new QDockWidget(tr("Curriculum"), this);
  curriculumDock_->setObjectName(QStringLiteral("curriculumDock"));
  curriculumDock_->setWidget(curriculumPanel_);
  setHelpTopic(curriculumDock_, HelpTopic::Curriculum);
  curriculumDock_->setFeatures(dockFeatures);
  addDockWidget(Qt::BottomDockWidgetArea, curriculumDock_);
  connect(curriculumPanel_, &CurriculumPanel::pauseAtNextStageRequested, session_,
          &TrainingSession::pauseAtNextStage);
  connect(curriculumPanel_, &CurriculumPanel::runToNextStageRequested, session_,
          &TrainingSession::runToNextStage);
  connect(curriculumPanel_, &CurriculumPanel::runOnRequested, session_, &TrainingSession::runOn);
  connect(curriculumPanel_, &CurriculumPanel::snapshotChosen, regressionPanel_,
          &RegressionPanel::showSnapshot);

  createActions();
  createMenus();

  connect(transport_, &RunTransport::runStarting, this, &MainWindow::onRunStarting);
  connect(transport_, &RunTransport::progressRecorded, this, &MainWindow::onProgressRecorded);
  connect(transport_, &RunTransport::runEnded, this, &MainWindow::onRunEnded);
  connect(transport_, &RunTransport::errorOccurred, this, &MainWindow::showError);
  connect(generalisation_, &GeneralisationViews::errorOccurred, this, &MainWindow::showError);
  connect(generalisation_, &GeneralisationViews::statusMessage, statusBar(),
          &QStatusBar::showMessage);
  // No training of the evaluated run while its evaluation reads it (issue #10).
  connect(generalisation_, &GeneralisationViews::evaluatingChanged, this, [this](bool running) {
    if (running) {
      resumer_->action()->setEnabled(false);
    } else {
      resumer_->setRunFolder(runDir_);
    }
  });
  connect(session_, &TrainingSession::stateChanged, this, &MainWindow::updateTransport);
  connect(exports_, &ExportActions::errorOccurred, this,
          [this](const QString& title, const QString& message) { showError(title, message); });
  connect(experiment_, &ExperimentPanel::configEdited, this, [this] {
    followExperimentSwitch();
    const icl::core::RunConfig config = experiment_->config();
    configDirty_ = config.toJsonText() != cleanConfigText_;
    updateExperimentViews(config);
    updateTransport();
    transport_->showDevice(config);
    updateTitle();
  });

  restoreSettings();
  updateTransport();
  transport_->showDevice(experiment_->config());
  updateTitle();
  updateShownRunLabel();
}

MainWindow::~MainWindow() { session_->shutdown(); }

QAction* MainWindow::startAction() const { return transport_->startAction(); }
QAction* MainWindow::pauseAction() const { return transport_->pauseAction(); }
QAction* MainWindow::resumeAction() const { return transport_->resumeAction(); }
QAction* MainWindow::stopAction() const { return transport_->stopAction(); }
QProgressBar* MainWindow::progressBar() const { return transport_->progressBar(); }

void MainWindow::restoreSettings() {
  restoreWindowLayout(*this);
  if (const auto last = lastExperiment()) {
    setExperiment(last->config, last->path);
  } else {
    showDefaultExperiment();
  }
}

void MainWindow::saveSettings() {
  saveWindowLayout(*this);
  icl::core::RunConfig kept = experiment_->config();
  if (configDirty_ && !configPath_.isEmpty()) {
    // Quit with Discard: the next start shows the file as saved, not the discarded edits.
    const auto saved =
        icl::core::RunConfig::fromFile(std::filesystem::path(configPath_.toStdString()));
    if (saved) {
      kept = saved.value();
    }
  }
  saveLastExperiment(kept, configPath_);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!confirmDiscardEdits(tr("Quit"))) {
    event->ignore();
    return;
  }
  // Stopping ends train() after its current step and writes the run's summary, so the
  // folder stays complete; shutdown() waits for that.
  if (session_->active()) {
    statusBar()->showMessage(tr("Stopping the run…"));
    session_->shutdown();
  }
  saveSettings();
  event->accept();
}

void MainWindow::showError(const QString& title, const QString& message, const QString& detail) {
  lastError_ = message;
  auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
  box->setAttribute(Qt::WA_DeleteOnClose);
  if (!detail.isEmpty()) {
    box->setDetailedText(detail);
  }
  box->open();  // window-modal but not blocking: training progress keeps arriving
  Q_EMIT errorShown(message);
}

void MainWindow::showUnexpectedError(const QString& message) {
  showError(tr("Unexpected error"),
            tr("An action failed and was abandoned: %1\nThe window and any run in progress go "
               "on.")
                .arg(message));
}

QWidget* MainWindow::resultsView() const { return resultsStack_->currentWidget(); }

void MainWindow::updateExperimentViews(const icl::core::RunConfig& config) {
  const bool classification = config.experiment == icl::core::Experiment::Classification;
  resultsStack_->setCurrentWidget(classification ? static_cast<QWidget*>(comparisonPanel_)
                                                 : static_cast<QWidget*>(regressionPanel_));
  setHelpTopic(viewTabs_->widget(0), classification ? HelpTopic::Training : HelpTopic::Regression);
  curriculumPanel_->setConfig(config);
  // The curriculum dock comes with I1 and goes with the other experiments; within I1 the View
  // menu's choice stands (its action is enabled only there, which also marks I1 as shown).
  const bool regression = config.experiment == icl::core::Experiment::Regression;
  if (curriculumDock_->toggleViewAction()->isEnabled() != regression) {
    curriculumDock_->setVisible(regression);
    curriculumDock_->toggleViewAction()->setEnabled(regression);
  }
  QVector<double> boundaries;
  if (config.experiment == icl::core::Experiment::Regression) {
    const auto stages = icl::core::curriculumStages(
        icl::core::armCurriculum(config.regression, icl::core::kCurriculumArm),
        config.regression.steps);
    for (size_t i = 0; i + 1 < stages.size(); ++i) {
      boundaries.append(static_cast<double>(stages[i].lastStep));
    }
  }
  lossPanel_->setStageBoundaries(boundaries);
}

void MainWindow::forgetRun() {
  if (session_->active()) {
    return;  // the form and the loaders are disabled while a run is active
  }
  records_->clear();  // the charts and tables react to RunRecords::cleared
  runDir_.clear();
  runStatus_.clear();
  generalisation_->setRunFolder({}, experiment_->config());
  resumer_->setRunFolder({});
  curriculumPanel_->setSnapshotSteps({});
  transport_->showNoRun();
  updateShownRunLabel();
}

void MainWindow::updateShownRunLabel() {
  const QString name = QFileInfo(runDir_).fileName();
  if (runDir_.isEmpty()) {
    runLabel_->setText(tr("No run shown: Start trains the experiment in the form."));
  } else if (session_->active()) {
    runLabel_->setText(tr("Showing the running run %1").arg(name));
  } else {
    runLabel_->setText(
        tr("Showing run %1 (%2)").arg(name, runStatusText(runStatus_.toStdString())));
  }
}

QString MainWindow::runsRoot() const { return runsRootSetting(); }

QString MainWindow::exportAllTo(const QString& dir) { return exports_->exportAllTo(dir); }

bool MainWindow::startRun() { return transport_->start(); }

void MainWindow::onRunStarting(const icl::core::RunConfig& config, const QString& dir) {
  updateExperimentViews(config);  // the views follow the config that actually runs
  formExperiment_ = config.experiment;
  runDir_ = dir;
  runStatus_ = QStringLiteral("running");
  generalisation_->setRunFolder(dir, config);
  resumer_->setRunFolder(dir);  // once this run has ended it can be resumed in turn
  updateTitle();
  updateShownRunLabel();
}

void MainWindow::onProgressRecorded(const icl::core::ProgressBatch& batch) {
  curriculumPanel_->showProgress(batch);
  if (!batch.evaluations.empty()) {
    curriculumPanel_->setSnapshotSteps(records_->evalSteps("sq_error"));
  }
}

void MainWindow::onRunEnded(const icl::core::RunResult& result) {
  lossPanel_->flush();
  if (result.status != icl::core::RunStatus::Failed) {
    statusBar()->showMessage(tr("Run saved in %1").arg(QDir::toNativeSeparators(runDir_)), 10000);
  }
  if (!runDir_.isEmpty()) {
    runStatus_ = QString::fromStdString(icl::core::runStatusName(result.status));
  }
  updateTransport();
  updateShownRunLabel();
  generalisation_->reload();  // a run may evaluate itself when it ends
  Q_EMIT runEnded(result);
}

void MainWindow::updateTransport() {
  transport_->update();
  const bool idle = !session_->active();
  experiment_->setEnabled(idle);
  curriculumPanel_->setRunActive(!idle && session_->state() != TrainingSession::State::Stopping,
                                 session_->state() == TrainingSession::State::Paused);
  presetsMenu_->setEnabled(idle);
  for (QAction* action : {newAction_, openAction_, openRunAction_}) {
    action->setEnabled(idle);
  }
  recent_->setEnabled(idle);
  updateShownRunLabel();
}

void MainWindow::updateTitle() {
  QString title = QString::fromStdString(experiment_->config().name);
  if (!configPath_.isEmpty()) {
    title = QFileInfo(configPath_).fileName();
  }
  setWindowTitle(tr("%1%2 – ICL Lab").arg(title, configDirty_ ? QStringLiteral("*") : QString()));
}

}  // namespace icl::ui
