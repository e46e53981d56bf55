#include "ui/experiment_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QThread>
#include <QValidator>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/training/device_info.h"
#include "ui/episode_preview.h"

namespace icl::ui {

namespace {

using icl::core::TaskFamily;

constexpr double kMaxWeight = 10.0;      // mixture weights are relative; 10 is plenty
constexpr int kSliderStepsPerUnit = 10;  // slider resolution: 0.1 of a weight unit
constexpr int kPreviewDelayMs = 150;     // redraw the preview once typing pauses

const QList<TaskFamily> kMixtureFamilies = {TaskFamily::Sim, TaskFamily::Proto, TaskFamily::Ave,
                                            TaskFamily::Rad};

QSpinBox* intField(int minimum, int maximum, const QString& tip) {
  auto* field = new QSpinBox;
  field->setRange(minimum, maximum);
  field->setToolTip(tip);
  field->setAccelerated(true);
  return field;
}

QDoubleSpinBox* realField(double minimum, double maximum, int decimals, double step,
                          const QString& tip) {
  auto* field = new QDoubleSpinBox;
  field->setRange(minimum, maximum);
  field->setDecimals(decimals);
  field->setSingleStep(step);
  field->setToolTip(tip);
  return field;
}

QDoubleSpinBox* lrField(const QString& learner) {
  return realField(1e-5, 1.0, 5, 1e-4,
                   ExperimentPanel::tr("Adam learning rate of %1 (constant, as in the paper)")
                       .arg(learner));
}

/// Accepts the whole numbers a seed can hold (0 to 2^64 - 1); empty is Intermediate.
class SeedValidator : public QValidator {
 public:
  using QValidator::QValidator;
  State validate(QString& input, int& /*position*/) const override {
    if (input.isEmpty()) {
      return Intermediate;
    }
    bool ok = false;
    input.toULongLong(&ok);
    return ok && !input.startsWith(QLatin1Char('+')) ? Acceptable : Invalid;
  }
};

QLineEdit* seedField(const QString& tip) {
  // Seeds are 64-bit; a spin box holds only an int and would silently change a loaded seed.
  auto* field = new QLineEdit;
  field->setValidator(new SeedValidator(field));
  field->setToolTip(tip);
  return field;
}

QCheckBox* checkField(const QString& text, const QString& tip) {
  auto* field = new QCheckBox(text);
  field->setToolTip(tip);
  return field;
}

QWidget* group(const QString& title, QLayout* layout) {
  auto* box = new QGroupBox(title);
  box->setLayout(layout);
  return box;
}

}  // namespace

ExperimentPanel::ExperimentPanel(QWidget* parent)
    : QWidget(parent), preview_(new EpisodePreview), previewTimer_(new QTimer(this)) {
  auto* content = new QWidget;
  auto* column = new QVBoxLayout(content);
  experiment_ = new QComboBox;
  experiment_->addItem(tr("Few-shot classification (P1, P2)"), QStringLiteral("classification"));
  experiment_->addItem(tr("Linear regression with a curriculum (I1)"), QStringLiteral("regression"));
  experiment_->addItem(tr("Meta-meta-learning over domains (I2)"), QStringLiteral("meta_meta"));
  experiment_->setToolTip(
      tr("Which experiment of the paper to run: the proving part (classification with ICL, "
         "MatchNet, ProtoNet and CNP) or one of the meta-level techniques on linear regression"));
  auto* experimentRow = new QHBoxLayout;
  experimentRow->addWidget(new QLabel(tr("Experiment")));
  experimentRow->addWidget(experiment_, 1);
  column->addLayout(experimentRow);
  classificationGroups_ = {buildMixture(), buildTask(), buildLearners()};
  for (QWidget* group : classificationGroups_) {
    column->addWidget(group);
  }
  regressionGroup_ = buildRegression();
  metaGroup_ = buildMetaMeta();
  column->addWidget(regressionGroup_);
  column->addWidget(metaGroup_);
  trainingGroup_ = buildTraining();
  column->addWidget(trainingGroup_);
  column->addStretch(1);
  auto* scroll = new QScrollArea;
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
          [this] { preview_->setTaskConfig(config().task); });

  // Every field reports edits through one path.
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
  setConfig(icl::core::RunConfig());
}

