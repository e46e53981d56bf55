#include "ui/window_settings.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace icl::ui {

namespace {

constexpr int kTitleBarAllowance = 32;  // px kept free above a window whose frame is not known

/// @brief Keeps @p window on the screen it opens on: a geometry saved on a larger screen (or a
/// screen that is gone) would run off its edges, and not every window manager pulls it back.
void fitToScreen(QMainWindow& window) {
  QScreen* screen = QGuiApplication::screenAt(window.geometry().center());
  if (screen == nullptr) {
    screen = QGuiApplication::primaryScreen();
  }
  if (screen == nullptr) {
    return;
  }
  // The frame (title bar, borders) is not known before the window is shown: leave room for it.
  const QMargins frame = window.isVisible()
                             ? QMargins(window.geometry().left() - window.frameGeometry().left(),
                                        window.geometry().top() - window.frameGeometry().top(),
                                        window.frameGeometry().right() - window.geometry().right(),
                                        window.frameGeometry().bottom() -
                                            window.geometry().bottom())
                             : QMargins(0, kTitleBarAllowance, 0, 0);
  const QRect available = screen->availableGeometry().marginsRemoved(frame);
  const QRect fitted = clampedGeometry(window.geometry(), available);
  if (fitted != window.geometry()) {
    window.setGeometry(fitted);
  }
}

}  // namespace

QRect clampedGeometry(const QRect& geometry, const QRect& available) {
  if (!available.isValid()) {
    return geometry;
  }
  QRect fitted(geometry.topLeft(), geometry.size().boundedTo(available.size()));
  fitted.moveLeft(
      std::clamp(fitted.left(), available.left(), available.right() - fitted.width() + 1));
  fitted.moveTop(
      std::clamp(fitted.top(), available.top(), available.bottom() - fitted.height() + 1));
  return fitted;
}

void restoreWindowLayout(QMainWindow& window) {
  QSettings settings;
  if (!window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
    window.resize(1280, 800);  // first run: fits a laptop screen, the size of the docs' screenshots
  }
  window.restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  fitToScreen(window);
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
