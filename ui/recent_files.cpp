#include "ui/recent_files.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStringList>

#include "ui/main_window.h"

// The menu's texts keep the window's translation context (MainWindow::tr), where
// translations/*.ts has them.

namespace icl::ui {

namespace {

constexpr int kMaxRecent = 8;  // entries in File > Open Recent
const QString kSettingsKey = QStringLiteral("recent/files");

}  // namespace

RecentFiles::RecentFiles(QMenu* menu, QObject* parent) : QObject(parent), menu_(menu) {
  rebuild();
}

void RecentFiles::add(const QString& path) {
  QSettings settings;
  QStringList recent = settings.value(kSettingsKey).toStringList();
  recent.removeAll(path);
  recent.prepend(path);
  while (recent.size() > kMaxRecent) {
    recent.removeLast();
  }
  settings.setValue(kSettingsKey, recent);
  rebuild();
}

void RecentFiles::setEnabled(bool enabled) { menu_->setEnabled(enabled); }

void RecentFiles::rebuild() {
  menu_->clear();
  const QStringList recent = QSettings().value(kSettingsKey).toStringList();
  for (const QString& path : recent) {
    const bool folder = QFileInfo(path).isDir();
    QAction* action = menu_->addAction(
        (folder ? MainWindow::tr("Run: %1") : MainWindow::tr("Config: %1"))
            .arg(QDir::toNativeSeparators(path)));
    connect(action, &QAction::triggered, this, [this, path, folder] {
      if (folder) {
        Q_EMIT runFolderChosen(path);
      } else {
        Q_EMIT configChosen(path);
      }
    });
  }
  menu_->setEnabled(!recent.isEmpty());
}

}  // namespace icl::ui
