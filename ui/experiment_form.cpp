#include "ui/experiment_form.h"

#include <QBoxLayout>
#include <QWidget>

namespace icl::ui {

void ExperimentForm::build(QBoxLayout* column) {
  groups_ = buildGroups();
  for (QWidget* group : groups_) {
    column->addWidget(group);
  }
}

void ExperimentForm::setVisible(bool visible) {
  for (QWidget* group : groups_) {
    group->setVisible(visible);
  }
}

}  // namespace icl::ui
