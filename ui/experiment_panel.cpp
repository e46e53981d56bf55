#include "ui/experiment_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

#include "core/training/device_info.h"
#include "ui/device_display.h"
#include "ui/episode_preview.h"
#include "ui/form_fields.h"
#include "ui/wheel_guard.h"

namespace icl::ui {

namespace {

constexpr int kPreviewDelayMs = 150;  // redraw the preview once typing pauses

}  // namespace

ExperimentPanel::ExperimentPanel(QWidget* parent)
    : QWidget(parent),
      forms_{{{icl::core::Experiment::Classification, &classification_},
              {icl::core::Experiment::Regression, &regression_},
              {icl::core::Experiment::MetaMeta, &metaMeta_}}},
      previewTimer_(new QTimer(this)) {
  auto* content = new QWidget;
  content_ = content;
  auto* column = new QVBoxLayout(content);
  experiment_ = new QComboBox;
  experiment_->addItem(tr("Few-shot classification (P1, P2)"), QStringLiteral("classification"));
  experiment_->addItem(tr("Linear regression with a curriculum (I1)"),
                       QStringLiteral("regression"));
  experiment_->addItem(tr("Meta-meta-learning over domains (I2)"), QStringLiteral("meta_meta"));
  setHelp(experiment_, tr("Which experiment of the paper to run: the proving part (classification "
                          "with ICL, MatchNet, ProtoNet and CNP) or one of the meta-level "
                          "techniques on linear regression"));
  auto* experimentRow = new QHBoxLayout;
  experimentRow->addWidget(labelFor(tr("Experiment"), experiment_));
  experimentRow->addWidget(experiment_, 1);
  column->addLayout(experimentRow);
  for (const auto& [experiment, form] : forms_) {
    form->build(column);
  }
  column->addWidget(buildTraining());
  column->addStretch(1);
  auto* scroll = new QScrollArea;
  scroll_ = scroll;
  scroll->setWidget(content);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  problem_ = new QLabel;
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #b00020;"));
  problem_->hide();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(scroll, 1);
  layout->addWidget(problem_);

  previewTimer_->setSingleShot(true);
  previewTimer_->setInterval(kPreviewDelayMs);
  connect(previewTimer_, &QTimer::timeout, this,
          [this] { preview()->setTaskConfig(config().task); });

  // Every field of every form reports edits through one path.
  for (QSpinBox* field : content->findChildren<QSpinBox*>()) {
    connect(field, &QSpinBox::valueChanged, this, &ExperimentPanel::onEdited);
  }
  for (QDoubleSpinBox* field : content->findChildren<QDoubleSpinBox*>()) {
    connect(field, &QDoubleSpinBox::valueChanged, this, &ExperimentPanel::onEdited);
  }
  for (QCheckBox* field : content->findChildren<QCheckBox*>()) {
    connect(field, &QCheckBox::toggled, this, &ExperimentPanel::onEdited);
  }
  for (QComboBox* field : content->findChildren<QComboBox*>()) {
    connect(field, &QComboBox::currentIndexChanged, this, &ExperimentPanel::onEdited);
  }
  for (QLineEdit* field : content->findChildren<QLineEdit*>()) {
    if (!qobject_cast<QAbstractSpinBox*>(field->parentWidget())) {
      connect(field, &QLineEdit::textEdited, this, &ExperimentPanel::onEdited);
    }
  }
  connect(experiment_, &QComboBox::currentIndexChanged, this,
          &ExperimentPanel::showExperimentGroups);
  shareHelpWithLabels(content);
  guardWheel(content);  // the wheel scrolls the form; only a focused field takes it
  setConfig(icl::core::RunConfig());
}

QWidget* ExperimentPanel::buildTraining() {
  auto* form = new QFormLayout;
  classification_.addTrainingRows(form);
  seed_ = seedField(
      tr("Seed of every random draw; the same seed and config give the same numbers"));
  seed_->setObjectName(QStringLiteral("seed"));
  device_ = new QComboBox;
  device_->setObjectName(QStringLiteral("device"));
  // Each GPU LibTorch can use, named by the driver (#13); the tooltip says why none is offered
  // when the driver sees one this LibTorch cannot use.
  const icl::core::CudaSupport support = icl::core::cudaSupport();
  const icl::core::GpuDeviceList driver = icl::core::listGpuDevices();
  for (const DeviceChoice& choice : DeviceDisplay::choices(support, driver)) {
    device_->addItem(choice.label, choice.value);
  }
  setHelp(device_, DeviceDisplay::toolTip(support, driver));
  threads_ = intField(0, std::max(1, QThread::idealThreadCount()),
                      tr("LibTorch and OpenBLAS threads; auto uses the measured default (tiny "
                         "models run fastest on one thread)"));
  threads_->setSpecialValueText(tr("auto"));
  form->addRow(tr("Seed"), seed_);
  form->addRow(tr("Device"), device_);
  form->addRow(tr("Threads"), threads_);
  return group(tr("Training"), form);
}

icl::core::Experiment ExperimentPanel::chosenExperiment() const {
  const std::string chosen = experiment_->currentData().toString().toStdString();
  for (const auto& [experiment, form] : forms_) {
    if (icl::core::experimentName(experiment) == chosen) {
      return experiment;
    }
  }
  return icl::core::Experiment::Classification;
}

void ExperimentPanel::showExperimentGroups() {
  const icl::core::Experiment chosen = chosenExperiment();
  for (const auto& [experiment, form] : forms_) {
    form->setVisible(experiment == chosen);
  }
  fitWidthToForm();
}

void ExperimentPanel::fitWidthToForm() {
  content_->layout()->activate();
  const int frame = 2 * scroll_->frameWidth();
  const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll_);
  scroll_->setMinimumWidth(content_->minimumSizeHint().width() + scrollBar + frame);
}

