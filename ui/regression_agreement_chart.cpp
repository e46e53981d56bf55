#include "ui/regression_agreement_chart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSet>
#include <QSpinBox>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "core/config/names.h"
#include "core/evaluation/regression_agreement.h"
#include "ui/chart_view.h"
#include "ui/learner_style.h"

namespace icl::ui {

namespace {

using icl::core::LearnerId;

constexpr int kBandAlpha = 35;
// The log axis never goes below this: a difference of exactly 0 (an arm that is one of the
// baselines) has no logarithm, and 1e-8 of D-scaled squared error is far below any float noise.
constexpr double kLowestShown = 1e-8;

QString curveKey(const QString& arm, const QString& baseline) {
  return arm + QLatin1Char('|') + baseline;
}

std::optional<LearnerId> idOf(const QString& learner) {
  return icl::core::parseLearnerId(learner.toStdString());
}

/// "least squares", "3-NN", "averaging": the baseline as a sentence names it.
QString baselineLabel(const QString& baseline) {
  switch (idOf(baseline).value_or(LearnerId::Zero)) {
    case LearnerId::LeastSquares: return RegressionAgreementChart::tr("least squares");
    case LearnerId::Knn3: return RegressionAgreementChart::tr("3-NN");
    case LearnerId::Averaging: return RegressionAgreementChart::tr("averaging");
    default: return baseline;
  }
}

/// The arm in a legend entry ("curriculum: (GPT - least squares)^2 / D").
QString armLabel(const QString& arm) {
  switch (idOf(arm).value_or(LearnerId::Zero)) {
    case LearnerId::GptCurriculum: return RegressionAgreementChart::tr("curriculum");
    case LearnerId::GptPlain: return RegressionAgreementChart::tr("no curriculum");
    default: return learnerDisplayName(arm);
  }
}

/// The arm as the subject of the sentence.
QString armPhrase(const QString& arm) {
  switch (idOf(arm).value_or(LearnerId::Zero)) {
    case LearnerId::GptCurriculum: return RegressionAgreementChart::tr("the curriculum arm");
    case LearnerId::GptPlain: return RegressionAgreementChart::tr("the arm without curriculum");
    default: return learnerDisplayName(arm);
  }
}

bool isGptArm(const std::string& learner) {
  const auto id = icl::core::parseLearnerId(learner);
  return id == LearnerId::GptCurriculum || id == LearnerId::GptPlain;
}

/// Two significant digits: 0.61, 0.052, 1.3; enough to compare, short enough to read.
QString formatDifference(double value) { return QString::number(value, 'g', 2); }

/// The agreement rows' baseline, as a learner name; empty for every other row.
QString baselineOf(const icl::core::EvalRecord& record) {
  const auto baseline = icl::core::predictionDifferenceBaseline(record.metric);
  return baseline ? QString::fromStdString(icl::core::learnerName(*baseline)) : QString();
}

}  // namespace

RegressionAgreementChart::RegressionAgreementChart(RunRecords* records, QWidget* parent)
    : QWidget(parent),
      records_(records),
      controls_(new QWidget),
      stepChoice_(new QComboBox),
      examplesChoice_(new QSpinBox),
      hint_(new QLabel),
      sentence_(new QLabel),
      chart_(new QChart),
      view_(new ChartView(chart_)),
      x_(new QValueAxis),
      y_(new QLogValueAxis) {
  stepChoice_->setToolTip(tr("The evaluation snapshot (training step) the chart shows"));
  examplesChoice_->setToolTip(tr("The number of in-context examples the sentence below speaks of"));
  hint_->setWordWrap(true);
  sentence_->setWordWrap(true);
  sentence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  chart_->setAnimationOptions(QChart::NoAnimation);
  chart_->setMargins(QMargins(4, 4, 4, 4));  // the results area is short: room for the plot
  // At the right: six entries in one row at the bottom would be cut short.
  chart_->legend()->setAlignment(Qt::AlignRight);
  view_->setMinimumHeight(220);
  view_->setToolTip(
      tr("Akyürek et al.'s measure: how far each GPT arm's prediction is from each algorithm's "
         "on the same test prompts, divided by D. Near 0: the arm predicts like that algorithm. "
         "Bands: 90 % bootstrap interval over the prompts."));
  x_->setTitleText(tr("in-context examples"));
  x_->setLabelFormat(QStringLiteral("%d"));
  // No axis title: in the short results area a rotated title leaves no room for the tick
  // labels; the chart title says what y is.
  y_->setBase(10.0);
  y_->setLabelFormat(QStringLiteral("%g"));
  chart_->addAxis(x_, Qt::AlignBottom);
  chart_->addAxis(y_, Qt::AlignLeft);
  view_->setIntegerTicks(Qt::Horizontal, true);

  auto* top = new QHBoxLayout(controls_);
  top->setContentsMargins(0, 0, 0, 0);
  top->addWidget(new QLabel(tr("Snapshot:")));
  top->addWidget(stepChoice_, 1);
  top->addSpacing(12);
  top->addWidget(new QLabel(tr("Sentence at")));
  top->addWidget(examplesChoice_);
  top->addWidget(new QLabel(tr("examples")));
  top->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(controls_);
  layout->addWidget(hint_);
  layout->addWidget(view_, 1);
  layout->addWidget(sentence_);
  layout->addStretch(0);  // takes the room only while the chart is hidden: the hint stays on top

  connect(stepChoice_, &QComboBox::activated, this,
          [this](int index) { followLatestStep_ = index == stepChoice_->count() - 1; });
  connect(stepChoice_, &QComboBox::currentIndexChanged, this, [this] {
    refreshCurves();
    refreshSentence();
  });
  connect(examplesChoice_, &QSpinBox::valueChanged, this, [this](int value) {
    followLargestExamples_ = value == examplesChoice_->maximum();
    refreshSentence();
  });
  connect(records_, &RunRecords::evaluationsChanged, this, &RegressionAgreementChart::refresh);
  connect(records_, &RunRecords::cleared, this, &RegressionAgreementChart::reset);
  reset();
}

void RegressionAgreementChart::reset() {
  chart_->removeAllSeries();
  curves_.clear();
  {
    const QSignalBlocker blocker(stepChoice_);
    stepChoice_->clear();
  }
  {
    const QSignalBlocker blocker(examplesChoice_);
    examplesChoice_->setRange(0, 0);
  }
  followLatestStep_ = true;
  followLargestExamples_ = true;
  chart_->setTitle(tr("Agreement with baselines: (GPT − baseline)² / D, log scale"));
  view_->setAutoRange(Qt::Horizontal, 0.0, 10.0);
  view_->setAutoRange(Qt::Vertical, 1e-3, 10.0);
  refresh();
}

void RegressionAgreementChart::refresh() {
  refreshChoices();
  refreshCurves();
  refreshSentence();
}

qint64 RegressionAgreementChart::shownStep() const {
  return stepChoice_->currentIndex() < 0 ? -1 : stepChoice_->currentData().toLongLong();
}

void RegressionAgreementChart::refreshChoices() {
  std::set<qint64> steps;
  qint64 largestShots = 0;
  bool anyArm = false;
  for (const icl::core::EvalRecord& record : records_->evaluations()) {
    anyArm = anyArm || isGptArm(record.learner);
    if (baselineOf(record).isEmpty()) {
      continue;
    }
    steps.insert(record.step);
    largestShots = std::max<qint64>(largestShots, record.shots);
  }
  if (stepChoice_->count() != static_cast<int>(steps.size())) {
    const qint64 current = shownStep();
    const QSignalBlocker blocker(stepChoice_);
    stepChoice_->clear();
    for (qint64 step : steps) {
      stepChoice_->addItem(tr("step %1").arg(step), step);
    }
    const int kept = stepChoice_->findData(current);
    stepChoice_->setCurrentIndex(followLatestStep_ || kept < 0 ? stepChoice_->count() - 1 : kept);
  }
  if (examplesChoice_->maximum() != static_cast<int>(largestShots)) {
    const QSignalBlocker blocker(examplesChoice_);
    examplesChoice_->setMaximum(static_cast<int>(largestShots));
    if (followLargestExamples_) {
      examplesChoice_->setValue(static_cast<int>(largestShots));
    }
  }
  if (!steps.empty()) {
    hint_->clear();
  } else if (anyArm) {
    hint_->setText(
        tr("This run predates the agreement measure: its eval.csv has no sq_diff_* rows (or it "
           "ran with eval.baselines off). Train it again to compare the GPT arms' predictions "
           "with least squares, 3-NN and averaging."));
  } else if (!records_->evaluations().empty()) {
    hint_->setText(tr("The agreement with baselines is measured in linear-regression (I1) runs "
                      "only; this run has none."));
  } else {
    hint_->setText(tr("No evaluation yet: the curves appear with the run's first evaluation."));
  }
  hint_->setVisible(!hint_->text().isEmpty());
  // An empty chart and empty choices would only repeat the hint.
  controls_->setVisible(!steps.empty());
  view_->setVisible(!steps.empty());
}

BandCurve& RegressionAgreementChart::curveFor(const QString& arm, const QString& baseline) {
  const QString key = curveKey(arm, baseline);
  auto found = curves_.find(key);
  if (found == curves_.end()) {
    // The baseline's colour; the arm's line style (solid: curriculum, dashed: without).
    BandCurve curve = addBandCurve(chart_, x_, y_, baseline, kBandAlpha, this,
                                   tr("90 % bootstrap interval"));
    QPen pen = curve.mean->pen();
    pen.setStyle(idOf(arm) == LearnerId::GptPlain ? Qt::DashLine : Qt::SolidLine);
    curve.mean->setPen(pen);
    curve.mean->setName(tr("%1: (GPT − %2)² / D").arg(armLabel(arm), baselineLabel(baseline)));
    found = curves_.insert(key, curve);
  }
  return found.value();
}

void RegressionAgreementChart::refreshCurves() {
  const qint64 step = shownStep();
  struct Points {
    QVector<QPointF> mean, upper, lower;
  };
  std::map<std::pair<int, int>, std::pair<QString, Points>> byOrder;  // (arm, baseline) order
  QStringList arms;
  QStringList baselines;
  double lowest = std::numeric_limits<double>::infinity();
  double highest = 0.0;
  qint64 largestShots = 1;
  qint64 prompts = 0;
  QString family;
  for (const icl::core::EvalRecord& record : records_->evaluations()) {
    const QString baseline = baselineOf(record);
    if (baseline.isEmpty() || record.step != step || !std::isfinite(record.value)) {
      continue;
    }
    prompts = std::max<qint64>(prompts, record.nTasks);
    family = QString::fromStdString(record.testFamily);
    const QString arm = QString::fromStdString(record.learner);
    if (!arms.contains(arm)) {
      arms.append(arm);
    }
    if (!baselines.contains(baseline)) {
      baselines.append(baseline);
    }
    const std::pair<int, int> order(static_cast<int>(arms.indexOf(arm)),
                                    static_cast<int>(baselines.indexOf(baseline)));
    auto& [key, points] = byOrder[order];
    key = curveKey(arm, baseline);
    const double shots = static_cast<double>(record.shots);
    points.mean.append(QPointF(shots, record.value));
    points.upper.append(QPointF(shots, record.ciHigh));
    points.lower.append(QPointF(shots, record.ciLow));
    for (double value : {record.value, record.ciLow}) {
      if (value > 0.0) {
        lowest = std::min(lowest, value);
      }
    }
    highest = std::max(highest, record.ciHigh);
    largestShots = std::max<qint64>(largestShots, record.shots);
  }
  // Whole decades around the data; values below the floor (exact zeros) sit on it.
  const double bottom =
      std::isfinite(lowest) ? std::max(kLowestShown, std::pow(10.0, std::floor(std::log10(lowest))))
                            : 1e-3;
  const double top = std::max(
      bottom * 10.0, highest > 0.0 ? std::pow(10.0, std::ceil(std::log10(highest))) : 10.0);
  const auto clamped = [bottom](QVector<QPointF> points) {
    for (QPointF& point : points) {
      point.setY(std::max(point.y(), bottom));
    }
    return points;
  };
  QSet<QString> shown;
  for (auto& [position, entry] : byOrder) {  // arms, then baselines, in first-seen order
    auto& [key, points] = entry;
    const QString arm = key.section(QLatin1Char('|'), 0, 0);
    const QString baseline = key.section(QLatin1Char('|'), 1, 1);
    const auto byShots = [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); };
    std::sort(points.mean.begin(), points.mean.end(), byShots);
    std::sort(points.upper.begin(), points.upper.end(), byShots);
    std::sort(points.lower.begin(), points.lower.end(), byShots);
    curveFor(arm, baseline)
        .replace(clamped(points.mean), clamped(points.upper), clamped(points.lower));
    shown.insert(key);
  }
  for (auto it = curves_.begin(); it != curves_.end(); ++it) {
    if (!shown.contains(it.key())) {
      it->replace({}, {}, {});
    }
  }
  view_->setAutoRange(Qt::Horizontal, 0.0, static_cast<double>(largestShots));
  view_->setAutoRange(Qt::Vertical, bottom, top);
  view_->setExportCaption(
      tr("Agreement with baselines · test set: %1 · snapshot after step %2 · bands: 90 % "
         "bootstrap interval over %3 test prompts")
          .arg(family)
          .arg(step)
          .arg(prompts));
  chart_->setTitle(step < 0 ? tr("Agreement with baselines: (GPT − baseline)² / D, log scale")
                            : tr("Agreement with baselines after step %1: (GPT − baseline)² / D, "
                                 "log scale")
                                  .arg(step));
}

