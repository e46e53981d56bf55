#pragma once
// The probe's heat map as a table (issue #10 item 4): one row per reference algorithm, one
// column per shot count, each cell the agreement of the ICL model with that reference over
// "(chance)" on a second line (narrow columns: nine fit beside the experiment dock),
// its background coloured by the agreement or by the agreement above chance.

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

#include "ui/generalisation_tables.h"

namespace icl::ui {

class ProbeTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum class Colouring {
    Agreement,    // white at 0.5 (a coin) to dark blue at 1.0
    AboveChance,  // agreement - chance: orange below, white at 0, blue above (±0.25 full)
  };

  /// Shot counts shown when not all are: the ones the paper's tables use, and the last.
  static const std::vector<int64_t>& keyShots();

  explicit ProbeTableModel(QObject* parent = nullptr);

  /// @brief Shows @p grid; with @p allShots every shot count, else the key shots and the last.
  void setGrid(ProbeGrid grid, bool allShots);
  void setColouring(Colouring colouring);
  /// @brief The column the panel's sentence describes, drawn bold.
  void setSelectedShots(int64_t shots);
  Colouring colouring() const { return colouring_; }
  const ProbeGrid& grid() const { return grid_; }
  /// The shot count of column @p column, and the column of @p shots (-1 when not shown).
  int64_t shotsAt(int column) const;
  int columnOf(int64_t shots) const;
  /// The grid's column index behind the shown column @p column.
  std::size_t gridColumn(int column) const { return columns_.at(static_cast<std::size_t>(column)); }

  /// @brief The background of a cell: @p agreement (and @p chance) as the colouring says.
  static QColor cellColour(Colouring colouring, double agreement, double chance);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  const std::optional<ProbeCell>& cell(const QModelIndex& index) const;

  ProbeGrid grid_;
  std::vector<std::size_t> columns_;  // grid columns shown
  Colouring colouring_ = Colouring::Agreement;
  int64_t selectedShots_ = -1;
};

}  // namespace icl::ui
