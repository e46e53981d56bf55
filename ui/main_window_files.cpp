// MainWindow, part 2: the experiment in the form as a document — presets, config files and
// run folders loaded into it, saved from it, and the question before unsaved edits are
// replaced. (Part 1, main_window.cpp, builds the window and follows runs; part 3,
// main_window_menus.cpp, builds the actions and menus.)
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

#include "core/config/presets.h"
#include "core/store/run_store.h"
#include "core/sweep/sweep_manifest.h"
#include "ui/chart_export.h"
#include "ui/curriculum_panel.h"
#include "ui/experiment_panel.h"
#include "ui/generalisation_views.h"
#include "ui/loss_chart_panel.h"
#include "ui/main_window.h"
#include "ui/recent_files.h"
#include "ui/run_records.h"
#include "ui/run_resumer.h"
#include "ui/run_transport.h"
#include "ui/stage_timeline.h"
#include "ui/sweep_view.h"

namespace icl::ui {

namespace {

const char* const kFirstRunPreset = "quick-mixture";  // real curves within a minute on 2 cores
const QString kConfigFilter = QStringLiteral("ICL Lab config (*.json)");

// A config switched to another experiment is named after it, so that its run folder and
// config.json say what ran (review item 5). Names and descriptions are config data, in
// English like the presets'.
std::string experimentRunName(icl::core::Experiment experiment) {
  switch (experiment) {
    case icl::core::Experiment::Regression: return "i1-regression";
    case icl::core::Experiment::MetaMeta: return "i2-meta-meta";
    case icl::core::Experiment::Classification: break;
  }
  return "classification";
}

std::string experimentDescription(icl::core::Experiment experiment) {
  switch (experiment) {
    case icl::core::Experiment::Regression:
      return "I1 meta-level curriculum: GPT on linear regression, with and without a curriculum "
             "over the input dimensions (set in the window)";
    case icl::core::Experiment::MetaMeta:
      return "I2 meta-meta-learning: first-order MAML over domains vs conventional training, "
             "linear regression (set in the window)";
    case icl::core::Experiment::Classification: break;
  }
  return "Few-shot classification: ICL, MatchNet, ProtoNet and CNP trained on the task "
         "mixture (set in the window)";
}

/// The steps a run folder has done, from its summary or else its last loss row.
qint64 stepsDone(const icl::core::RunData& run) {
  const auto step = run.summary.find("step");
  if (step != run.summary.end() && step->is_number_integer()) {
    return step->get<qint64>();
  }
  return run.losses.empty() ? 0 : run.losses.back().step;
}

}  // namespace

bool MainWindow::confirmDiscardEdits(const QString& action) {
  if (!configDirty_) {
    return true;
  }
  QMessageBox box(QMessageBox::Question, action,
                  tr("The experiment in the form has unsaved changes."),
                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
  box.setInformativeText(tr("%1: save the changes first, discard them, or cancel?").arg(action));
  box.setDefaultButton(QMessageBox::Save);
  box.setEscapeButton(QMessageBox::Cancel);
  switch (box.exec()) {
    case QMessageBox::Save:
      onSave();
      return !configDirty_;  // a cancelled Save As dialog keeps everything
    case QMessageBox::Discard: return true;
    default: return false;
  }
}

void MainWindow::setExperiment(const icl::core::RunConfig& config, const QString& path) {
  experiment_->setConfig(config);
  formExperiment_ = config.experiment;
  forgetRun();
  updateExperimentViews(config);
  configPath_ = path;
  configDirty_ = false;
  cleanConfigText_ = experiment_->config().toJsonText();
  updateTransport();
  transport_->showDevice(experiment_->config());
  updateTitle();
}

void MainWindow::showDefaultExperiment() {
  const auto preset = icl::core::loadPreset(kFirstRunPreset);
  setExperiment(preset ? preset.value() : icl::core::RunConfig(), {});
}

void MainWindow::followExperimentSwitch() {
  icl::core::RunConfig config = experiment_->config();
  if (formExperiment_ == config.experiment) {
    return;
  }
  formExperiment_ = config.experiment;
  config.name = experimentRunName(config.experiment);
  config.description = experimentDescription(config.experiment);
  experiment_->setConfig(config);  // no configEdited: the panel is loading
  forgetRun();
}

void MainWindow::onNew() {
  if (confirmDiscardEdits(tr("New Experiment"))) {
    showDefaultExperiment();
  }
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
  if (!confirmDiscardEdits(tr("Open Config"))) {
    return false;
  }
  setExperiment(parsed.value(), path);
  recent_->add(path);
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
  cleanConfigText_ = experiment_->config().toJsonText();
  recent_->add(path);
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

void MainWindow::onOpenSweep() {
  const QString path = QFileDialog::getExistingDirectory(this, tr("Open Sweep Folder"), runsRoot());
  if (!path.isEmpty()) {
    openSweepFolder(path);
  }
}

bool MainWindow::openSweepFolder(const QString& path) {
  if (!icl::core::isSweepFolder(std::filesystem::path(path.toStdString()))) {
    showError(tr("Open Sweep Folder"),
              tr("%1 holds no sweep.json: it is not a sweep folder. Open a run folder with File > "
                 "Open Run Folder.")
                  .arg(QDir::toNativeSeparators(path)));
    return false;
  }
  sweepView_->openSweep(path);
  viewTabs_->setCurrentWidget(sweepView_);
  return true;
}

bool MainWindow::openRunFolder(const QString& path) {
  if (icl::core::isSweepFolder(std::filesystem::path(path.toStdString()))) {
    return openSweepFolder(path);  // a sweep folder holds run folders; show them across seeds
  }
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
  if (!confirmDiscardEdits(tr("Open Run Folder"))) {
    return false;
  }
  setExperiment(run.value().config, {});  // forgets the run shown until now
  records_->load(run.value());
  lossPanel_->flush();
  runDir_ = path;
  runStatus_ = QString::fromStdString(run.value().summary.value("status", std::string("unknown")));
  curriculumPanel_->setSnapshotSteps(records_->evalSteps("sq_error"));
  if (!run.value().stages.empty() || !run.value().losses.empty()) {
    curriculumPanel_->timeline()->setCurrentStep(run.value().losses.empty()
                                                     ? 0
                                                     : run.value().losses.back().step);
  }
  recent_->add(path);
  generalisation_->setRunFolder(path, run.value().config);
  resumer_->setRunFolder(path);
  transport_->showOpenedRun(runStatus_.toStdString(), stepsDone(run.value()),
                            run.value().config);
  updateTitle();
  updateShownRunLabel();
  return true;
}

}  // namespace icl::ui
