#include "ui/sweep_view.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <filesystem>
#include <system_error>

#include "ui/chart_export.h"
#include "ui/chart_view.h"
#include "ui/sweep_dialog.h"
#include "ui/sweep_point_model.h"
#include "ui/sweep_process.h"
#include "ui/sweep_table_model.h"

namespace icl::ui {

namespace {

constexpr int kPollMs = 1000;         // a running sweep's points log every few steps
// Decimation: 400 steps per series. A 5-seed chart has 32 series (seeds, mean, bounds), and
// replacing their points is what a live redraw costs: ~50 ms at 800 steps, ~30 ms at 300
// (icl-lab-ui-bench --sweep); 400 is still about 1 step per pixel at 1280 px.
constexpr int kLossColumns = 400;
const char* const kAccuracy = "accuracy";
const char* const kSquaredError = "sq_error";

/// The sizes and times of the files a sweep's view shows: sweep.json and each point folder's
/// summary, train.csv and eval.csv. Equal stamps: nothing to read or redraw.
QString folderStamp(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code error;
  QString stamp;
  const auto add = [&stamp, &error](const fs::path& file) {
    const auto size = fs::file_size(file, error);
    const auto time = error ? fs::file_time_type() : fs::last_write_time(file, error);
    stamp += QStringLiteral("%1:%2:%3;")
                 .arg(QString::fromStdString(file.string()))
                 .arg(error ? -1 : static_cast<qint64>(size))
                 .arg(static_cast<qint64>(time.time_since_epoch().count()));
  };
  add(dir / icl::core::kSweepManifestFile);
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    if (it->is_directory(error)) {
      for (const char* file : {"summary.json", "train.csv", "eval.csv"}) {
        add(it->path() / file);
      }
    }
  }
  return stamp;
}

QValueAxis* addAxis(QChart* chart, Qt::Alignment alignment) {
  auto* axis = new QValueAxis;
  chart->addAxis(axis, alignment);
  return axis;
}

}  // namespace