QWidget* ExperimentPanel::buildMixture() {
  auto* grid = new QGridLayout;
  trainFamily_ = new QComboBox;
  trainFamily_->addItem(tr("Mixture of families"), QStringLiteral("mix"));
  for (TaskFamily family : kMixtureFamilies) {
    const QString name = QString::fromStdString(icl::core::familyName(family));
    trainFamily_->addItem(tr("Only %1").arg(name), name);
  }
  trainFamily_->setToolTip(
      tr("Training tasks: a single family (the paper's P1) or a weighted mixture (P2)"));
  grid->addWidget(new QLabel(tr("Train on")), 0, 0);
  grid->addWidget(trainFamily_, 0, 1, 1, 3);
  const QHash<int, QString> tips = {
      {static_cast<int>(TaskFamily::Sim),
       tr("Pair-wise metric tasks: labels from the nearest of nc random prototypes per class; "
          "MatchNet's structure is optimal")},
      {static_cast<int>(TaskFamily::Proto),
       tr("Class-prototype tasks: Gaussian classes around random centres; ProtoNet's structure "
          "is optimal")},
      {static_cast<int>(TaskFamily::Ave),
       tr("Amortization tasks: a random linear rule through the examples' mean; the CNP's "
          "structure is optimal")},
      {static_cast<int>(TaskFamily::Rad),
       tr("Radial tasks (inside or outside a circle): no learner's structure is optimal")}};
  int row = 1;
  for (TaskFamily family : kMixtureFamilies) {
    MixtureRow mixtureRow;
    mixtureRow.slider = new QSlider(Qt::Horizontal);
    mixtureRow.slider->setRange(0, static_cast<int>(kMaxWeight * kSliderStepsPerUnit));
    mixtureRow.weight = realField(0.0, kMaxWeight, 1, 0.1, {});
    mixtureRow.proportion = new QLabel;
    mixtureRow.proportion->setMinimumWidth(mixtureRow.proportion->fontMetrics().horizontalAdvance(
        QStringLiteral("100 %")));
    const QString tip =
        tips.value(static_cast<int>(family)) +
        tr(". Weight of this family in mixture batches; the proportion is the weight divided by "
           "the sum of weights.");
    mixtureRow.slider->setToolTip(tip);
    mixtureRow.weight->setToolTip(tip);
    grid->addWidget(new QLabel(QString::fromStdString(icl::core::familyName(family))), row, 0);
    grid->addWidget(mixtureRow.slider, row, 1);
    grid->addWidget(mixtureRow.weight, row, 2);
    grid->addWidget(mixtureRow.proportion, row, 3);
    QSlider* slider = mixtureRow.slider;
    QDoubleSpinBox* weight = mixtureRow.weight;
    connect(slider, &QSlider::valueChanged, this, [weight](int value) {
      const double asWeight = static_cast<double>(value) / kSliderStepsPerUnit;
      if (std::abs(weight->value() - asWeight) > 1e-9) {
        weight->setValue(asWeight);
      }
    });
    connect(weight, &QDoubleSpinBox::valueChanged, this, [slider](double value) {
      const QSignalBlocker blocker(slider);
      slider->setValue(static_cast<int>(std::lround(value * kSliderStepsPerUnit)));
    });
    mixture_.insert(static_cast<int>(family), mixtureRow);
    ++row;
  }
  grid->setColumnStretch(1, 1);
  return group(tr("Task mixture"), grid);
}

QWidget* ExperimentPanel::buildTask() {
  auto* form = new QFormLayout;
  d_ = intField(1, 64, tr("Input dimension d of every task (the paper uses 2)"));
  classes_ = intField(2, 10, tr("Number of classes C per task; tokens carry 2C label slots"));
  length_ = intField(1, 500, tr("Examples per training sequence N; query i sees examples 0..i-1"));
  sigma_ = realField(0.01, 10.0, 2, 0.1,
                     tr("Input noise scale sigma; the paper trains at 1 and tests shift at 1..5"));
  ncTrain_ = intField(1, 16, tr("sim family: prototypes per class in training tasks (nc)"));
  ncTest_ = intField(1, 16, tr("sim family: prototypes per class in test tasks"));
  aveAnchorsTrain_ = checkField(
      tr("ave: anchor demonstrations in training"),
      tr("Two anchor examples first in each ave training task (mixture training, spec §2.4)"));
  aveAnchorsTest_ = checkField(tr("ave: anchors in test tasks"),
                               tr("Anchor demonstrations in ave test tasks (test.py)"));
  protoAnchorsTest_ = checkField(tr("proto: anchors in test tasks"),
                                 tr("One example per class first in proto test tasks (test.py)"));
  form->addRow(tr("d"), d_);
  form->addRow(tr("C"), classes_);
  form->addRow(tr("N"), length_);
  form->addRow(tr("sigma"), sigma_);
  form->addRow(tr("nc (train)"), ncTrain_);
  form->addRow(tr("nc (test)"), ncTest_);
  form->addRow(aveAnchorsTrain_);
  form->addRow(aveAnchorsTest_);
  form->addRow(protoAnchorsTest_);
  form->addRow(preview_);
  return group(tr("Task parameters"), form);
}

