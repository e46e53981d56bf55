#pragma once
// The Presets menu (issue #11): the CPU presets first, the GPU-scale "-paper" presets in a
// submenu; every entry shows its reference run time, its description as tooltip and status
// tip, and "last run here" when the runs folder holds a completed run of it.

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

#include "core/config/presets.h"
#include "core/config/run_config.h"

class QAction;
class QMenu;

namespace icl::ui {

class PresetsMenu : public QObject {
  Q_OBJECT

 public:
  /// @param menu the menu to fill (the window's Presets menu)
  /// @param runsRoot where the window's runs are, asked each time the menu opens
  PresetsMenu(QMenu* menu, std::function<QString()> runsRoot, QObject* parent = nullptr);

  QMenu* menu() const { return menu_; }
  /// The "Paper scale (GPU, hours to days)" submenu.
  QMenu* paperMenu() const { return paperMenu_; }
  /// @brief The entry of preset @p name, or nullptr.
  QAction* action(const QString& name) const;
  /// @brief Re-reads the runs folder for the "last run here" times (also when the menu opens).
  void refresh();

  /// @brief An entry's text: name and reference time, then the last run's time if any.
  static QString entryText(const icl::core::PresetInfo& preset, std::optional<double> lastRun);
  /// @brief An entry's tooltip: description, reference time and where it comes from.
  static QString entryToolTip(const icl::core::PresetInfo& preset, std::optional<double> lastRun);

 Q_SIGNALS:
  /// A preset was chosen and loaded; the window decides whether to show it (edited values).
  void presetChosen(const QString& name, const icl::core::RunConfig& config);
  /// A preset could not be loaded (a broken build: presets are compiled in).
  void errorOccurred(const QString& title, const QString& message);

 private:
  void choose(const QString& name);

  QMenu* menu_;
  QMenu* paperMenu_;
  std::function<QString()> runsRoot_;
};

}  // namespace icl::ui