SweepView::SweepView(std::function<icl::core::RunConfig()> experiment,
                     std::function<QString()> defaultRoot, QWidget* parent)
    : QWidget(parent),
      experiment_(std::move(experiment)),
      defaultRoot_(std::move(defaultRoot)),
      poll_(new QTimer(this)),
      process_(new SweepProcess(this)),
      folder_(new QLabel),
      status_(new QLabel),
      groupChoice_(new QComboBox),
      familyChoice_(new QComboBox),
      allShots_(new QCheckBox(tr("All shots"))),
      openButton_(new QPushButton(tr("Open Sweep…"))),
      startButton_(new QPushButton(tr("Start Sweep…"))),
      stopButton_(new QPushButton(tr("Stop Sweep"))),
      exportButton_(new QPushButton(tr("Export CSV…"))),
      pointModel_(new SweepPointModel(this)),
      pointList_(new QTableView),
      lossChart_(new QChart),
      lossView_(new ChartView(lossChart_)),
      resultChart_(new QChart),
      resultView_(new ChartView(resultChart_)),
      tableModel_(new SweepTableModel(this)),
      table_(new QTableView) {
  for (QChart* chart : {lossChart_, resultChart_}) {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    addAxis(chart, Qt::AlignBottom)->setLabelFormat(QStringLiteral("%d"));
    addAxis(chart, Qt::AlignLeft);
  }
  lossView_->axis(Qt::Horizontal)->setTitleText(tr("step"));
  lossView_->axis(Qt::Vertical)->setTitleText(tr("loss"));
  for (ChartView* view : {lossView_, resultView_}) {
    view->setMinimumHeight(220);
    view->setIntegerTicks(Qt::Horizontal, true);
  }
  resultView_->setLogXAvailable(1.0, tr("shots + 1 (log scale)"));
  lossView_->setObjectName(QStringLiteral("sweepLossView"));
  resultView_->setObjectName(QStringLiteral("sweepResultView"));

  folder_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  status_->setWordWrap(true);
  groupChoice_->setToolTip(tr("The swept setting whose seeds the charts and the table show"));
  groupChoice_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  familyChoice_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  familyChoice_->setToolTip(tr("Test family of the curves against shots and of the table"));
  stopButton_->setToolTip(tr("Stop the sweep started here: running points end as stopped, "
                             "finished points are kept"));
  exportButton_->setToolTip(tr("Write the across-seed table as CSV: one line per learner, test "
                               "family, measure and shots, with the per-seed values"));
  pointList_->setModel(pointModel_);
  pointList_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  pointList_->setSelectionBehavior(QAbstractItemView::SelectRows);
  pointList_->verticalHeader()->hide();
  pointList_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  pointList_->horizontalHeader()->setStretchLastSection(true);
  table_->setModel(tableModel_);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

  auto* top = new QHBoxLayout;
  top->addWidget(folder_, 1);
  top->addWidget(openButton_);
  top->addWidget(startButton_);
  top->addWidget(stopButton_);
  auto* choices = new QHBoxLayout;
  choices->addWidget(new QLabel(tr("Setting:")));
  choices->addWidget(groupChoice_);
  choices->addSpacing(12);
  choices->addWidget(new QLabel(tr("Test family:")));
  choices->addWidget(familyChoice_);
  choices->addStretch(1);

  auto* charts = new QSplitter(Qt::Horizontal);
  charts->addWidget(lossView_);
  charts->addWidget(resultView_);
  auto* tableSide = new QWidget;
  auto* tableLayout = new QVBoxLayout(tableSide);
  tableLayout->setContentsMargins(0, 0, 0, 0);
  auto* tableControls = new QHBoxLayout;
  tableControls->addWidget(new QLabel(tr("Final evaluation across seeds: mean [95 % t-interval] "
                                         "(seeds)")));
  tableControls->addStretch(1);
  tableControls->addWidget(allShots_);
  tableControls->addWidget(exportButton_);
  tableLayout->addLayout(tableControls);
  tableLayout->addWidget(table_, 1);
  auto* bottom = new QSplitter(Qt::Horizontal);
  bottom->addWidget(pointList_);
  bottom->addWidget(tableSide);
  bottom->setStretchFactor(0, 2);
  bottom->setStretchFactor(1, 3);
  bottom->setSizes({340, 660});  // the point list's four columns whole, the table the rest
  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(charts);
  split->addWidget(bottom);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 4, 0, 0);
  layout->addLayout(top);
  layout->addLayout(choices);
  layout->addWidget(status_);
  layout->addWidget(split, 1);

  poll_->setInterval(kPollMs);
  connect(poll_, &QTimer::timeout, this, &SweepView::reload);
  connect(groupChoice_, &QComboBox::currentIndexChanged, this, [this] {
    refreshFamilies();
    refreshCharts();
    refreshTable();
  });
  connect(familyChoice_, &QComboBox::currentIndexChanged, this, [this] {
    refreshCharts();
    refreshTable();
  });
  connect(resultView_, &ChartView::logXChanged, this, &SweepView::refreshCharts);
  connect(allShots_, &QCheckBox::toggled, this, &SweepView::refreshTable);
  allShots_->setToolTip(tr("Show every number of shots; otherwise 1, 2, 5, 10 and the largest"));
  connect(openButton_, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Sweep Folder"),
                                                          dir_.isEmpty() ? defaultRoot_() : dir_);
    if (!dir.isEmpty()) {
      openSweep(dir);
    }
  });
  connect(startButton_, &QPushButton::clicked, this, &SweepView::openStartDialog);
  connect(stopButton_, &QPushButton::clicked, process_, &SweepProcess::requestStop);
  connect(exportButton_, &QPushButton::clicked, this, &SweepView::onExportCsv);
  connect(process_, &SweepProcess::finished, this, &SweepView::onProcessFinished);
  refreshCharts();
  refreshStatus();
}

SweepView::~SweepView() {
  if (reader_ != nullptr) {
    reader_->wait();  // its queued result is dropped with this object
    delete reader_;
  }
}

void SweepView::openSweep(const QString& dir) {
  dir_ = dir;
  stamp_.clear();
  summary_ = icl::core::SweepSummary();
  readError_.clear();
  folder_->setText(tr("Sweep: %1").arg(QDir::toNativeSeparators(dir)));
  folder_->setToolTip(QDir::toNativeSeparators(QFileInfo(dir).absoluteFilePath()));
  reload();
  if (isVisible()) {
    poll_->start();
  }
}

void SweepView::reload() {
  if (dir_.isEmpty()) {
    return;
  }
  if (reader_ != nullptr) {
    readAgain_ = true;
    return;
  }
  // Read on a worker thread: a 5-seed sweep's CSV files take longer than a frame to parse.
  const std::filesystem::path dir(dir_.toStdString());
  const QString known = stamp_;
  reader_ = QThread::create([this, dir, known] {
    QElapsedTimer clock;
    clock.start();
    const QString stamp = folderStamp(dir);
    std::shared_ptr<icl::core::Result<icl::core::SweepSummary>> result;
    if (stamp != known) {
      result = std::make_shared<icl::core::Result<icl::core::SweepSummary>>(
          icl::core::readSweepSummary(dir));
    }
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    QMetaObject::invokeMethod(
        this, [this, result, stamp, ms] { onRead(result, stamp, ms); }, Qt::QueuedConnection);
  });
  connect(reader_, &QThread::finished, reader_, &QObject::deleteLater);
  reader_->start();
}