QWidget* ExperimentPanel::buildLearners() {
  auto* grid = new QGridLayout;
  iclEnabled_ = checkField(tr("ICL transformer"),
                           tr("The paper's linear-attention transformer that learns in context"));
  iclLr_ = lrField(QStringLiteral("ICL"));
  iclDepth_ = intField(1, 16, tr("Transformer layers (the paper uses 8)"));
  iclFfMult_ = intField(1, 16, tr("Feed-forward width as a multiple of the token width d + 2C"));
  iclKernel_ = new QComboBox;
  for (const char* kernel : {"auto", "fused", "torch"}) {
    iclKernel_->addItem(QString::fromLatin1(kernel), QString::fromLatin1(kernel));
  }
  iclKernel_->setToolTip(tr("How the ICL transformer is computed: fused (hand-written, fast on "
                            "the CPU), torch (LibTorch operators, used on CUDA) or auto"));
  matchEnabled_ = checkField(tr("MatchNet"), tr("Pair-wise metric meta-learner (spec §3.2)"));
  matchLr_ = lrField(QStringLiteral("MatchNet"));
  matchSimilarity_ = new QComboBox;
  matchSimilarity_->addItem(tr("cosine"), QStringLiteral("cosine"));
  matchSimilarity_->addItem(tr("dot"), QStringLiteral("dot"));
  matchSimilarity_->setToolTip(
      tr("Similarity of query and example embeddings: dot product in single-family training, "
         "cosine in the mixture (spec §7.4)"));
  protoEnabled_ = checkField(tr("ProtoNet"), tr("Class-prototype meta-learner (spec §3.3)"));
  protoLr_ = lrField(QStringLiteral("ProtoNet"));
  protoEmbedQuery_ = checkField(
      tr("embed query"),
      tr("Embed the query like the prototypes; upstream compares the raw query (spec §7.2)"));
  cnpEnabled_ = checkField(tr("CNP"), tr("Conditional Neural Process, amortization-based"));
  cnpLr_ = lrField(QStringLiteral("CNP"));
  cnpHidden_ = intField(0, 256, tr("Encoder and decoder width; 0 means d + 2C as in the paper"));
  cnpHidden_->setSpecialValueText(tr("auto"));

  grid->addWidget(iclEnabled_, 0, 0);
  grid->addWidget(new QLabel(tr("lr")), 0, 1);
  grid->addWidget(iclLr_, 0, 2);
  grid->addWidget(new QLabel(tr("depth")), 1, 1);
  grid->addWidget(iclDepth_, 1, 2);
  grid->addWidget(new QLabel(tr("FF mult")), 2, 1);
  grid->addWidget(iclFfMult_, 2, 2);
  grid->addWidget(new QLabel(tr("kernel")), 3, 1);
  grid->addWidget(iclKernel_, 3, 2);
  grid->addWidget(matchEnabled_, 4, 0);
  grid->addWidget(new QLabel(tr("lr")), 4, 1);
  grid->addWidget(matchLr_, 4, 2);
  grid->addWidget(matchSimilarity_, 5, 2);
  grid->addWidget(protoEnabled_, 6, 0);
  grid->addWidget(new QLabel(tr("lr")), 6, 1);
  grid->addWidget(protoLr_, 6, 2);
  grid->addWidget(protoEmbedQuery_, 7, 2);
  grid->addWidget(cnpEnabled_, 8, 0);
  grid->addWidget(new QLabel(tr("lr")), 8, 1);
  grid->addWidget(cnpLr_, 8, 2);
  grid->addWidget(new QLabel(tr("width")), 9, 1);
  grid->addWidget(cnpHidden_, 9, 2);
  grid->setColumnStretch(2, 1);
  return group(tr("Learners"), grid);
}

