#pragma once
// A curriculum schedule drawn as a horizontal timeline: one segment per stage (labelled with
// its active dimensions and points), boundaries as ticks, and the current step as a marker.

#include <QWidget>
#include <vector>

#include "core/training/curriculum.h"

namespace icl::ui {

class StageTimeline : public QWidget {
  Q_OBJECT

 public:
  explicit StageTimeline(QWidget* parent = nullptr);

  void setStages(const std::vector<icl::core::CurriculumStage>& stages, qint64 totalSteps);
  void setCurrentStep(qint64 step);
  qint64 currentStep() const { return currentStep_; }
  /// "1 stage", "4 stages": the count drawn above the bar.
  QString stageCountText() const;
  const std::vector<icl::core::CurriculumStage>& stages() const { return stages_; }
  /// @brief What a stage means, in words (tooltips and the panel's caption).
  static QString describe(const icl::core::CurriculumStage& stage);

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;
  bool event(QEvent* event) override;

 private:
  QRectF barRect() const;
  double xOf(double step) const;

  std::vector<icl::core::CurriculumStage> stages_;
  qint64 totalSteps_ = 1;
  qint64 currentStep_ = 0;
};

}  // namespace icl::ui
