#include "ui/playground_view.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/decision_region_view.h"
#include "ui/playground_export.h"
#include "ui/playground_worker.h"

namespace icl::ui {

namespace {

using icl::core::PlaygroundPanel;
using icl::core::TaskFamily;

QString panelTitle(PlaygroundPanel panel) {
  switch (panel) {
    case PlaygroundPanel::Icl:
      return PlaygroundView::tr("ICL transformer");
    case PlaygroundPanel::MatchNet:
      return PlaygroundView::tr("MatchNet");
    case PlaygroundPanel::ProtoNet:
      return PlaygroundView::tr("ProtoNet");
    case PlaygroundPanel::Cnp:
      return PlaygroundView::tr("CNP");
    case PlaygroundPanel::Rule:
      return PlaygroundView::tr("Plug-in rule");
  }
  return {};
}

QString ruleTitle(TaskFamily family) {
  switch (family) {
    case TaskFamily::Sim:
      return PlaygroundView::tr("Rule: cosine vote (sim)");
    case TaskFamily::Proto:
      return PlaygroundView::tr("Rule: nearest class mean (proto)");
    case TaskFamily::Ave:
      return PlaygroundView::tr("Rule: mean offset (ave)");
    default:
      return PlaygroundView::tr("Plug-in rule");
  }
}

void addFamilies(QComboBox* box, const std::vector<TaskFamily>& families) {
  for (const TaskFamily family : families) {
    box->addItem(QString::fromStdString(icl::core::familyName(family)), static_cast<int>(family));
  }
}

}  // namespace

PlaygroundView::PlaygroundView(std::function<QString()> currentRun, QWidget* parent)
    : QWidget(parent), currentRun_(std::move(currentRun)) {
  setObjectName(QStringLiteral("playgroundView"));
  setFocusPolicy(Qt::StrongFocus);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(buildRunRow());
  layout->addWidget(buildSupportRow());
  layout->addWidget(buildFillRow());
  banner_ = new QLabel;
  banner_->setObjectName(QStringLiteral("playgroundBanner"));
  banner_->setWordWrap(true);
  banner_->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; padding: 6px; }"));
  layout->addWidget(banner_);

  auto* grid = new QGridLayout;
  grid->setSpacing(4);
  for (int i = 0; i < icl::core::kPlaygroundPanels; ++i) {
    const PlaygroundPanel kind = icl::core::allPlaygroundPanels()[static_cast<std::size_t>(i)];
    auto* view = new DecisionRegionView(panelTitle(kind));
    view->setObjectName(QStringLiteral("panel_") +
                        QString::fromStdString(icl::core::playgroundPanelName(kind)));
    panels_[static_cast<std::size_t>(i)] = view;
    grid->addWidget(view, i / 3, i % 3);
    connectPanel(view, i);
  }
  panels_.back()->setTitle(ruleTitle(ruleFamily()));
  auto* help = new QLabel(
      tr("<b>How to use</b>: left-click adds a point of the chosen class; drag a point to move "
         "it; right-click it (or select it and press Delete) to remove it. The numbers are the "
         "order of the support.<br>The ICL transformer has no positional encoding and its "
         "attention is not causal, so when it sees the whole support its prediction does not "
         "depend on the order. The order matters through <i>Use first k</i>: every learner "
         "then sees only points 1..k (the others are drawn hollow), as the model does at "
         "shot k of a sequence.<br>Colour: probability of class 0 (blue) against class 1 "
         "(orange); black line: 0.5. The plug-in rule is a hard decision (its black line); "
         "its colours are the softmax of its scores, for display only.<br>While a point is "
         "dragged the panels are computed on a %1 × %1 grid, then on %2 × %2 when it is "
         "released.")
          .arg(kPreviewGrid)
          .arg(kFullGrid));
  help->setObjectName(QStringLiteral("playgroundHelp"));
  help->setWordWrap(true);
  help->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  help->setTextFormat(Qt::RichText);
  grid->addWidget(help, 1, 2);
  for (int column = 0; column < 3; ++column) {
    grid->setColumnStretch(column, 1);
  }
  grid->setRowStretch(0, 1);
  grid->setRowStretch(1, 1);
  layout->addLayout(grid, 1);