QWidget* ExperimentPanel::buildTraining() {
  auto* form = new QFormLayout;
  steps_ = intField(1, 10'000'000, tr("Optimiser steps; every step draws a fresh batch of tasks"));
  batch_ = intField(1, 4096, tr("Tasks per batch, shared by all learners so comparisons are paired"));
  evalEvery_ = intField(1, 1'000'000, tr("Steps between evaluations on the fixed test tasks"));
  testTasks_ = intField(1, 100'000, tr("Fixed, seeded test tasks per family; more narrows the 95% "
                                       "confidence intervals"));
  testLength_ = intField(1, 4000, tr("Length of test sequences; longer than training shows "
                                     "extrapolation to more shots"));
  seed_ = seedField(
      tr("Seed of every random draw; the same seed and config give the same numbers"));
  seed_->setObjectName(QStringLiteral("seed"));
  device_ = new QComboBox;
  device_->addItem(tr("auto"), QStringLiteral("auto"));
  device_->addItem(tr("CPU"), QStringLiteral("cpu"));
  if (icl::core::cudaAvailable()) {
    device_->addItem(tr("CUDA"), QStringLiteral("cuda"));
  }
  device_->setToolTip(tr("Where LibTorch trains: auto picks CUDA when it sees a GPU"));
  threads_ = intField(0, std::max(1, QThread::idealThreadCount()),
                      tr("LibTorch and OpenBLAS threads; auto uses the measured default (tiny "
                         "models run fastest on one thread)"));
  threads_->setSpecialValueText(tr("auto"));
  trainingForm_ = form;
  classificationTrainingFields_ = {steps_, batch_, evalEvery_, testTasks_, testLength_};
  form->addRow(tr("Steps"), steps_);
  form->addRow(tr("Batch size"), batch_);
  form->addRow(tr("Evaluate every"), evalEvery_);
  form->addRow(tr("Test tasks per family"), testTasks_);
  form->addRow(tr("Test length N"), testLength_);
  form->addRow(tr("Seed"), seed_);
  form->addRow(tr("Device"), device_);
  form->addRow(tr("Threads"), threads_);
  return group(tr("Training"), form);
}

namespace {

QComboBox* sizeField() {
  auto* field = new QComboBox;
  for (const char* size : {"tiny", "small", "standard"}) {
    field->addItem(QString::fromLatin1(size), QString::fromLatin1(size));
  }
  field->setToolTip(ExperimentPanel::tr(
      "GPT-2-style model size: tiny 64/3/2, small 128/6/4, standard 256/12/8 (width, layers, "
      "heads)"));
  return field;
}

QString joinSteps(const std::vector<int64_t>& values) {
  QStringList parts;
  for (int64_t value : values) {
    parts.append(QString::number(value));
  }
  return parts.join(QStringLiteral(", "));
}

std::vector<int64_t> splitSteps(const QString& text) {
  std::vector<int64_t> values;
  for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    bool ok = false;
    const qint64 value = part.trimmed().toLongLong(&ok);
    values.push_back(ok ? value : -1);  // -1 lets validate() name the key
  }
  return values;
}

void setSize(QComboBox* field, const std::string& size) {
  const QString name = QString::fromStdString(size);
  if (field->findData(name) < 0) {
    field->addItem(name, name);  // "custom" keeps its own numbers
  }
  field->setCurrentIndex(field->findData(name));
}

}  // namespace

