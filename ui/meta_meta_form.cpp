#include "ui/meta_meta_form.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace icl::ui {

QList<QWidget*> MetaMetaForm::buildGroups() {
  auto* form = new QFormLayout;
  promptModel_.addTo(form, tr("Input dimension D (paper 5)"), tr("Points per prompt (paper 11)"));
  support_ = intField(1, 4096, tr("Support prompts of a domain per meta-step (paper 64)"));
  query_ = intField(1, 4096, tr("Query prompts of a domain per meta-step (paper 64)"));
  innerSteps_ = intField(0, 100, tr("Inner SGD steps on the support batch (paper 5)"));
  innerLr_ = realField(1e-6, 1.0, 5, 1e-3, tr("Inner SGD learning rate (paper 0.01)"));
  secondOrder_ = checkField(tr("second-order MAML"),
                            tr("Differentiate through the inner steps (paper: yes)"));
  metaLr_ = realField(1e-6, 1.0, 6, 1e-4, tr("Outer Adam learning rate (paper 1e-4)"));
  metaSteps_ = intField(1, 10'000'000, tr("Meta-steps, one domain each (paper 100,000)"));
  yScale_ = realField(0.0, 100.0, 2, 0.5, tr("Output scale of training domains: t = scale x "
                                             "N(0, 1) (paper 8)"));
  supportSizes_ = new QLineEdit;
  setHelp(supportSizes_,
          tr("Support prompts per new test domain, comma-separated (paper 64, 256, 1024)"));
  adaptSteps_ = intField(0, 10'000, tr("Fine-tune steps of the meta-trained model on a new "
                                       "domain (paper 50)"));
  form->addRow(tr("Support prompts"), support_);
  form->addRow(tr("Query prompts"), query_);
  form->addRow(tr("Inner steps"), innerSteps_);
  form->addRow(tr("Inner lr"), innerLr_);
  form->addRow(secondOrder_);
  form->addRow(tr("Meta lr"), metaLr_);
  form->addRow(tr("Meta-steps"), metaSteps_);
  form->addRow(tr("y scale"), yScale_);
  form->addRow(tr("Test support sizes"), supportSizes_);
  form->addRow(tr("Adapt steps"), adaptSteps_);
  return {group(tr("Meta-meta-learning (I2)"), form)};
}

void MetaMetaForm::load(const icl::core::RunConfig& config) {
  const auto& meta = config.metaMeta;
  promptModel_.load(meta);
  support_->setValue(static_cast<int>(meta.supportPrompts));
  query_->setValue(static_cast<int>(meta.queryPrompts));
  innerSteps_->setValue(static_cast<int>(meta.innerSteps));
  innerLr_->setValue(meta.innerLr);
  secondOrder_->setChecked(meta.secondOrder);
  metaLr_->setValue(meta.metaLr);
  metaSteps_->setValue(static_cast<int>(meta.metaSteps));
  yScale_->setValue(meta.yScale);
  supportSizes_->setText(joinSteps(meta.supportSizes));
  adaptSteps_->setValue(static_cast<int>(meta.adaptStepsMeta));
}

void MetaMetaForm::store(icl::core::RunConfig& config) const {
  auto& meta = config.metaMeta;
  promptModel_.store(meta);
  meta.supportPrompts = support_->value();
  meta.queryPrompts = query_->value();
  meta.innerSteps = innerSteps_->value();
  meta.innerLr = innerLr_->value();
  meta.secondOrder = secondOrder_->isChecked();
  meta.metaLr = metaLr_->value();
  meta.metaSteps = metaSteps_->value();
  meta.yScale = yScale_->value();
  meta.supportSizes = splitSteps(supportSizes_->text());
  meta.adaptStepsMeta = adaptSteps_->value();
}

}  // namespace icl::ui
