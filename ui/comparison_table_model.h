#pragma once
// The comparison table as a Qt model: learners (rows) x test families (columns), accuracy at
// one chosen number of shots, the best learner of each column marked. It shows a
// core::ComparisonTable, the table `icl-lab-cli report` prints, so the view, the CSV export and
// the CLI read the same numbers.

#include <QAbstractTableModel>
#include <vector>

#include "core/evaluation/comparison_table.h"

namespace icl::ui {

class ComparisonTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  static constexpr int kAccuracyRole = Qt::UserRole;  // double; the text is rounded
  static constexpr int kBestRole = Qt::UserRole + 1;  // bool: the best learner of its column

  explicit ComparisonTableModel(QObject* parent = nullptr);

  /// @brief Shows @p table at @p shots (a reset: rows and columns may change).
  void setTable(icl::core::ComparisonTable table, qint64 shots);
  /// @brief Shows the same table at another number of shots (rows and columns stay).
  void setShots(qint64 shots);
  const icl::core::ComparisonTable& table() const { return table_; }
  qint64 shots() const { return shots_; }

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  void collectCells();

  icl::core::ComparisonTable table_;
  qint64 shots_ = 0;
  // [row][column]: the cell at shots_, or nullptr; points into table_.
  std::vector<std::vector<const icl::core::ComparisonCell*>> cells_;
  std::vector<int> bestRow_;  // per column; -1 when the column has no cell
};

}  // namespace icl::ui