void SweepView::onRead(std::shared_ptr<icl::core::Result<icl::core::SweepSummary>> result,
                       const QString& stamp, double readMs) {
  reader_ = nullptr;
  if (result) {
    QElapsedTimer clock;
    clock.start();
    lastReadMs_ = readMs;
    stamp_ = stamp;
    if (result->ok()) {
      summary_ = std::move(result->value());
      readError_.clear();
    } else {
      readError_ = QString::fromStdString(result->error());
    }
    pointModel_->setPoints(summary_.points);
    refreshGroups();
    refreshFamilies();
    refreshCharts();
    refreshTable();
    lastShowMs_ = static_cast<double>(clock.nsecsElapsed()) / 1e6;
  }
  refreshStatus();
  Q_EMIT loaded();
  if (readAgain_) {
    readAgain_ = false;
    reload();
  }
}

const icl::core::SweepGroup* SweepView::currentGroup() const {
  const int index = groupChoice_->currentIndex();
  return index >= 0 && index < static_cast<int>(summary_.groups.size())
             ? &summary_.groups[static_cast<std::size_t>(index)]
             : nullptr;
}

QString SweepView::metric() const {
  const icl::core::SweepGroup* group = currentGroup();
  if (group != nullptr) {
    for (const auto& row : group->evaluations) {
      if (row.metric == kAccuracy) {
        return QString::fromLatin1(kAccuracy);
      }
    }
    for (const auto& row : group->evaluations) {
      if (row.metric == kSquaredError) {
        return QString::fromLatin1(kSquaredError);
      }
    }
  }
  return QString::fromLatin1(kAccuracy);
}

void SweepView::refreshGroups() {
  const QString current = groupChoice_->currentText();
  const QSignalBlocker blocker(groupChoice_);
  groupChoice_->clear();
  for (const icl::core::SweepGroup& group : summary_.groups) {
    const QString label = group.label == "all seeds" ? tr("all seeds")
                                                     : QString::fromStdString(group.label);
    groupChoice_->addItem(label);
  }
  const int keep = groupChoice_->findText(current);
  groupChoice_->setCurrentIndex(keep >= 0 ? keep : (groupChoice_->count() > 0 ? 0 : -1));
  groupChoice_->setEnabled(groupChoice_->count() > 1);
}

void SweepView::refreshFamilies() {
  const QString current = familyChoice_->currentData().toString();
  QStringList families;
  if (const icl::core::SweepGroup* group = currentGroup()) {
    const QString measure = metric();
    for (const auto& row : group->evaluations) {
      const QString family = QString::fromStdString(row.testFamily);
      if (QString::fromStdString(row.metric) == measure && !families.contains(family)) {
        families << family;
      }
    }
  }
  const QSignalBlocker blocker(familyChoice_);
  familyChoice_->clear();
  for (const QString& family : families) {
    familyChoice_->addItem(family == QLatin1String("mix") ? tr("mix (all families)") : family,
                           family);
  }
  // Keep the user's family; else the mixture, which a mixture sweep is about.
  int keep = familyChoice_->findData(current);
  keep = keep >= 0 ? keep : familyChoice_->findData(QStringLiteral("mix"));
  familyChoice_->setCurrentIndex(keep >= 0 ? keep : (families.isEmpty() ? -1 : 0));
  familyChoice_->setEnabled(families.size() > 1);
}

void SweepView::refreshCharts() {
  const icl::core::SweepGroup empty;
  const icl::core::SweepGroup& group = currentGroup() ? *currentGroup() : empty;
  drawSweepLoss(lossView_, group, this, kLossColumns, lossCurves_);
  const QString measure = metric();
  const QString family = familyChoice_->currentData().toString();
  drawSweepResults(resultView_, group, family, measure, this, resultCurves_);
  const QString groupName = groupChoice_->currentText();
  lossChart_->setTitle(group.losses.empty()
                           ? tr("Training loss: no rows yet")
                           : tr("Training loss, %1: mean and 95 % band over seeds").arg(groupName));
  const bool accuracy = measure == QLatin1String(kAccuracy);
  resultView_->axis(Qt::Horizontal)
      ->setTitleText(resultView_->logX() ? tr("shots + 1 (log scale)")
                                         : (accuracy ? tr("shots") : tr("in-context examples")));
  resultView_->axis(Qt::Vertical)->setTitleText(accuracy ? tr("accuracy") : tr("squared error / D"));
  if (resultCurves_.empty()) {
    resultChart_->setTitle(tr("Final evaluation: no completed point yet"));
  } else {
    resultChart_->setTitle(accuracy ? tr("Final accuracy on %1 against shots").arg(family)
                                    : tr("Squared error against position on %1").arg(family));
  }
  lossView_->setExportCaption(tr("%1, %2: mean over seeds, band = 95 % t-interval, faint = "
                                 "each seed")
                                  .arg(QFileInfo(dir_).fileName(), groupName));
  resultView_->setExportCaption(lossView_->exportCaption());
}

