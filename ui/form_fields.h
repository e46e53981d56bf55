#pragma once
// What the experiment forms share: field factories, so that every field of a kind is set up the
// same way; setHelp(), the one place a field's help text is put on screen; and the rows the
// regression and meta-meta forms have in common.

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "core/config/meta_config.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace icl::ui {

/// @brief Shows @p text as the help of @p field (its tooltip). The forms set every help text
/// through here, so how help is shown changes in this one function.
void setHelp(QWidget* field, const QString& text);
/// @brief Gives every label under @p root whose buddy has help that help too (through
/// setHelp), so that hovering a row's label ("d", "sim") explains the field like the field.
/// A label with help of its own keeps it.
void shareHelpWithLabels(QWidget* root);
/// A label @p text for @p field (its buddy), for rows a QFormLayout does not label itself.
QLabel* labelFor(const QString& text, QWidget* field);

/// A spin box for whole numbers from @p minimum to @p maximum.
QSpinBox* intField(int minimum, int maximum, const QString& help);
QDoubleSpinBox* realField(double minimum, double maximum, int decimals, double step,
                          const QString& help);
/// The Adam learning rate of the classification learner called @p learner.
QDoubleSpinBox* lrField(const QString& learner);
/// A seed: any whole number from 0 to 2^64 - 1.
QLineEdit* seedField(const QString& help);
QCheckBox* checkField(const QString& text, const QString& help);
/// A combo box of config values shown as they are written (the item data is the value).
QComboBox* nameField(std::initializer_list<const char*> names, const QString& help);
/// The GPT-2-style model sizes of the regression and meta-meta experiments.
QComboBox* sizeField();
/// @brief Selects the item whose data is @p value, adding one if there is none: the form shows
/// what was loaded (a CUDA config on a CPU machine, a "custom" model size), and validate()
/// names a value that is wrong.
void selectValue(QComboBox* field, const QString& value);
/// A group box titled @p title around @p layout.
QWidget* group(const QString& title, QLayout* layout);

/// @return @p values as "200, 500", the text of a list field
QString joinSteps(const std::vector<int64_t>& values);
/// @return the numbers of a list field; a part that is not a number becomes -1, so that
/// validate() names the key
std::vector<int64_t> splitSteps(const QString& text);

/// The first rows of the regression and meta-meta forms, for what both configs hold: the input
/// dimension D, the points per prompt and the GPT model size.
class PromptModelRows {
  Q_DECLARE_TR_FUNCTIONS(icl::ui::ExperimentPanel)  // the panel's translations cover the rows

 public:
  /// @brief Adds the three rows to @p form, with the experiment's help for D and the points.
  void addTo(QFormLayout* form, const QString& dimsHelp, const QString& positionsHelp);
  /// @p Section: icl::core::RegressionConfig or icl::core::MetaMetaConfig
  template <typename Section>
  void load(const Section& section);
  /// @brief Writes the fields into @p section: a named model size sets its numbers, and
  /// "custom" (only there when loaded) keeps the numbers of the loaded config.
  template <typename Section>
  void store(Section& section) const;

 private:
  QSpinBox* dims_ = nullptr;
  QSpinBox* positions_ = nullptr;
  QComboBox* size_ = nullptr;
};

}  // namespace icl::ui
