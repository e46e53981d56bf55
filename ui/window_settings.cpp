#include "ui/window_settings.h"

#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>

namespace icl::ui {

void restoreWindowLayout(QMainWindow& window) {
  QSettings settings;
  if (!window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
    window.resize(1280, 800);  // first run: fits a laptop screen, the size of the docs' screenshots
  }
  window.restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void saveWindowLayout(const QMainWindow& window) {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
  settings.setValue(QStringLiteral("window/state"), window.saveState());
}

std::optional<SavedExperiment> lastExperiment() {
  const QSettings settings;
  const QString last = settings.value(QStringLiteral("config/last")).toString();
  if (last.isEmpty()) {
    return std::nullopt;
  }
  const auto parsed = icl::core::RunConfig::fromJsonText(last.toStdString(), "last session");
  if (!parsed) {
    return std::nullopt;
  }
  return SavedExperiment{parsed.value(),
                         settings.value(QStringLiteral("config/lastPath")).toString()};
}

void saveLastExperiment(const icl::core::RunConfig& config, const QString& path) {
  QSettings settings;
  settings.setValue(QStringLiteral("config/last"), QString::fromStdString(config.toJsonText()));
  settings.setValue(QStringLiteral("config/lastPath"), path);
}

QString runsRootSetting() {
  const QString fallback = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                           QStringLiteral("/runs");
  return QSettings().value(QStringLiteral("runs/root"), fallback).toString();
}

}  // namespace icl::ui
