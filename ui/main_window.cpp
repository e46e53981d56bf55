#include "ui/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChartView>
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
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <cmath>
#include <ctime>

#include "core/config/presets.h"
#include "core/training/curriculum.h"
#include "core/store/run_folder_name.h"
#include "core/store/run_store.h"
#include "core/training/device_info.h"
#include "core/util/build_info.h"
#include "core/util/threading.h"
#include "ui/chart_export.h"
#include "ui/comparison_panel.h"
#include "ui/curriculum_panel.h"
#include "ui/experiment_panel.h"
#include "ui/language.h"
#include "ui/loss_chart_panel.h"
#include "ui/regression_panel.h"
#include "ui/stage_timeline.h"
#include "ui/run_records.h"
#include "ui/run_resumer.h"

namespace icl::ui {

namespace {

constexpr int kMaxRecent = 8;
const char* const kFirstRunPreset = "quick-mixture";  // real curves within a minute on 2 cores
const QString kConfigFilter = QStringLiteral("ICL Lab config (*.json)");

int64_t totalSteps(const icl::core::RunConfig& config) {
  switch (config.experiment) {
    case icl::core::Experiment::Regression: return config.regression.steps;
    case icl::core::Experiment::MetaMeta: return config.metaMeta.metaSteps;
    case icl::core::Experiment::Classification: break;
  }
  return config.train.steps;
}

QString formatDuration(double seconds) {
  if (seconds < 0.0) {
    return QStringLiteral("–");
  }
  const qint64 total = static_cast<qint64>(std::lround(seconds));
  return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      records_(new RunRecords(this)),
      experiment_(new ExperimentPanel),
      lossPanel_(new LossChartPanel(records_)),
      comparisonPanel_(new ComparisonPanel(records_)),
      regressionPanel_(new RegressionPanel(records_)),
      resultsStack_(new QStackedWidget),
      curriculumPanel_(new CurriculumPanel),
      session_(new TrainingSession(this)) {
  resultsStack_->addWidget(comparisonPanel_);
  resultsStack_->addWidget(regressionPanel_);
  auto* splitter = new QSplitter(Qt::Vertical);
  splitter->addWidget(lossPanel_);
  splitter->addWidget(resultsStack_);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  setCentralWidget(splitter);

  auto* dock = new QDockWidget(tr("Experiment"), this);
  dock->setObjectName(QStringLiteral("experimentDock"));
  dock->setWidget(experiment_);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  curriculumDock_ = new QDockWidget(tr("Curriculum"), this);
  curriculumDock_->setObjectName(QStringLiteral("curriculumDock"));
  curriculumDock_->setWidget(curriculumPanel_);
  curriculumDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
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
  createStatusBar();

  connect(session_, &TrainingSession::progressReady, this, &MainWindow::onProgress);
  connect(session_, &TrainingSession::finished, this, &MainWindow::onFinished);
  connect(session_, &TrainingSession::failed, this, &MainWindow::onFailed);
  connect(session_, &TrainingSession::stateChanged, this, &MainWindow::updateTransport);
  connect(experiment_, &ExperimentPanel::configEdited, this, [this] {
    configDirty_ = true;
    updateExperimentViews(experiment_->config());
    updateTransport();
    updateDeviceLabel();
    updateTitle();
  });

  restoreSettings();
  updateTransport();
  updateDeviceLabel();
  updateTitle();
}

MainWindow::~MainWindow() { session_->shutdown(); }

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

  // Resume Run (#8): the logic lives in RunResumer; the window shows what it reports.
  resumer_ = new RunResumer(session_, records_, this);
  connect(resumer_, &RunResumer::refused, this,
          [this](const QString& message) { showError(tr("Resume Run"), message); });
  connect(resumer_, &RunResumer::resumeStarted, this,
          [this](const icl::core::RunConfig& config, qint64 fromStep) {
            progressBar_->setRange(0, static_cast<int>(totalSteps(config)));
            progressBar_->setValue(static_cast<int>(std::max<qint64>(fromStep, 0)));
            stepLabel_->setText(tr("Resuming from step %1…").arg(std::max<qint64>(fromStep, 0)));
            updateTitle();
          });

  exportAllAction_ = new QAction(tr("Export &All…"), this);
  exportAllAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  exportAllAction_->setStatusTip(tr("Write every chart (PNG, SVG) and CSV of the run to a folder"));
  connect(exportAllAction_, &QAction::triggered, this, &MainWindow::onExportAll);

  quitAction_ = new QAction(tr("&Quit"), this);
  quitAction_->setShortcut(QKeySequence::Quit);
  connect(quitAction_, &QAction::triggered, this, &QWidget::close);

  const QStyle* style = QApplication::style();
  startAction_ = new QAction(style->standardIcon(QStyle::SP_MediaPlay), tr("Start"), this);
  startAction_->setToolTip(tr("Train every enabled learner on the experiment (F5)"));
  connect(startAction_, &QAction::triggered, this, &MainWindow::startRun);
  pauseAction_ = new QAction(style->standardIcon(QStyle::SP_MediaPause), tr("Pause"), this);
  pauseAction_->setToolTip(tr("Pause after the current step (F5)"));
  connect(pauseAction_, &QAction::triggered, session_, &TrainingSession::pause);
  resumeAction_ = new QAction(style->standardIcon(QStyle::SP_MediaSeekForward), tr("Resume"), this);
  connect(resumeAction_, &QAction::triggered, session_, &TrainingSession::resume);
  stopAction_ = new QAction(style->standardIcon(QStyle::SP_MediaStop), tr("Stop"), this);
  stopAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
  stopAction_->setToolTip(tr("End the run after the current step; its folder stays complete"));
  connect(stopAction_, &QAction::triggered, session_, &TrainingSession::stop);
  startPauseAction_ = new QAction(tr("Start / Pause / Resume"), this);
  startPauseAction_->setShortcut(QKeySequence(Qt::Key_F5));
  connect(startPauseAction_, &QAction::triggered, this, &MainWindow::onStartPause);

  auto* transport = addToolBar(tr("Transport"));
  transport->setObjectName(QStringLiteral("transportToolBar"));
  transport->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  transport->addAction(startAction_);
  transport->addAction(pauseAction_);
  transport->addAction(resumeAction_);
  transport->addAction(stopAction_);
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(newAction_);
  file->addAction(openAction_);
  recentMenu_ = file->addMenu(tr("Open &Recent"));
  file->addAction(saveAction_);
  file->addAction(saveAsAction_);
  file->addSeparator();
  file->addAction(openRunAction_);
  file->addAction(resumer_->action());
  file->addSeparator();
  QMenu* exportMenu = file->addMenu(tr("&Export"));
  exportMenu->addAction(tr("Loss Chart (PNG or SVG)…"), this, [this] { onExportChart(true); });
  exportMenu->addAction(tr("Accuracy Chart (PNG or SVG)…"), this,
                        [this] { onExportChart(false); });
  exportMenu->addSeparator();
  exportMenu->addAction(tr("Loss Data (CSV)…"), this, [this] { onExportCsv(0); });
  exportMenu->addAction(tr("Evaluation Data (CSV)…"), this, [this] { onExportCsv(1); });
  exportMenu->addAction(tr("Comparison Table (CSV)…"), this, [this] { onExportCsv(2); });
  file->addAction(exportAllAction_);
  file->addSeparator();
  file->addAction(quitAction_);

  presetsMenu_ = menuBar()->addMenu(tr("&Presets"));
  for (const icl::core::PresetInfo& preset : icl::core::listPresets()) {
    QAction* action = presetsMenu_->addAction(QString::fromStdString(preset.name));
    action->setToolTip(QString::fromStdString(preset.description));
    action->setStatusTip(QString::fromStdString(preset.description));
    const std::string name = preset.name;
    connect(action, &QAction::triggered, this, [this, name] {
      const auto loaded = icl::core::loadPreset(name);
      if (!loaded) {
        showError(tr("Preset"), QString::fromStdString(loaded.error()));
        return;
      }
      setExperiment(loaded.value(), {});
    });
  }
  presetsMenu_->setToolTipsVisible(true);

  QMenu* run = menuBar()->addMenu(tr("&Run"));
  run->addAction(startPauseAction_);
  run->addAction(startAction_);
  run->addAction(pauseAction_);
  run->addAction(resumeAction_);
  run->addAction(stopAction_);

  QMenu* view = menuBar()->addMenu(tr("&View"));
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

void MainWindow::createStatusBar() {
  progressBar_ = new QProgressBar;
  progressBar_->setMaximumWidth(220);
  progressBar_->setRange(0, 1);
  progressBar_->setValue(0);
  progressBar_->setTextVisible(true);
  stepLabel_ = new QLabel(tr("Ready"));
  deviceLabel_ = new QLabel;
  statusBar()->addPermanentWidget(stepLabel_);
  statusBar()->addPermanentWidget(progressBar_);
  statusBar()->addPermanentWidget(deviceLabel_);
}

void MainWindow::restoreSettings() {
  QSettings settings;
  if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
    resize(1280, 800);  // first run: fits a laptop screen, the size of the docs' screenshots
  }
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  rebuildRecentMenu();
  const QString last = settings.value(QStringLiteral("config/last")).toString();
  if (!last.isEmpty()) {
    const auto parsed = icl::core::RunConfig::fromJsonText(last.toStdString(), "last session");
    if (parsed) {
      setExperiment(parsed.value(), settings.value(QStringLiteral("config/lastPath")).toString());
      return;
    }
  }
  const auto preset = icl::core::loadPreset(kFirstRunPreset);
  setExperiment(preset ? preset.value() : icl::core::RunConfig(), {});
}

void MainWindow::saveSettings() {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  settings.setValue(QStringLiteral("config/last"),
                    QString::fromStdString(experiment_->config().toJsonText()));
  settings.setValue(QStringLiteral("config/lastPath"), configPath_);
}

void MainWindow::closeEvent(QCloseEvent* event) {
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
  curriculumPanel_->setConfig(config);
  curriculumDock_->setVisible(config.experiment == icl::core::Experiment::Regression);
  QVector<double> boundaries;
  if (config.experiment == icl::core::Experiment::Regression) {
    const auto stages = icl::core::curriculumStages(
        icl::core::armCurriculum(config.regression, "curriculum"), config.regression.steps);
    for (size_t i = 0; i + 1 < stages.size(); ++i) {
      boundaries.append(static_cast<double>(stages[i].lastStep));
    }
  }
  lossPanel_->setStageBoundaries(boundaries);
}

void MainWindow::setExperiment(const icl::core::RunConfig& config, const QString& path) {
  experiment_->setConfig(config);
  updateExperimentViews(config);
  configPath_ = path;
  configDirty_ = false;
  updateTransport();
  updateDeviceLabel();
  updateTitle();
}

void MainWindow::onNew() {
  if (configDirty_ &&
      QMessageBox::question(this, tr("New Experiment"),
                            tr("Discard the unsaved changes to this experiment?")) !=
          QMessageBox::Yes) {
    return;
  }
  const auto preset = icl::core::loadPreset(kFirstRunPreset);
  setExperiment(preset ? preset.value() : icl::core::RunConfig(), {});
}

void MainWindow::onOpenConfig() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Config"), configPath_,
                                                    kConfigFilter);
  if (!path.isEmpty()) {
    openConfigFile(path);
  }
}

