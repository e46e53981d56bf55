#pragma once
// Writing what the user sees to files: a chart as PNG or SVG, a run's curves as CSV. Every
// file is written through QSaveFile, so a failed export never leaves half a file behind.

#include <QSize>
#include <QString>

class QChartView;
class QPainter;

namespace icl::ui {

class RunRecords;

/// @brief What an exported chart carries besides the chart: a caption below it naming the run,
/// the test family, the step, the shots and what the band is (#11 item 7).
struct ChartExportOptions {
  QString caption;
  /// PNG pixels per screen pixel: 2 writes twice the width and height of the chart on screen.
  double scale = 1.0;
};

/// The size in pixels a PNG export of @p view at @p options has (the chart and its caption).
QSize exportedPngSize(QChartView* view, const ChartExportOptions& options);
/// @brief Paints @p view with @p caption below it at @p painter's origin, in screen pixels.
void paintChartWithCaption(QPainter* painter, QChartView* view, const QString& caption);

/// @return an empty string on success, else a message naming the file and the problem
QString exportChartPng(QChartView* view, const QString& path,
                       const ChartExportOptions& options = {});
QString exportChartSvg(QChartView* view, const QString& path,
                       const ChartExportOptions& options = {});
QString writeTextFile(const QString& path, const QString& text);

/// The run's losses as train.csv holds them (core's CSV writer: the same bytes as the run folder)
QString lossCsv(const RunRecords& records);
/// The run's evaluations as eval.csv holds them (tidy form)
QString evalCsv(const RunRecords& records);

}  // namespace icl::ui
