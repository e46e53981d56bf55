#pragma once
// One experiment's part of the experiment panel. A form builds its group boxes, shows the
// sections of a RunConfig it owns and writes them back; the panel shows the form of the chosen
// experiment and keeps the rest of the config.

#include <QList>

#include "core/config/run_config.h"

class QBoxLayout;
class QWidget;

namespace icl::ui {

class ExperimentForm {
 public:
  virtual ~ExperimentForm() = default;

  /// @brief Builds the form's group boxes at the end of @p column.
  void build(QBoxLayout* column);
  /// @brief Shows or hides the form; only the chosen experiment's form is shown.
  virtual void setVisible(bool visible);
  /// @brief Shows @p config's values in the form's fields.
  virtual void load(const icl::core::RunConfig& config) = 0;
  /// @brief Writes the form's fields into their sections of @p config.
  virtual void store(icl::core::RunConfig& config) const = 0;

 protected:
  /// @return the form's group boxes, top to bottom
  virtual QList<QWidget*> buildGroups() = 0;

 private:
  QList<QWidget*> groups_;
};

}  // namespace icl::ui