void SweepView::refreshTable() {
  const icl::core::SweepGroup* group = currentGroup();
  QStringList order;
  for (const auto& loss : group ? group->losses : std::vector<icl::core::SweepLossCurve>()) {
    order << QString::fromStdString(loss.learner);
  }
  tableModel_->setRows(group ? group->evaluations : std::vector<icl::core::SweepEvalRow>(),
                       familyChoice_->currentData().toString(), metric(), allShots_->isChecked(),
                       order);
  exportButton_->setEnabled(!tableModel_->rows().empty());
}

void SweepView::refreshStatus() {
  stopButton_->setEnabled(process_->running());
  startButton_->setEnabled(!process_->running());
  if (dir_.isEmpty()) {
    status_->setText(tr("No sweep shown: open a sweep folder (File > Open Sweep Folder…) or "
                        "start one (Sweep > Start Sweep…)."));
    return;
  }
  if (!readError_.isEmpty()) {
    status_->setText(tr("The sweep folder cannot be read: %1").arg(readError_));
    return;
  }
  int running = 0;
  for (const auto& point : summary_.points) {
    running += point.status == "running" ? 1 : 0;
  }
  QString text = tr("%n point(s): ", "", static_cast<int>(summary_.points.size())) +
                 tr("%1 completed, %2 failed, %3 running.")
                     .arg(summary_.completed)
                     .arg(summary_.failed)
                     .arg(running);
  if (process_->running()) {
    text += QLatin1Char(' ') + tr("icl-lab-cli sweep is running.");
  } else if (!processNote_.isEmpty()) {
    text += QLatin1Char(' ') + processNote_;
  }
  status_->setText(text);
}

QString SweepView::tableCsv() const { return tableModel_->csv(); }

void SweepView::onExportCsv() {
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export Sweep CSV"), QFileInfo(dir_).fileName() + QStringLiteral("-seeds.csv"),
      tr("CSV (*.csv)"));
  if (path.isEmpty()) {
    return;
  }
  const QString error = writeTextFile(path, tableCsv());
  if (!error.isEmpty()) {
    Q_EMIT errorOccurred(tr("Export Sweep CSV"), error);
  }
}

void SweepView::openStartDialog() {
  const icl::core::RunConfig config = experiment_();
  const QString suggested = QDir(defaultRoot_()).filePath(
      QStringLiteral("%1-sweep-%2")
          .arg(QString::fromStdString(config.name),
               QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
  SweepDialog dialog(config, suggested, this);
  if (dialog.exec() != QDialog::Accepted) {
    return;
  }
  const QString error = startSweep(dialog.request(), config);
  if (!error.isEmpty()) {
    Q_EMIT errorOccurred(tr("Start Sweep"), error);
  }
}

QString SweepView::startSweep(const SweepRequest& request, const icl::core::RunConfig& config) {
  processNote_.clear();
  const QString error = process_->start(request, config);
  if (error.isEmpty()) {
    openSweep(request.outDir);
    poll_->start();  // follow the sweep even before the tab is shown
  }
  refreshStatus();
  return error;
}

void SweepView::onProcessFinished(int exitCode, const QString& output) {
  if (exitCode == 0) {
    processNote_ = tr("icl-lab-cli sweep finished.");
  } else if (exitCode == SweepProcess::kStoppedExitCode && process_->stopRequested()) {
    processNote_ = tr("Stopped: finished points are kept, running ones are marked stopped; "
                      "the same command continues the sweep.");
  } else {
    processNote_ = tr("icl-lab-cli sweep ended with exit code %1.").arg(exitCode);
  }
  reload();
  refreshStatus();
  if (exitCode != 0 && !process_->stopRequested()) {
    Q_EMIT errorOccurred(tr("Sweep"),
                         tr("icl-lab-cli sweep ended with exit code %1:\n%2")
                             .arg(exitCode)
                             .arg(output.right(2000).trimmed()));
  }
}

void SweepView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (!dir_.isEmpty()) {
    reload();
    poll_->start();
  }
}

void SweepView::hideEvent(QHideEvent* event) {
  QWidget::hideEvent(event);
  if (!process_->running()) {
    poll_->stop();
  }
}

}  // namespace icl::ui