  status_ = new QLabel(tr("Move the mouse over a panel to read each learner's P(class 0)."));
  status_->setObjectName(QStringLiteral("playgroundCursor"));
  timing_ = new QLabel;
  timing_->setObjectName(QStringLiteral("playgroundTiming"));
  auto* statusRow = new QHBoxLayout;
  statusRow->addWidget(status_, 1);
  statusRow->addWidget(timing_);
  layout->addLayout(statusRow);

  thread_ = new QThread(this);
  worker_ = new PlaygroundWorker;
  worker_->moveToThread(thread_);
  connect(thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(worker_, &PlaygroundWorker::resultReady, this, &PlaygroundView::showResult);
  thread_->start();

  setOff(tr("No run chosen: use the window's run or open a run folder of a d = 2, C = 2 "
            "classification run."));
}

PlaygroundView::~PlaygroundView() {
  thread_->quit();
  thread_->wait();
}

QWidget* PlaygroundView::buildRunRow() {
  auto* row = new QWidget;
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  runLabel_ = new QLabel(tr("Run: none"));
  runLabel_->setObjectName(QStringLiteral("playgroundRun"));
  runLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  runLabel_->setWordWrap(true);  // a long folder or note must not push the buttons away
  runLabel_->setMinimumWidth(120);
  auto* useWindow = new QPushButton(tr("Use the window's run"));
  useWindow->setObjectName(QStringLiteral("playgroundUseWindowRun"));
  connect(useWindow, &QPushButton::clicked, this, [this] {
    const QString dir = currentRun_ ? currentRun_() : QString();
    if (dir.isEmpty()) {
      setOff(tr("The window shows no run yet: start one, open one, or open a run folder here."));
      return;
    }
    openRun(dir);
  });
  auto* openFolder = new QPushButton(tr("Open run folder…"));
  connect(openFolder, &QPushButton::clicked, this, &PlaygroundView::chooseRunFolder);
  checkpoint_ = new QComboBox;
  checkpoint_->setObjectName(QStringLiteral("playgroundCheckpoint"));
  checkpoint_->addItem(tr("final checkpoint"), QStringLiteral("final"));
  checkpoint_->addItem(tr("best checkpoint"), QStringLiteral("best"));
  checkpoint_->addItem(tr("latest state"), QStringLiteral("latest"));
  checkpoint_->setToolTip(
      tr("final: the end of training; best: the best evaluation; latest state: the weights of "
         "the last evaluation (a running or paused run)."));
  connect(checkpoint_, &QComboBox::currentIndexChanged, this, [this] {
    if (!runDir_.isEmpty()) {
      openRun(runDir_);
    }
  });
  ruleFamily_ = new QComboBox;
  ruleFamily_->setObjectName(QStringLiteral("playgroundRuleFamily"));
  addFamilies(ruleFamily_, {TaskFamily::Sim, TaskFamily::Proto, TaskFamily::Ave});
  ruleFamily_->setCurrentIndex(1);
  connect(ruleFamily_, &QComboBox::currentIndexChanged, this, [this] {
    panels_.back()->setTitle(ruleTitle(ruleFamily()));
    requestRegions(false);
  });
  range_ = new QDoubleSpinBox;
  range_->setObjectName(QStringLiteral("playgroundRange"));
  range_->setRange(0.5, 20.0);
  range_->setSingleStep(0.5);
  range_->setValue(4.0);
  range_->setPrefix(QStringLiteral("± "));
  connect(range_, &QDoubleSpinBox::valueChanged, this, [this](double range) {
    for (DecisionRegionView* view : panels_) {
      view->setRange(range);
    }
    requestRegions(false);
  });
  layout->addWidget(runLabel_, 1);
  layout->addWidget(useWindow);
  layout->addWidget(openFolder);
  layout->addWidget(checkpoint_);
  layout->addWidget(new QLabel(tr("Rule of")));
  layout->addWidget(ruleFamily_);
  layout->addWidget(new QLabel(tr("Axes")));
  layout->addWidget(range_);
  return row;
}

QWidget* PlaygroundView::buildSupportRow() {
  auto* row = new QWidget;
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  classGroup_ = new QButtonGroup(this);
  for (int label = 0; label < 2; ++label) {
    auto* button = new QToolButton;
    button->setText(tr("Add class %1").arg(label));
    button->setObjectName(QStringLiteral("playgroundClass%1").arg(label));
    button->setCheckable(true);
    button->setChecked(label == 0);
    classGroup_->addButton(button, label);
    layout->addWidget(button);
  }
  const auto addButton = [this, layout](const QString& text, const QString& name,
                                        const std::function<void()>& action) {
    auto* button = new QPushButton(text);
    button->setObjectName(name);
    connect(button, &QPushButton::clicked, this, action);
    layout->addWidget(button);
    return button;
  };
  addButton(tr("Earlier"), QStringLiteral("playgroundEarlier"), [this] { moveSelected(-1); });
  addButton(tr("Later"), QStringLiteral("playgroundLater"), [this] { moveSelected(1); });
  addButton(tr("Delete"), QStringLiteral("playgroundDelete"), [this] { removePoint(selected_); });
  addButton(tr("Clear"), QStringLiteral("playgroundClear"),
            [this] { setSupport(icl::core::SupportSet{}); });
  layout->addSpacing(12);
  layout->addWidget(new QLabel(tr("Use first k:")));
  firstK_ = new QSpinBox;
  firstK_->setObjectName(QStringLiteral("playgroundFirstK"));
  firstK_->setRange(0, 1000);
  firstK_->setSpecialValueText(tr("all"));
  firstK_->setToolTip(tr("Every learner sees only the first k support points (0: all)."));
  connect(firstK_, &QSpinBox::valueChanged, this, [this] { supportChanged(false); });
  layout->addWidget(firstK_);
  layout->addStretch(1);
  return row;
}

QWidget* PlaygroundView::buildFillRow() {
  auto* row = new QWidget;
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(new QLabel(tr("Sample a task:")));
  sampleFamily_ = new QComboBox;
  sampleFamily_->setObjectName(QStringLiteral("playgroundSampleFamily"));
  addFamilies(sampleFamily_, icl::core::baseFamilies());
  sampleCount_ = new QSpinBox;
  sampleCount_->setObjectName(QStringLiteral("playgroundSampleCount"));
  sampleCount_->setRange(1, 128);
  sampleCount_->setValue(16);
  sampleCount_->setPrefix(tr("k = "));
  sampleSeed_ = new QSpinBox;
  sampleSeed_->setObjectName(QStringLiteral("playgroundSeed"));
  sampleSeed_->setRange(0, 1000000);
  sampleSeed_->setValue(1);
  sampleSeed_->setPrefix(tr("seed "));
  auto* sample = new QPushButton(tr("Sample"));
  sample->setObjectName(QStringLiteral("playgroundSample"));
  connect(sample, &QPushButton::clicked, this, &PlaygroundView::sampleSupport);
  preset_ = new QComboBox;
  preset_->setObjectName(QStringLiteral("playgroundPreset"));
  for (const auto& preset : icl::core::playgroundPresets()) {
    preset_->addItem(QString::fromStdString(preset.name));
  }
  auto* loadPresetButton = new QPushButton(tr("Load preset"));
  loadPresetButton->setToolTip(
      tr("Fixed supports like the paper's decision-boundary plots: one seeded test task per "
         "family."));
  connect(loadPresetButton, &QPushButton::clicked, this,
          [this] { loadPreset(preset_->currentText()); });
  auto* exportAll = new QPushButton(tr("Export all…"));
  exportAll->setObjectName(QStringLiteral("playgroundExportAll"));
  connect(exportAll, &QPushButton::clicked, this, &PlaygroundView::exportAllDialog);
  layout->addWidget(sampleFamily_);
  layout->addWidget(sampleCount_);
  layout->addWidget(sampleSeed_);
  layout->addWidget(sample);
  layout->addSpacing(12);
  layout->addWidget(new QLabel(tr("Preset:")));
  layout->addWidget(preset_);
  layout->addWidget(loadPresetButton);
  layout->addStretch(1);
  layout->addWidget(exportAll);
  return row;
}

void PlaygroundView::connectPanel(DecisionRegionView* view, int index) {
  connect(view, &DecisionRegionView::addRequested, this, &PlaygroundView::addPoint);
  connect(view, &DecisionRegionView::pointPressed, this, &PlaygroundView::select);
  connect(view, &DecisionRegionView::moveRequested, this, &PlaygroundView::movePoint);
  connect(view, &DecisionRegionView::dragFinished, this, [this] {
    dragging_ = false;
    requestRegions(false);
  });
  connect(view, &DecisionRegionView::removeRequested, this, &PlaygroundView::removePoint);
  connect(view, &DecisionRegionView::cursorMoved, this, &PlaygroundView::showCursor);
  connect(view, &DecisionRegionView::exportRequested, this,
          [this, index] { exportPanelDialog(index); });
}

bool PlaygroundView::openRun(const QString& runDir) {
  const std::string checkpoint = checkpoint_->currentData().toString().toStdString();
  auto opened = icl::core::PlaygroundModels::open(runDir.toStdString(), checkpoint);
  runDir_ = runDir;
  runLabel_->setText(tr("Run: %1").arg(QFileInfo(runDir).fileName()));
  runLabel_->setToolTip(QDir::toNativeSeparators(runDir));
  if (!opened) {
    setOff(tr("The playground is off for this run: %1")
               .arg(QString::fromStdString(opened.error())));
    return false;
  }
  models_ = std::make_shared<const icl::core::PlaygroundModels>(std::move(opened).value());
  if (!models_->note().empty()) {
    runLabel_->setText(tr("Run: %1 (%2)")
                           .arg(QFileInfo(runDir).fileName(),
                                QString::fromStdString(models_->note())));
  }
  offReason_.clear();
  banner_->hide();
  firstSerialOfModels_ = serial_ + 1;
  if (support_.points.empty()) {
    loadPreset(QStringLiteral("proto-32"));  // something to look at; Clear empties it
  } else {
    requestRegions(false);
  }
  return true;
}

QString PlaygroundView::offReason() const { return offReason_; }

void PlaygroundView::setOff(const QString& reason) {
  models_.reset();
  offReason_ = reason;
  banner_->setText(reason);
  banner_->show();
  firstSerialOfModels_ = serial_ + 1;  // results still in flight belong to the old run
  shownSerial_ = serial_;              // nothing more will be shown
  for (DecisionRegionView* view : panels_) {
    view->setMessage(reason);
  }
  timing_->clear();
}

void PlaygroundView::setSupport(const icl::core::SupportSet& support) {
  support_ = support;
  selected_ = -1;
  supportChanged(false);
}

icl::core::SupportSet PlaygroundView::usedSupport() const {
  const int k = firstK_->value();
  return icl::core::firstPoints(support_, k == 0 ? -1 : k);
}

void PlaygroundView::supportChanged(bool preview) {
  const auto used = static_cast<int>(usedSupport().points.size());
  for (DecisionRegionView* view : panels_) {
    view->setSupport(support_, selected_, used);
  }
  requestRegions(preview);
}

icl::core::GridSpec PlaygroundView::gridSpec(bool preview) const {
  icl::core::GridSpec grid;
  grid.xMin = grid.yMin = -range_->value();
  grid.xMax = grid.yMax = range_->value();
  grid.rows = grid.columns = preview ? kPreviewGrid : kFullGrid;
  return grid;
}

TaskFamily PlaygroundView::ruleFamily() const {
  return static_cast<TaskFamily>(ruleFamily_->currentData().toInt());
}

void PlaygroundView::requestRegions(bool preview) {
  if (!models_) {
    return;
  }
  PlaygroundRequest request;
  request.models = models_;
  request.support = usedSupport();
  request.grid = gridSpec(preview);
  request.ruleFamily = ruleFamily();
  request.serial = ++serial_;
  request.preview = preview;
  worker_->submit(std::move(request));
}

void PlaygroundView::showResult(const PlaygroundResult& result) {
  if (result.serial < firstSerialOfModels_ || !models_) {
    return;  // computed for a run that is no longer shown
  }
  shownSerial_ = result.serial;
  for (std::size_t i = 0; i < panels_.size(); ++i) {
    panels_[i]->setRegions(result.panels[i], result.grid);
  }
  timing_->setText(tr("%1 × %2 grid, all panels %3 ms%4")
                       .arg(result.grid.columns)
                       .arg(result.grid.rows)
                       .arg(result.milliseconds, 0, 'f', 0)
                       .arg(result.preview ? tr(" (preview while dragging)") : QString()));
  Q_EMIT regionsUpdated(result.preview);
}

QString PlaygroundView::cursorText() const { return status_->text(); }

void PlaygroundView::showCursor(double x, double y) {
  if (!models_) {
    return;
  }
  // Exact values at the cursor (one query per learner), not read off the grid.
  const icl::core::SupportSet used = usedSupport();
  const std::vector<float> point = {static_cast<float>(x), static_cast<float>(y)};
  const auto panels = models_->evaluateAll(used, point, ruleFamily());
  QStringList parts;
  for (std::size_t i = 0; i < panels.size(); ++i) {
    const QString value = panels[i].available ? QString::number(panels[i].classZero[0], 'f', 3)
                                              : QStringLiteral("–");
    const QString name = i + 1 == panels.size()
                             ? tr("rule")
                             : panelTitle(icl::core::allPlaygroundPanels()[i]);
    parts << QStringLiteral("%1 %2").arg(name, value);
  }
  status_->setText(tr("(%1, %2)  P(class 0): %3")
                       .arg(x, 0, 'f', 2)
                       .arg(y, 0, 'f', 2)
                       .arg(parts.join(QStringLiteral(" · "))));
}

void PlaygroundView::addPoint(double x, double y) {
  support_.points.push_back({static_cast<float>(x), static_cast<float>(y)});
  support_.labels.push_back(std::max(0, classGroup_->checkedId()));
  selected_ = static_cast<int>(support_.points.size()) - 1;
  supportChanged(false);
}

void PlaygroundView::movePoint(int index, double x, double y) {
  if (index < 0 || index >= static_cast<int>(support_.points.size())) {
    return;
  }
  dragging_ = true;
  support_.points[static_cast<std::size_t>(index)] = {static_cast<float>(x),
                                                      static_cast<float>(y)};
  supportChanged(true);
}

void PlaygroundView::removePoint(int index) {
  if (index < 0 || index >= static_cast<int>(support_.points.size())) {
    return;
  }
  support_.points.erase(support_.points.begin() + index);
  support_.labels.erase(support_.labels.begin() + index);
  selected_ = -1;
  supportChanged(false);
}

void PlaygroundView::select(int index) {
  selected_ = index;
  setFocus();  // Delete then removes it
  const auto used = static_cast<int>(usedSupport().points.size());
  for (DecisionRegionView* view : panels_) {
    view->setSupport(support_, selected_, used);
  }
}

void PlaygroundView::moveSelected(int offset) {
  const int to = selected_ + offset;
  if (selected_ < 0 || to < 0 || to >= static_cast<int>(support_.points.size())) {
    return;
  }
  std::swap(support_.points[static_cast<std::size_t>(selected_)],
            support_.points[static_cast<std::size_t>(to)]);
  std::swap(support_.labels[static_cast<std::size_t>(selected_)],
            support_.labels[static_cast<std::size_t>(to)]);
  selected_ = to;
  supportChanged(false);
}

void PlaygroundView::keyPressEvent(QKeyEvent* event) {
  if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && selected_ >= 0) {
    removePoint(selected_);
    event->accept();
    return;
  }
  QWidget::keyPressEvent(event);
}

