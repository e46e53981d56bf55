#include "ui/run_overlay_table_model.h"

#include "ui/learner_style.h"

namespace icl::ui {

RunOverlayTableModel::RunOverlayTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunOverlayTableModel::setTable(icl::core::CrossRunTable table) {
  beginResetModel();
  table_ = std::move(table);
  endResetModel();
}

int RunOverlayTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(table_.rows.size());
}

int RunOverlayTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kFirstRunColumn + static_cast<int>(table_.runs.size());
}

QVariant RunOverlayTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
    return {};
  }
  const auto& row = table_.rows[static_cast<std::size_t>(index.row())];
  const bool accuracy = row.metric == "accuracy";
  if (index.column() < kFirstRunColumn) {
    if (role == Qt::DecorationRole && index.column() == 0) {
      return learnerColor(QString::fromStdString(row.learner));
    }
    if (role != Qt::DisplayRole) {
      return {};
    }
    switch (index.column()) {
      case 0:
        return learnerDisplayName(QString::fromStdString(row.learner));
      case 1:
        return QString::fromStdString(row.testFamily);
      default:
        return accuracy ? tr("accuracy [95 % CI]") : tr("sq. error, last pos. [90 % CI]");
    }
  }
  const auto& cell = row.cells[static_cast<std::size_t>(index.column() - kFirstRunColumn)];
  if (!cell.present) {
    return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
  }
  switch (role) {
    case Qt::DisplayRole:
      return QStringLiteral("%1 [%2, %3]")
          .arg(cell.value, 0, 'f', 3)
          .arg(cell.ciLow, 0, 'f', 3)
          .arg(cell.ciHigh, 0, 'f', 3);
    case Qt::ToolTipRole:
      return accuracy ? tr("Step %1, %2 shots, %3 test tasks: accuracy %4, 95 % Wilson interval "
                           "[%5, %6]")
                            .arg(cell.step)
                            .arg(cell.shots)
                            .arg(cell.nTasks)
                            .arg(cell.value)
                            .arg(cell.ciLow)
                            .arg(cell.ciHigh)
                      : tr("Step %1, position %2, %3 prompts: mean squared error %4, 90 % "
                           "bootstrap interval [%5, %6]")
                            .arg(cell.step)
                            .arg(cell.shots)
                            .arg(cell.nTasks)
                            .arg(cell.value)
                            .arg(cell.ciLow)
                            .arg(cell.ciHigh);
    case Qt::TextAlignmentRole:
      return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    case kValueRole:
      return cell.value;
    case kCiLowRole:
      return cell.ciLow;
    case kCiHighRole:
      return cell.ciHigh;
    default:
      return {};
  }
}

QVariant RunOverlayTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
    return QAbstractTableModel::headerData(section, orientation, role);
  }
  switch (section) {
    case 0:
      return tr("Learner");
    case 1:
      return tr("Test family");
    case 2:
      return tr("Measure");
    default:
      if (section - kFirstRunColumn < static_cast<int>(table_.runs.size())) {
        return QString::fromStdString(
            table_.runs[static_cast<std::size_t>(section - kFirstRunColumn)]);
      }
      return {};
  }
}

}  // namespace icl::ui
