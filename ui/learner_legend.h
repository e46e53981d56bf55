#pragma once
// One legend for the Generalisation tab's two charts: a line sample in each learner's colour
// and dash (trained learners solid, selection and oracle dotted, plug-in rules dashed) and its
// name, in a grid that wraps, so nine long names stay readable where a chart's own legend
// would cut them. Each entry is a check box: unchecking it hides that learner's curves.

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
  /// Whether @p learner's entry is checked (its curves shown).
  bool isShown(const QString& learner) const { return !hidden_.contains(learner); }

 Q_SIGNALS:
  void shownChanged(const QString& learner, bool shown);

 private:
  QGridLayout* grid_;
  QStringList learners_;
  QStringList hidden_;  // kept across evaluations: the user's choice
};

}  // namespace icl::ui
