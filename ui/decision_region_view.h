#pragma once
// One panel of the 2-D playground: a learner's decision regions over the plane (colour by
// P(class 0), the 0.5 contour), the support points on top with their order numbers, and axes.
// The panel only draws and reports the mouse; PlaygroundView owns the support and decides.

#include <QImage>
#include <QLineF>
#include <QString>
#include <QVector>
#include <QWidget>

#include <vector>

#include "core/inference/decision_grid.h"

namespace icl::ui {

class DecisionRegionView : public QWidget {
  Q_OBJECT

 public:
  explicit DecisionRegionView(const QString& title, QWidget* parent = nullptr);

  QString title() const { return title_; }
  void setTitle(const QString& title);
  /// @brief The regions of @p panel on @p grid (or its message when unavailable).
  void setRegions(const icl::core::PanelGrid& panel, const icl::core::GridSpec& grid);
  /// @brief A message instead of regions (e.g. "no run chosen").
  void setMessage(const QString& message);
  /// @brief The support to draw; points at index >= @p used are drawn hollow (not seen).
  void setSupport(const icl::core::SupportSet& support, int selected, int used);
  /// @brief The plane shown: [-range, range]^2.
  void setRange(double range);

  bool hasRegions() const { return !image_.isNull(); }
  QString message() const { return message_; }
  /// The probability grid the panel shows (empty without regions).
  const std::vector<float>& classZero() const { return classZero_; }

  /// @brief Draws the panel into @p size on @p painter (screen, PNG and SVG alike).
  void render(QPainter& painter, const QSize& size) const;
  /// The plot square inside a widget of @p size (axes labels around it).
  QRectF plotRect(const QSize& size) const;
  /// @brief Widget position of plane point (x, y), and back.
  QPointF toWidget(double x, double y) const;
  QPointF toPlane(const QPointF& position) const;

  QSize sizeHint() const override { return {260, 260}; }
  QSize minimumSizeHint() const override { return {160, 160}; }

 Q_SIGNALS:
  void addRequested(double x, double y);
  void pointPressed(int index);
  void moveRequested(int index, double x, double y);
  void dragFinished();
  void removeRequested(int index);
  void cursorMoved(double x, double y);
  void cursorLeft();
  void exportRequested();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;

 private:
  /// Index of the support point within grabbing distance of @p position, or -1.
  int pointAt(const QPointF& position) const;

  QString title_;
  QString message_;
  QImage image_;
  QVector<QLineF> contour_;
  std::vector<float> classZero_;
  int64_t rows_ = 0;
  int64_t columns_ = 0;
  icl::core::SupportSet support_;
  int selected_ = -1;
  int used_ = 0;
  double range_ = 4.0;
  int dragging_ = -1;
  bool removedByPress_ = false;
};

}  // namespace icl::ui
