#pragma once
// The experiment panel (a dock): the choice of experiment, that experiment's form (classification,
// regression or meta-meta), and the run settings all three share. It edits one core::RunConfig.
// Keys no form shows are kept as loaded. Shown values pass through their widgets: a value outside
// a field's range comes back clamped (d at most 64, steps at most 10,000,000, ...), so a config
// file survives a round trip through the window unchanged only when its values fit the form.

#include <QWidget>
#include <array>
#include <utility>

#include "core/config/run_config.h"
#include "ui/classification_form.h"
#include "ui/meta_meta_form.h"
#include "ui/regression_form.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSpinBox;
class QTimer;

namespace icl::ui {

class EpisodePreview;

class ExperimentPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ExperimentPanel(QWidget* parent = nullptr);

  void setConfig(const icl::core::RunConfig& config);
  icl::core::RunConfig config() const;

  /// @brief Sets one family's mixture weight (as a user would with the spin box).
  void setMixtureWeight(icl::core::TaskFamily family, double weight);
  /// @return the normalised proportion shown for @p family, in [0, 1]
  double shownProportion(icl::core::TaskFamily family) const;
  EpisodePreview* preview() const { return classification_.preview(); }
  /// The check box that puts @p family into eval.families (classification).
  QCheckBox* testFamilyField(icl::core::TaskFamily family) const {
    return classification_.testFamilyField(family);
  }
  /// The validation message shown under the form; empty when the config is valid.
  QString problem() const;

 Q_SIGNALS:
  /// The user changed a field; validity may have changed.
  void configEdited();

 private:
  QWidget* buildTraining();
  icl::core::Experiment chosenExperiment() const;
  void showExperimentGroups();
  /// @brief Makes the panel at least as wide as the shown form: the form scrolls only
  /// vertically, so it is never cut off at the right or shifted sideways by focus.
  void fitWidthToForm();
  void onEdited();
  void updateValidity();

  icl::core::RunConfig base_;  // keys the form does not show
  bool loading_ = false;

  ClassificationForm classification_;
  RegressionForm regression_;
  MetaMetaForm metaMeta_;
  /// Every experiment with its form, in the order the forms are shown; a new experiment's form
  /// is one more entry.
  const std::array<std::pair<icl::core::Experiment, ExperimentForm*>, 3> forms_;

  QComboBox* experiment_ = nullptr;
  QLineEdit* seed_ = nullptr;
  QComboBox* device_ = nullptr;
  QSpinBox* threads_ = nullptr;
  QLabel* problem_ = nullptr;
  QWidget* content_ = nullptr;
  QScrollArea* scroll_ = nullptr;
  QTimer* previewTimer_;
};

}  // namespace icl::ui
