#pragma once
// One legend for the Generalisation tab's two charts: a line sample in each learner's colour
// and dash (trained learners solid, selection and oracle dotted, plug-in rules dashed) and its
// name, in a grid that wraps, so nine long names stay readable where a chart's own legend
// would cut them.

#include <QPen>
#include <QStringList>
#include <QWidget>

class QGridLayout;

namespace icl::ui {

/// @brief The pen of @p learner's line in the generalisation charts: its colour, 2 px, solid
/// for trained learners, dotted for selection and oracle, dashed for the plug-in rules.
QPen learnerPen(const QString& learner);

class LearnerLegend : public QWidget {
  Q_OBJECT

 public:
  explicit LearnerLegend(QWidget* parent = nullptr);

  /// @brief Shows @p learners (core names) in this order.
  void setLearners(const QStringList& learners);
  QStringList learners() const { return learners_; }

 private:
  QGridLayout* grid_;
  QStringList learners_;
};

}  // namespace icl::ui
