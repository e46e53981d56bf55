#pragma once
// One sampled training task per trained family (the single family, or each family with a weight
// in the mixture), drawn as a scatter of its N examples coloured by label (the first two input
// coordinates), so the user sees what the tasks being trained on look like.

#include <QList>
#include <QWidget>

#include "core/config/run_config.h"

class QChartView;
class QGridLayout;
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
  /// The families drawn, in chart order.
  QList<icl::core::TaskFamily> families() const { return shown_; }
  /// The line under the charts (N, or why nothing is drawn).
  QString note() const;
  quint64 seed() const { return seed_; }

 private:
  void redraw();
  /// @brief Makes one chart per family of @p families, reusing the charts when they match.
  void showCharts(const QList<icl::core::TaskFamily>& families);

  icl::core::TaskConfig task_;
  quint64 seed_ = 1;
  QList<icl::core::TaskFamily> shown_;
  QList<QChartView*> views_;
  QGridLayout* grid_;
  QLabel* note_;
  QPushButton* resampleButton_;
};

}  // namespace icl::ui
