#include "ui/probe_table_model.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

#include "ui/learner_style.h"

namespace icl::ui {

namespace {

constexpr double kCoin = 0.5;          // agreement of two unrelated binary predictors at best
constexpr double kExcessFull = 0.25;   // agreement above chance drawn at full colour
const QColor kHigh(0x08, 0x51, 0x9c);  // dark blue: agrees (above chance)
const QColor kLow(0xe6, 0x55, 0x0d);   // orange: agrees less than chance predicts

QColor mix(const QColor& from, const QColor& to, double t) {
  t = std::clamp(t, 0.0, 1.0);
  const auto channel = [t](int a, int b) { return static_cast<int>(a + (b - a) * t + 0.5); };
  return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()),
                channel(from.blue(), to.blue()));
}

/// The column described in the sentence is bold; the others keep the view's font.
QVariant selectedFont(bool selected) {
  if (!selected) {
    return {};
  }
  QFont font;
  font.setBold(true);
  return font;
}

}  // namespace

const std::vector<int64_t>& ProbeTableModel::keyShots() {
  static const std::vector<int64_t> shots = {0, 1, 2, 3, 5, 10, 20, 30, 49};
  return shots;
}

ProbeTableModel::ProbeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProbeTableModel::setGrid(ProbeGrid grid, bool allShots) {
  beginResetModel();
  grid_ = std::move(grid);
  columns_.clear();
  for (std::size_t i = 0; i < grid_.shots.size(); ++i) {
    const int64_t k = grid_.shots[i];
    const auto& key = keyShots();
    if (allShots || i + 1 == grid_.shots.size() ||
        std::find(key.begin(), key.end(), k) != key.end()) {
      columns_.push_back(i);
    }
  }
  endResetModel();
}

void ProbeTableModel::setColouring(Colouring colouring) {
  if (colouring_ == colouring) {
    return;
  }
  colouring_ = colouring;
  if (rowCount() > 0 && columnCount() > 0) {
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                       {Qt::BackgroundRole, Qt::ForegroundRole});
  }
}

void ProbeTableModel::setSelectedShots(int64_t shots) {
  if (selectedShots_ == shots) {
    return;
  }
  selectedShots_ = shots;
  if (rowCount() > 0 && columnCount() > 0) {
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::FontRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
  }
}

int64_t ProbeTableModel::shotsAt(int column) const {
  return grid_.shots.at(gridColumn(column));
}

int ProbeTableModel::columnOf(int64_t shots) const {
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    if (grid_.shots[columns_[c]] == shots) {
      return static_cast<int>(c);
    }
  }
  return -1;
}

QColor ProbeTableModel::cellColour(Colouring colouring, double agreement, double chance) {
  if (colouring == Colouring::Agreement) {
    return mix(Qt::white, kHigh, (agreement - kCoin) / (1.0 - kCoin));
  }
  const double excess = agreement - chance;
  return excess >= 0.0 ? mix(Qt::white, kHigh, excess / kExcessFull)
                       : mix(Qt::white, kLow, -excess / kExcessFull);
}

int ProbeTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(grid_.references.size());
}

int ProbeTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(columns_.size());
}

const std::optional<ProbeCell>& ProbeTableModel::cell(const QModelIndex& index) const {
  return grid_.cells.at(static_cast<std::size_t>(index.row())).at(gridColumn(index.column()));
}

QVariant ProbeTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) {
    return {};
  }
  if (role == Qt::FontRole) {
    return selectedFont(shotsAt(index.column()) == selectedShots_);
  }
  const std::optional<ProbeCell>& c = cell(index);
  if (!c) {
    return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
  }
  switch (role) {
    case Qt::DisplayRole:
      return QStringLiteral("%1\n(%2)")
          .arg(c->agreement, 0, 'f', 2)
          .arg(c->chance, 0, 'f', 2);
    case Qt::BackgroundRole:
      return QBrush(cellColour(colouring_, c->agreement, c->chance));
    case Qt::ForegroundRole: {
      const QColor background = cellColour(colouring_, c->agreement, c->chance);
      return QBrush(background.lightnessF() < 0.55 ? Qt::white : Qt::black);
    }
    case Qt::TextAlignmentRole:
      return static_cast<int>(Qt::AlignCenter);
    case Qt::ToolTipRole:
      return tr("ICL and %1 at %2 shots: same class on %3 of the queries; %4 expected by chance "
                "from the two accuracies alone (%5 test tasks)")
          .arg(learnerDisplayName(QString::fromStdString(
                   grid_.references[static_cast<std::size_t>(index.row())])))
          .arg(shotsAt(index.column()))
          .arg(c->agreement, 0, 'f', 3)
          .arg(c->chance, 0, 'f', 3)
          .arg(c->nTasks);
    default:
      return {};
  }
}

QVariant ProbeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role == Qt::FontRole && orientation == Qt::Horizontal && section >= 0 &&
      section < columnCount()) {
    return selectedFont(shotsAt(section) == selectedShots_);
  }
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
    return {};
  }
  if (orientation == Qt::Horizontal) {
    if (section < 0 || section >= columnCount()) {
      return {};
    }
    return role == Qt::DisplayRole ? QVariant(QString::number(shotsAt(section)))
                                   : QVariant(tr("%1 shots: click to describe this column")
                                                  .arg(shotsAt(section)));
  }
  if (section < 0 || section >= rowCount()) {
    return {};
  }
  return learnerDisplayName(
      QString::fromStdString(grid_.references[static_cast<std::size_t>(section)]));
}

}  // namespace icl::ui