QWidget* ExperimentPanel::buildRegression() {
  auto* form = new QFormLayout;
  regDims_ = intField(1, 256, tr("Input dimension D of the regression tasks (paper 20)"));
  regPositions_ = intField(1, 1024, tr("Most points per prompt; the model has twice as many "
                                       "positions (x and y tokens)"));
  regSize_ = sizeField();
  regLr_ = realField(1e-6, 1.0, 6, 1e-4, tr("Adam learning rate, constant (paper 1e-4)"));
  regBatch_ = intField(1, 4096, tr("Prompts per training step (paper 64)"));
  regSteps_ = intField(1, 10'000'000, tr("Training steps of each arm (paper 500,000)"));
  regArmCurriculum_ = checkField(tr("curriculum arm"),
                                 tr("A model trained with the curriculum below"));
  regArmPlain_ = checkField(tr("no-curriculum arm"),
                            tr("A model trained at the final dimensions and points throughout"));
  const QStringList parts = {tr("start"), tr("end"), tr("increment"), tr("interval")};
  auto* dimsRow = new QHBoxLayout;
  auto* pointsRow = new QHBoxLayout;
  for (int i = 0; i < 4; ++i) {
    // Ranges sized so four fields fit the dock's width.
    curDims_[i] = intField(i == 3 ? 1 : 0, i == 3 ? 999'999 : 9999,
                           tr("Active dimensions (curriculum over task difficulty): %1")
                               .arg(parts[i]));
    curPoints_[i] = intField(i == 3 ? 1 : 0, i == 3 ? 999'999 : 9999,
                             tr("Points per prompt: %1").arg(parts[i]));
    dimsRow->addWidget(curDims_[i]);
    pointsRow->addWidget(curPoints_[i]);
  }
  regEvalPrompts_ = intField(1, 1'000'000, tr("Fixed, seeded test prompts (paper 1280)"));
  regCheckpoints_ = new QLineEdit;
  regCheckpoints_->setToolTip(
      tr("Steps at which both arms are evaluated and saved, comma-separated (paper 200k, 500k)"));
  form->addRow(tr("D"), regDims_);
  form->addRow(tr("Points (n)"), regPositions_);
  form->addRow(tr("Model"), regSize_);
  form->addRow(tr("lr"), regLr_);
  form->addRow(tr("Batch size"), regBatch_);
  form->addRow(tr("Steps"), regSteps_);
  form->addRow(regArmCurriculum_);
  form->addRow(regArmPlain_);
  form->addRow(new QLabel(tr("Curriculum (start, end, increment, interval):")));
  form->addRow(tr("dims"), dimsRow);
  form->addRow(tr("points"), pointsRow);
  form->addRow(tr("Test prompts"), regEvalPrompts_);
  form->addRow(tr("Checkpoints"), regCheckpoints_);
  return group(tr("Linear regression (I1)"), form);
}

QWidget* ExperimentPanel::buildMetaMeta() {
  auto* form = new QFormLayout;
  metaDims_ = intField(1, 256, tr("Input dimension D (paper 5)"));
  metaPositions_ = intField(1, 1024, tr("Points per prompt (paper 11)"));
  metaSize_ = sizeField();
  metaSupport_ = intField(1, 4096, tr("Support prompts of a domain per meta-step (paper 64)"));
  metaQuery_ = intField(1, 4096, tr("Query prompts of a domain per meta-step (paper 64)"));
  metaInnerSteps_ = intField(0, 100, tr("Inner SGD steps on the support batch (paper 5)"));
  metaInnerLr_ = realField(1e-6, 1.0, 5, 1e-3, tr("Inner SGD learning rate (paper 0.01)"));
  metaSecondOrder_ = checkField(tr("second-order MAML"),
                                tr("Differentiate through the inner steps (paper: yes)"));
  metaLr_ = realField(1e-6, 1.0, 6, 1e-4, tr("Outer Adam learning rate (paper 1e-4)"));
  metaSteps_ = intField(1, 10'000'000, tr("Meta-steps, one domain each (paper 100,000)"));
  metaYScale_ = realField(0.0, 100.0, 2, 0.5, tr("Output scale of training domains: t = scale x "
                                                 "N(0, 1) (paper 8)"));
  metaSupportSizes_ = new QLineEdit;
  metaSupportSizes_->setToolTip(
      tr("Support prompts per new test domain, comma-separated (paper 64, 256, 1024)"));
  metaAdaptSteps_ = intField(0, 10'000, tr("Fine-tune steps of the meta-trained model on a new "
                                           "domain (paper 50)"));
  form->addRow(tr("D"), metaDims_);
  form->addRow(tr("Points (n)"), metaPositions_);
  form->addRow(tr("Model"), metaSize_);
  form->addRow(tr("Support prompts"), metaSupport_);
  form->addRow(tr("Query prompts"), metaQuery_);
  form->addRow(tr("Inner steps"), metaInnerSteps_);
  form->addRow(tr("Inner lr"), metaInnerLr_);
  form->addRow(metaSecondOrder_);
  form->addRow(tr("Meta lr"), metaLr_);
  form->addRow(tr("Meta-steps"), metaSteps_);
  form->addRow(tr("y scale"), metaYScale_);
  form->addRow(tr("Test support sizes"), metaSupportSizes_);
  form->addRow(tr("Adapt steps"), metaAdaptSteps_);
  return group(tr("Meta-meta-learning (I2)"), form);
}

