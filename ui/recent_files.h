#pragma once
// File > Open Recent: the config files and run folders last opened or saved, newest first,
// kept in QSettings for the next session.

#include <QObject>
#include <QString>

class QMenu;

namespace icl::ui {

class RecentFiles : public QObject {
  Q_OBJECT

 public:
  /// @param menu the submenu to fill (the window's File > Open Recent)
  RecentFiles(QMenu* menu, QObject* parent);

  /// @brief Puts @p path (a config file or a run folder) first in the list.
  void add(const QString& path);
  /// @brief Turns the submenu on or off (off while a run is active).
  void setEnabled(bool enabled);

 Q_SIGNALS:
  void configChosen(const QString& path);
  void runFolderChosen(const QString& path);

 private:
  void rebuild();

  QMenu* menu_;
};

}  // namespace icl::ui
