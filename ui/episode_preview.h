#pragma once
// One sampled training task per family, drawn as a scatter of its examples coloured by label
// (the first two input coordinates), so the user sees what each family's tasks look like.

#include <QList>
#include <QWidget>

#include "core/config/run_config.h"

class QChartView;
class QLabel;
class QPushButton;

namespace icl::ui {

class EpisodePreview : public QWidget {
  Q_OBJECT

 public:
  explicit EpisodePreview(QWidget* parent = nullptr);

  /// @brief Redraws with @p task's parameters (same seed: same tasks for the same config).
  void setTaskConfig(const icl::core::TaskConfig& task);
  /// @brief Draws new tasks.
  void resample();
  /// Points drawn in the family's chart (tests).
  int pointCount(int familyIndex) const;
  quint64 seed() const { return seed_; }

 private:
  void redraw();

  icl::core::TaskConfig task_;
  quint64 seed_ = 1;
  QList<QChartView*> views_;
  QLabel* note_;
  QPushButton* resampleButton_;
};

}  // namespace icl::ui
