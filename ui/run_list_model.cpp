#include "ui/run_list_model.h"

#include <QBrush>
#include <QDateTime>
#include <QPalette>

#include <filesystem>

#include "core/store/run_note.h"

namespace icl::ui {

namespace {

QString folderOf(const icl::core::RunCatalogEntry& entry) {
  return QString::fromStdString(entry.dir.string());
}

/// "2026-12-01T22:50:00Z" as "2026-12-01 23:50" in local time; the text as is otherwise.
QString createdText(const std::string& createdUtc) {
  if (createdUtc.empty()) {
    return {};
  }
  QDateTime when = QDateTime::fromString(QString::fromStdString(createdUtc), Qt::ISODate);
  if (!when.isValid()) {
    return QString::fromStdString(createdUtc);
  }
  return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

}  // namespace

RunListModel::RunListModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunListModel::reload(const QString& root) {
  beginResetModel();
  root_ = root;
  entries_ = icl::core::listRuns(std::filesystem::path(root.toStdString()));
  QSet<QString> stillThere;
  for (const auto& entry : entries_) {
    const QString folder = folderOf(entry);
    if (entry.readable && checked_.contains(folder)) {
      stillThere.insert(folder);
    }
  }
  const bool changed = stillThere != checked_;
  checked_ = stillThere;
  endResetModel();
  if (changed) {
    Q_EMIT checkedChanged();
  }
}

int RunListModel::rowOf(const QString& path) const {
  for (std::size_t row = 0; row < entries_.size(); ++row) {
    if (folderOf(entries_[row]) == path) {
      return static_cast<int>(row);
    }
  }
  return -1;
}

QString RunListModel::folderAt(int row) const {
  return row >= 0 && row < rowCount() ? folderOf(entries_[static_cast<std::size_t>(row)])
                                      : QString();
}

QStringList RunListModel::checkedFolders() const {
  QStringList folders;
  for (const auto& entry : entries_) {
    if (checked_.contains(folderOf(entry))) {
      folders << folderOf(entry);
    }
  }
  return folders;
}

void RunListModel::setChecked(const QString& folder, bool checked) {
  const int row = rowOf(folder);
  if (row < 0) {
    return;
  }
  setData(index(row, kName), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

int RunListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

int RunListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QString RunListModel::statusText(const std::string& status) {
  if (status == "completed") {
    return tr("completed");
  }
  if (status == "stopped") {
    return tr("stopped");
  }
  if (status == "failed") {
    return tr("failed");
  }
  if (status == "running") {
    return tr("running");
  }
  if (status == "interrupted") {
    return tr("interrupted");
  }
  return QString::fromStdString(status);
}

QString RunListModel::experimentText(const std::string& experiment) {
  if (experiment == "classification") {
    return tr("classification");
  }
  if (experiment == "regression") {
    return tr("I1 regression");
  }
  if (experiment == "meta_meta") {
    return tr("I2 meta-meta");
  }
  return QString::fromStdString(experiment);
}

QVariant RunListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) {
    return {};
  }
  const auto& entry = entries_[static_cast<std::size_t>(index.row())];
  if (role == kFolderRole) {
    return folderOf(entry);
  }
  if (role == Qt::CheckStateRole && index.column() == kName && entry.readable) {
    return checked_.contains(folderOf(entry)) ? Qt::Checked : Qt::Unchecked;
  }
  if (role == Qt::ToolTipRole) {
    if (!entry.readable) {
      return tr("This folder cannot be read as a run:\n%1")
          .arg(QString::fromStdString(entry.problem));
    }
    return index.column() == kNote ? tr("Double-click to edit the note (saved to note.txt)")
                                   : folderOf(entry);
  }
  if (role == Qt::ForegroundRole && !entry.readable) {
    return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
  }
  if (role != Qt::DisplayRole && role != Qt::EditRole) {
    return {};
  }
  switch (index.column()) {
    case kName:
      return QString::fromStdString(entry.dir.filename().string());
    case kCreated:
      return createdText(entry.createdUtc);
    case kExperiment:
      return entry.readable ? experimentText(entry.experiment) : QVariant();
    case kStatus:
      return entry.readable ? statusText(entry.status) : tr("unreadable");
    case kSteps:
      if (!entry.readable) {
        return {};
      }
      return role == Qt::EditRole ? QVariant(static_cast<qlonglong>(entry.stepsDone))
                                  : QVariant(QStringLiteral("%1 / %2")
                                                 .arg(entry.stepsDone)
                                                 .arg(entry.totalSteps));
    case kNote:
      return QString::fromStdString(entry.note);
    default:
      return {};
  }
}

bool RunListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!index.isValid() || index.row() >= rowCount()) {
    return false;
  }
  auto& entry = entries_[static_cast<std::size_t>(index.row())];
  if (role == Qt::CheckStateRole && index.column() == kName && entry.readable) {
    const QString folder = folderOf(entry);
    const bool checked = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    if (checked == checked_.contains(folder)) {
      return true;
    }
    if (checked) {
      checked_.insert(folder);
    } else {
      checked_.remove(folder);
    }
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
  }
  if (role == Qt::EditRole && index.column() == kNote && entry.readable) {
    const std::string note = value.toString().toStdString();
    const icl::core::Status written = icl::core::writeRunNote(entry.dir, note);
    if (!written) {
      Q_EMIT noteFailed(QString::fromStdString(written.error()));
      return false;
    }
    // What the file now holds (trailing white space dropped).
    const auto reread = icl::core::readRunNote(entry.dir);
    entry.note = reread ? reread.value() : note;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
  }
  return false;
}

Qt::ItemFlags RunListModel::flags(const QModelIndex& index) const {
  if (!index.isValid() || index.row() >= rowCount()) {
    return Qt::NoItemFlags;
  }
  const auto& entry = entries_[static_cast<std::size_t>(index.row())];
  Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
  if (!entry.readable) {
    return flags;
  }
  if (index.column() == kName) {
    flags |= Qt::ItemIsUserCheckable;
  }
  if (index.column() == kNote) {
    flags |= Qt::ItemIsEditable;
  }
  return flags;
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
    return QAbstractTableModel::headerData(section, orientation, role);
  }
  switch (section) {
    case kName:
      return tr("Run");
    case kCreated:
      return tr("Started");
    case kExperiment:
      return tr("Experiment");
    case kStatus:
      return tr("Status");
    case kSteps:
      return tr("Steps");
    case kNote:
      return tr("Note");
    default:
      return {};
  }
}

}  // namespace icl::ui
