#pragma once
// The Sweep tab (issue #12): a sweep folder (sweep.json and one run folder per point) read
// with core::readSweepSummary and shown across seeds: a selector for the swept setting, the
// point list, the loss as a mean line over its 95 % t-band with each seed faint, the final
// accuracy against shots (classification) or squared error by position (regression) the same
// way, and a learner x shots table of "mean [low, high] (n)", exportable as CSV. A sweep that
// is still running is read again every second on a worker thread, and only redrawn when one
// of its files changed. Start Sweep… runs `icl-lab-cli sweep` (SweepProcess) on the
// experiment in the form and opens its folder.

#include <QElapsedTimer>
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

#include "core/config/run_config.h"
#include "core/sweep/sweep_summary.h"
#include "ui/sweep_charts.h"

class QChart;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace icl::ui {

class ChartView;
class SweepPointModel;
class SweepProcess;
class SweepTableModel;
struct SweepRequest;

class SweepView : public QWidget {
  Q_OBJECT

 public:
  /// @param experiment the experiment in the window's form (what Start Sweep… varies)
  /// @param defaultRoot where Start Sweep… suggests the output folder
  SweepView(std::function<icl::core::RunConfig()> experiment,
            std::function<QString()> defaultRoot, QWidget* parent = nullptr);
  ~SweepView() override;

  /// @brief Shows the sweep folder @p dir (read on a worker thread; loaded() follows).
  void openSweep(const QString& dir);
  /// @brief Reads the shown folder again (also done every second while the tab is shown).
  void reload();
  QString sweepDir() const { return dir_; }
  /// Whether a read of the folder is in progress.
  bool reading() const { return reader_ != nullptr; }
  /// The summary shown (empty before the first read).
  const icl::core::SweepSummary& summary() const { return summary_; }
  /// How long the last readSweepSummary took, in milliseconds (on the worker thread).
  double lastReadMs() const { return lastReadMs_; }
  /// How long showing the last read took (models, charts and table), in milliseconds.
  double lastShowMs() const { return lastShowMs_; }

  /// @brief Opens Start Sweep… and, when accepted, starts the CLI.
  void openStartDialog();
  /// @brief Starts @p request on @p config; an empty string, or why it did not start.
  QString startSweep(const SweepRequest& request, const icl::core::RunConfig& config);
  SweepProcess* process() const { return process_; }

  QComboBox* groupChoice() const { return groupChoice_; }
  QComboBox* familyChoice() const { return familyChoice_; }
  QCheckBox* allShotsCheck() const { return allShots_; }
  QTableView* pointList() const { return pointList_; }
  SweepPointModel* pointModel() const { return pointModel_; }
  ChartView* lossView() const { return lossView_; }
  ChartView* resultView() const { return resultView_; }
  QTableView* table() const { return table_; }
  SweepTableModel* tableModel() const { return tableModel_; }
  QLabel* statusLabel() const { return status_; }
  QPushButton* stopButton() const { return stopButton_; }
  const std::vector<SweepCurve>& lossCurves() const { return lossCurves_; }
  const std::vector<SweepCurve>& resultCurves() const { return resultCurves_; }
  /// @brief The table as Export CSV writes it.
  QString tableCsv() const;

 Q_SIGNALS:
  /// A read of the folder ended and the view shows it (or says why it could not).
  void loaded();
  void errorOccurred(const QString& title, const QString& message);

 protected:
  void showEvent(QShowEvent* event) override;
  void hideEvent(QHideEvent* event) override;

 private:
  void onRead(std::shared_ptr<icl::core::Result<icl::core::SweepSummary>> result,
              const QString& stamp, double readMs);
  void refreshGroups();
  void refreshFamilies();
  void refreshCharts();
  void refreshTable();
  void refreshStatus();
  void onExportCsv();
  void onProcessFinished(int exitCode, const QString& output);
  const icl::core::SweepGroup* currentGroup() const;
  /// The measure of the result chart and table: accuracy, or squared error (regression).
  QString metric() const;

  std::function<icl::core::RunConfig()> experiment_;
  std::function<QString()> defaultRoot_;
  QString dir_;
  QString stamp_;  // the folder's file sizes and times when last shown
  QString readError_;
  QString processNote_;  // how the last sweep started here ended
  icl::core::SweepSummary summary_;
  double lastReadMs_ = 0.0;
  double lastShowMs_ = 0.0;
  QThread* reader_ = nullptr;
  bool readAgain_ = false;  // a reload was asked while reading
  QTimer* poll_;
  SweepProcess* process_;

  QLabel* folder_;
  QLabel* status_;
  QComboBox* groupChoice_;
  QComboBox* familyChoice_;
  QCheckBox* allShots_;
  QPushButton* openButton_;
  QPushButton* startButton_;
  QPushButton* stopButton_;
  QPushButton* exportButton_;
  SweepPointModel* pointModel_;
  QTableView* pointList_;
  QChart* lossChart_;
  ChartView* lossView_;
  QChart* resultChart_;
  ChartView* resultView_;
  SweepTableModel* tableModel_;
  QTableView* table_;
  std::vector<SweepCurve> lossCurves_;
  std::vector<SweepCurve> resultCurves_;
};

}  // namespace icl::ui
