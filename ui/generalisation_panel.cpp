#include "ui/generalisation_panel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "ui/chart_view.h"
#include "ui/combo_choices.h"
#include "ui/learner_legend.h"
#include "ui/learner_style.h"

namespace icl::ui {

namespace {

constexpr int kBandAlpha = 28;        // bands stay readable where nine of them overlap
constexpr double kMeanOverShots = -1;  // the shots selector's "mean over shots" item

QChart* makeChart(QValueAxis* x, QValueAxis* y) {
  auto* chart = new QChart;
  chart->setAnimationOptions(QChart::NoAnimation);
  chart->legend()->setVisible(false);  // one LearnerLegend below both charts instead
  chart->setMargins(QMargins(4, 4, 4, 4));
  y->setTitleText(GeneralisationPanel::tr("accuracy"));
  y->setLabelFormat(QStringLiteral("%.2f"));
  y->setRange(0.0, 1.0);
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  return chart;
}

ChartView* makeView(QChart* chart) {
  auto* view = new ChartView(chart);
  view->setMinimumSize(300, 260);
  return view;
}

QString familyText(const QString& family) { return family; }

/// Lowest band bound rounded down to a tenth: the y range that shows every band.
double floorTenth(double value) { return std::max(0.0, std::floor(value * 10.0) / 10.0); }

}  // namespace

QString testSetDisplayName(const QString& testSet) {
  if (testSet == QLatin1String(kShiftSet)) {
    return GeneralisationPanel::tr("input scale σ (shift)");
  }
  if (testSet == QLatin1String(kOffsetSet)) {
    return GeneralisationPanel::tr("input mean offset");
  }
  if (testSet == QLatin1String(kRadSet)) {
    return GeneralisationPanel::tr("radial task");
  }
  return testSet;
}

QString evaluationDisplayName(const QString& tag) {
  return tag.isEmpty() ? GeneralisationPanel::tr("untagged") : tag;
}

void setEvaluationChoice(QComboBox* combo, QWidget* label, const QStringList& tags,
                         const QString& current) {
  ComboItems items;
  for (const QString& tag : tags) {
    items.append({evaluationDisplayName(tag), tag});
  }
  setComboItems(combo, items);
  const int index = combo->findData(current);
  if (index >= 0) {
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(index);
  }
  combo->setVisible(tags.size() > 1);
  label->setVisible(tags.size() > 1);
}

GeneralisationPanel::GeneralisationPanel(QWidget* parent)
    : QWidget(parent),
      evaluationChoice_(new QComboBox),
      evaluationLabel_(new QLabel(tr("Evaluation:"))),
      checkpointChoice_(new QComboBox),
      testSetChoice_(new QComboBox),
      familyChoice_(new QComboBox),
      shotsChoice_(new QComboBox),
      evaluateButton_(new QPushButton(tr("Evaluate…"))),
      cancelButton_(new QPushButton(tr("Cancel"))),
      progress_(new QProgressBar),
      hint_(new QLabel),
      levelNote_(new QLabel),
      radNote_(new QLabel),
      legend_(new LearnerLegend),
      levelX_(new QValueAxis),
      levelY_(new QValueAxis),
      radX_(new QValueAxis),
      radY_(new QValueAxis) {
  setObjectName(QStringLiteral("generalisationPanel"));
  levelChart_ = makeChart(levelX_, levelY_);
  levelView_ = makeView(levelChart_);
  radChart_ = makeChart(radX_, radY_);
  radView_ = makeView(radChart_);
  radChart_->setTitle(tr("Radial task (unseen algorithm): accuracy against shots"));
  radX_->setTitleText(tr("shots (examples before the query)"));
  radX_->setLabelFormat(QStringLiteral("%d"));
  radView_->setIntegerTicks(Qt::Horizontal, true);

  evaluationChoice_->setToolTip(tr("The evaluations of this run folder, by tag"));
  checkpointChoice_->setToolTip(tr("The checkpoint evaluated: final, or best (highest mean "
                                   "test accuracy during training)"));
  testSetChoice_->setToolTip(tr("What the test sets shift: the input scale σ (training: σ = 1) "
                                "or the mean of the inputs (training: 0)"));
  familyChoice_->setToolTip(tr("Test family of the shifted test sets"));
  shotsChoice_->setToolTip(tr("Accuracy averaged over every number of shots, or at one"));
  evaluateButton_->setToolTip(tr("Evaluate this run again on new test sets (Run > Evaluate "
                                 "Generalisation…)"));
  cancelButton_->setVisible(false);
  progress_->setVisible(false);
  progress_->setMinimumWidth(170);  // "56 / 56 test sets" readable
  progress_->setMaximumWidth(240);
  progress_->setFormat(tr("%v / %m test sets"));
  hint_->setWordWrap(true);
  hint_->setAlignment(Qt::AlignCenter);
  hint_->setMargin(24);
  QFont hintFont = hint_->font();
  hintFont.setPointSizeF(hintFont.pointSizeF() * 1.15);
  hint_->setFont(hintFont);
  for (QLabel* note : {levelNote_, radNote_}) {
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid)"));
  }
  radNote_->setText(tr("Bands: 95\u00a0% Wilson intervals over the test tasks."));

