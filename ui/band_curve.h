#pragma once
// A learner's curve with its confidence band, as the comparison and regression views draw it:
// a mean line in the learner's colour over a translucent band between two bounds.

#include <QString>
#include <QVector>
#include <QPointF>

class QAbstractAxis;
class QAreaSeries;
class QChart;
class QLineSeries;
class QObject;

namespace icl::ui {

struct BandCurve {
  QLineSeries* mean = nullptr;
  QLineSeries* upper = nullptr;  // owned by @p owner: an area series does not own its bounds
  QLineSeries* lower = nullptr;
  QAreaSeries* band = nullptr;

  /// @brief Replaces the points of the line and both bounds.
  void replace(const QVector<QPointF>& meanPoints, const QVector<QPointF>& upperPoints,
               const QVector<QPointF>& lowerPoints);
};

/// @brief Adds @p learner's band and mean line to @p chart on axes @p x and @p y; the band has
/// no legend entry of its own.
/// @param bandAlpha opacity of the band's fill, 0-255
/// @param intervalLabel what the band is, as the hover names it ("95 % Wilson interval")
BandCurve addBandCurve(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, const QString& learner,
                       int bandAlpha, QObject* owner, const QString& intervalLabel = QString());

}  // namespace icl::ui
