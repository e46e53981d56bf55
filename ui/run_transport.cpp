#include "ui/run_transport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <algorithm>
#include <cmath>
#include <ctime>

#include "core/config/device_name.h"
#include "core/store/run_folder_name.h"
#include "core/training/device_info.h"
#include "core/training/gpu_devices.h"
#include "core/util/threading.h"
#include "ui/device_display.h"
#include "ui/duration_text.h"
#include "ui/experiment_panel.h"
#include "ui/main_window.h"
#include "ui/run_records.h"
#include "ui/training_session.h"
#include "ui/window_settings.h"

// The transport's texts keep the window's translation context (MainWindow::tr), where
// translations/*.ts has them.

namespace icl::ui {

namespace {

int64_t totalSteps(const icl::core::RunConfig& config) {
  switch (config.experiment) {
    case icl::core::Experiment::Regression: return config.regression.steps;
    case icl::core::Experiment::MetaMeta: return config.metaMeta.metaSteps;
    case icl::core::Experiment::Classification: break;
  }
  return config.train.steps;
}

}  // namespace

QString runStatusText(const std::string& status) {
  if (status == "completed") return MainWindow::tr("completed");
  if (status == "stopped") return MainWindow::tr("stopped");
  if (status == "failed") return MainWindow::tr("failed");
  if (status == "running") return MainWindow::tr("running");
  if (status == "interrupted") {
    return MainWindow::tr("interrupted (killed or crashed; File > Resume Run)");
  }
  return QString::fromStdString(status);
}

RunTransport::RunTransport(TrainingSession* session, RunRecords* records,
                           ExperimentPanel* experiment, QMainWindow* window)
    : QObject(window), session_(session), records_(records), experiment_(experiment),
      window_(window) {
  const QStyle* style = QApplication::style();
  startAction_ = new QAction(style->standardIcon(QStyle::SP_MediaPlay), MainWindow::tr("Start"),
                             window);
  startAction_->setToolTip(MainWindow::tr("Train every enabled learner on the experiment (F5)"));
  connect(startAction_, &QAction::triggered, this, &RunTransport::start);
  pauseAction_ = new QAction(style->standardIcon(QStyle::SP_MediaPause), MainWindow::tr("Pause"),
                             window);
  pauseAction_->setToolTip(MainWindow::tr("Pause after the current step (F5)"));
  connect(pauseAction_, &QAction::triggered, session_, &TrainingSession::pause);
  resumeAction_ = new QAction(style->standardIcon(QStyle::SP_MediaSeekForward),
                              MainWindow::tr("Resume"), window);
  connect(resumeAction_, &QAction::triggered, session_, &TrainingSession::resume);
  stopAction_ = new QAction(style->standardIcon(QStyle::SP_MediaStop), MainWindow::tr("Stop"),
                            window);
  stopAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
  stopAction_->setToolTip(
      MainWindow::tr("End the run after the current step; its folder stays complete"));
  connect(stopAction_, &QAction::triggered, session_, &TrainingSession::stop);
  startPauseAction_ = new QAction(MainWindow::tr("Start / Pause / Resume"), window);
  startPauseAction_->setShortcut(QKeySequence(Qt::Key_F5));
  connect(startPauseAction_, &QAction::triggered, this, &RunTransport::onStartPause);

  auto* transport = window->addToolBar(MainWindow::tr("Transport"));
  transport->setObjectName(QStringLiteral("transportToolBar"));
  transport->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  transport->addAction(startAction_);
  transport->addAction(pauseAction_);
  transport->addAction(resumeAction_);
  transport->addAction(stopAction_);

  progressBar_ = new QProgressBar;
  progressBar_->setMaximumWidth(220);
  progressBar_->setRange(0, 1);
  progressBar_->setValue(0);
  progressBar_->setTextVisible(true);
  stepLabel_ = new QLabel(MainWindow::tr("Ready"));
  deviceLabel_ = new QLabel;
  window->statusBar()->addPermanentWidget(stepLabel_);
  window->statusBar()->addPermanentWidget(progressBar_);
  window->statusBar()->addPermanentWidget(deviceLabel_);

  // About once a second: cuMemGetInfo is cheap, and memory moves slowly next to a step.
  constexpr int kGpuRefreshMs = 1000;
  gpuTimer_ = new QTimer(this);
  gpuTimer_->setInterval(kGpuRefreshMs);
  connect(gpuTimer_, &QTimer::timeout, this, &RunTransport::refreshGpuStatus);

  connect(session_, &TrainingSession::progressReady, this, &RunTransport::onProgress);
  connect(session_, &TrainingSession::finished, this, &RunTransport::onFinished);
  connect(session_, &TrainingSession::failed, this, &RunTransport::onFailed);
}

void RunTransport::addActionsTo(QMenu* run) const {
  run->addAction(startPauseAction_);
  run->addAction(startAction_);
  run->addAction(pauseAction_);
  run->addAction(resumeAction_);
  run->addAction(stopAction_);
}

bool RunTransport::start() {
  if (session_->active()) {
    return false;
  }
  const icl::core::RunConfig config = experiment_->config();
  const icl::core::Status valid = config.validate();
  if (!valid) {
    Q_EMIT errorOccurred(
        MainWindow::tr("Start"),
        MainWindow::tr("The experiment cannot run: %1").arg(QString::fromStdString(valid.error())),
        {});
    return false;
  }
  const QString root = runsRootSetting();
  // One path component, whatever the config's name holds ("../x" stays inside the runs folder).
  const QString base = QStringLiteral("%1/%2").arg(
      root, QString::fromStdString(icl::core::runFolderName(config.name, std::time(nullptr))));
  QString dir = base;
  for (int suffix = 2; QFileInfo::exists(dir); ++suffix) {
    dir = QStringLiteral("%1-%2").arg(base).arg(suffix);
  }
  if (!QDir().mkpath(QFileInfo(dir).absolutePath())) {
    Q_EMIT errorOccurred(MainWindow::tr("Start"),
                         MainWindow::tr("Could not create the runs folder %1").arg(root), {});
    return false;
  }
  records_->clear();
  Q_EMIT runStarting(config, dir);
  progressBar_->setRange(0, static_cast<int>(totalSteps(config)));
  progressBar_->setValue(0);
  stepLabel_->setText(MainWindow::tr("Starting…"));
  session_->start(config, dir);
  watchDevice(config.device);
  return true;
}

void RunTransport::onStartPause() {
  switch (session_->state()) {
    case TrainingSession::State::Idle: start(); break;
    case TrainingSession::State::Running: session_->pause(); break;
    case TrainingSession::State::Paused: session_->resume(); break;
    case TrainingSession::State::Stopping: break;
  }
}

void RunTransport::update() {
  const TrainingSession::State state = session_->state();
  startAction_->setEnabled(state == TrainingSession::State::Idle &&
                           experiment_->problem().isEmpty());
  pauseAction_->setEnabled(state == TrainingSession::State::Running);
  resumeAction_->setEnabled(state == TrainingSession::State::Paused);
  stopAction_->setEnabled(state == TrainingSession::State::Running ||
                          state == TrainingSession::State::Paused);
  if (state == TrainingSession::State::Stopping) {
    stepLabel_->setText(MainWindow::tr("Stopping…"));
  } else if (state == TrainingSession::State::Paused) {
    stepLabel_->setText(stepLabel_->text() + MainWindow::tr(" · paused"));
  }
}

void RunTransport::onProgress(const icl::core::ProgressBatch& batch) {
  records_->append(batch);
  Q_EMIT progressRecorded(batch);
  progressBar_->setMaximum(static_cast<int>(batch.totalSteps));
  progressBar_->setValue(static_cast<int>(batch.step));
  QString text = MainWindow::tr("step %1 / %2 · ETA %3")
                     .arg(batch.step)
                     .arg(batch.totalSteps)
                     .arg(durationText(batch.etaSeconds));
  if (session_->state() == TrainingSession::State::Paused) {
    text += MainWindow::tr(" · paused");
  } else if (session_->state() == TrainingSession::State::Stopping) {
    text += MainWindow::tr(" · stopping…");
  }
  if (!batch.activity.empty()) {
    // After the last step: what the run still does (generalisation.after_training).
    text = QString::fromStdString(batch.activity);
  }
  stepLabel_->setText(text);
  for (const std::string& message : batch.messages) {
    window_->statusBar()->showMessage(QString::fromStdString(message), 10000);
  }
}

void RunTransport::onFinished(const icl::core::RunResult& result) {
  using icl::core::RunStatus;
  stopWatchingDevice();
  const QString status = result.status == RunStatus::Completed ? MainWindow::tr("completed")
                         : result.status == RunStatus::Stopped ? MainWindow::tr("stopped")
                                                               : MainWindow::tr("failed");
  stepLabel_->setText(MainWindow::tr("Run %1 after %2 steps (%3)")
                          .arg(status)
                          .arg(result.stepsDone)
                          .arg(durationText(result.wallSeconds)));
  deviceLabel_->setText(MainWindow::tr("Device: %1 · threads: %2")
                            .arg(QString::fromStdString(result.device))
                            .arg(result.threads));
  if (result.status == icl::core::RunStatus::Failed) {
    Q_EMIT errorOccurred(MainWindow::tr("Training failed"),
                         QString::fromStdString(result.message), {});
  }
  Q_EMIT runEnded(result);
}

void RunTransport::onFailed(const QString& message) {
  stopWatchingDevice();
  stepLabel_->setText(MainWindow::tr("Run failed"));
  Q_EMIT errorOccurred(MainWindow::tr("Training failed"),
                       MainWindow::tr("The training thread stopped with an error."), message);
  icl::core::RunResult result;
  result.status = icl::core::RunStatus::Failed;
  result.message = message.toStdString();
  Q_EMIT runEnded(result);
}

void RunTransport::showDevice(const icl::core::RunConfig& config) {
  if (gpuTimer_->isActive()) {
    return;  // the run's GPU and its memory stay shown until the run ends
  }
  QString device = QString::fromStdString(config.device);
  if (device == QLatin1String("auto")) {
    device = icl::core::cudaAvailable() ? MainWindow::tr("auto (CUDA)")
                                        : MainWindow::tr("auto (CPU)");
  }
  const qint64 threads = config.threads > 0 ? config.threads : icl::core::defaultThreadCount();
  deviceLabel_->setText(MainWindow::tr("Device: %1 · threads: %2").arg(device).arg(threads));
}

void RunTransport::watchDevice(const std::string& device) {
  std::string name = device;
  if (name == "auto") {
    name = icl::core::cudaAvailable() ? "cuda:0" : "cpu";
  }
  const auto parsed = icl::core::parseDeviceName(name);
  if (!parsed || parsed->kind != icl::core::DeviceName::Kind::Cuda) {
    return;  // the CPU: "Device: cpu · threads: N" as showDevice wrote it
  }
  gpuIndex_ = parsed->index;
  gpuName_.clear();
  for (const icl::core::GpuDevice& gpu : icl::core::listGpuDevices().devices) {
    if (gpu.index == gpuIndex_) {
      gpuName_ = QString::fromStdString(gpu.name);
    }
  }
  refreshGpuStatus();
  gpuTimer_->start();
}

void RunTransport::refreshGpuStatus() {
  // Before the run's first tensor there is no context on the GPU yet: the name alone.
  deviceLabel_->setText(DeviceDisplay::gpuStatus(QStringLiteral("cuda:%1").arg(gpuIndex_),
                                                 gpuName_, icl::core::gpuMemoryUse(gpuIndex_)));
}

void RunTransport::stopWatchingDevice() {
  gpuTimer_->stop();
  gpuIndex_ = -1;
}

void RunTransport::showResuming(const icl::core::RunConfig& config, qint64 fromStep) {
  progressBar_->setRange(0, static_cast<int>(totalSteps(config)));
  progressBar_->setValue(static_cast<int>(std::max<qint64>(fromStep, 0)));
  stepLabel_->setText(
      MainWindow::tr("Resuming from step %1…").arg(std::max<qint64>(fromStep, 0)));
}

void RunTransport::showOpenedRun(const std::string& status, qint64 stepsDone,
                                 const icl::core::RunConfig& config) {
  const qint64 total = std::max<qint64>(totalSteps(config), 1);
  progressBar_->setRange(0, static_cast<int>(total));
  progressBar_->setValue(static_cast<int>(std::clamp<qint64>(stepsDone, 0, total)));
  stepLabel_->setText(MainWindow::tr("Opened run (%1)").arg(runStatusText(status)));
}

void RunTransport::showNoRun() {
  progressBar_->setRange(0, 1);
  progressBar_->setValue(0);
  stepLabel_->setText(MainWindow::tr("Ready"));
}

}  // namespace icl::ui