bool MainWindow::openConfigFile(const QString& path) {
  const auto parsed = icl::core::RunConfig::fromFile(std::filesystem::path(path.toStdString()));
  if (!parsed) {
    showError(tr("Open Config"),
              tr("Could not open the config %1. The current experiment is unchanged.")
                  .arg(QDir::toNativeSeparators(path)),
              QString::fromStdString(parsed.error()));
    lastError_ = QString::fromStdString(parsed.error());
    return false;
  }
  setExperiment(parsed.value(), path);
  addRecent(path);
  statusBar()->showMessage(tr("Loaded %1").arg(QDir::toNativeSeparators(path)), 5000);
  return true;
}

void MainWindow::onSave() {
  if (configPath_.isEmpty()) {
    onSaveAs();
  } else {
    saveConfigTo(configPath_);
  }
}

void MainWindow::onSaveAs() {
  // The file dialog asks before replacing an existing file.
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Config"), configPath_,
                                                    kConfigFilter);
  if (!path.isEmpty()) {
    saveConfigTo(path);
  }
}

bool MainWindow::saveConfigTo(const QString& path) {
  const QString error = writeTextFile(
      path, QString::fromStdString(experiment_->config().toJsonText()));
  if (!error.isEmpty()) {
    showError(tr("Save Config"), error);
    return false;
  }
  configPath_ = path;
  configDirty_ = false;
  addRecent(path);
  updateTitle();
  statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
  return true;
}

