#pragma once
// The playground's inference thread: evaluates every panel on a grid (core's
// PlaygroundModels::evaluateAll) away from the GUI thread, one core, and drops stale requests:
// while one evaluation runs, only the newest request waits, so a drag never queues up work.

#include <QMetaType>
#include <QObject>

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>

#include "core/inference/decision_grid.h"

namespace icl::ui {

struct PlaygroundRequest {
  std::shared_ptr<const icl::core::PlaygroundModels> models;
  icl::core::SupportSet support;  // already cut to "the first k points"
  icl::core::GridSpec grid;
  icl::core::TaskFamily ruleFamily = icl::core::TaskFamily::Proto;
  uint64_t serial = 0;
  bool preview = false;  // a coarser grid while a point is dragged
};

struct PlaygroundResult {
  uint64_t serial = 0;
  bool preview = false;
  icl::core::GridSpec grid;
  std::array<icl::core::PanelGrid, icl::core::kPlaygroundPanels> panels;
  double milliseconds = 0.0;  // all panels, wall time on the worker
};

class PlaygroundWorker : public QObject {
  Q_OBJECT

 public:
  PlaygroundWorker();

  /// @brief Thread-safe: replaces any waiting request with @p request and makes sure the
  /// worker's thread will take it.
  void submit(PlaygroundRequest request);

 Q_SIGNALS:
  void resultReady(const icl::ui::PlaygroundResult& result);

 private:
  void process();

  std::mutex mutex_;
  std::optional<PlaygroundRequest> pending_;
  bool scheduled_ = false;
  bool threadsSet_ = false;
};

}  // namespace icl::ui

Q_DECLARE_METATYPE(icl::ui::PlaygroundResult)
