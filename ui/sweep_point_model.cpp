#include "ui/sweep_point_model.h"

#include <QBrush>
#include <QColor>
#include <QStringList>

#include "ui/run_transport.h"

namespace icl::ui {

namespace {

QString settingsText(const icl::core::SweepPoint& point) {
  QStringList parts;
  for (const auto& [key, value] : point.settings) {
    parts << QStringLiteral("%1=%2").arg(QString::fromStdString(key), QString::fromStdString(value));
  }
  return parts.join(QStringLiteral(", "));
}

bool isTrouble(const icl::core::SweepPointState& state) {
  return state.status == "failed" || state.status == "stopped" ||
         state.status == "interrupted" || !state.problem.empty();
}

}  // namespace

SweepPointModel::SweepPointModel(QObject* parent) : QAbstractTableModel(parent) {}

void SweepPointModel::setPoints(std::vector<icl::core::SweepPointState> points) {
  beginResetModel();
  points_ = std::move(points);
  endResetModel();
}

int SweepPointModel::rowOf(const QString& folder) const {
  for (std::size_t i = 0; i < points_.size(); ++i) {
    if (QString::fromStdString(points_[i].point.folder) == folder) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

int SweepPointModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(points_.size());
}

int SweepPointModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant SweepPointModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) {
    return {};
  }
  const icl::core::SweepPointState& state = points_[static_cast<std::size_t>(index.row())];
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case kSeed: return QString::number(state.point.seed);
      case kSettings:
        return state.point.settings.empty() ? tr("(seed only)") : settingsText(state.point);
      case kStatus:
        if (!state.problem.empty()) {
          return tr("unreadable");
        }
        return state.status == "pending" ? tr("pending") : runStatusText(state.status);
      case kSteps:
        return state.totalSteps > 0
                   ? QStringLiteral("%1 / %2").arg(state.stepsDone).arg(state.totalSteps)
                   : QString::number(state.stepsDone);
      default: return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    // Why a point failed, stopped or cannot be read: the CLI's message or the reader's.
    QStringList lines;
    lines << QString::fromStdString(state.point.folder);
    if (!state.point.message.empty()) {
      lines << QString::fromStdString(state.point.message);
    }
    if (!state.problem.empty()) {
      lines << QString::fromStdString(state.problem);
    }
    return lines.join(QLatin1Char('\n'));
  }
  if (role == Qt::ForegroundRole && index.column() == kStatus && isTrouble(state)) {
    return QBrush(QColor(0xb0, 0x30, 0x20));
  }
  return {};
}

QVariant SweepPointModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
    return {};
  }
  switch (section) {
    case kSeed: return tr("Seed");
    case kSettings: return tr("Settings");
    case kStatus: return tr("Status");
    case kSteps: return tr("Steps");
    default: return {};
  }
}

}  // namespace icl::ui
