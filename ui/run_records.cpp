#include "ui/run_records.h"

#include <algorithm>

namespace icl::ui {

RunRecords::RunRecords(QObject* parent) : QObject(parent) {}

void RunRecords::clear() {
  learners_.clear();
  byStep_.clear();
  byWall_.clear();
  losses_.clear();
  evaluations_.clear();
  stages_.clear();
  latestEvalStep_ = -1;
  Q_EMIT cleared();
}

void RunRecords::noteLearner(const std::string& learner) {
  const QString name = QString::fromStdString(learner);
  if (!learners_.contains(name)) {
    learners_.append(name);
  }
}

void RunRecords::addLoss(const icl::core::LossRecord& record) {
  noteLearner(record.learner);
  const QString name = QString::fromStdString(record.learner);
  byStep_[name].append(QPointF(static_cast<double>(record.step), record.loss));
  byWall_[name].append(QPointF(record.wallSeconds, record.loss));
  losses_.push_back(record);
}

void RunRecords::append(const icl::core::ProgressBatch& batch) {
  for (const icl::core::LossRecord& record : batch.losses) {
    addLoss(record);
  }
  for (const icl::core::EvalRecord& record : batch.evaluations) {
    noteLearner(record.learner);
    evaluations_.push_back(record);
    latestEvalStep_ = std::max<qint64>(latestEvalStep_, record.step);
  }
  if (!batch.losses.empty()) {
    Q_EMIT lossesAppended();
  }
  if (!batch.evaluations.empty()) {
    Q_EMIT evaluationsChanged();
  }
}

void RunRecords::load(const icl::core::RunData& run) {
  clear();
  icl::core::ProgressBatch batch;
  batch.losses = run.losses;
  batch.evaluations = run.evaluations;
  stages_ = run.stages;
  append(batch);
}

QList<qint64> RunRecords::evalSteps(const std::string& metric) const {
  QList<qint64> steps;
  for (const icl::core::EvalRecord& record : evaluations_) {
    if (record.metric == metric && !steps.contains(record.step)) {
      steps.append(record.step);
    }
  }
  std::sort(steps.begin(), steps.end());
  return steps;
}

const QVector<QPointF>& RunRecords::lossPoints(const QString& learner, LossAxis axis) const {
  static const QVector<QPointF> kEmpty;
  const auto& table = axis == LossAxis::Step ? byStep_ : byWall_;
  const auto found = table.constFind(learner);
  return found == table.constEnd() ? kEmpty : found.value();
}

QStringList RunRecords::testFamilies() const {
  QStringList families;
  for (const icl::core::EvalRecord& record : evaluations_) {
    const QString family = QString::fromStdString(record.testFamily);
    if (!families.contains(family)) {
      families.append(family);
    }
  }
  return families;
}

std::vector<icl::core::EvalRecord> RunRecords::accuracyCurve(const QString& learner,
                                                             const QString& family,
                                                             qint64 step) const {
  std::vector<icl::core::EvalRecord> curve;
  const std::string learnerName = learner.toStdString();
  const std::string familyName = family.toStdString();
  for (const icl::core::EvalRecord& record : evaluations_) {
    if (record.step == step && record.learner == learnerName &&
        record.testFamily == familyName && record.metric == "accuracy") {
      curve.push_back(record);
    }
  }
  std::sort(curve.begin(), curve.end(),
            [](const auto& a, const auto& b) { return a.shots < b.shots; });
  return curve;
}

}  // namespace icl::ui
