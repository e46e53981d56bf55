#pragma once
// The form of the linear-regression experiment with a curriculum (the paper's I1): the tasks,
// the model, the two arms and the curriculum's schedule.

#include "ui/experiment_form.h"
#include "ui/form_fields.h"  // PromptModelRows, and the field types declared there

namespace icl::ui {

/// Edits the config's regression section.
class RegressionForm : public ExperimentForm {
  Q_DECLARE_TR_FUNCTIONS(icl::ui::ExperimentPanel)  // the panel's translations cover the form

 public:
  void load(const icl::core::RunConfig& config) override;
  void store(icl::core::RunConfig& config) const override;

 private:
  QList<QWidget*> buildGroups() override;

  PromptModelRows promptModel_;
  QDoubleSpinBox* lr_ = nullptr;
  QSpinBox* batch_ = nullptr;
  QSpinBox* steps_ = nullptr;
  QCheckBox* armCurriculum_ = nullptr;
  QCheckBox* armPlain_ = nullptr;
  QSpinBox* curDims_[4] = {};    // start, end, inc, interval
  QSpinBox* curPoints_[4] = {};  // start, end, inc, interval
  QSpinBox* evalPrompts_ = nullptr;
  QLineEdit* checkpoints_ = nullptr;
};

}  // namespace icl::ui
