#pragma once
// The runs folder as a table (issue #11, "Compare runs"): name, experiment, status, steps,
// the person's note and the start time, one row per run folder (core::listRuns). Names are
// checkable (the runs the overlay compares); the note is edited in place and saved to the run's
// note.txt at once (core::writeRunNote, atomic).

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>
#include <vector>

#include "core/store/run_catalog.h"

namespace icl::ui {

class RunListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { kName, kExperiment, kStatus, kSteps, kNote, kCreated, kColumnCount };
  static constexpr int kFolderRole = Qt::UserRole;  // QString: the run folder's path

  explicit RunListModel(QObject* parent = nullptr);

  /// @brief Lists the runs of @p root again; checked runs that are still there stay checked.
  void reload(const QString& root);
  QString root() const { return root_; }
  const std::vector<icl::core::RunCatalogEntry>& entries() const { return entries_; }
  /// @return the row of the run folder @p path, or -1
  int rowOf(const QString& path) const;
  QString folderAt(int row) const;
  /// The checked run folders, in list order.
  QStringList checkedFolders() const;
  void setChecked(const QString& folder, bool checked);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

  /// @brief The words the list shows for a status or an experiment machine name.
  static QString statusText(const std::string& status);
  static QString experimentText(const std::string& experiment);

 Q_SIGNALS:
  /// The set of checked runs changed.
  void checkedChanged();
  /// A note could not be saved; @p message names the file and the problem.
  void noteFailed(const QString& message);

 private:
  QString root_;
  std::vector<icl::core::RunCatalogEntry> entries_;
  QSet<QString> checked_;
};

}  // namespace icl::ui