  auto* top = new QHBoxLayout;
  top->addWidget(evaluationLabel_);
  top->addWidget(evaluationChoice_);
  top->addWidget(new QLabel(tr("Checkpoint:")));
  top->addWidget(checkpointChoice_);
  top->addStretch(1);
  top->addWidget(progress_);
  top->addWidget(cancelButton_);
  top->addWidget(evaluateButton_);

  auto* levelControls = new QHBoxLayout;
  levelControls->addWidget(new QLabel(tr("Shift:")));
  levelControls->addWidget(testSetChoice_);
  levelControls->addWidget(new QLabel(tr("Family:")));
  levelControls->addWidget(familyChoice_);
  levelControls->addWidget(shotsChoice_);
  levelControls->addStretch(1);
  auto* levelSide = new QWidget;
  auto* levelLayout = new QVBoxLayout(levelSide);
  levelLayout->setContentsMargins(0, 0, 0, 0);
  levelLayout->addLayout(levelControls);
  levelLayout->addWidget(levelView_, 1);
  levelLayout->addWidget(levelNote_);

  auto* radSide = new QWidget;
  auto* radLayout = new QVBoxLayout(radSide);
  radLayout->setContentsMargins(0, 0, 0, 0);
  radLayout->addWidget(radView_, 1);
  radLayout->addWidget(radNote_);

  auto* splitter = charts_ = new QSplitter(Qt::Horizontal);
  splitter->addWidget(levelSide);
  splitter->addWidget(radSide);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  splitter->setObjectName(QStringLiteral("generalisationCharts"));

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(hint_, 1);  // in place of the charts while there is nothing to draw
  layout->addWidget(splitter, 1);
  layout->addWidget(legend_);

  connect(evaluationChoice_, &QComboBox::activated, this,
          [this] { Q_EMIT evaluationChosen(evaluationChoice_->currentData().toString()); });
  connect(checkpointChoice_, &QComboBox::currentIndexChanged, this, [this] {
    refreshChoices();
    refreshLevelChart();
    refreshRadChart();
  });
  connect(testSetChoice_, &QComboBox::currentIndexChanged, this, [this] {
    refreshChoices();
    refreshLevelChart();
  });
  connect(familyChoice_, &QComboBox::currentIndexChanged, this,
          &GeneralisationPanel::refreshLevelChart);
  connect(shotsChoice_, &QComboBox::currentIndexChanged, this,
          &GeneralisationPanel::refreshLevelChart);
  connect(legend_, &LearnerLegend::shownChanged, this, [this](const QString& learner, bool shown) {
    for (const QHash<QString, BandCurve>* curves : {&levelCurves_, &radCurves_}) {
      if (const auto found = curves->constFind(learner); found != curves->constEnd()) {
        found->mean->setVisible(shown);
        found->band->setVisible(shown);
      }
    }
  });
  connect(evaluateButton_, &QPushButton::clicked, this, &GeneralisationPanel::evaluateRequested);
  connect(cancelButton_, &QPushButton::clicked, this, &GeneralisationPanel::cancelRequested);
  setEvaluations({}, {});
  setResults(std::nullopt);
}

void GeneralisationPanel::setEvaluations(const QStringList& tags, const QString& current) {
  setEvaluationChoice(evaluationChoice_, evaluationLabel_, tags, current);
}

void GeneralisationPanel::setResults(
    const std::optional<icl::core::GeneralisationResults>& results, const QString& hint) {
  results_ = results;
  hint_->setText(hint);
  hint_->setVisible(!results_ && !hint.isEmpty());
  charts_->setVisible(results_.has_value());
  refreshChoices();
  refreshLevelChart();
  refreshRadChart();
}

