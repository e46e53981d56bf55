#pragma once
// The Probe tab (issue #10 item 4): which algorithm is the ICL model running? A heat map of
// its agreement with each reference (MatchNet, ProtoNet, CNP and the plug-in rules) against
// the number of shots, for a chosen checkpoint, test set, family and sigma or offset, with the
// agreement expected by chance in each cell, and one plain sentence about the chosen column.

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

#include "core/evaluation/generalisation_results.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace icl::ui {

class ProbeTableModel;

class ProbePanel : public QWidget {
  Q_OBJECT

 public:
  explicit ProbePanel(QWidget* parent = nullptr);

  /// @brief As GeneralisationPanel::setEvaluations.
  void setEvaluations(const QStringList& tags, const QString& current);
  /// @brief Shows the probe rows of @p results; nullopt (or no probe rows) shows @p hint.
  void setResults(const std::optional<icl::core::GeneralisationResults>& results,
                  const QString& hint = {});
  /// @brief Describes the column of @p shots in the sentence (clicking a column does this).
  void selectShots(int64_t shots);
  int64_t selectedShots() const { return selectedShots_; }

  QComboBox* evaluationChoice() const { return evaluationChoice_; }
  QComboBox* checkpointChoice() const { return checkpointChoice_; }
  QComboBox* testSetChoice() const { return testSetChoice_; }
  QComboBox* familyChoice() const { return familyChoice_; }
  /// sigma (shift sets) or offset (offset sets); hidden for the radial set.
  QComboBox* levelChoice() const { return levelChoice_; }
  QComboBox* colouringChoice() const { return colouringChoice_; }
  QCheckBox* allShotsChoice() const { return allShots_; }
  QTableView* table() const { return table_; }
  ProbeTableModel* model() const { return model_; }
  QLabel* sentenceLabel() const { return sentence_; }
  QLabel* hintLabel() const { return hint_; }

 Q_SIGNALS:
  void evaluationChosen(const QString& tag);

 private:
  void refreshChoices();
  void refreshGrid();
  void refreshSentence();
  void refreshLegend();

  std::optional<icl::core::GeneralisationResults> results_;
  int64_t selectedShots_ = 10;  // the column the sentence describes, as the paper's tables
  QComboBox* evaluationChoice_;
  QLabel* evaluationLabel_;
  QComboBox* checkpointChoice_;
  QComboBox* testSetChoice_;
  QComboBox* familyChoice_;
  QLabel* levelLabel_;
  QComboBox* levelChoice_;
  QComboBox* colouringChoice_;
  QCheckBox* allShots_;
  QTableView* table_;
  ProbeTableModel* model_;
  QLabel* sentence_;
  QLabel* legend_;
  QLabel* title_ = nullptr;
  QLabel* hint_;
};

}  // namespace icl::ui
