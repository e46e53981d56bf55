#pragma once
// The numbers of the run on screen, from live progress batches or from a run folder read back
// by core::readRun. Charts and exports read from here; full resolution is kept.

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <vector>

#include "core/store/records.h"
#include "core/store/run_store.h"
#include "core/training/trainer.h"

namespace icl::ui {

enum class LossAxis { Step, WallTime };

class RunRecords : public QObject {
  Q_OBJECT

 public:
  explicit RunRecords(QObject* parent = nullptr);

  void clear();
  void append(const icl::core::ProgressBatch& batch);
  void load(const icl::core::RunData& run);

  /// Learners in first-seen order (losses, then evaluations).
  QStringList learners() const { return learners_; }
  /// Loss points of @p learner with x = step or wall seconds, in step order.
  const QVector<QPointF>& lossPoints(const QString& learner, LossAxis axis) const;
  const std::vector<icl::core::LossRecord>& losses() const { return losses_; }
  const std::vector<icl::core::EvalRecord>& evaluations() const { return evaluations_; }

  /// Test families that have evaluations, in first-seen order.
  QStringList testFamilies() const;
  /// The step of the latest evaluation, or -1.
  qint64 latestEvalStep() const { return latestEvalStep_; }
  /// Distinct evaluation steps that have @p metric ("accuracy" or "sq_error"), ascending.
  QList<qint64> evalSteps(const std::string& metric) const;
  /// Curriculum stage changes read from a run folder's stages.csv (live runs report stages
  /// in their progress batches instead).
  const std::vector<icl::core::StageRecord>& stages() const { return stages_; }
  /// Accuracy records of one learner and test family at one step, by shots.
  std::vector<icl::core::EvalRecord> accuracyCurve(const QString& learner, const QString& family,
                                                   qint64 step) const;

 Q_SIGNALS:
  void lossesAppended();
  void evaluationsChanged();
  void cleared();

 private:
  void noteLearner(const std::string& learner);
  void addLoss(const icl::core::LossRecord& record);

  QStringList learners_;
  QHash<QString, QVector<QPointF>> byStep_;
  QHash<QString, QVector<QPointF>> byWall_;
  std::vector<icl::core::LossRecord> losses_;
  std::vector<icl::core::EvalRecord> evaluations_;
  std::vector<icl::core::StageRecord> stages_;
  qint64 latestEvalStep_ = -1;
};

}  // namespace icl::ui
