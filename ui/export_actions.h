#pragma once
// File > Export: one chart as PNG or SVG, one table of the run as CSV, or every chart and table
// of the run (and its config) into one folder.

#include <QObject>
#include <QString>

class QAction;
class QChartView;
class QMainWindow;
class QMenu;
class QStackedWidget;

namespace icl::ui {

class ChartView;
class ComparisonPanel;
class ExperimentPanel;
class LossChartPanel;
class RegressionPanel;
class RunRecords;

class ExportActions : public QObject {
  Q_OBJECT

 public:
  /// What the exports read; the window owns all of it.
  struct Sources {
    RunRecords* records = nullptr;
    LossChartPanel* loss = nullptr;
    ComparisonPanel* comparison = nullptr;
    RegressionPanel* regression = nullptr;
    QStackedWidget* results = nullptr;  // shows the comparison or the regression panel
    ExperimentPanel* experiment = nullptr;
  };

  /// @param window the parent of the dialogs; its status bar confirms an export
  ExportActions(const Sources& sources, QMainWindow* window);

  /// @brief Adds the Export submenu and Export All to @p file.
  void addTo(QMenu* file);
  /// @brief Asks for a file (PNG or SVG) and a PNG size, then writes @p view with its caption;
  /// the status bar confirms. Every chart's context menu Export… lands here.
  void exportChart(QChartView* view);
  /// @brief The caption an export of @p view carries: the run, then the view's own caption.
  QString captionFor(QChartView* view) const;
  /// The scale of Export All's PNGs (the single export asks).
  static constexpr double kExportAllScale = 2.0;
  /// @brief Writes every chart (PNG, SVG) and CSV of the shown run, and its config, into @p dir.
  /// @return an empty string on success, else the first problem
  QString exportAllTo(const QString& dir);

 Q_SIGNALS:
  void errorOccurred(const QString& title, const QString& message);

 private:
  enum class Chart { Loss, Accuracy };
  enum class Table { Losses, Evaluations, Comparison };

  /// The file a chart or table is exported to by default (a chart without its extension).
  static QString fileName(Chart chart);
  static QString fileName(Table table);

  void onExportChart(Chart chart);
  void onExportCsv(Table table);
  void onExportAll();
  QChartView* chartView(Chart chart) const;
  QString csv(Table table) const;
  /// The folder the file dialogs open in: the last one used for an export.
  QString startPath(const QString& fileName) const;
  void remember(const QString& path);

  Sources sources_;
  QMainWindow* window_;
  QAction* exportAllAction_;
  QString lastFolder_;
};

}  // namespace icl::ui