void MainWindow::onOpenRun() {
  const QString path = QFileDialog::getExistingDirectory(this, tr("Open Run Folder"), runsRoot());
  if (!path.isEmpty()) {
    openRunFolder(path);
  }
}

bool MainWindow::openRunFolder(const QString& path) {
  if (session_->active()) {
    showError(tr("Open Run Folder"), tr("Stop the current run before opening another one."));
    return false;
  }
  const auto run = icl::core::readRun(std::filesystem::path(path.toStdString()));
  if (!run) {
    showError(tr("Open Run Folder"),
              tr("%1 is not a readable ICL Lab run folder. The current experiment is unchanged.")
                  .arg(QDir::toNativeSeparators(path)),
              QString::fromStdString(run.error()));
    lastError_ = QString::fromStdString(run.error());
    return false;
  }
  records_->load(run.value());
  lossPanel_->flush();
  runDir_ = path;
  setExperiment(run.value().config, {});
  curriculumPanel_->setSnapshotSteps(records_->evalSteps("sq_error"));
  if (!run.value().stages.empty() || !run.value().losses.empty()) {
    curriculumPanel_->timeline()->setCurrentStep(run.value().losses.empty()
                                                     ? 0
                                                     : run.value().losses.back().step);
  }
  addRecent(path);
  resumer_->setRunFolder(path);
  const std::string status = run.value().summary.value("status", std::string("unknown"));
  stepLabel_->setText(tr("Opened run (%1)").arg(runStatusText(status)));
  updateTitle();
  return true;
}

