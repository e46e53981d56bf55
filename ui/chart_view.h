#pragma once
// The one interactive chart view of the window (issue #11): every chart reads its values on
// hover, zooms (rubber band, Ctrl+wheel), pans (Shift+drag, middle button), keeps fixed axis
// ranges, optionally puts a shots axis on a log scale, and shades curriculum stages.
//
// Panels never set axis ranges themselves: they hand the view their automatic range
// (setAutoRange) and the view applies it unless the user zoomed or fixed the axis; so a live
// run's new data never undoes a zoom. Every value axis gets nice ticks (niceTicks).

#include <QChartView>
#include <QPointer>
#include <QVector>
#include <optional>

class QAbstractAxis;
class QCategoryAxis;
class QLogValueAxis;
class QMenu;
class QRubberBand;
class QValueAxis;
class QXYSeries;

namespace icl::ui {

class ChartView : public QChartView {
  Q_OBJECT

 public:
  struct Range {
    double min = 0.0;
    double max = 1.0;
  };

  explicit ChartView(QChart* chart, QWidget* parent = nullptr);
  ~ChartView() override;

  /// @brief Makes the hover over @p mean report its interval: the points of @p lower and
  /// @p upper at the same x. @p label names the interval ("95 % Wilson interval").
  /// Static: a band curve registers itself on its series, wherever it is drawn.
  static void registerBand(QXYSeries* mean, QXYSeries* lower, QXYSeries* upper,
                           const QString& label);

  /// @brief The range the panel would show; applied unless the user zoomed or fixed the axis.
  void setAutoRange(Qt::Orientation orientation, double min, double max);
  std::optional<Range> autoRange(Qt::Orientation orientation) const;
  /// @brief A user range kept until Reset zoom (the Fixed axis ranges… dialog, or a zoom).
  void setFixedRange(Qt::Orientation orientation, double min, double max);
  bool isZoomed() const;
  /// @brief Forgets the automatic and the user's ranges (the panel replaced its axes).
  void forgetRanges();
  /// @brief Back to the automatic ranges (double-click, context menu).
  void resetZoom();
  /// @brief Zooms to the rectangle between two viewport positions (the rubber band's drop).
  void zoomToRect(const QRect& viewportRect);
  /// @brief Ctrl+wheel: scales both ranges by @p factor about viewport position @p pos.
  void zoomAt(const QPoint& pos, double factor);

  /// @brief Ticks on whole numbers only (shots, steps, snapshot positions).
  void setIntegerTicks(Qt::Orientation orientation, bool integer);
  /// @brief Nice ticks (1, 2, 2.5, 5 x 10^k) on the current value axes; the view calls it
  /// whenever a range changes.
  void applyNiceTicks();

  /// @brief Offers "Log x" in the context menu: the x axis becomes logarithmic over x + @p offset
  /// (shots start at 0), titled @p logTitle. Panels draw x through plotX() and redraw on
  /// logXChanged.
  void setLogXAvailable(double offset, const QString& logTitle);
  bool logX() const { return logX_; }
  void setLogX(bool log);
  /// The x a point is drawn at: x, or x + offset on the log axis.
  double plotX(double x) const { return logX_ ? x + logOffset_ : x; }
  /// The attached axis of @p orientation (changes when Log x toggles); never the labels-only
  /// companion of a log y axis.
  QAbstractAxis* axis(Qt::Orientation orientation) const;

  /// @brief Curriculum stages as alternating bands behind the curves (x in data units).
  /// @param boundaries the last x of every stage but the final one
  void setStageBoundaries(const QVector<double>& boundaries, bool visible);
  const QVector<double>& stageBoundaries() const { return boundaries_; }

  /// @brief What an export writes below the chart besides the run's name: the test family,
  /// the step, the shots and what the band is. The panel keeps it current.
  void setExportCaption(const QString& caption) { exportCaption_ = caption; }
  QString exportCaption() const { return exportCaption_; }

  /// @brief What the hover shows at viewport position @p pos (nearest point within a few
  /// pixels): series name, x, y and the interval when the series has a band; empty if none.
  QString hoverTextAt(const QPoint& pos) const;
  /// The text the last hover showed.
  QString hoverText() const { return hoverText_; }
  /// The context menu (built on demand; tests trigger its actions).
  QMenu* contextMenu();

 Q_SIGNALS:
  void logXChanged(bool log);
  /// Export… in the context menu; unconnected, the view asks for a file itself.
  void exportRequested(icl::ui::ChartView* view);

 protected:
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void drawForeground(QPainter* painter, const QRectF& rect) override;

 private:
  enum class Drag { None, Zoom, Pan };
  static int index(Qt::Orientation orientation) { return orientation == Qt::Horizontal ? 0 : 1; }
  void applyRange(Qt::Orientation orientation);
  Range currentRange(Qt::Orientation orientation) const;
  /// Data value at a chart (scene) coordinate along @p orientation, or the reverse.
  double valueAt(Qt::Orientation orientation, double position) const;
  double positionOf(Qt::Orientation orientation, double value) const;
  QPointF chartPoint(const QPoint& viewportPos) const;
  void showFixedRangesDialog();
  void exportWithDialog();
  void adoptAxes();
  /// A log y axis labels only its decades; a companion category axis labels logTicks().
  void updateLogLabels();

  std::optional<Range> auto_[2];
  std::optional<Range> user_[2];
  bool integer_[2] = {false, false};
  Drag drag_ = Drag::None;
  QPoint dragStart_;
  QPoint lastDrag_;
  QRubberBand* rubberBand_ = nullptr;
  QMenu* menu_ = nullptr;
  QAction* logXAction_ = nullptr;
  bool logX_ = false;
  double logOffset_ = 1.0;
  QString logTitle_;
  QPointer<QAbstractAxis> linearX_;
  QPointer<QLogValueAxis> logAxisX_;
  QVector<double> boundaries_;
  bool boundariesVisible_ = true;
  QString hoverText_;
  QString exportCaption_;
  QList<QPointer<QAbstractAxis>> adopted_;
  QPointer<QCategoryAxis> logLabels_;
};

}  // namespace icl::ui