void ExperimentPanel::showExperimentGroups() {
  const QString kind = experiment_->currentData().toString();
  const bool classification = kind == QLatin1String("classification");
  for (QWidget* group : classificationGroups_) {
    group->setVisible(classification);
  }
  for (QWidget* field : classificationTrainingFields_) {
    trainingForm_->setRowVisible(field, classification);
  }
  regressionGroup_->setVisible(kind == QLatin1String("regression"));
  metaGroup_->setVisible(kind == QLatin1String("meta_meta"));
}

void ExperimentPanel::readRegression(icl::core::RunConfig& config) const {
  auto& regression = config.regression;
  regression.nDims = regDims_->value();
  regression.nPositions = regPositions_->value();
  if (regSize_->currentData().toString() != QLatin1String("custom")) {
    regression.model.size = regSize_->currentData().toString().toStdString();
    regression.model.resolveSize();
  }
  regression.lr = regLr_->value();
  regression.batchSize = regBatch_->value();
  regression.steps = regSteps_->value();
  regression.arms.clear();
  if (regArmCurriculum_->isChecked()) {
    regression.arms.push_back("curriculum");
  }
  if (regArmPlain_->isChecked()) {
    regression.arms.push_back("plain");
  }
  auto& dims = regression.curriculum.dims;
  auto& points = regression.curriculum.points;
  dims = {curDims_[0]->value(), curDims_[1]->value(), curDims_[2]->value(), curDims_[3]->value()};
  points = {curPoints_[0]->value(), curPoints_[1]->value(), curPoints_[2]->value(),
            curPoints_[3]->value()};
  regression.evalPrompts = regEvalPrompts_->value();
  regression.checkpoints = splitSteps(regCheckpoints_->text());
}

void ExperimentPanel::readMetaMeta(icl::core::RunConfig& config) const {
  auto& meta = config.metaMeta;
  meta.nDims = metaDims_->value();
  meta.nPositions = metaPositions_->value();
  if (metaSize_->currentData().toString() != QLatin1String("custom")) {
    meta.model.size = metaSize_->currentData().toString().toStdString();
    meta.model.resolveSize();
  }
  meta.supportPrompts = metaSupport_->value();
  meta.queryPrompts = metaQuery_->value();
  meta.innerSteps = metaInnerSteps_->value();
  meta.innerLr = metaInnerLr_->value();
  meta.secondOrder = metaSecondOrder_->isChecked();
  meta.metaLr = metaLr_->value();
  meta.metaSteps = metaSteps_->value();
  meta.yScale = metaYScale_->value();
  meta.supportSizes = splitSteps(metaSupportSizes_->text());
  meta.adaptStepsMeta = metaAdaptSteps_->value();
}

