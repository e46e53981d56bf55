#include "ui/band_curve.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>

#include "ui/chart_view.h"
#include "ui/learner_style.h"

namespace icl::ui {

void BandCurve::replace(const QVector<QPointF>& meanPoints, const QVector<QPointF>& upperPoints,
                        const QVector<QPointF>& lowerPoints) {
  mean->replace(meanPoints);
  upper->replace(upperPoints);
  lower->replace(lowerPoints);
}

BandCurve addBandCurve(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, const QString& learner,
                       int bandAlpha, QObject* owner, const QString& intervalLabel) {
  const QColor color = learnerColor(learner);
  BandCurve curve;
  curve.upper = new QLineSeries(owner);
  curve.lower = new QLineSeries(owner);
  curve.band = new QAreaSeries(curve.upper, curve.lower);
  QColor fill = color;
  fill.setAlpha(bandAlpha);
  curve.band->setBrush(fill);
  curve.band->setPen(Qt::NoPen);
  curve.mean = new QLineSeries;
  QPen pen(color);
  pen.setWidthF(2.0);
  curve.mean->setPen(pen);
  curve.mean->setName(learnerDisplayName(learner));
  chart->addSeries(curve.band);
  chart->addSeries(curve.mean);
  for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(curve.band),
                                  static_cast<QAbstractSeries*>(curve.mean)}) {
    series->attachAxis(x);
    series->attachAxis(y);
  }
  for (QLegendMarker* marker : chart->legend()->markers(curve.band)) {
    marker->setVisible(false);
  }
  ChartView::registerBand(curve.mean, curve.lower, curve.upper,
                          intervalLabel.isEmpty() ? ChartView::tr("interval") : intervalLabel);
  return curve;
}

}  // namespace icl::ui