void GeneralisationPanel::setEvaluateEnabled(bool enabled, const QString& reason) {
  evaluateButton_->setEnabled(enabled);
  evaluateButton_->setToolTip(
      enabled ? tr("Evaluate this run again on new test sets (Run > Evaluate Generalisation…)")
              : reason);
}

void GeneralisationPanel::setEvaluating(bool running) {
  progress_->setVisible(running);
  cancelButton_->setVisible(running);
  cancelButton_->setEnabled(running);
  if (running) {
    progress_->setRange(0, 0);  // busy until the engine reports its first test set
  }
}

void GeneralisationPanel::showProgress(qint64 done, qint64 total, const QString& what) {
  if (total > 0) {
    progress_->setRange(0, static_cast<int>(total));
    progress_->setValue(static_cast<int>(done));
  }
  progress_->setToolTip(what);
}

void GeneralisationPanel::refreshChoices() {
  static const std::vector<icl::core::GeneralisationRecord> kNone;
  const auto& records = results_ ? results_->accuracy : kNone;
  setComboItems(checkpointChoice_, namedItems(checkpointsIn(records)), QStringLiteral("final"));
  ComboItems sets;
  for (const std::string& set : testSetsIn(records)) {
    if (set != kRadSet) {
      sets.append({testSetDisplayName(QString::fromStdString(set)), QString::fromStdString(set)});
    }
  }
  setComboItems(testSetChoice_, sets, QString::fromLatin1(kShiftSet));
  const std::string testSet = testSetChoice_->currentData().toString().toStdString();
  ComboItems families;
  for (const std::string& family : familiesIn(records, testSet)) {
    families.append({familyText(QString::fromStdString(family)), QString::fromStdString(family)});
  }
  setComboItems(familyChoice_, families, QStringLiteral("proto"));
  ComboItems shots = {{tr("mean over shots"), kMeanOverShots}};
  for (const int64_t k : shotsIn(records, checkpointChoice_->currentData().toString().toStdString(),
                                 testSet)) {
    shots.append({k == 1 ? tr("at 1 shot") : tr("at %1 shots").arg(k), static_cast<double>(k)});
  }
  setComboItems(shotsChoice_, shots, kMeanOverShots);
  for (QComboBox* combo : {checkpointChoice_, testSetChoice_, familyChoice_, shotsChoice_}) {
    combo->setEnabled(results_.has_value() && combo->count() > 0);
  }
}

QHash<QString, BandCurve> GeneralisationPanel::drawCurves(ChartView* view, QValueAxis* x,
                                                          QValueAxis* y, QObject*& owner,
                                                          const LearnerCurves& curves,
                                                          bool markers) {
  // The data is small: redrawing from scratch keeps series, bands and legend in step.
  QChart* chart = view->chart();
  chart->removeAllSeries();
  delete owner;  // the bands' bound series (an area series does not own them)
  owner = new QObject(this);
  QHash<QString, BandCurve> drawn;
  double lowest = 1.0;
  for (const std::string& name : curves.learners) {
    const QString learner = QString::fromStdString(name);
    BandCurve curve = addBandCurve(chart, x, y, learner, kBandAlpha, owner,
                                   tr("95 % Wilson interval"));
    curve.mean->setPen(learnerPen(learner));
    curve.mean->setPointsVisible(markers);
    QVector<QPointF> mean;
    QVector<QPointF> upper;
    QVector<QPointF> lower;
    for (const CurvePoint& p : curves.curves.at(name)) {
      mean.append({p.x, p.value});
      upper.append({p.x, p.high});
      lower.append({p.x, p.low});
      lowest = std::min(lowest, p.low);
    }
    curve.replace(mean, upper, lower);
    curve.mean->setVisible(legend_->isShown(learner));
    curve.band->setVisible(legend_->isShown(learner));
    drawn.insert(learner, curve);
  }
  // The view puts the ticks on round numbers (niceTicks).
  view->setAutoRange(Qt::Vertical, floorTenth(lowest), 1.0);
  return drawn;
}