void PlaygroundView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  // First time shown: the window's run, if it has one and none was chosen here.
  if (runDir_.isEmpty() && currentRun_) {
    const QString dir = currentRun_();
    if (!dir.isEmpty()) {
      openRun(dir);
    }
  }
}

void PlaygroundView::sampleSupport() {
  const icl::core::TaskConfig task = models_ ? models_->task() : icl::core::TaskConfig{};
  const auto family = static_cast<TaskFamily>(sampleFamily_->currentData().toInt());
  const auto sampled = icl::core::samplePlaygroundSupport(
      task, family, sampleCount_->value(), static_cast<uint64_t>(sampleSeed_->value()));
  if (!sampled) {
    QMessageBox::warning(this, tr("Sample a task"), QString::fromStdString(sampled.error()));
    return;
  }
  setSupport(sampled.value());
}

bool PlaygroundView::loadPreset(const QString& name) {
  for (const auto& preset : icl::core::playgroundPresets()) {
    if (QString::fromStdString(preset.name) != name) {
      continue;
    }
    preset_->setCurrentText(name);
    sampleFamily_->setCurrentIndex(sampleFamily_->findData(static_cast<int>(preset.family)));
    sampleCount_->setValue(static_cast<int>(preset.count));
    sampleSeed_->setValue(static_cast<int>(preset.seed));
    const int rule = ruleFamily_->findData(static_cast<int>(preset.family));
    if (rule >= 0) {
      const QSignalBlocker block(ruleFamily_);  // one evaluation below, not two
      ruleFamily_->setCurrentIndex(rule);
      panels_.back()->setTitle(ruleTitle(ruleFamily()));
    }
    firstK_->setValue(0);
    sampleSupport();
    return true;
  }
  return false;
}

