#include "ui/comparison_table_model.h"

#include <QFont>
#include <utility>

#include "ui/comparison_panel.h"
#include "ui/learner_style.h"

namespace icl::ui {

ComparisonTableModel::ComparisonTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ComparisonTableModel::setTable(icl::core::ComparisonTable table, qint64 shots) {
  beginResetModel();
  table_ = std::move(table);
  shots_ = shots;
  collectCells();
  endResetModel();
}

void ComparisonTableModel::setShots(qint64 shots) {
  shots_ = shots;
  collectCells();
  if (rowCount() > 0 && columnCount() > 0) {
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
  }
}

void ComparisonTableModel::collectCells() {
  const std::size_t columns = table_.testFamilies.size();
  cells_.assign(table_.learners.size(), std::vector<const icl::core::ComparisonCell*>(columns));
  bestRow_.assign(columns, -1);
  for (std::size_t column = 0; column < columns; ++column) {
    double bestAccuracy = -1.0;
    for (std::size_t row = 0; row < cells_.size(); ++row) {
      const icl::core::ComparisonRow* found =
          table_.find(table_.learners[row], table_.testFamilies[column]);
      const icl::core::ComparisonCell* cell = found ? found->cellAt(shots_) : nullptr;
      cells_[row][column] = cell;
      // Strictly greater: a tie keeps the learner listed first.
      if (cell != nullptr && cell->accuracy > bestAccuracy) {
        bestAccuracy = cell->accuracy;
        bestRow_[column] = static_cast<int>(row);
      }
    }
  }
}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(table_.learners.size());
}

int ComparisonTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(table_.testFamilies.size());
}

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
    return {};
  }
  const icl::core::ComparisonCell* cell =
      cells_[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(index.column())];
  if (cell == nullptr) {
    return {};
  }
  const bool best = bestRow_[static_cast<std::size_t>(index.column())] == index.row();
  switch (role) {
    case Qt::DisplayRole:
      return QString::number(cell->accuracy, 'f', 3) + (best ? QStringLiteral(" ★") : QString());
    case Qt::ToolTipRole:
      // The panel's translation context, where this text has always been translated.
      return ComparisonPanel::tr("95% CI [%1, %2] over %3 test tasks")
          .arg(cell->ciLow, 0, 'f', 3)
          .arg(cell->ciHigh, 0, 'f', 3)
          .arg(cell->nTasks);
    case Qt::TextAlignmentRole:
      return static_cast<int>(Qt::AlignCenter);
    case Qt::FontRole:
      if (best) {
        QFont font;
        font.setBold(true);
        return font;
      }
      return {};
    case kAccuracyRole:
      return cell->accuracy;
    case kBestRole:
      return best;
    default:
      return {};
  }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
  if (role != Qt::DisplayRole || section < 0) {
    return {};
  }
  const auto index = static_cast<std::size_t>(section);
  if (orientation == Qt::Horizontal) {
    return index < table_.testFamilies.size()
               ? QString::fromStdString(table_.testFamilies[index])
               : QVariant();
  }
  return index < table_.learners.size()
             ? learnerDisplayName(QString::fromStdString(table_.learners[index]))
             : QVariant();
}

}  // namespace icl::ui
