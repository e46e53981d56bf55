#include "ui/sweep_table_model.h"

#include <algorithm>
#include <string>

#include "core/store/csv.h"
#include "ui/learner_style.h"

namespace icl::ui {

SweepTableModel::SweepTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SweepTableModel::setRows(std::vector<icl::core::SweepEvalRow> rows, const QString& family,
                              const QString& metric, bool allShots,
                              const QStringList& order) {
  beginResetModel();
  rows_ = std::move(rows);
  learners_.clear();
  shots_.clear();
  cells_.clear();
  std::vector<int> shown;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    const auto& row = rows_[i];
    if (QString::fromStdString(row.testFamily) != family ||
        QString::fromStdString(row.metric) != metric) {
      continue;
    }
    shown.push_back(static_cast<int>(i));
    const QString learner = QString::fromStdString(row.learner);
    if (!learners_.contains(learner)) {
      learners_ << learner;
    }
    if (std::find(shots_.begin(), shots_.end(), row.shots) == shots_.end()) {
      shots_.push_back(row.shots);
    }
  }
  std::sort(shots_.begin(), shots_.end());
  std::stable_sort(learners_.begin(), learners_.end(), [&order](const QString& a, const QString& b) {
    const auto rank = [&order](const QString& learner) {
      const auto at = order.indexOf(learner);
      return at < 0 ? order.size() : at;
    };
    return rank(a) < rank(b);
  });
  if (!allShots && !shots_.empty()) {
    const int64_t largest = shots_.back();
    shots_.erase(std::remove_if(shots_.begin(), shots_.end(),
                                [largest](int64_t k) {
                                  return k != 1 && k != 2 && k != 5 && k != 10 && k != largest;
                                }),
                 shots_.end());
  }
  cells_.assign(static_cast<std::size_t>(learners_.size()), std::vector<int>(shots_.size(), -1));
  for (int i : shown) {
    const auto& row = rows_[static_cast<std::size_t>(i)];
    const auto learner = learners_.indexOf(QString::fromStdString(row.learner));
    const auto found = std::find(shots_.begin(), shots_.end(), row.shots);
    if (found == shots_.end()) {
      continue;
    }
    const auto shot = found - shots_.begin();
    cells_[static_cast<std::size_t>(learner)][static_cast<std::size_t>(shot)] = i;
  }
  endResetModel();
}

QString SweepTableModel::cellText(const icl::core::AcrossSeeds& value) {
  return QStringLiteral("%1 [%2, %3] (%4)")
      .arg(value.mean, 0, 'f', 3)
      .arg(value.low, 0, 'f', 3)
      .arg(value.high, 0, 'f', 3)
      .arg(value.seeds);
}

QString SweepTableModel::csv() const {
  std::vector<icl::core::CsvRow> lines;
  for (const auto& row : rows_) {
    std::string perSeed;
    for (const auto& [seed, value] : row.value.perSeed) {
      perSeed += (perSeed.empty() ? "" : " ") + std::to_string(seed) + ":" +
                 icl::core::CsvField(value).text();
    }
    lines.push_back({row.learner, row.testFamily, row.metric, row.shots, row.value.seeds,
                     row.value.mean, row.value.low, row.value.high, perSeed});
  }
  return QString::fromStdString(icl::core::formatCsv(
      {"learner", "test_family", "metric", "shots", "seeds", "mean", "ci95_low", "ci95_high",
       "per_seed"},
      lines));
}

int64_t SweepTableModel::shotsAt(int column) const {
  return column >= 1 && column <= static_cast<int>(shots_.size())
             ? shots_[static_cast<std::size_t>(column - 1)]
             : -1;
}

const icl::core::SweepEvalRow* SweepTableModel::cell(int row, int column) const {
  if (row < 0 || row >= learners_.size() || column < 1 ||
      column > static_cast<int>(shots_.size())) {
    return nullptr;
  }
  const int at = cells_[static_cast<std::size_t>(row)][static_cast<std::size_t>(column - 1)];
  return at < 0 ? nullptr : &rows_[static_cast<std::size_t>(at)];
}

int SweepTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(learners_.size());
}

int SweepTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : 1 + static_cast<int>(shots_.size());
}

QVariant SweepTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) {
    return {};
  }
  if (index.column() == 0) {
    return role == Qt::DisplayRole ? learnerDisplayName(learners_.value(index.row()))
                                   : QVariant();
  }
  const icl::core::SweepEvalRow* row = cell(index.row(), index.column());
  if (row == nullptr) {
    return role == Qt::DisplayRole ? QStringLiteral("–") : QVariant();
  }
  switch (role) {
    case Qt::DisplayRole: return cellText(row->value);
    case Qt::ToolTipRole: {
      QStringList seeds;
      for (const auto& [seed, value] : row->value.perSeed) {
        seeds << tr("seed %1: %2").arg(seed).arg(value, 0, 'f', 4);
      }
      return seeds.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case kMeanRole: return row->value.mean;
    case kLowRole: return row->value.low;
    case kHighRole: return row->value.high;
    case kSeedsRole: return static_cast<qint64>(row->value.seeds);
    default: return {};
  }
}

QVariant SweepTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
    return {};
  }
  if (section == 0) {
    return tr("Learner");
  }
  if (section <= static_cast<int>(shots_.size())) {
    return tr("k = %1").arg(shots_[static_cast<std::size_t>(section - 1)]);
  }
  return {};
}

}  // namespace icl::ui
