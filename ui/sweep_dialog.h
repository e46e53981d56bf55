#pragma once
// Sweep > Start Sweep… (issue #12): seeds, one swept config key (from the field table,
// core/config/config_fields.h) and its values, jobs (1..cores) and the output folder. Bad
// input is named inline below the fields and keeps the dialog open.

#include <QDialog>

#include "core/config/run_config.h"
#include "ui/sweep_process.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace icl::ui {

class SweepDialog : public QDialog {
  Q_OBJECT

 public:
  /// @param base the experiment the sweep varies (values are checked against it)
  /// @param outDir the suggested output folder
  SweepDialog(const icl::core::RunConfig& base, const QString& outDir, QWidget* parent = nullptr);

  /// @brief The request as the fields say (check validate() first).
  SweepRequest request() const;
  /// @brief What is wrong with the fields, naming the field and value; empty when all is well.
  QString validate() const;
  /// The text under the fields that names bad input (empty when none).
  QString errorText() const;

  QLineEdit* seedsEdit() const { return seeds_; }
  QComboBox* keyChoice() const { return key_; }
  QLineEdit* valuesEdit() const { return values_; }
  QSpinBox* jobsSpin() const { return jobs_; }
  QLineEdit* outDirEdit() const { return outDir_; }

  void accept() override;

 private:
  void onBrowse();

  icl::core::RunConfig base_;
  QLineEdit* seeds_;
  QComboBox* key_;
  QLineEdit* values_;
  QSpinBox* jobs_;
  QLineEdit* outDir_;
  QLabel* error_;
  QDialogButtonBox* buttons_;
};

}  // namespace icl::ui
