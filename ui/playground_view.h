#pragma once
// The Playground tab (issue #10 item 5): pick a trained d = 2, C = 2 run, place, drag, delete
// and reorder support points (or sample them from a task family, or load a fixed preset like
// the paper's boundary plots), and see each learner's decision regions side by side: ICL,
// MatchNet, ProtoNet, CNP and the plug-in rule of a chosen family (design.md §6). Inference
// runs on a PlaygroundWorker thread; the view keeps the support and what the panels show.

#include <QString>
#include <QVector>
#include <QWidget>

#include <array>
#include <cstdint>
#include <functional>
#include <memory>

#include "core/inference/decision_grid.h"

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QThread;

namespace icl::ui {

class DecisionRegionView;
class PlaygroundWorker;
struct PlaygroundResult;

class PlaygroundView : public QWidget {
  Q_OBJECT

 public:
  /// @param currentRun the window's run folder (live, paused or finished), or empty
  explicit PlaygroundView(std::function<QString()> currentRun, QWidget* parent = nullptr);
  ~PlaygroundView() override;

  /// Full resolution, and the coarser grid used while a point is dragged.
  static constexpr int64_t kFullGrid = 200;
  static constexpr int64_t kPreviewGrid = 64;

  /// @brief Loads the learners of @p runDir (checkpoint of the combo box). A folder that is not
  /// a d = 2, C = 2 classification run leaves the playground off with the reason shown.
  /// @return whether the run was loaded
  bool openRun(const QString& runDir);
  QString runDir() const { return runDir_; }
  /// The reason the playground is off, or empty.
  QString offReason() const;

  const icl::core::SupportSet& support() const { return support_; }
  void setSupport(const icl::core::SupportSet& support);
  int selectedPoint() const { return selected_; }
  /// @brief The support the learners see: "the first k points" of the support.
  icl::core::SupportSet usedSupport() const;
  /// Panels in the order of core::allPlaygroundPanels().
  DecisionRegionView* panel(int index) const { return panels_[static_cast<std::size_t>(index)]; }
  QString cursorText() const;
  /// Whether the panels show the newest request (no evaluation pending).
  bool upToDate() const { return shownSerial_ == serial_; }
  /// @brief Loads the preset called @p name (core::playgroundPresets()); false if unknown.
  bool loadPreset(const QString& name);

  /// @brief Writes panel @p index (or all, index -1) to @p path; PNG or SVG by its suffix.
  /// @return an empty string on success, else the problem
  QString exportPanels(int index, const QString& path) const;

 Q_SIGNALS:
  /// The panels show a new evaluation (@p preview: the coarse grid of a drag).
  void regionsUpdated(bool preview);

 protected:
  void keyPressEvent(QKeyEvent* event) override;
  void showEvent(QShowEvent* event) override;

 private:
  QWidget* buildRunRow();
  QWidget* buildSupportRow();
  QWidget* buildFillRow();
  void connectPanel(DecisionRegionView* view, int index);
  void setOff(const QString& reason);
  void supportChanged(bool preview);
  void requestRegions(bool preview);
  void showResult(const PlaygroundResult& result);
  void showCursor(double x, double y);
  void addPoint(double x, double y);
  void movePoint(int index, double x, double y);
  void removePoint(int index);
  void select(int index);
  void moveSelected(int offset);
  void sampleSupport();
  void chooseRunFolder();
  void exportAllDialog();
  void exportPanelDialog(int index);
  icl::core::GridSpec gridSpec(bool preview) const;
  icl::core::TaskFamily ruleFamily() const;

  std::function<QString()> currentRun_;
  QString runDir_;
  QString offReason_;
  std::shared_ptr<const icl::core::PlaygroundModels> models_;
  icl::core::SupportSet support_;
  int selected_ = -1;
  bool dragging_ = false;
  uint64_t serial_ = 0;
  uint64_t firstSerialOfModels_ = 0;
  uint64_t shownSerial_ = 0;

  QThread* thread_ = nullptr;
  PlaygroundWorker* worker_ = nullptr;

  std::array<DecisionRegionView*, icl::core::kPlaygroundPanels> panels_{};
  QLabel* runLabel_ = nullptr;
  QLabel* banner_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* timing_ = nullptr;
  QComboBox* checkpoint_ = nullptr;
  QComboBox* ruleFamily_ = nullptr;
  QDoubleSpinBox* range_ = nullptr;
  QButtonGroup* classGroup_ = nullptr;
  QSpinBox* firstK_ = nullptr;
  QComboBox* sampleFamily_ = nullptr;
  QSpinBox* sampleCount_ = nullptr;
  QSpinBox* sampleSeed_ = nullptr;
  QComboBox* preset_ = nullptr;
};

}  // namespace icl::ui
