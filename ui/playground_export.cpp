#include "ui/playground_export.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <functional>

#include "ui/decision_region_view.h"

namespace icl::ui {

namespace {

// The translation context of these free functions' messages.
struct PlaygroundExport {
  Q_DECLARE_TR_FUNCTIONS(PlaygroundExport)
};

/// Panels side by side, each at its size on screen (a hidden panel at its size hint).
QSize panelSize(const DecisionRegionView* panel) {
  return panel->isVisible() && !panel->size().isEmpty() ? panel->size() : panel->sizeHint();
}

QSize totalSize(const QVector<const DecisionRegionView*>& panels) {
  int width = 0;
  int height = 0;
  for (const DecisionRegionView* panel : panels) {
    const QSize size = panelSize(panel);
    width += size.width();
    height = std::max(height, size.height());
  }
  return {std::max(width, 1), std::max(height, 1)};
}

void paintPanels(QPainter& painter, const QVector<const DecisionRegionView*>& panels) {
  int left = 0;
  for (const DecisionRegionView* panel : panels) {
    const QSize size = panelSize(panel);
    painter.save();
    painter.translate(left, 0);
    panel->render(painter, size);
    painter.restore();
    left += size.width();
  }
}

QString save(const QString& path, const std::function<bool(QIODevice&)>& write,
             const QString& format) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    return PlaygroundExport::tr("Could not write %1: %2").arg(path, file.errorString());
  }
  if (!write(file)) {
    file.cancelWriting();
    return PlaygroundExport::tr("Could not encode the panels as %1 for %2").arg(format, path);
  }
  if (!file.commit()) {
    return PlaygroundExport::tr("Could not write %1: %2").arg(path, file.errorString());
  }
  return {};
}

}  // namespace

QString exportPanelsPng(const QVector<const DecisionRegionView*>& panels, const QString& path) {
  if (panels.isEmpty()) {
    return PlaygroundExport::tr("Nothing to export to %1: no panel").arg(path);
  }
  QImage image(totalSize(panels), QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    paintPanels(painter, panels);
  }
  return save(path, [&image](QIODevice& out) { return image.save(&out, "PNG"); },
              QStringLiteral("PNG"));
}

QString exportPanelsSvg(const QVector<const DecisionRegionView*>& panels, const QString& path) {
  if (panels.isEmpty()) {
    return PlaygroundExport::tr("Nothing to export to %1: no panel").arg(path);
  }
  const QSize size = totalSize(panels);
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  QSvgGenerator generator;
  generator.setOutputDevice(&buffer);
  generator.setSize(size);
  generator.setViewBox(QRect(QPoint(0, 0), size));
  generator.setTitle(PlaygroundExport::tr("ICL Lab playground"));
  {
    QPainter painter(&generator);
    paintPanels(painter, panels);
  }
  return save(path, [&buffer](QIODevice& out) { return out.write(buffer.data()) == buffer.size(); },
              QStringLiteral("SVG"));
}

}  // namespace icl::ui
