#pragma once
// Writing what the user sees to files: a chart as PNG or SVG, a run's curves as CSV. Every
// file is written through QSaveFile, so a failed export never leaves half a file behind.

#include <QString>

class QChartView;

namespace icl::ui {

class RunRecords;

/// @return an empty string on success, else a message naming the file and the problem
QString exportChartPng(QChartView* view, const QString& path);
QString exportChartSvg(QChartView* view, const QString& path);
QString writeTextFile(const QString& path, const QString& text);

/// The run's losses as train.csv holds them (core's CSV writer: the same bytes as the run folder)
QString lossCsv(const RunRecords& records);
/// The run's evaluations as eval.csv holds them (tidy form)
QString evalCsv(const RunRecords& records);

}  // namespace icl::ui
