#pragma once
// The experiment form (a dock): task mixture, family parameters, episode preview, learners and
// training settings. It edits one core::RunConfig; keys the form does not show are kept as
// loaded, so a config file survives a round trip through the window unchanged.

#include <QHash>
#include <QWidget>

#include "core/config/run_config.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSlider;
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
  EpisodePreview* preview() const { return preview_; }
  /// The validation message shown under the form; empty when the config is valid.
  QString problem() const;

 Q_SIGNALS:
  /// The user changed a field; validity may have changed.
  void configEdited();

 private:
  struct MixtureRow {
    QSlider* slider = nullptr;
    QDoubleSpinBox* weight = nullptr;
    QLabel* proportion = nullptr;
  };
  QWidget* buildMixture();
  QWidget* buildTask();
  QWidget* buildLearners();
  QWidget* buildTraining();
  QWidget* buildRegression();
  QWidget* buildMetaMeta();
  void showExperimentGroups();
  void readRegression(icl::core::RunConfig& config) const;
  void readMetaMeta(icl::core::RunConfig& config) const;
  void onEdited();
  void updateProportions();
  void updateValidity();

  icl::core::RunConfig base_;  // keys the form does not show
  bool loading_ = false;

  QComboBox* experiment_;
  QList<QWidget*> classificationGroups_;
  QWidget* trainingGroup_ = nullptr;
  QWidget* regressionGroup_ = nullptr;
  QWidget* metaGroup_ = nullptr;
  QList<QWidget*> classificationTrainingFields_;
  QFormLayout* trainingForm_ = nullptr;

  QComboBox* trainFamily_;
  QHash<int, MixtureRow> mixture_;
  QSpinBox* d_;
  QSpinBox* classes_;
  QSpinBox* length_;
  QDoubleSpinBox* sigma_;
  QSpinBox* ncTrain_;
  QSpinBox* ncTest_;
  QCheckBox* aveAnchorsTrain_;
  QCheckBox* aveAnchorsTest_;
  QCheckBox* protoAnchorsTest_;
  EpisodePreview* preview_;
  QTimer* previewTimer_;

  QCheckBox* iclEnabled_;
  QDoubleSpinBox* iclLr_;
  QSpinBox* iclDepth_;
  QSpinBox* iclFfMult_;
  QComboBox* iclKernel_;
  QCheckBox* matchEnabled_;
  QDoubleSpinBox* matchLr_;
  QComboBox* matchSimilarity_;
  QCheckBox* protoEnabled_;
  QDoubleSpinBox* protoLr_;
  QCheckBox* protoEmbedQuery_;
  QCheckBox* cnpEnabled_;
  QDoubleSpinBox* cnpLr_;
  QSpinBox* cnpHidden_;

  QSpinBox* steps_;
  QSpinBox* batch_;
  QSpinBox* evalEvery_;
  QSpinBox* testTasks_;
  QSpinBox* testLength_;
  QLineEdit* seed_;
  QComboBox* device_;
  QSpinBox* threads_;
  QLabel* problem_;

  // Regression (I1)
  QSpinBox* regDims_;
  QSpinBox* regPositions_;
  QComboBox* regSize_;
  QDoubleSpinBox* regLr_;
  QSpinBox* regBatch_;
  QSpinBox* regSteps_;
  QCheckBox* regArmCurriculum_;
  QCheckBox* regArmPlain_;
  QSpinBox* curDims_[4];    // start, end, inc, interval
  QSpinBox* curPoints_[4];  // start, end, inc, interval
  QSpinBox* regEvalPrompts_;
  QLineEdit* regCheckpoints_;

  // Meta-meta-learning (I2)
  QSpinBox* metaDims_;
  QSpinBox* metaPositions_;
  QComboBox* metaSize_;
  QSpinBox* metaSupport_;
  QSpinBox* metaQuery_;
  QSpinBox* metaInnerSteps_;
  QDoubleSpinBox* metaInnerLr_;
  QCheckBox* metaSecondOrder_;
  QDoubleSpinBox* metaLr_;
  QSpinBox* metaSteps_;
  QDoubleSpinBox* metaYScale_;
  QLineEdit* metaSupportSizes_;
  QSpinBox* metaAdaptSteps_;
};

}  // namespace icl::ui
