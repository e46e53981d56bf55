#pragma once
// "Fixed axis ranges…" of a chart's context menu: the minimum and maximum of each axis, checked
// before the dialog closes (min < max; above 0 on a log axis).

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace icl::ui {

class AxisRangesDialog : public QDialog {
  Q_OBJECT

 public:
  explicit AxisRangesDialog(QWidget* parent = nullptr);

  void setRanges(double xMin, double xMax, double yMin, double yMax);
  /// @brief A log axis accepts only values above 0 (x: the shots, before the +1 offset ≥ 0).
  void setLogAxes(bool logX, bool logY);
  double xMin() const;
  double xMax() const;
  double yMin() const;
  double yMax() const;
  /// @brief Why the entered ranges cannot be used; empty when they can.
  QString problem() const;

  void accept() override;

 private:
  QLineEdit* fields_[4];  // x min, x max, y min, y max
  QLabel* error_;
  bool logX_ = false;
  bool logY_ = false;
};

}  // namespace icl::ui
