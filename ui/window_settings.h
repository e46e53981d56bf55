#pragma once
// What the window keeps in QSettings between sessions: its geometry and dock layout, the
// experiment on screen with the file it came from, and where runs are stored. RecentFiles keeps
// its own list.

#include <QRect>
#include <QString>
#include <optional>

#include "core/config/run_config.h"

class QMainWindow;

namespace icl::ui {

struct SavedExperiment {
  icl::core::RunConfig config;
  QString path;  // the config file it came from, or empty
};

/// @brief Restores @p window's geometry, toolbars and docks; a first start gets the default size.
/// A geometry saved on a larger screen is shrunk and moved onto the current one.
void restoreWindowLayout(QMainWindow& window);
/// @return @p geometry made no larger than @p available (each side) and moved inside it; the
/// position is kept where it already fits
QRect clampedGeometry(const QRect& geometry, const QRect& available);
void saveWindowLayout(const QMainWindow& window);
/// @return the experiment on screen when the window last closed, or nothing on a first start
/// (or when this version cannot read what was saved)
std::optional<SavedExperiment> lastExperiment();
void saveLastExperiment(const icl::core::RunConfig& config, const QString& path);
/// Where runs started from the window are stored: "runs/root", else the app's data folder.
QString runsRootSetting();

}  // namespace icl::ui
