#include "ui/chart_export.h"

#include <QBuffer>
#include <QChartView>
#include <QChart>
#include <QCoreApplication>
#include <QFontInfo>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

#include "core/store/csv.h"
#include "ui/run_records.h"

namespace icl::ui {

namespace {

// The translation context of these free functions' messages.
struct ChartExport {
  Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

QString commit(QSaveFile& file, const QString& path) {
  if (!file.commit()) {
    return ChartExport::tr("Could not write %1: %2").arg(path, file.errorString());
  }
  return {};
}

}  // namespace

namespace {

constexpr int kCaptionMargin = 8;  // pixels around the caption, at scale 1

/// The caption's rectangle below a chart of @p width, in chart pixels (empty without caption).
QRect captionRect(const QFont& font, int width, int top, const QString& caption) {
  if (caption.isEmpty()) {
    return {};
  }
  const QFontMetrics metrics(font);
  const QRect text = metrics.boundingRect(QRect(0, 0, width - 2 * kCaptionMargin, 10000),
                                          Qt::TextWordWrap, caption);
  return QRect(kCaptionMargin, top + kCaptionMargin, width - 2 * kCaptionMargin,
               text.height() + kCaptionMargin);
}

/// The view's font in pixels: a point size would grow with the DPI of the image or SVG.
QFont captionFont(QChartView* view) {
  QFont font = view->font();
  font.setPixelSize(QFontInfo(view->font()).pixelSize());
  return font;
}

QSize logicalSize(QChartView* view, const QString& caption) {
  const QSize chart = view->viewport()->size();
  const QRect below = captionRect(captionFont(view), chart.width(), chart.height(), caption);
  return {chart.width(), below.isEmpty() ? chart.height() : below.bottom() + 1};
}

}  // namespace

QSize exportedPngSize(QChartView* view, const ChartExportOptions& options) {
  const QSize size = logicalSize(view, options.caption);
  return {static_cast<int>(std::lround(size.width() * options.scale)),
          static_cast<int>(std::lround(size.height() * options.scale))};
}

void paintChartWithCaption(QPainter* painter, QChartView* view, const QString& caption) {
  const QSize chart = view->viewport()->size();
  // Rendered from the scene, not grabbed from the screen: at any scale the lines and text are
  // drawn sharp; the view's foreground (stage bands) comes with it.
  view->render(painter, QRectF(QPointF(0, 0), QSizeF(chart)), QRect(QPoint(0, 0), chart));
  const QFont font = captionFont(view);
  const QRect below = captionRect(font, chart.width(), chart.height(), caption);
  if (!below.isEmpty()) {
    painter->save();
    painter->setFont(font);
    painter->setPen(Qt::black);
    painter->drawText(below, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, caption);
    painter->restore();
  }
}

QString exportChartPng(QChartView* view, const QString& path, const ChartExportOptions& options) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    return ChartExport::tr("Could not write %1: %2").arg(path, file.errorString());
  }
  const double scale = std::clamp(options.scale, 0.25, 8.0);
  QImage image(exportedPngSize(view, {options.caption, scale}), QImage::Format_ARGB32);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintChartWithCaption(&painter, view, options.caption);
  }
  // 96 dpi at scale 1: a 2x export opens at the screen size in DPI-aware viewers. Set after
  // painting: the painter would otherwise scale point-sized fonts by it a second time.
  image.setDotsPerMeterX(static_cast<int>(std::lround(96.0 * scale / 0.0254)));
  image.setDotsPerMeterY(image.dotsPerMeterX());
  if (!image.save(&file, "PNG")) {
    file.cancelWriting();
    return ChartExport::tr("Could not encode the chart as PNG for %1").arg(path);
  }
  return commit(file, path);
}

QString exportChartSvg(QChartView* view, const QString& path, const ChartExportOptions& options) {
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  const QSize size = logicalSize(view, options.caption);
  QSvgGenerator generator;
  generator.setOutputDevice(&buffer);
  generator.setSize(size);
  generator.setViewBox(QRect(QPoint(0, 0), size));
  generator.setTitle(view->chart()->title());
  generator.setDescription(options.caption);
  {
    QPainter painter(&generator);
    paintChartWithCaption(&painter, view, options.caption);
  }
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    return ChartExport::tr("Could not write %1: %2").arg(path, file.errorString());
  }
  file.write(buffer.data());
  return commit(file, path);
}

QString writeTextFile(const QString& path, const QString& text) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
    return ChartExport::tr("Could not write %1: %2").arg(path, file.errorString());
  }
  file.write(text.toUtf8());
  return commit(file, path);
}

QString lossCsv(const RunRecords& records) {
  return QString::fromStdString(icl::core::formatTrainCsv(records.losses()));
}

QString evalCsv(const RunRecords& records) {
  return QString::fromStdString(icl::core::formatEvalCsv(records.evaluations()));
}

}  // namespace icl::ui
