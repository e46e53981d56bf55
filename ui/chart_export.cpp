#include "ui/chart_export.h"

#include <QBuffer>
#include <QChartView>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

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

QString exportChartPng(QChartView* view, const QString& path) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    return ChartExport::tr("Could not write %1: %2").arg(path, file.errorString());
  }
  const QImage image = view->grab().toImage();
  if (!image.save(&file, "PNG")) {
    file.cancelWriting();
    return ChartExport::tr("Could not encode the chart as PNG for %1").arg(path);
  }
  return commit(file, path);
}

QString exportChartSvg(QChartView* view, const QString& path) {
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  QSvgGenerator generator;
  generator.setOutputDevice(&buffer);
  generator.setSize(view->size());
  generator.setViewBox(QRect(QPoint(0, 0), view->size()));
  generator.setTitle(view->chart()->title());
  {
    QPainter painter(&generator);
    view->render(&painter);
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
