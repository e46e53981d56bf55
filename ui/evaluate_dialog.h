#pragma once
// The Evaluate Generalisation dialog (issue #10): which checkpoints of the run folder to
// evaluate, under which tag, and the sigmas, offsets and other `--set` overrides, as a
// core::GeneralisationRequest. It checks what it can before the engine runs (a free tag,
// numbers, sigma > 0); the engine checks the rest.

#include <QDialog>
#include <QString>
#include <QStringList>

#include "core/evaluation/generalisation.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace icl::ui {

class EvaluateDialog : public QDialog {
  Q_OBJECT

 public:
  /// @param runDir the run folder to evaluate: its tags and checkpoints set the defaults
  explicit EvaluateDialog(const QString& runDir, QWidget* parent = nullptr);

  QCheckBox* finalChoice() const { return final_; }
  QCheckBox* bestChoice() const { return best_; }
  QLineEdit* tagEdit() const { return tag_; }
  QLineEdit* sigmasEdit() const { return sigmas_; }
  QLineEdit* offsetsEdit() const { return offsets_; }
  QLineEdit* overridesEdit() const { return overrides_; }

  /// @brief The request the fields describe; call after validate() returned empty.
  icl::core::GeneralisationRequest request() const;
  /// @brief What is wrong with the fields (shown in the dialog), or empty.
  QString validate() const;
  /// @brief The first tag whose files are absent from @p runDir: "" (the untagged files),
  /// else "2", "3", ...
  static QString freeTag(const QString& runDir);

  void accept() override;

 private:
  QString runDir_;
  QCheckBox* final_;
  QCheckBox* best_;
  QLineEdit* tag_;
  QLineEdit* sigmas_;
  QLineEdit* offsets_;
  QLineEdit* overrides_;
  QLabel* problem_;
};

/// @brief "1, 2,3" -> {"1", "2", "3"}; numbers only, else an error naming @p key and the item.
/// @param positive each number must be > 0
QString parseNumberList(const QString& text, const QString& key, bool positive,
                        QStringList* numbers);

}  // namespace icl::ui
