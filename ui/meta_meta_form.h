#pragma once
// The form of the meta-meta-learning experiment over domains (the paper's I2): the domains, the
// model, MAML's inner and outer loops, and the adaptation to new test domains.

#include "ui/experiment_form.h"
#include "ui/form_fields.h"  // PromptModelRows, and the field types declared there

namespace icl::ui {

/// Edits the config's meta_meta section.
class MetaMetaForm : public ExperimentForm {
  Q_DECLARE_TR_FUNCTIONS(icl::ui::ExperimentPanel)  // the panel's translations cover the form

 public:
  void load(const icl::core::RunConfig& config) override;
  void store(icl::core::RunConfig& config) const override;

 private:
  QList<QWidget*> buildGroups() override;

  PromptModelRows promptModel_;
  QSpinBox* support_ = nullptr;
  QSpinBox* query_ = nullptr;
  QSpinBox* innerSteps_ = nullptr;
  QDoubleSpinBox* innerLr_ = nullptr;
  QCheckBox* secondOrder_ = nullptr;
  QDoubleSpinBox* metaLr_ = nullptr;
  QSpinBox* metaSteps_ = nullptr;
  QDoubleSpinBox* yScale_ = nullptr;
  QLineEdit* supportSizes_ = nullptr;
  QSpinBox* adaptSteps_ = nullptr;
};

}  // namespace icl::ui
