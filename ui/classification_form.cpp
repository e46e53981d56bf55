#include "ui/classification_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <algorithm>
#include <cmath>

#include "ui/episode_preview.h"
#include "ui/form_fields.h"

namespace icl::ui {

namespace {

using icl::core::TaskFamily;

constexpr double kMaxWeight = 10.0;      // mixture weights are relative; 10 is plenty
constexpr int kSliderStepsPerUnit = 10;  // slider resolution: 0.1 of a weight unit

const QList<TaskFamily> kMixtureFamilies = {TaskFamily::Sim, TaskFamily::Proto, TaskFamily::Ave,
                                            TaskFamily::Rad};
// The test families in the order eval.families lists them (the default's order, rad before mix).
const QList<TaskFamily> kTestFamilies = {TaskFamily::Proto, TaskFamily::Ave, TaskFamily::Sim,
                                         TaskFamily::Rad, TaskFamily::Mix};

}  // namespace

QList<QWidget*> ClassificationForm::buildGroups() {
  return {buildMixture(), buildTask(), buildLearners()};
}

QWidget* ClassificationForm::buildMixture() {
  auto* grid = new QGridLayout;
  trainFamily_ = new QComboBox;
  trainFamily_->addItem(tr("Mixture of families"), QStringLiteral("mix"));
  for (TaskFamily family : kMixtureFamilies) {
    const QString name = QString::fromStdString(icl::core::familyName(family));
    trainFamily_->addItem(tr("Only %1").arg(name), name);
  }
  setHelp(trainFamily_,
          tr("Training tasks: a single family (the paper's P1) or a weighted mixture (P2)"));
  grid->addWidget(labelFor(tr("Train on"), trainFamily_), 0, 0);
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
    setHelp(mixtureRow.slider, tip);
    setHelp(mixtureRow.weight, tip);
    grid->addWidget(
        labelFor(QString::fromStdString(icl::core::familyName(family)), mixtureRow.weight), row,
        0);
    grid->addWidget(mixtureRow.slider, row, 1);
    grid->addWidget(mixtureRow.weight, row, 2);
    grid->addWidget(mixtureRow.proportion, row, 3);
    QSlider* slider = mixtureRow.slider;
    QDoubleSpinBox* weight = mixtureRow.weight;
    QObject::connect(slider, &QSlider::valueChanged, weight, [weight](int value) {
      const double asWeight = static_cast<double>(value) / kSliderStepsPerUnit;
      if (std::abs(weight->value() - asWeight) > 1e-9) {
        weight->setValue(asWeight);
      }
    });
    QObject::connect(weight, &QDoubleSpinBox::valueChanged, slider, [slider](double value) {
      const QSignalBlocker blocker(slider);
      slider->setValue(static_cast<int>(std::lround(value * kSliderStepsPerUnit)));
    });
    mixture_.insert(static_cast<int>(family), mixtureRow);
    ++row;
  }
  grid->setColumnStretch(1, 1);
  QObject::connect(trainFamily_, &QComboBox::currentIndexChanged, trainFamily_,
                   [this] { followRadTraining(); });
  QObject::connect(mixture_[static_cast<int>(TaskFamily::Rad)].weight,
                   &QDoubleSpinBox::valueChanged, trainFamily_, [this] { followRadTraining(); });
  return group(tr("Task mixture"), grid);
}

QWidget* ClassificationForm::buildTask() {
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
      tr("Two anchor examples first in each ave training task (mixture training, design.md §2.4)"));
  aveAnchorsTest_ = checkField(tr("ave: anchors in test tasks"),
                               tr("Anchor demonstrations in ave test tasks (test.py)"));
  protoAnchorsTest_ = checkField(tr("proto: anchors in test tasks"),
                                 tr("One example per class first in proto test tasks (test.py)"));
  preview_ = new EpisodePreview;
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

