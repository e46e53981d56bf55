// MainWindow, part 3: its actions and menus (File, Presets, Run, View, Help).
#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>

#include "core/util/build_info.h"
#include "ui/export_actions.h"
#include "ui/generalisation_views.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/presets_menu.h"
#include "ui/recent_files.h"
#include "ui/run_browser.h"
#include "ui/run_resumer.h"
#include "ui/run_transport.h"
#include "ui/sweep_process.h"
#include "ui/sweep_view.h"
#include "ui/view_help.h"

namespace icl::ui {

void MainWindow::createActions() {
  newAction_ = new QAction(tr("&New Experiment"), this);
  newAction_->setShortcut(QKeySequence::New);
  newAction_->setStatusTip(tr("Reset the experiment to the default mixture config"));
  connect(newAction_, &QAction::triggered, this, &MainWindow::onNew);

  openAction_ = new QAction(tr("&Open Config…"), this);
  openAction_->setShortcut(QKeySequence::Open);
  openAction_->setStatusTip(tr("Load an experiment config (the JSON file the CLI takes)"));
  connect(openAction_, &QAction::triggered, this, &MainWindow::onOpenConfig);

  saveAction_ = new QAction(tr("&Save Config"), this);
  saveAction_->setShortcut(QKeySequence::Save);
  connect(saveAction_, &QAction::triggered, this, &MainWindow::onSave);

  saveAsAction_ = new QAction(tr("Save Config &As…"), this);
  saveAsAction_->setShortcut(QKeySequence::SaveAs);
  connect(saveAsAction_, &QAction::triggered, this, &MainWindow::onSaveAs);

  openRunAction_ = new QAction(tr("Open &Run Folder…"), this);
  openRunAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
  openRunAction_->setStatusTip(tr("Show the charts of a finished run, also one made by the CLI"));
  connect(openRunAction_, &QAction::triggered, this, &MainWindow::onOpenRun);

  openSweepAction_ = new QAction(tr("Open S&weep Folder…"), this);
  openSweepAction_->setStatusTip(tr("Show a sweep folder (sweep.json) across seeds"));
  connect(openSweepAction_, &QAction::triggered, this, &MainWindow::onOpenSweep);

  // Resume Run (#8): the logic lives in RunResumer; the window shows what it reports.
  resumer_ = new RunResumer(session_, records_, this);
  connect(resumer_, &RunResumer::refused, this,
          [this](const QString& message) { showError(tr("Resume Run"), message); });
  connect(resumer_, &RunResumer::resumeStarted, this,
          [this](const icl::core::RunConfig& config, qint64 fromStep) {
            transport_->showResuming(config, fromStep);
            transport_->watchDevice(config.device);  // a resumed GPU run shows its memory too
            runStatus_ = QStringLiteral("running");
            updateTitle();
            updateShownRunLabel();
          });

  exports_ = new ExportActions({records_, lossPanel_, comparisonPanel_, regressionPanel_,
                                resultsStack_, experiment_},
                               this);

  quitAction_ = new QAction(tr("&Quit"), this);
  quitAction_->setShortcut(QKeySequence::Quit);
  connect(quitAction_, &QAction::triggered, this, &QWidget::close);

  transport_ = new RunTransport(session_, records_, experiment_, this);
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(newAction_);
  file->addAction(openAction_);
  recent_ = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
  connect(recent_, &RecentFiles::configChosen, this, &MainWindow::openConfigFile);
  connect(recent_, &RecentFiles::runFolderChosen, this, &MainWindow::openRunFolder);
  file->addAction(saveAction_);
  file->addAction(saveAsAction_);
  file->addSeparator();
  file->addAction(openRunAction_);
  file->addAction(openSweepAction_);
  file->addAction(resumer_->action());
  file->addSeparator();
  exports_->addTo(file);
  file->addSeparator();
  file->addAction(quitAction_);

  presetsMenu_ = menuBar()->addMenu(tr("&Presets"));
  presets_ = new PresetsMenu(presetsMenu_, [this] { return runsRoot(); }, this);
  connect(presets_, &PresetsMenu::presetChosen, this,
          [this](const QString& /*name*/, const icl::core::RunConfig& config) {
            if (confirmDiscardEdits(tr("Load Preset"))) {
              setExperiment(config, {});
            }
          });
  connect(presets_, &PresetsMenu::errorOccurred, this,
          [this](const QString& title, const QString& message) { showError(title, message); });

  QMenu* run = menuBar()->addMenu(tr("&Run"));
  transport_->addActionsTo(run);
  run->addSeparator();
  run->addAction(generalisation_->evaluateAction());

  QMenu* sweep = menuBar()->addMenu(tr("S&weep"));
  sweep->addAction(openSweepAction_);
  sweep->addAction(tr("&Start Sweep…"), this, [this] { sweepView_->openStartDialog(); });
  QAction* stopSweep = sweep->addAction(tr("S&top Sweep"), sweepView_->process(),
                                        &SweepProcess::requestStop);
  connect(sweep, &QMenu::aboutToShow, this,
          [this, stopSweep] { stopSweep->setEnabled(sweepView_->process()->running()); });

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QAction* showExperiment = experimentDock_->toggleViewAction();
  showExperiment->setText(tr("&Experiment Panel"));
  showExperiment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  showExperiment->setStatusTip(tr("Show or hide the experiment form"));
  view->addAction(showExperiment);
  QAction* showCurriculum = curriculumDock_->toggleViewAction();
  showCurriculum->setText(tr("&Curriculum Panel"));
  showCurriculum->setStatusTip(tr("Show or hide the curriculum of the regression (I1) experiment"));
  view->addAction(showCurriculum);
  view->addAction(tr("Co&mpare Runs"), this,
                  [this] { viewTabs_->setCurrentWidget(runBrowser_); });
  view->addSeparator();
  QMenu* language = view->addMenu(tr("&Language"));
  auto* languages = new QActionGroup(this);
  const QString current = preferredLanguage();
  for (const QString& code : availableLanguages()) {
    QAction* action = language->addAction(languageDisplayName(code));
    action->setCheckable(true);
    action->setChecked(code == current);
    action->setData(code);
    languages->addAction(action);
    connect(action, &QAction::triggered, this, [this, code] { onLanguageChosen(code); });
  }

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  viewHelp_ = new ViewHelp(this, viewTabs_);
  viewHelp_->addMenuTo(help);
  viewHelp_->addShortcutsEntryTo(help);
  help->addSeparator();
  help->addAction(tr("&About ICL Lab"), this, [this] {
    QMessageBox::about(
        this, tr("About ICL Lab"),
        tr("<p><b>ICL Lab %1</b> (%2)</p><p>A laboratory for in-context learning as "
           "meta-learning, after “Why In-Context Learning Models are Good Few-Shot "
           "Learners?” (ICLR 2025).</p>")
            .arg(QString::fromUtf8(icl::core::kIclLabVersion),
                 QString::fromUtf8(icl::core::kGitDescribe)));
  });
}

void MainWindow::onLanguageChosen(const QString& code) {
  savePreferredLanguage(code);
  QMessageBox::information(this, tr("Language"),
                           tr("The language changes the next time ICL Lab starts."));
}

}  // namespace icl::ui