void PlaygroundView::chooseRunFolder() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a run folder"), runDir_);
  if (!dir.isEmpty()) {
    openRun(dir);
  }
}

QString PlaygroundView::exportPanels(int index, const QString& path) const {
  QVector<const DecisionRegionView*> chosen;
  if (index < 0) {
    for (const DecisionRegionView* view : panels_) {
      chosen.append(view);
    }
  } else if (index < static_cast<int>(panels_.size())) {
    chosen.append(panels_[static_cast<std::size_t>(index)]);
  }
  if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
    return exportPanelsSvg(chosen, path);
  }
  if (path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) {
    return exportPanelsPng(chosen, path);
  }
  return tr("%1: choose a file name ending in .png or .svg").arg(path);
}

void PlaygroundView::exportAllDialog() {
  exportPanelDialog(-1);
}

void PlaygroundView::exportPanelDialog(int index) {
  const QString name =
      index < 0 ? QStringLiteral("playground")
                : QStringLiteral("playground-") +
                      QString::fromStdString(icl::core::playgroundPanelName(
                          icl::core::allPlaygroundPanels()[static_cast<std::size_t>(index)]));
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export panels"), QDir::home().filePath(name + QStringLiteral(".png")),
      tr("PNG image (*.png);;SVG drawing (*.svg)"));
  if (path.isEmpty()) {
    return;
  }
  const QString error = exportPanels(index, path);
  if (!error.isEmpty()) {
    QMessageBox::warning(this, tr("Export panels"), error);
  }
}

}  // namespace icl::ui