void GeneralisationPanel::refreshLevelChart() {
  const QString testSet = testSetChoice_->currentData().toString();
  const QString family = familyChoice_->currentData().toString();
  const double shots = shotsChoice_->currentData().toDouble();
  const bool mean = shotsChoice_->currentIndex() <= 0;
  LearnerCurves curves;
  if (results_ && !family.isEmpty()) {
    curves = accuracyAgainstLevel(
        results_->accuracy, checkpointChoice_->currentData().toString().toStdString(),
        testSet.toStdString(), family.toStdString(),
        mean ? std::nullopt : std::optional<int64_t>(static_cast<int64_t>(shots)));
  }
  levelCurves_ = drawCurves(levelView_, levelX_, levelY_, levelOwner_, curves, true);
  levelOrder_.clear();
  double low = 0.0;
  double high = 1.0;
  int levels = 0;
  for (const std::string& learner : curves.learners) {
    levelOrder_.append(QString::fromStdString(learner));
    const auto& points = curves.curves.at(learner);
    if (!points.empty()) {
      low = levels == 0 ? points.front().x : std::min(low, points.front().x);
      high = levels == 0 ? points.back().x : std::max(high, points.back().x);
      levels = std::max(levels, static_cast<int>(points.size()));
    }
  }
  const bool shift = testSet != QLatin1String(kOffsetSet);
  const QString what = shift ? tr("input scale σ") : tr("input mean offset");
  levelX_->setTitleText(shift ? tr("input scale σ of the test tasks (training: the run's σ)")
                              : tr("mean offset of the test inputs (training: 0)"));
  levelX_->setLabelFormat(QStringLiteral("%g"));
  if (high <= low) {
    high = low + 1.0;
  }
  levelView_->setAutoRange(Qt::Horizontal, low, high);
  const QString where = mean ? tr("mean over shots")
                             : (shots == 1.0 ? tr("at 1 shot") : tr("at %1 shots").arg(shots));
  levelChart_->setTitle(family.isEmpty()
                            ? tr("Accuracy against the input shift")
                            : tr("Accuracy against %1 on %2, %3").arg(what, family, where));
  levelY_->setTitleText(mean ? tr("accuracy, mean over shots") : tr("accuracy"));
  levelNote_->setText(bandNote());
  refreshLegend();
}

QString GeneralisationPanel::bandNote() const {
  return shotsChoice_->currentIndex() <= 0
             ? tr("Bands: mean of the per-shot 95\u00a0% Wilson bounds, never narrower than "
                  "a 95\u00a0% interval of the mean over shots.")
             : tr("Bands: 95\u00a0% Wilson intervals over the test tasks.");
}

void GeneralisationPanel::refreshLegend() {
  QStringList learners = levelOrder_;
  for (const QString& learner : radOrder_) {
    if (!learners.contains(learner)) {
      learners.append(learner);
    }
  }
  std::stable_sort(learners.begin(), learners.end(), [](const QString& a, const QString& b) {
    return learnerRank(a.toStdString()) < learnerRank(b.toStdString());
  });
  legend_->setLearners(learners);
  legend_->setVisible(results_.has_value() && !learners.isEmpty());
}

void GeneralisationPanel::refreshRadChart() {
  LearnerCurves curves;
  if (results_) {
    const std::string checkpoint = checkpointChoice_->currentData().toString().toStdString();
    const std::vector<std::string> families = familiesIn(results_->accuracy, kRadSet);
    if (!families.empty()) {
      curves = accuracyAgainstShots(results_->accuracy, checkpoint, kRadSet, families.front());
    }
  }
  radCurves_ = drawCurves(radView_, radX_, radY_, radOwner_, curves, false);
  radOrder_.clear();
  double maxShots = 1.0;
  for (const std::string& learner : curves.learners) {
    radOrder_.append(QString::fromStdString(learner));
    if (!curves.curves.at(learner).empty()) {
      maxShots = std::max(maxShots, curves.curves.at(learner).back().x);
    }
  }
  radView_->setAutoRange(Qt::Horizontal, 0.0, maxShots);
  radNote_->setVisible(!curves.learners.empty());
  if (results_ && curves.learners.empty()) {
    radChart_->setTitle(tr("Radial task: not in this evaluation"));
  } else {
    radChart_->setTitle(tr("Radial task (unseen algorithm): accuracy against shots"));
  }
  refreshLegend();
}

namespace {

QVector<QPointF> pointsOf(const QHash<QString, BandCurve>& curves, const QString& learner,
                          int bound) {
  const auto found = curves.constFind(learner);
  if (found == curves.constEnd()) {
    return {};
  }
  const QLineSeries* series = bound > 0 ? found->upper : bound < 0 ? found->lower : found->mean;
  return series->points();
}

}  // namespace

QVector<QPointF> GeneralisationPanel::levelPoints(const QString& learner, int bound) const {
  return pointsOf(levelCurves_, learner, bound);
}

QVector<QPointF> GeneralisationPanel::radPoints(const QString& learner, int bound) const {
  return pointsOf(radCurves_, learner, bound);
}

}  // namespace icl::ui
