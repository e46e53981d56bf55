#pragma once
// The form of the few-shot classification experiment (the paper's P1 and P2): the task mixture,
// the task parameters with an episode preview, the four learners, and the rows of the training
// group that only classification uses.

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include "core/config/run_config.h"
#include "ui/experiment_form.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSlider;
class QSpinBox;
class QWidget;

namespace icl::ui {

class EpisodePreview;

/// Edits the config's task, learners, train and eval sections.
class ClassificationForm : public ExperimentForm {
  Q_DECLARE_TR_FUNCTIONS(icl::ui::ExperimentPanel)  // the panel's translations cover the form

 public:
  /// @brief Adds steps, batch size, evaluation interval and test size to the training group
  /// (its other rows are shared); setVisible() shows and hides them with the groups.
  void addTrainingRows(QFormLayout* training);
  /// @brief Shows or hides the groups and the training rows.
  void setVisible(bool visible) override;
  void load(const icl::core::RunConfig& config) override;
  void store(icl::core::RunConfig& config) const override;

  void setMixtureWeight(icl::core::TaskFamily family, double weight);
  /// @return the normalised proportion shown for @p family, in [0, 1]
  double shownProportion(icl::core::TaskFamily family) const;
  /// @brief Shows each family's proportion; the weights are editable only for mixture training.
  void updateProportions();
  /// The check box of test family @p family in the "Test families" row (tests).
  QCheckBox* testFamilyField(icl::core::TaskFamily family) const;
  EpisodePreview* preview() const { return preview_; }

 private:
  struct MixtureRow {
    QSlider* slider = nullptr;
    QDoubleSpinBox* weight = nullptr;
    QLabel* proportion = nullptr;
  };
  /// @return the mixture, task and learner groups
  QList<QWidget*> buildGroups() override;
  QWidget* buildMixture();
  QWidget* buildTask();
  QWidget* buildLearners();
  QWidget* buildTestFamilies();
  /// @return whether training draws rad tasks (alone or with a weight in the mixture)
  bool trainsOnRad() const;
  /// @brief Adds rad to the test families when training starts to draw rad tasks, so that what
  /// is trained is also tested; the user may untick it again.
  void followRadTraining();

  QFormLayout* training_ = nullptr;
  QList<QWidget*> trainingFields_;
  QHash<int, QCheckBox*> testFamilies_;  // keyed by TaskFamily, the eval.families choice
  bool radTrained_ = false;              // trainsOnRad() when last looked at

  QComboBox* trainFamily_ = nullptr;
  QHash<int, MixtureRow> mixture_;
  QSpinBox* d_ = nullptr;
  QSpinBox* classes_ = nullptr;
  QSpinBox* length_ = nullptr;
  QDoubleSpinBox* sigma_ = nullptr;
  QSpinBox* ncTrain_ = nullptr;
  QSpinBox* ncTest_ = nullptr;
  QCheckBox* aveAnchorsTrain_ = nullptr;
  QCheckBox* aveAnchorsTest_ = nullptr;
  QCheckBox* protoAnchorsTest_ = nullptr;
  EpisodePreview* preview_ = nullptr;

  QCheckBox* iclEnabled_ = nullptr;
  QDoubleSpinBox* iclLr_ = nullptr;
  QSpinBox* iclDepth_ = nullptr;
  QSpinBox* iclFfMult_ = nullptr;
  QComboBox* iclKernel_ = nullptr;
  QCheckBox* matchEnabled_ = nullptr;
  QDoubleSpinBox* matchLr_ = nullptr;
  QComboBox* matchSimilarity_ = nullptr;
  QCheckBox* protoEnabled_ = nullptr;
  QDoubleSpinBox* protoLr_ = nullptr;
  QCheckBox* protoEmbedQuery_ = nullptr;
  QCheckBox* cnpEnabled_ = nullptr;
  QDoubleSpinBox* cnpLr_ = nullptr;
  QSpinBox* cnpHidden_ = nullptr;

  QSpinBox* steps_ = nullptr;
  QSpinBox* batch_ = nullptr;
  QSpinBox* evalEvery_ = nullptr;
  QSpinBox* testTasks_ = nullptr;
  QSpinBox* testLength_ = nullptr;
};

}  // namespace icl::ui