void ExperimentPanel::setConfig(const icl::core::RunConfig& config) {
  loading_ = true;
  base_ = config;
  const auto& task = config.task;
  trainFamily_->setCurrentIndex(std::max(
      0, trainFamily_->findData(QString::fromStdString(icl::core::familyName(task.trainFamily)))));
  for (TaskFamily family : kMixtureFamilies) {
    const auto found = task.mixture.find(family);
    mixture_[static_cast<int>(family)].weight->setValue(found == task.mixture.end() ? 0.0
                                                                                    : found->second);
  }
  d_->setValue(static_cast<int>(task.d));
  classes_->setValue(static_cast<int>(task.classes));
  length_->setValue(static_cast<int>(task.length));
  sigma_->setValue(task.sigma);
  ncTrain_->setValue(static_cast<int>(task.sim.ncTrain));
  ncTest_->setValue(static_cast<int>(task.sim.ncTest));
  aveAnchorsTrain_->setChecked(task.ave.anchorsTrain);
  aveAnchorsTest_->setChecked(task.ave.anchorsTest);
  protoAnchorsTest_->setChecked(task.proto.anchorsTest);

  const auto& learners = config.learners;
  iclEnabled_->setChecked(learners.icl.enabled);
  iclLr_->setValue(learners.icl.lr);
  iclDepth_->setValue(static_cast<int>(learners.icl.depth));
  iclFfMult_->setValue(static_cast<int>(learners.icl.ffMult));
  const QString kernel = QString::fromStdString(learners.icl.kernel);
  if (iclKernel_->findData(kernel) < 0) {
    iclKernel_->addItem(kernel, kernel);  // validate() names an unknown value
  }
  iclKernel_->setCurrentIndex(iclKernel_->findData(kernel));
  matchEnabled_->setChecked(learners.matchNet.enabled);
  matchLr_->setValue(learners.matchNet.lr);
  matchSimilarity_->setCurrentIndex(
      learners.matchNet.similarity == icl::core::Similarity::Cosine ? 0 : 1);
  protoEnabled_->setChecked(learners.protoNet.enabled);
  protoLr_->setValue(learners.protoNet.lr);
  protoEmbedQuery_->setChecked(learners.protoNet.embedQuery);
  cnpEnabled_->setChecked(learners.cnp.enabled);
  cnpLr_->setValue(learners.cnp.lr);
  cnpHidden_->setValue(static_cast<int>(learners.cnp.hidden));

  steps_->setValue(static_cast<int>(config.train.steps));
  batch_->setValue(static_cast<int>(config.train.batchSize));
  evalEvery_->setValue(static_cast<int>(config.train.evalEvery));
  testTasks_->setValue(static_cast<int>(config.eval.tasksPerFamily));
  testLength_->setValue(static_cast<int>(config.eval.length));
  seed_->setText(QString::number(static_cast<qulonglong>(config.seed)));
  const QString device = QString::fromStdString(config.device);
  if (device_->findData(device) < 0) {
    device_->addItem(device, device);  // e.g. a CUDA config opened on a CPU machine
  }
  device_->setCurrentIndex(device_->findData(device));
  threads_->setValue(static_cast<int>(config.threads));

  experiment_->setCurrentIndex(std::max(
      0, experiment_->findData(QString::fromStdString(icl::core::experimentName(config.experiment)))));
  const auto& regression = config.regression;
  regDims_->setValue(static_cast<int>(regression.nDims));
  regPositions_->setValue(static_cast<int>(regression.nPositions));
  setSize(regSize_, regression.model.size);
  regLr_->setValue(regression.lr);
  regBatch_->setValue(static_cast<int>(regression.batchSize));
  regSteps_->setValue(static_cast<int>(regression.steps));
  const auto hasArm = [&regression](const char* arm) {
    return std::find(regression.arms.begin(), regression.arms.end(), arm) != regression.arms.end();
  };
  regArmCurriculum_->setChecked(hasArm("curriculum"));
  regArmPlain_->setChecked(hasArm("plain"));
  const auto& dims = regression.curriculum.dims;
  const auto& points = regression.curriculum.points;
  const int64_t dimsValues[4] = {dims.start, dims.end, dims.inc, dims.interval};
  const int64_t pointsValues[4] = {points.start, points.end, points.inc, points.interval};
  for (int i = 0; i < 4; ++i) {
    curDims_[i]->setValue(static_cast<int>(dimsValues[i]));
    curPoints_[i]->setValue(static_cast<int>(pointsValues[i]));
  }
  regEvalPrompts_->setValue(static_cast<int>(regression.evalPrompts));
  regCheckpoints_->setText(joinSteps(regression.checkpoints));
  const auto& meta = config.metaMeta;
  metaDims_->setValue(static_cast<int>(meta.nDims));
  metaPositions_->setValue(static_cast<int>(meta.nPositions));
  setSize(metaSize_, meta.model.size);
  metaSupport_->setValue(static_cast<int>(meta.supportPrompts));
  metaQuery_->setValue(static_cast<int>(meta.queryPrompts));
  metaInnerSteps_->setValue(static_cast<int>(meta.innerSteps));
  metaInnerLr_->setValue(meta.innerLr);
  metaSecondOrder_->setChecked(meta.secondOrder);
  metaLr_->setValue(meta.metaLr);
  metaSteps_->setValue(static_cast<int>(meta.metaSteps));
  metaYScale_->setValue(meta.yScale);
  metaSupportSizes_->setText(joinSteps(meta.supportSizes));
  metaAdaptSteps_->setValue(static_cast<int>(meta.adaptStepsMeta));
  showExperimentGroups();
  loading_ = false;
  updateProportions();
  updateValidity();
  preview_->setTaskConfig(config.task);
}

