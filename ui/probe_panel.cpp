#include "ui/probe_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

#include "ui/combo_choices.h"
#include "ui/generalisation_panel.h"
#include "ui/generalisation_tables.h"
#include "ui/learner_style.h"
#include "ui/probe_table_model.h"

namespace icl::ui {

namespace {

constexpr int kMinimumColumnWidth = 52;  // "(0.84)" in the default font, and a margin

QString levelText(const QString& testSet, double level) {
  return testSet == QLatin1String(kShiftSet)
             ? ProbePanel::tr("σ = %1").arg(level)
             : ProbePanel::tr("offset %1").arg(level);
}

}  // namespace

ProbePanel::ProbePanel(QWidget* parent)
    : QWidget(parent),
      evaluationChoice_(new QComboBox),
      evaluationLabel_(new QLabel(tr("Evaluation:"))),
      checkpointChoice_(new QComboBox),
      testSetChoice_(new QComboBox),
      familyChoice_(new QComboBox),
      levelLabel_(new QLabel),
      levelChoice_(new QComboBox),
      colouringChoice_(new QComboBox),
      allShots_(new QCheckBox(tr("All shots"))),
      table_(new QTableView),
      model_(new ProbeTableModel(this)),
      sentence_(new QLabel),
      legend_(new QLabel),
      hint_(new QLabel) {
  setObjectName(QStringLiteral("probePanel"));
  colouringChoice_->addItem(tr("agreement"),
                            static_cast<int>(ProbeTableModel::Colouring::Agreement));
  colouringChoice_->addItem(tr("agreement above chance"),
                            static_cast<int>(ProbeTableModel::Colouring::AboveChance));
  colouringChoice_->setToolTip(tr("What the colour of a cell shows"));
  allShots_->setToolTip(tr("Show every number of shots (scroll), not only 0, 1, 2, 3, 5, 10, "
                           "20, 30 and the last"));
  testSetChoice_->setToolTip(tr("The test sets the probe ran on"));
  familyChoice_->setToolTip(tr("Test family"));
  levelChoice_->setToolTip(tr("The input scale σ or mean offset of the test set"));
  table_->setModel(model_);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  // No selection highlight: it would hide the cells' colours; the described column is bold.
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  table_->setFocusPolicy(Qt::NoFocus);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->horizontalHeader()->setMinimumSectionSize(kMinimumColumnWidth);
  table_->horizontalHeader()->setSectionsClickable(true);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->setToolTip(tr("Click a column to describe it below"));
  sentence_->setObjectName(QStringLiteral("probeSentence"));
  sentence_->setWordWrap(true);
  QFont bigger = sentence_->font();
  bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
  sentence_->setFont(bigger);
  legend_->setWordWrap(true);
  hint_->setWordWrap(true);
  hint_->setAlignment(Qt::AlignCenter);
  hint_->setMargin(24);
  QFont hintFont = hint_->font();
  hintFont.setPointSizeF(hintFont.pointSizeF() * 1.15);
  hint_->setFont(hintFont);

  auto* top = new QHBoxLayout;
  top->addWidget(evaluationLabel_);
  top->addWidget(evaluationChoice_);
  top->addWidget(new QLabel(tr("Checkpoint:")));
  top->addWidget(checkpointChoice_);
  top->addWidget(new QLabel(tr("Test set:")));
  top->addWidget(testSetChoice_);
  top->addWidget(new QLabel(tr("Family:")));
  top->addWidget(familyChoice_);
  top->addWidget(levelLabel_);
  top->addWidget(levelChoice_);
  top->addStretch(1);
  auto* view = new QHBoxLayout;
  view->addWidget(new QLabel(tr("Colour:")));
  view->addWidget(colouringChoice_);
  view->addWidget(allShots_);
  view->addStretch(1);
  auto* title = title_ = new QLabel(tr("<b>How often the ICL model predicts the same class as each "
                              "reference</b>, against the number of shots (columns)"));
  title->setWordWrap(true);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(hint_, 1);  // in place of the heat map while there is nothing to show
  layout->addWidget(title);
  layout->addWidget(table_, 1);
  layout->addWidget(sentence_);
  layout->addLayout(view);
  layout->addWidget(legend_);

  connect(evaluationChoice_, &QComboBox::activated, this,
          [this] { Q_EMIT evaluationChosen(evaluationChoice_->currentData().toString()); });
  for (QComboBox* combo : {checkpointChoice_, testSetChoice_, familyChoice_, levelChoice_}) {
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
      refreshChoices();
      refreshGrid();
    });
  }
  connect(colouringChoice_, &QComboBox::currentIndexChanged, this, [this] {
    model_->setColouring(
        static_cast<ProbeTableModel::Colouring>(colouringChoice_->currentData().toInt()));
    refreshLegend();
  });
  connect(allShots_, &QCheckBox::toggled, this, [this](bool all) {
    table_->horizontalHeader()->setSectionResizeMode(all ? QHeaderView::ResizeToContents
                                                         : QHeaderView::Stretch);
    refreshGrid();
  });
  connect(table_->horizontalHeader(), &QHeaderView::sectionClicked, this,
          [this](int column) { selectShots(model_->shotsAt(column)); });
  connect(table_, &QTableView::clicked, this,
          [this](const QModelIndex& index) { selectShots(model_->shotsAt(index.column())); });
  setEvaluations({}, {});
  setResults(std::nullopt);
  refreshLegend();
}

void ProbePanel::setEvaluations(const QStringList& tags, const QString& current) {
  setEvaluationChoice(evaluationChoice_, evaluationLabel_, tags, current);
}

