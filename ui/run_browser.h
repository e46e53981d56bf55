#pragma once
// The Compare tab (issue #11, "Compare runs"): the runs folder as a list on the left
// (RunListModel: name, date, experiment, status, steps, an editable note) and the checked runs
// overlaid on the right (RunOverlay). Reading the list touches only config.json,
// summary.json and note.txt; a checked run's CSV files are read when it is checked, and again
// only when they changed.

#include <QHash>
#include <QString>
#include <QWidget>

#include "core/store/run_store.h"

class QLabel;
class QPushButton;
class QTableView;

namespace icl::ui {

class RunListModel;
class RunOverlay;

class RunBrowser : public QWidget {
  Q_OBJECT

 public:
  explicit RunBrowser(QWidget* parent = nullptr);

  /// @brief Lists the runs of @p root (the window's runs folder) and redraws the overlay.
  void setRoot(const QString& root);
  /// @brief Reads the runs folder again (new runs, changed status); the checks stay.
  void refresh();

  RunListModel* model() const { return model_; }
  QTableView* list() const { return list_; }
  RunOverlay* overlay() const { return overlay_; }
  QPushButton* refreshButton() const { return refreshButton_; }
  QPushButton* openButton() const { return openButton_; }
  /// The checked runs that could not be read in full, or empty.
  QString problems() const;

 Q_SIGNALS:
  /// The user asked to open @p folder in the main view (double-click or Open).
  void openRequested(const QString& folder);
  /// Something could not be done; @p message says what and which file.
  void errorOccurred(const QString& title, const QString& message);

 private:
  void onCheckedChanged();
  void onOpen();
  void updateButtons();

  RunListModel* model_;
  QTableView* list_;
  QPushButton* refreshButton_;
  QPushButton* openButton_;
  QLabel* rootLabel_;
  QLabel* problemLabel_;  // checked runs whose CSV files cannot be read
  RunOverlay* overlay_;
  struct LoadedRun {
    icl::core::RunData data;
    QString stamp;  // the CSV and summary files' sizes and times when read
  };
  // Runs read in full, by folder; read again when their files changed (a run going on).
  QHash<QString, LoadedRun> loaded_;
};

}  // namespace icl::ui
