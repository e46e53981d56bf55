#pragma once
// Writing the playground's panels to files: one panel or all of them side by side, as PNG or
// SVG (QSvgGenerator: regions as an embedded image, contour, points and axes as vectors).
// Files are written through QSaveFile, so a failed export never leaves half a file behind.

#include <QString>
#include <QVector>

namespace icl::ui {

class DecisionRegionView;

/// @return an empty string on success, else a message naming the file and the problem
QString exportPanelsPng(const QVector<const DecisionRegionView*>& panels, const QString& path);
QString exportPanelsSvg(const QVector<const DecisionRegionView*>& panels, const QString& path);

}  // namespace icl::ui