void RegressionAgreementChart::refreshSentence() {
  const qint64 step = shownStep();
  const int examples = examplesChoice_->value();
  QStringList arms;
  QHash<QString, QVector<QPair<QString, double>>> valuesOf;  // arm -> (baseline, value)
  for (const icl::core::EvalRecord& record : records_->evaluations()) {
    const QString baseline = baselineOf(record);
    if (baseline.isEmpty() || record.step != step || record.shots != examples) {
      continue;
    }
    const QString arm = QString::fromStdString(record.learner);
    if (!arms.contains(arm)) {
      arms.append(arm);
    }
    valuesOf[arm].append({baseline, record.value});
  }
  if (arms.isEmpty()) {
    sentence_->clear();
    return;
  }
  if (examples == 0) {
    sentence_->setText(
        tr("At step %1 with 0 examples every baseline predicts 0, so each curve starts at the "
           "arm's own prediction squared / D.")
            .arg(step));
    return;
  }
  QStringList clauses;
  for (const QString& arm : arms) {
    const auto& values = valuesOf[arm];
    const auto closest =
        std::min_element(values.begin(), values.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    QStringList others;
    for (const auto& [baseline, value] : values) {
      if (baseline != closest->first) {
        others.append(
            QStringLiteral("%1 %2").arg(baselineLabel(baseline), formatDifference(value)));
      }
    }
    clauses.append(tr("%1 is closest to %2: %3 (%4)")
                       .arg(armPhrase(arm), baselineLabel(closest->first),
                            formatDifference(closest->second), others.join(QStringLiteral(", "))));
  }
  const QString joined = clauses.join(QStringLiteral("; "));
  sentence_->setText(examples == 1 ? tr("At step %1 with 1 example %2.").arg(step).arg(joined)
                                   : tr("At step %1 with %2 examples %3.")
                                         .arg(step)
                                         .arg(examples)
                                         .arg(joined));
}

void RegressionAgreementChart::showSnapshot(qint64 step) {
  const int index = stepChoice_->findData(step);
  if (index >= 0) {
    followLatestStep_ = index == stepChoice_->count() - 1;
    stepChoice_->setCurrentIndex(index);
  }
}

QVector<QPointF> RegressionAgreementChart::curvePoints(const QString& arm,
                                                       const QString& baseline) const {
  const auto found = curves_.constFind(curveKey(arm, baseline));
  return found == curves_.constEnd() ? QVector<QPointF>{} : found->mean->points();
}

int RegressionAgreementChart::curveCount() const {
  int count = 0;
  for (const BandCurve& curve : curves_) {
    count += curve.mean->count() > 0 ? 1 : 0;
  }
  return count;
}

QString RegressionAgreementChart::sentence() const { return sentence_->text(); }

QString RegressionAgreementChart::hint() const { return hint_->text(); }

}  // namespace icl::ui