QWidget* ClassificationForm::buildLearners() {
  auto* grid = new QGridLayout;
  iclEnabled_ = checkField(tr("ICL transformer"),
                           tr("The paper's linear-attention transformer that learns in context"));
  iclLr_ = lrField(QStringLiteral("ICL"));
  iclDepth_ = intField(1, 16, tr("Transformer layers (the paper uses 8)"));
  iclFfMult_ = intField(1, 16, tr("Feed-forward width as a multiple of the token width d + 2C"));
  iclKernel_ = nameField({"auto", "fused", "torch"},
                         tr("How the ICL transformer is computed: fused (hand-written, fast on "
                            "the CPU), torch (LibTorch operators, used on CUDA) or auto"));
  matchEnabled_ = checkField(tr("MatchNet"), tr("Pair-wise metric meta-learner (design.md §3.2)"));
  matchLr_ = lrField(QStringLiteral("MatchNet"));
  matchSimilarity_ = new QComboBox;
  matchSimilarity_->addItem(tr("cosine"), QStringLiteral("cosine"));
  matchSimilarity_->addItem(tr("dot"), QStringLiteral("dot"));
  setHelp(matchSimilarity_,
          tr("Similarity of query and example embeddings: dot product in single-family training, "
             "cosine in the mixture (design.md §7.4)"));
  protoEnabled_ = checkField(tr("ProtoNet"), tr("Class-prototype meta-learner (design.md §3.3)"));
  protoLr_ = lrField(QStringLiteral("ProtoNet"));
  protoEmbedQuery_ = checkField(
      tr("embed query"),
      tr("Embed the query like the prototypes; upstream compares the raw query (design.md §7.2)"));
  cnpEnabled_ = checkField(tr("CNP"), tr("Conditional Neural Process, amortization-based"));
  cnpLr_ = lrField(QStringLiteral("CNP"));
  cnpHidden_ = intField(0, 256, tr("Encoder and decoder width; 0 means d + 2C as in the paper"));
  cnpHidden_->setSpecialValueText(tr("auto"));

  grid->addWidget(iclEnabled_, 0, 0);
  grid->addWidget(labelFor(tr("lr"), iclLr_), 0, 1);
  grid->addWidget(iclLr_, 0, 2);
  grid->addWidget(labelFor(tr("depth"), iclDepth_), 1, 1);
  grid->addWidget(iclDepth_, 1, 2);
  grid->addWidget(labelFor(tr("FF mult"), iclFfMult_), 2, 1);
  grid->addWidget(iclFfMult_, 2, 2);
  grid->addWidget(labelFor(tr("kernel"), iclKernel_), 3, 1);
  grid->addWidget(iclKernel_, 3, 2);
  grid->addWidget(matchEnabled_, 4, 0);
  grid->addWidget(labelFor(tr("lr"), matchLr_), 4, 1);
  grid->addWidget(matchLr_, 4, 2);
  grid->addWidget(matchSimilarity_, 5, 2);
  grid->addWidget(protoEnabled_, 6, 0);
  grid->addWidget(labelFor(tr("lr"), protoLr_), 6, 1);
  grid->addWidget(protoLr_, 6, 2);
  grid->addWidget(protoEmbedQuery_, 7, 2);
  grid->addWidget(cnpEnabled_, 8, 0);
  grid->addWidget(labelFor(tr("lr"), cnpLr_), 8, 1);
  grid->addWidget(cnpLr_, 8, 2);
  grid->addWidget(labelFor(tr("width"), cnpHidden_), 9, 1);
  grid->addWidget(cnpHidden_, 9, 2);
  grid->setColumnStretch(2, 1);
  return group(tr("Learners"), grid);
}

void ClassificationForm::addTrainingRows(QFormLayout* training) {
  steps_ = intField(1, 10'000'000, tr("Optimiser steps; every step draws a fresh batch of tasks"));
  batch_ = intField(1, 4096,
                    tr("Tasks per batch, shared by all learners so comparisons are paired"));
  evalEvery_ = intField(1, 1'000'000, tr("Steps between evaluations on the fixed test tasks"));
  testTasks_ = intField(1, 100'000, tr("Fixed, seeded test tasks per family; more narrows the 95% "
                                       "confidence intervals"));
  testLength_ = intField(1, 4000, tr("Length of test sequences; longer than training shows "
                                     "extrapolation to more shots"));
  QWidget* testFamilies = buildTestFamilies();
  // Label above the boxes: beside them, the row would set the form's (and the dock's) width.
  QLabel* testFamiliesLabel = labelFor(tr("Test families"), testFamilies);
  training_ = training;
  trainingFields_ = {steps_,      batch_,           evalEvery_,  testTasks_,
                     testLength_, testFamiliesLabel, testFamilies};
  training->addRow(tr("Steps"), steps_);
  training->addRow(tr("Batch size"), batch_);
  training->addRow(tr("Evaluate every"), evalEvery_);
  training->addRow(tr("Test tasks per family"), testTasks_);
  training->addRow(tr("Test length N"), testLength_);
  training->addRow(testFamiliesLabel);
  training->addRow(testFamilies);
}

