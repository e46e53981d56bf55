#pragma once
// The point list of the Sweep tab (issue #12): one row per point of the sweep (seed, swept
// settings, status, steps done of total), read from a core::SweepSummary. A failed, stopped or
// unreadable point carries its message as the row's tooltip.

#include <QAbstractTableModel>
#include <vector>

#include "core/sweep/sweep_summary.h"

namespace icl::ui {

class SweepPointModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { kSeed, kSettings, kStatus, kSteps, kColumnCount };

  explicit SweepPointModel(QObject* parent = nullptr);

  void setPoints(std::vector<icl::core::SweepPointState> points);
  const std::vector<icl::core::SweepPointState>& points() const { return points_; }
  /// The row of the point whose run folder is @p folder (relative to the sweep), or -1.
  int rowOf(const QString& folder) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  std::vector<icl::core::SweepPointState> points_;
};

}  // namespace icl::ui
