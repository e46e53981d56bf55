#include "ui/run_browser.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <filesystem>
#include <iterator>

#include "ui/run_list_model.h"
#include "ui/run_overlay.h"

namespace icl::ui {

RunBrowser::RunBrowser(QWidget* parent)
    : QWidget(parent),
      model_(new RunListModel(this)),
      list_(new QTableView),
      refreshButton_(new QPushButton(tr("Refresh"))),
      openButton_(new QPushButton(tr("Open"))),
      rootLabel_(new QLabel),
      problemLabel_(new QLabel),
      overlay_(new RunOverlay) {
  list_->setObjectName(QStringLiteral("runList"));
  list_->setModel(model_);
  list_->setSelectionBehavior(QAbstractItemView::SelectRows);
  list_->setSelectionMode(QAbstractItemView::SingleSelection);
  list_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                         QAbstractItemView::SelectedClicked);
  list_->verticalHeader()->hide();
  list_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  list_->horizontalHeader()->setStretchLastSection(true);
  list_->setToolTip(tr("Check runs to overlay them; double-click a run to open it, its note to "
                       "edit it"));
  refreshButton_->setToolTip(tr("Read the runs folder again"));
  openButton_->setToolTip(tr("Show the selected run in the Training tab"));
  rootLabel_->setWordWrap(true);
  problemLabel_->setWordWrap(true);
  problemLabel_->setObjectName(QStringLiteral("compareProblems"));
  problemLabel_->hide();

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(refreshButton_);
  buttons->addWidget(openButton_);
  buttons->addStretch(1);
  auto* left = new QWidget;
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(rootLabel_);
  leftLayout->addWidget(list_, 1);
  leftLayout->addWidget(problemLabel_);
  leftLayout->addLayout(buttons);

  auto* splitter = new QSplitter(Qt::Horizontal);
  splitter->addWidget(left);
  splitter->addWidget(overlay_);
  splitter->setStretchFactor(0, 1);  // the charts need the width more than the list
  splitter->setStretchFactor(1, 2);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter);

  connect(refreshButton_, &QPushButton::clicked, this, &RunBrowser::refresh);
  connect(openButton_, &QPushButton::clicked, this, &RunBrowser::onOpen);
  connect(model_, &RunListModel::checkedChanged, this, &RunBrowser::onCheckedChanged);
  connect(model_, &RunListModel::noteFailed, this, [this](const QString& message) {
    Q_EMIT errorOccurred(tr("Save Note"), tr("The note could not be saved; the earlier note is "
                                             "unchanged.\n%1")
                                              .arg(message));
  });
  connect(overlay_, &RunOverlay::errorOccurred, this, &RunBrowser::errorOccurred);
  // Double-click on the note edits it; anywhere else it opens the run.
  connect(list_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
    if (index.column() != RunListModel::kNote &&
        model_->entries()[static_cast<std::size_t>(index.row())].readable) {
      Q_EMIT openRequested(model_->folderAt(index.row()));
    }
  });
  connect(list_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &RunBrowser::updateButtons);
  updateButtons();
}

void RunBrowser::setRoot(const QString& root) {
  const QModelIndexList selected = list_->selectionModel()->selectedRows();
  const QString selectedFolder =
      selected.isEmpty() ? QString() : model_->folderAt(selected.first().row());
  model_->reload(root);
  if (const int row = model_->rowOf(selectedFolder); row >= 0) {
    list_->selectRow(row);  // a refresh keeps the user's place
  }
  rootLabel_->setText(tr("Runs in %1").arg(QDir::toNativeSeparators(root)));
  onCheckedChanged();
  updateButtons();
}

QString RunBrowser::problems() const { return problemLabel_->text(); }

void RunBrowser::refresh() { setRoot(model_->root()); }

namespace {

/// Sizes and modification times of the files a run's overlay reads: a change means re-read.
QString fileStamp(const QString& folder) {
  QString stamp;
  for (const char* name : {"train.csv", "eval.csv", "summary.json"}) {
    const QFileInfo file(QDir(folder).filePath(QLatin1String(name)));
    stamp += QStringLiteral("%1:%2;").arg(file.size()).arg(file.lastModified().toMSecsSinceEpoch());
  }
  return stamp;
}

}  // namespace

void RunBrowser::onCheckedChanged() {
  std::vector<icl::core::RunData> runs;
  QStringList unreadable;
  const QStringList checked = model_->checkedFolders();
  for (auto it = loaded_.begin(); it != loaded_.end();) {
    it = checked.contains(it.key()) ? std::next(it) : loaded_.erase(it);  // memory: checked only
  }
  for (const QString& folder : checked) {
    const QString stamp = fileStamp(folder);
    auto found = loaded_.find(folder);
    if (found == loaded_.end() || found->stamp != stamp) {
      auto read = icl::core::readRun(std::filesystem::path(folder.toStdString()));
      if (!read) {
        loaded_.remove(folder);
        unreadable << QString::fromStdString(read.error());
        continue;
      }
      found = loaded_.insert(folder, {std::move(read).value(), stamp});
    }
    runs.push_back(found->data);
  }
  overlay_->setRuns(std::move(runs));
  // The list read only config.json and summary.json; a CSV file can still be corrupt. Said
  // here, not in a dialog: checking a run is no reason to interrupt.
  problemLabel_->setText(unreadable.isEmpty()
                             ? QString()
                             : tr("Not overlaid:\n%1").arg(unreadable.join(QLatin1Char('\n'))));
  problemLabel_->setVisible(!unreadable.isEmpty());
}

void RunBrowser::onOpen() {
  const QModelIndexList rows = list_->selectionModel()->selectedRows();
  if (!rows.isEmpty()) {
    Q_EMIT openRequested(model_->folderAt(rows.first().row()));
  }
}

void RunBrowser::updateButtons() {
  const QModelIndexList rows = list_->selectionModel()->selectedRows();
  openButton_->setEnabled(!rows.isEmpty() &&
                          model_->entries()[static_cast<std::size_t>(rows.first().row())].readable);
}

}  // namespace icl::ui