QWidget* ClassificationForm::buildTestFamilies() {
  auto* box = new QWidget;
  auto* grid = new QGridLayout(box);
  grid->setContentsMargins(0, 0, 0, 0);
  int column = 0;
  for (TaskFamily family : kTestFamilies) {
    const QString name = QString::fromStdString(icl::core::familyName(family));
    QCheckBox* field = nullptr;
    if (family == TaskFamily::Mix) {
      // Test tasks of "mix" are drawn with the training mixture's weights (task_sampler.cpp).
      field = checkField(tr("mix (the training mixture's proportions)"),
                         tr("Test tasks drawn from the families in the proportions of the "
                            "training mixture"));
      grid->addWidget(field, 1, 0, 1, 4);
    } else {
      field = checkField(name, tr("Test tasks of the %1 family").arg(name));
      grid->addWidget(field, 0, column++);
    }
    field->setObjectName(QStringLiteral("testFamily_") + name);
    testFamilies_.insert(static_cast<int>(family), field);
  }
  grid->setColumnStretch(4, 1);
  setHelp(box, tr("Families of the fixed test tasks: each gets an accuracy curve and a column of "
                  "the table; at least one"));
  return box;
}

QCheckBox* ClassificationForm::testFamilyField(TaskFamily family) const {
  return testFamilies_.value(static_cast<int>(family));
}

bool ClassificationForm::trainsOnRad() const {
  const QString chosen = trainFamily_->currentData().toString();
  if (chosen == QLatin1String("mix")) {
    return mixture_[static_cast<int>(TaskFamily::Rad)].weight->value() > 0.0;
  }
  return chosen == QString::fromStdString(icl::core::familyName(TaskFamily::Rad));
}

void ClassificationForm::followRadTraining() {
  const bool trained = trainsOnRad();
  if (trained && !radTrained_) {
    testFamilies_[static_cast<int>(TaskFamily::Rad)]->setChecked(true);
  }
  radTrained_ = trained;
}

void ClassificationForm::setVisible(bool visible) {
  ExperimentForm::setVisible(visible);
  for (QWidget* field : trainingFields_) {
    training_->setRowVisible(field, visible);
  }
}

void ClassificationForm::load(const icl::core::RunConfig& config) {
  const auto& task = config.task;
  trainFamily_->setCurrentIndex(std::max(
      0, trainFamily_->findData(QString::fromStdString(icl::core::familyName(task.trainFamily)))));
  for (TaskFamily family : kMixtureFamilies) {
    const auto found = task.mixture.find(family);
    const double weight = found == task.mixture.end() ? 0.0 : found->second;
    mixture_[static_cast<int>(family)].weight->setValue(weight);
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
  selectValue(iclKernel_, QString::fromStdString(learners.icl.kernel));
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
  const auto& tested = config.eval.families;
  for (TaskFamily family : kTestFamilies) {
    testFamilies_[static_cast<int>(family)]->setChecked(
        std::find(tested.begin(), tested.end(), family) != tested.end());
  }
  radTrained_ = trainsOnRad();  // a loaded config keeps its test families as they are
}

void ClassificationForm::store(icl::core::RunConfig& config) const {
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
  config.eval.families.clear();
  for (TaskFamily family : kTestFamilies) {
    if (testFamilies_[static_cast<int>(family)]->isChecked()) {
      config.eval.families.push_back(family);
    }
  }
}

void ClassificationForm::setMixtureWeight(TaskFamily family, double weight) {
  mixture_[static_cast<int>(family)].weight->setValue(weight);
}

double ClassificationForm::shownProportion(TaskFamily family) const {
  double total = 0.0;
  for (const MixtureRow& row : mixture_) {
    total += row.weight->value();
  }
  return total > 0.0 ? mixture_[static_cast<int>(family)].weight->value() / total : 0.0;
}

void ClassificationForm::updateProportions() {
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

}  // namespace icl::ui
