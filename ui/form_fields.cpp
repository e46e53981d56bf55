#include "ui/form_fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStringList>
#include <QValidator>

namespace icl::ui {

namespace {

// The fields' texts keep the experiment panel's translation context, where translations/*.ts
// has them.
struct FormText {
  Q_DECLARE_TR_FUNCTIONS(icl::ui::ExperimentPanel)
};

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

}  // namespace

void setHelp(QWidget* field, const QString& text) { field->setToolTip(text); }

void shareHelpWithLabels(QWidget* root) {
  for (QLabel* label : root->findChildren<QLabel*>()) {
    const QWidget* buddy = label->buddy();
    if (buddy != nullptr && label->toolTip().isEmpty() && !buddy->toolTip().isEmpty()) {
      setHelp(label, buddy->toolTip());
    }
  }
}

QLabel* labelFor(const QString& text, QWidget* field) {
  auto* label = new QLabel(text);
  label->setBuddy(field);
  return label;
}

QSpinBox* intField(int minimum, int maximum, const QString& help) {
  auto* field = new QSpinBox;
  field->setRange(minimum, maximum);
  setHelp(field, help);
  field->setAccelerated(true);
  return field;
}

QDoubleSpinBox* realField(double minimum, double maximum, int decimals, double step,
                          const QString& help) {
  auto* field = new QDoubleSpinBox;
  field->setRange(minimum, maximum);
  field->setDecimals(decimals);
  field->setSingleStep(step);
  setHelp(field, help);
  return field;
}

QDoubleSpinBox* lrField(const QString& learner) {
  const QString help =
      FormText::tr("Adam learning rate of %1 (constant, as in the paper)").arg(learner);
  return realField(1e-5, 1.0, 5, 1e-4, help);
}

QLineEdit* seedField(const QString& help) {
  // Seeds are 64-bit; a spin box holds only an int and would silently change a loaded seed.
  auto* field = new QLineEdit;
  field->setValidator(new SeedValidator(field));
  setHelp(field, help);
  return field;
}

QCheckBox* checkField(const QString& text, const QString& help) {
  auto* field = new QCheckBox(text);
  setHelp(field, help);
  return field;
}

QComboBox* nameField(std::initializer_list<const char*> names, const QString& help) {
  auto* field = new QComboBox;
  for (const char* name : names) {
    field->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
  }
  setHelp(field, help);
  return field;
}

QComboBox* sizeField() {
  return nameField({"tiny", "small", "standard"},
                   FormText::tr("GPT-2-style model size: tiny 64/3/2, small 128/6/4, standard "
                                "256/12/8 (width, layers, heads)"));
}

void selectValue(QComboBox* field, const QString& value) {
  if (field->findData(value) < 0) {
    field->addItem(value, value);
  }
  field->setCurrentIndex(field->findData(value));
}

QWidget* group(const QString& title, QLayout* layout) {
  auto* box = new QGroupBox(title);
  box->setLayout(layout);
  return box;
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

void PromptModelRows::addTo(QFormLayout* form, const QString& dimsHelp,
                            const QString& positionsHelp) {
  dims_ = intField(1, 256, dimsHelp);
  positions_ = intField(1, 1024, positionsHelp);
  size_ = sizeField();
  form->addRow(tr("D"), dims_);
  form->addRow(tr("Points (n)"), positions_);
  form->addRow(tr("Model"), size_);
}

template <typename Section>
void PromptModelRows::load(const Section& section) {
  dims_->setValue(static_cast<int>(section.nDims));
  positions_->setValue(static_cast<int>(section.nPositions));
  selectValue(size_, QString::fromStdString(section.model.size));
}

template <typename Section>
void PromptModelRows::store(Section& section) const {
  section.nDims = dims_->value();
  section.nPositions = positions_->value();
  const QString size = size_->currentData().toString();
  if (size != QLatin1String("custom")) {
    section.model.size = size.toStdString();
    section.model.resolveSize();
  }
}

template void PromptModelRows::load(const icl::core::RegressionConfig&);
template void PromptModelRows::load(const icl::core::MetaMetaConfig&);
template void PromptModelRows::store(icl::core::RegressionConfig&) const;
template void PromptModelRows::store(icl::core::MetaMetaConfig&) const;

}  // namespace icl::ui