QString MainWindow::runsRoot() const {
  const QString fallback =
      QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/runs");
  return QSettings().value(QStringLiteral("runs/root"), fallback).toString();
}

bool MainWindow::startRun() {
  if (session_->active()) {
    return false;
  }
  const icl::core::RunConfig config = experiment_->config();
  const icl::core::Status valid = config.validate();
  if (!valid) {
    showError(tr("Start"), tr("The experiment cannot run: %1").arg(QString::fromStdString(valid.error())));
    return false;
  }
  // One path component, whatever the config's name holds ("../x" stays inside the runs folder).
  const QString base = QStringLiteral("%1/%2").arg(
      runsRoot(), QString::fromStdString(icl::core::runFolderName(config.name, std::time(nullptr))));
  QString dir = base;
  for (int suffix = 2; QFileInfo::exists(dir); ++suffix) {
    dir = QStringLiteral("%1-%2").arg(base).arg(suffix);
  }
  if (!QDir().mkpath(QFileInfo(dir).absolutePath())) {
    showError(tr("Start"), tr("Could not create the runs folder %1").arg(runsRoot()));
    return false;
  }
  records_->clear();
  updateExperimentViews(config);  // the views follow the config that actually runs
  runDir_ = dir;
  resumer_->setRunFolder(dir);  // once this run has ended it can be resumed in turn
  progressBar_->setRange(0, static_cast<int>(totalSteps(config)));
  progressBar_->setValue(0);
  stepLabel_->setText(tr("Starting…"));
  session_->start(config, dir);
  updateTitle();
  return true;
}

void MainWindow::onStartPause() {
  switch (session_->state()) {
    case TrainingSession::State::Idle: startRun(); break;
    case TrainingSession::State::Running: session_->pause(); break;
    case TrainingSession::State::Paused: session_->resume(); break;
    case TrainingSession::State::Stopping: break;
  }
}

void MainWindow::onProgress(const icl::core::ProgressBatch& batch) {
  records_->append(batch);
  curriculumPanel_->showProgress(batch);
  if (!batch.evaluations.empty()) {
    curriculumPanel_->setSnapshotSteps(records_->evalSteps("sq_error"));
  }
  progressBar_->setMaximum(static_cast<int>(batch.totalSteps));
  progressBar_->setValue(static_cast<int>(batch.step));
  QString text = tr("step %1 / %2 · ETA %3")
                     .arg(batch.step)
                     .arg(batch.totalSteps)
                     .arg(formatDuration(batch.etaSeconds));
  if (session_->state() == TrainingSession::State::Paused) {
    text += tr(" · paused");
  } else if (session_->state() == TrainingSession::State::Stopping) {
    text += tr(" · stopping…");
  }
  stepLabel_->setText(text);
  for (const std::string& message : batch.messages) {
    statusBar()->showMessage(QString::fromStdString(message), 10000);
  }
}