void ProbePanel::setResults(const std::optional<icl::core::GeneralisationResults>& results,
                            const QString& hint) {
  results_ = results;
  QString shown = hint;
  if (results_ && results_->probe.empty()) {
    shown = tr("This evaluation ran without the probe (generalisation.probe = false).");
  }
  hint_->setText(shown);
  hint_->setVisible(!shown.isEmpty() && (!results_ || results_->probe.empty()));
  refreshChoices();
  refreshGrid();
}

void ProbePanel::refreshChoices() {
  static const std::vector<icl::core::ProbeRecord> kNone;
  const auto& records = results_ ? results_->probe : kNone;
  setComboItems(checkpointChoice_, namedItems(probeCheckpointsIn(records)),
                QStringLiteral("final"));
  ComboItems sets;
  for (const std::string& s : probeTestSetsIn(records)) {
    sets.append({testSetDisplayName(QString::fromStdString(s)), QString::fromStdString(s)});
  }
  setComboItems(testSetChoice_, sets, QString::fromLatin1(kShiftSet));
  const QString testSet = testSetChoice_->currentData().toString();
  setComboItems(familyChoice_, namedItems(probeFamiliesIn(records, testSet.toStdString())),
                QStringLiteral("proto"));
  ComboItems levels;
  const std::vector<double> values =
      probeLevelsIn(records, testSet.toStdString(), familyChoice_->currentData().toString().toStdString());
  for (const double level : values) {
    levels.append({QString::number(level), level});
  }
  // The training distribution first: sigma 1 or offset 0.
  setComboItems(levelChoice_, levels, testSet == QLatin1String(kShiftSet) ? 1.0 : 0.0);
  const bool hasLevels = testSet != QLatin1String(kRadSet) && !values.empty();
  levelLabel_->setText(testSet == QLatin1String(kShiftSet) ? tr("σ:") : tr("Offset:"));
  levelLabel_->setVisible(hasLevels);
  levelChoice_->setVisible(hasLevels);
  for (QComboBox* combo : {checkpointChoice_, testSetChoice_, familyChoice_, levelChoice_}) {
    combo->setEnabled(combo->count() > 0);
  }
}

void ProbePanel::refreshGrid() {
  ProbeGrid grid;
  if (results_ && familyChoice_->count() > 0 && levelChoice_->count() > 0) {
    grid = probeGrid(results_->probe, checkpointChoice_->currentData().toString().toStdString(),
                     testSetChoice_->currentData().toString().toStdString(),
                     familyChoice_->currentData().toString().toStdString(),
                     levelChoice_->currentData().toDouble());
  }
  model_->setGrid(std::move(grid), allShots_->isChecked());
  const bool shown = model_->rowCount() > 0;
  table_->setVisible(shown);
  title_->setVisible(shown);
  legend_->setVisible(shown);
  selectShots(selectedShots_);
}

void ProbePanel::selectShots(int64_t shots) {
  const ProbeGrid& grid = model_->grid();
  if (!grid.shots.empty() &&
      std::find(grid.shots.begin(), grid.shots.end(), shots) == grid.shots.end()) {
    // Not measured here (a shorter test sequence): the closest shot count that is.
    shots = *std::min_element(grid.shots.begin(), grid.shots.end(), [shots](int64_t a, int64_t b) {
      return std::llabs(a - shots) < std::llabs(b - shots);
    });
  }
  selectedShots_ = shots;
  model_->setSelectedShots(shots);
  refreshSentence();
}

void ProbePanel::refreshSentence() {
  const ProbeGrid& grid = model_->grid();
  const auto at = std::find(grid.shots.begin(), grid.shots.end(), selectedShots_);
  if (at == grid.shots.end()) {
    sentence_->clear();
    sentence_->setVisible(false);
    return;
  }
  const auto shotIndex = static_cast<std::size_t>(at - grid.shots.begin());
  const std::vector<std::size_t> best = mostAgreeing(grid, shotIndex);
  if (best.empty()) {
    sentence_->clear();
    sentence_->setVisible(false);
    return;
  }
  const QString testSet = testSetChoice_->currentData().toString();
  QString where = familyChoice_->currentData().toString();
  if (testSet != QLatin1String(kRadSet)) {
    where += QStringLiteral(" (%1)").arg(levelText(testSet, levelChoice_->currentData().toDouble()));
  }
  QStringList names;
  for (const std::size_t row : best) {
    const QString reference = QString::fromStdString(grid.references[row]);
    // Rules read as common nouns in the sentence; learners keep their names.
    names.append(isPluginRule(reference) ? learnerDisplayName(reference).toLower()
                                         : learnerDisplayName(reference));
  }
  const ProbeCell& cell = *grid.cells[best.front()][shotIndex];
  const QString shots =
      selectedShots_ == 1 ? tr("1 shot") : tr("%1 shots").arg(selectedShots_);
  sentence_->setText(
      tr("On %1 at %2 ICL agrees most with %3: %4 (chance %5).")
          .arg(where, shots, names.join(tr(" and ")))
          .arg(cell.agreement, 0, 'f', 2)
          .arg(cell.chance, 0, 'f', 2));
  sentence_->setVisible(true);
}

void ProbePanel::refreshLegend() {
  legend_->setText(
      model_->colouring() == ProbeTableModel::Colouring::Agreement
          ? tr("Each cell: agreement over (chance). Agreement is the fraction of test queries on "
               "which both predict the same class; chance is what two independent predictors "
               "with the same accuracies would reach. Colour: agreement, white at 0.5 to dark "
               "blue at 1.")
          : tr("Each cell: agreement over (chance). Colour: agreement minus chance, blue above "
               "chance (full at +0.25), orange below (full at −0.25), white at chance."));
}

}  // namespace icl::ui