icl::core::RunConfig ExperimentPanel::config() const {
  icl::core::RunConfig config = base_;
  auto& task = config.task;
  task.trainFamily = icl::core::parseFamily(trainFamily_->currentData().toString().toStdString())
                         .value_or(TaskFamily::Mix);
  for (TaskFamily family : kMixtureFamilies) {
    task.mixture[family] = mixture_[static_cast<int>(family)].weight->value();
  }
  task.d = d_->value();
  task.classes = classes_->value();
  task.length = length_->value();
  task.sigma = sigma_->value();
  task.sim.ncTrain = ncTrain_->value();
  task.sim.ncTest = ncTest_->value();
  task.ave.anchorsTrain = aveAnchorsTrain_->isChecked();
  task.ave.anchorsTest = aveAnchorsTest_->isChecked();
  task.proto.anchorsTest = protoAnchorsTest_->isChecked();

  auto& learners = config.learners;
  learners.icl.enabled = iclEnabled_->isChecked();
  learners.icl.lr = iclLr_->value();
  learners.icl.depth = iclDepth_->value();
  learners.icl.ffMult = iclFfMult_->value();
  learners.icl.kernel = iclKernel_->currentData().toString().toStdString();
  learners.matchNet.enabled = matchEnabled_->isChecked();
  learners.matchNet.lr = matchLr_->value();
  learners.matchNet.similarity = matchSimilarity_->currentIndex() == 0
                                     ? icl::core::Similarity::Cosine
                                     : icl::core::Similarity::Dot;
  learners.protoNet.enabled = protoEnabled_->isChecked();
  learners.protoNet.lr = protoLr_->value();
  learners.protoNet.embedQuery = protoEmbedQuery_->isChecked();
  learners.cnp.enabled = cnpEnabled_->isChecked();
  learners.cnp.lr = cnpLr_->value();
  learners.cnp.hidden = cnpHidden_->value();

  config.train.steps = steps_->value();
  config.train.batchSize = batch_->value();
  config.train.evalEvery = evalEvery_->value();
  config.eval.tasksPerFamily = testTasks_->value();
  config.eval.length = testLength_->value();
  bool seedOk = false;
  const qulonglong seed = seed_->text().toULongLong(&seedOk);
  config.seed = seedOk ? static_cast<uint64_t>(seed) : base_.seed;
  config.device = device_->currentData().toString().toStdString();
  config.threads = threads_->value();

  const QString kind = experiment_->currentData().toString();
  if (kind == QLatin1String("regression")) {
    config.experiment = icl::core::Experiment::Regression;
    readRegression(config);
  } else if (kind == QLatin1String("meta_meta")) {
    config.experiment = icl::core::Experiment::MetaMeta;
    readMetaMeta(config);
  } else {
    config.experiment = icl::core::Experiment::Classification;
  }
  return config;
}

void ExperimentPanel::setMixtureWeight(TaskFamily family, double weight) {
  mixture_[static_cast<int>(family)].weight->setValue(weight);
}

double ExperimentPanel::shownProportion(TaskFamily family) const {
  double total = 0.0;
  for (const MixtureRow& row : mixture_) {
    total += row.weight->value();
  }
  return total > 0.0 ? mixture_[static_cast<int>(family)].weight->value() / total : 0.0;
}

QString ExperimentPanel::problem() const {
  return problem_->isHidden() ? QString() : problem_->text();
}

void ExperimentPanel::onEdited() {
  if (loading_) {
    return;
  }
  updateProportions();
  updateValidity();
  previewTimer_->start();
  Q_EMIT configEdited();
}

void ExperimentPanel::updateProportions() {
  const bool mixed = trainFamily_->currentData().toString() == QLatin1String("mix");
  for (TaskFamily family : kMixtureFamilies) {
    MixtureRow& row = mixture_[static_cast<int>(family)];
    row.proportion->setText(
        QStringLiteral("%1 %").arg(std::lround(shownProportion(family) * 100.0)));
    row.slider->setEnabled(mixed);
    row.weight->setEnabled(mixed);
    row.proportion->setEnabled(mixed);
  }
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