QString MainWindow::runStatusText(const std::string& status) {
  if (status == "completed") return tr("completed");
  if (status == "stopped") return tr("stopped");
  if (status == "failed") return tr("failed");
  if (status == "running") return tr("running");
  if (status == "interrupted") return tr("interrupted (killed or crashed; File > Resume Run)");
  return QString::fromStdString(status);
}

void MainWindow::onFinished(const icl::core::RunResult& result) {
  lossPanel_->flush();
  const QString status = result.status == icl::core::RunStatus::Completed ? tr("completed")
                         : result.status == icl::core::RunStatus::Stopped ? tr("stopped")
                                                                          : tr("failed");
  stepLabel_->setText(tr("Run %1 after %2 steps (%3)")
                          .arg(status)
                          .arg(result.stepsDone)
                          .arg(formatDuration(result.wallSeconds)));
  deviceLabel_->setText(tr("Device: %1 · threads: %2")
                            .arg(QString::fromStdString(result.device))
                            .arg(result.threads));
  if (result.status == icl::core::RunStatus::Failed) {
    showError(tr("Training failed"), QString::fromStdString(result.message));
  } else {
    statusBar()->showMessage(tr("Run saved in %1").arg(QDir::toNativeSeparators(runDir_)), 10000);
  }
  updateTransport();
  Q_EMIT runEnded(result);
}

void MainWindow::onFailed(const QString& message) {
  stepLabel_->setText(tr("Run failed"));
  showError(tr("Training failed"), tr("The training thread stopped with an error."), message);
  updateTransport();
  icl::core::RunResult result;
  result.status = icl::core::RunStatus::Failed;
  result.message = message.toStdString();
  Q_EMIT runEnded(result);
}

void MainWindow::onExportChart(bool lossChart) {
  QChartView* view = lossChart ? lossPanel_->chartView() : comparisonPanel_->chartView();
  const QString suggested = QStringLiteral("%1.png").arg(lossChart ? QStringLiteral("loss")
                                                                   : QStringLiteral("accuracy"));
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export Chart"), suggested, tr("PNG image (*.png);;SVG drawing (*.svg)"));
  if (path.isEmpty()) {
    return;
  }
  const QString error = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                            ? exportChartSvg(view, path)
                            : exportChartPng(view, path);
  if (!error.isEmpty()) {
    showError(tr("Export Chart"), error);
  }
}

void MainWindow::onExportCsv(int which) {
  const QStringList names = {QStringLiteral("train.csv"), QStringLiteral("eval.csv"),
                             QStringLiteral("comparison-table.csv")};
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export CSV"), names[which], tr("CSV (*.csv)"));
  if (path.isEmpty()) {
    return;
  }
  const QString text = which == 0   ? lossCsv(*records_)
                       : which == 1 ? evalCsv(*records_)
                                    : comparisonPanel_->tableCsv();
  const QString error = writeTextFile(path, text);
  if (!error.isEmpty()) {
    showError(tr("Export CSV"), error);
  }
}

void MainWindow::onExportAll() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Export All Into Folder"));
  if (dir.isEmpty()) {
    return;
  }
  if (!QDir(dir).isEmpty() &&
      QMessageBox::question(this, tr("Export All"),
                            tr("%1 is not empty. Files with the same names will be replaced. "
                               "Continue?")
                                .arg(QDir::toNativeSeparators(dir))) != QMessageBox::Yes) {
    return;
  }
  const QString error = exportAllTo(dir);
  if (!error.isEmpty()) {
    showError(tr("Export All"), error);
  } else {
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(dir)), 5000);
  }
}