void ExperimentPanel::setConfig(const icl::core::RunConfig& config) {
  loading_ = true;
  base_ = config;
  for (const auto& [experiment, form] : forms_) {
    form->load(config);
  }
  seed_->setText(QString::number(static_cast<qulonglong>(config.seed)));
  selectValue(device_, QString::fromStdString(config.device));
  threads_->setValue(static_cast<int>(config.threads));
  const QString chosen = QString::fromStdString(icl::core::experimentName(config.experiment));
  experiment_->setCurrentIndex(std::max(0, experiment_->findData(chosen)));
  showExperimentGroups();
  loading_ = false;
  classification_.updateProportions();
  updateValidity();
  preview()->setTaskConfig(config.task);
}

icl::core::RunConfig ExperimentPanel::config() const {
  icl::core::RunConfig config = base_;
  config.experiment = chosenExperiment();
  // The classification form writes its sections whatever the experiment; the other forms write
  // theirs only while chosen, so with classification chosen their sections stay as loaded.
  classification_.store(config);
  for (const auto& [experiment, form] : forms_) {
    if (experiment == config.experiment && form != &classification_) {
      form->store(config);
    }
  }
  bool seedOk = false;
  const qulonglong seed = seed_->text().toULongLong(&seedOk);
  config.seed = seedOk ? static_cast<uint64_t>(seed) : base_.seed;
  config.device = device_->currentData().toString().toStdString();
  config.threads = threads_->value();
  return config;
}

void ExperimentPanel::setMixtureWeight(icl::core::TaskFamily family, double weight) {
  classification_.setMixtureWeight(family, weight);
}

double ExperimentPanel::shownProportion(icl::core::TaskFamily family) const {
  return classification_.shownProportion(family);
}

QString ExperimentPanel::problem() const {
  return problem_->isHidden() ? QString() : problem_->text();
}

void ExperimentPanel::onEdited() {
  if (loading_) {
    return;
  }
  classification_.updateProportions();
  updateValidity();
  previewTimer_->start();
  Q_EMIT configEdited();
}

void ExperimentPanel::updateValidity() {
  const icl::core::Status valid = config().validate();
  QString problem = valid ? QString() : QString::fromStdString(valid.error());
  if (seed_->text().isEmpty()) {
    problem = tr("Seed: enter a whole number from 0 to %1")
                  .arg(std::numeric_limits<qulonglong>::max());
  }
  problem_->setText(problem);
  problem_->setVisible(!problem.isEmpty());
}

}  // namespace icl::ui
