#include "ui/regression_form.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStringList>
#include <algorithm>

namespace icl::ui {

QList<QWidget*> RegressionForm::buildGroups() {
  auto* form = new QFormLayout;
  promptModel_.addTo(form, tr("Input dimension D of the regression tasks (paper 20)"),
                     tr("Most points per prompt; the model has twice as many positions (x and "
                        "y tokens)"));
  lr_ = realField(1e-6, 1.0, 6, 1e-4, tr("Adam learning rate, constant (paper 1e-4)"));
  batch_ = intField(1, 4096, tr("Prompts per training step (paper 64)"));
  steps_ = intField(1, 10'000'000, tr("Training steps of each arm (paper 500,000)"));
  armCurriculum_ = checkField(tr("curriculum arm"),
                              tr("A model trained with the curriculum below"));
  armPlain_ = checkField(tr("no-curriculum arm"),
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
  evalPrompts_ = intField(1, 1'000'000, tr("Fixed, seeded test prompts (paper 1280)"));
  checkpoints_ = new QLineEdit;
  setHelp(checkpoints_, tr("Steps at which both arms are evaluated and saved, comma-separated "
                           "(paper 200k, 500k)"));
  form->addRow(tr("lr"), lr_);
  form->addRow(tr("Batch size"), batch_);
  form->addRow(tr("Steps"), steps_);
  form->addRow(armCurriculum_);
  form->addRow(armPlain_);
  form->addRow(new QLabel(tr("Curriculum (start, end, increment, interval):")));
  auto* dimsLabel = new QLabel(tr("dims"));
  setHelp(dimsLabel, tr("Active dimensions of the curriculum: start, end, increment, interval"));
  auto* pointsLabel = new QLabel(tr("points"));
  setHelp(pointsLabel, tr("Points per prompt of the curriculum: start, end, increment, interval"));
  form->addRow(dimsLabel, dimsRow);
  form->addRow(pointsLabel, pointsRow);
  form->addRow(tr("Test prompts"), evalPrompts_);
  form->addRow(tr("Checkpoints"), checkpoints_);
  return {group(tr("Linear regression (I1)"), form)};
}

void RegressionForm::load(const icl::core::RunConfig& config) {
  const auto& regression = config.regression;
  promptModel_.load(regression);
  lr_->setValue(regression.lr);
  batch_->setValue(static_cast<int>(regression.batchSize));
  steps_->setValue(static_cast<int>(regression.steps));
  const auto hasArm = [&regression](const char* arm) {
    return std::find(regression.arms.begin(), regression.arms.end(), arm) != regression.arms.end();
  };
  armCurriculum_->setChecked(hasArm(icl::core::kCurriculumArm));
  armPlain_->setChecked(hasArm(icl::core::kPlainArm));
  const auto& dims = regression.curriculum.dims;
  const auto& points = regression.curriculum.points;
  const int64_t dimsValues[4] = {dims.start, dims.end, dims.inc, dims.interval};
  const int64_t pointsValues[4] = {points.start, points.end, points.inc, points.interval};
  for (int i = 0; i < 4; ++i) {
    curDims_[i]->setValue(static_cast<int>(dimsValues[i]));
    curPoints_[i]->setValue(static_cast<int>(pointsValues[i]));
  }
  evalPrompts_->setValue(static_cast<int>(regression.evalPrompts));
  checkpoints_->setText(joinSteps(regression.checkpoints));
}

void RegressionForm::store(icl::core::RunConfig& config) const {
  auto& regression = config.regression;
  promptModel_.store(regression);
  regression.lr = lr_->value();
  regression.batchSize = batch_->value();
  regression.steps = steps_->value();
  regression.arms.clear();
  if (armCurriculum_->isChecked()) {
    regression.arms.push_back(icl::core::kCurriculumArm);
  }
  if (armPlain_->isChecked()) {
    regression.arms.push_back(icl::core::kPlainArm);
  }
  auto& dims = regression.curriculum.dims;
  auto& points = regression.curriculum.points;
  dims = {curDims_[0]->value(), curDims_[1]->value(), curDims_[2]->value(), curDims_[3]->value()};
  points = {curPoints_[0]->value(), curPoints_[1]->value(), curPoints_[2]->value(),
            curPoints_[3]->value()};
  regression.evalPrompts = evalPrompts_->value();
  regression.checkpoints = splitSteps(checkpoints_->text());
}

}  // namespace icl::ui
