#pragma once
// The side-by-side table of the Compare tab (issue #11): one row per learner, test family and
// metric, one column per checked run, each cell eval.csv's final value with its interval. It
// shows a core::CrossRunTable, so the view and the CSV export read the same numbers.

#include <QAbstractTableModel>

#include "core/evaluation/cross_run_table.h"

namespace icl::ui {

class RunOverlayTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  static constexpr int kValueRole = Qt::UserRole;       // double; the text is rounded
  static constexpr int kCiLowRole = Qt::UserRole + 1;   // double
  static constexpr int kCiHighRole = Qt::UserRole + 2;  // double
  static constexpr int kFirstRunColumn = 3;             // learner, family, measure, runs...

  explicit RunOverlayTableModel(QObject* parent = nullptr);

  void setTable(icl::core::CrossRunTable table);
  const icl::core::CrossRunTable& table() const { return table_; }

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  icl::core::CrossRunTable table_;
};

}  // namespace icl::ui