QString MainWindow::exportAllTo(const QString& dir) {
  lossPanel_->flush();
  const QDir target(dir);
  QString error;
  const auto step = [&error](const QString& result) {
    if (error.isEmpty()) {
      error = result;
    }
  };
  step(exportChartPng(lossPanel_->chartView(), target.filePath(QStringLiteral("loss.png"))));
  step(exportChartSvg(lossPanel_->chartView(), target.filePath(QStringLiteral("loss.svg"))));
  step(exportChartPng(comparisonPanel_->chartView(), target.filePath(QStringLiteral("accuracy.png"))));
  step(exportChartSvg(comparisonPanel_->chartView(), target.filePath(QStringLiteral("accuracy.svg"))));
  if (resultsView() == regressionPanel_) {
    for (int side = 0; side < 2; ++side) {
      const QString name = side == 0 ? QStringLiteral("error-early") : QStringLiteral("error-late");
      step(exportChartPng(regressionPanel_->chartView(side), target.filePath(name + QStringLiteral(".png"))));
      step(exportChartSvg(regressionPanel_->chartView(side), target.filePath(name + QStringLiteral(".svg"))));
    }
  }
  step(writeTextFile(target.filePath(QStringLiteral("train.csv")), lossCsv(*records_)));
  step(writeTextFile(target.filePath(QStringLiteral("eval.csv")), evalCsv(*records_)));
  step(writeTextFile(target.filePath(QStringLiteral("comparison-table.csv")),
                     comparisonPanel_->tableCsv()));
  step(writeTextFile(target.filePath(QStringLiteral("config.json")),
                     QString::fromStdString(experiment_->config().toJsonText())));
  return error;
}

void MainWindow::addRecent(const QString& path) {
  QSettings settings;
  QStringList recent = settings.value(QStringLiteral("recent/files")).toStringList();
  recent.removeAll(path);
  recent.prepend(path);
  while (recent.size() > kMaxRecent) {
    recent.removeLast();
  }
  settings.setValue(QStringLiteral("recent/files"), recent);
  rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
  recentMenu_->clear();
  const QStringList recent = QSettings().value(QStringLiteral("recent/files")).toStringList();
  for (const QString& path : recent) {
    const bool folder = QFileInfo(path).isDir();
    QAction* action = recentMenu_->addAction(
        (folder ? tr("Run: %1") : tr("Config: %1")).arg(QDir::toNativeSeparators(path)));
    connect(action, &QAction::triggered, this, [this, path, folder] {
      if (folder) {
        openRunFolder(path);
      } else {
        openConfigFile(path);
      }
    });
  }
  recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTransport() {
  const TrainingSession::State state = session_->state();
  const bool idle = state == TrainingSession::State::Idle;
  startAction_->setEnabled(idle && experiment_->problem().isEmpty());
  pauseAction_->setEnabled(state == TrainingSession::State::Running);
  resumeAction_->setEnabled(state == TrainingSession::State::Paused);
  stopAction_->setEnabled(state == TrainingSession::State::Running ||
                          state == TrainingSession::State::Paused);
  experiment_->setEnabled(idle);
  curriculumPanel_->setRunActive(!idle && state != TrainingSession::State::Stopping,
                                 state == TrainingSession::State::Paused);
  presetsMenu_->setEnabled(idle);
  for (QAction* action : {newAction_, openAction_, openRunAction_}) {
    action->setEnabled(idle);
  }
  recentMenu_->setEnabled(idle);
  if (state == TrainingSession::State::Stopping) {
    stepLabel_->setText(tr("Stopping…"));
  } else if (state == TrainingSession::State::Paused) {
    stepLabel_->setText(stepLabel_->text() + tr(" · paused"));
  }
}

void MainWindow::updateDeviceLabel() {
  const icl::core::RunConfig config = experiment_->config();
  QString device = QString::fromStdString(config.device);
  if (device == QLatin1String("auto")) {
    device = icl::core::cudaAvailable() ? tr("auto (CUDA)") : tr("auto (CPU)");
  }
  const qint64 threads = config.threads > 0 ? config.threads : icl::core::defaultThreadCount();
  deviceLabel_->setText(tr("Device: %1 · threads: %2").arg(device).arg(threads));
}

void MainWindow::updateTitle() {
  QString title = QString::fromStdString(experiment_->config().name);
  if (!configPath_.isEmpty()) {
    title = QFileInfo(configPath_).fileName();
  }
  setWindowTitle(tr("%1%2 – ICL Lab").arg(title, configDirty_ ? QStringLiteral("*") : QString()));
}

void MainWindow::onLanguageChosen(const QString& code) {
  savePreferredLanguage(code);
  QMessageBox::information(this, tr("Language"),
                           tr("The language changes the next time ICL Lab starts."));
}

}  // namespace icl::ui
