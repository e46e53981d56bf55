#pragma once
// The across-seed table of the Sweep tab (issue #12): for one group of points, one test family
// and one measure, one row per learner and one column per number of shots, each cell
// "mean [low, high] (n)" with the 95 % t-interval across the n seeds (core::SweepEvalRow). The
// CSV export writes every family and measure of the group, one line per cell, with the
// per-seed values.

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>
#include <vector>

#include "core/sweep/sweep_summary.h"

namespace icl::ui {

class SweepTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  static constexpr int kMeanRole = Qt::UserRole;      // double
  static constexpr int kLowRole = Qt::UserRole + 1;   // double
  static constexpr int kHighRole = Qt::UserRole + 2;  // double
  static constexpr int kSeedsRole = Qt::UserRole + 3; // qint64

  explicit SweepTableModel(QObject* parent = nullptr);

  /// @brief Shows @p rows of @p family and @p metric (the others are kept for the CSV): with
  /// @p allShots every number of shots, else those `icl-lab-cli report` shows (1, 2, 5, 10
  /// and the largest), so the table fits beside the point list.
  /// @p order puts these learners first, in this order (the charts' order).
  void setRows(std::vector<icl::core::SweepEvalRow> rows, const QString& family,
               const QString& metric, bool allShots = false, const QStringList& order = {});
  const std::vector<icl::core::SweepEvalRow>& rows() const { return rows_; }
  /// The learner (a core::LearnerId name) of table row @p row.
  QString learnerAt(int row) const { return learners_.value(row); }
  /// The number of shots of table column @p column (1 and on).
  int64_t shotsAt(int column) const;

  /// @brief "0.812 [0.774, 0.850] (5)": the mean, its interval across seeds and the seeds.
  static QString cellText(const icl::core::AcrossSeeds& value);
  /// @brief Every row of the group as CSV: learner, test family, metric, shots, seeds, mean,
  /// low, high, then the per-seed values as "seed:value" separated by spaces.
  QString csv() const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  const icl::core::SweepEvalRow* cell(int row, int column) const;

  std::vector<icl::core::SweepEvalRow> rows_;
  QStringList learners_;            // the table's rows, in first-seen order
  std::vector<int64_t> shots_;      // the table's columns after the learner, ascending
  std::vector<std::vector<int>> cells_;  // [learner][shot] -> index into rows_, or -1
};

}  // namespace icl::ui
