#include "ui/evaluate_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <filesystem>

#include "core/evaluation/generalisation_results.h"

namespace icl::ui {

namespace {

/// Whether the run folder has any `checkpoints/<learner>-<name>.pt`.
bool hasCheckpoint(const QString& runDir, const QString& name) {
  const QDir dir(QDir(runDir).filePath(QStringLiteral("checkpoints")));
  return !dir.entryList({QStringLiteral("*-%1.pt").arg(name)}, QDir::Files).isEmpty();
}

bool tagFilesExist(const QString& runDir, const QString& tag) {
  const icl::core::GeneralisationFiles files = icl::core::generalisationFiles(tag.toStdString());
  const QDir dir(runDir);
  for (const std::string& name : {files.accuracy, files.probe, files.manifest}) {
    if (QFileInfo::exists(dir.filePath(QString::fromStdString(name)))) {
      return true;
    }
  }
  return false;
}

QStringList overrideItems(const QString& text) {
  QStringList items;
  for (const QString& item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
    if (!item.trimmed().isEmpty()) {
      items.append(item.trimmed());
    }
  }
  return items;
}

}  // namespace

QString parseNumberList(const QString& text, const QString& key, bool positive,
                        QStringList* numbers) {
  numbers->clear();
  for (const QString& raw : text.split(QRegularExpression(QStringLiteral("[,\\s]+")),
                                       Qt::SkipEmptyParts)) {
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok) {
      return EvaluateDialog::tr("%1: '%2' is not a number").arg(key, raw);
    }
    if (positive && !(value > 0.0)) {
      return EvaluateDialog::tr("%1: %2 must be > 0").arg(key, raw);
    }
    numbers->append(raw);
  }
  return {};
}

EvaluateDialog::EvaluateDialog(const QString& runDir, QWidget* parent)
    : QDialog(parent),
      runDir_(runDir),
      final_(new QCheckBox(tr("final"))),
      best_(new QCheckBox(tr("best"))),
      tag_(new QLineEdit(freeTag(runDir))),
      sigmas_(new QLineEdit),
      offsets_(new QLineEdit),
      overrides_(new QLineEdit),
      problem_(new QLabel) {
  setWindowTitle(tr("Evaluate Generalisation"));
  setObjectName(QStringLiteral("evaluateDialog"));
  for (auto [box, name] : {std::pair{final_, QStringLiteral("final")},
                           std::pair{best_, QStringLiteral("best")}}) {
    const bool present = hasCheckpoint(runDir, name);
    box->setChecked(present);
    box->setEnabled(present);
    if (!present) {
      box->setToolTip(tr("The run folder has no %1 checkpoint.").arg(name));
    }
  }
  tag_->setPlaceholderText(tr("none: generalisation.csv"));
  tag_->setToolTip(tr("The files are named generalisation-TAG.csv, probe-TAG.csv and "
                      "generalisation-TAG.json; an evaluation never replaces existing files."));
  sigmas_->setPlaceholderText(tr("as the run's config says (e.g. 1, 2, 3, 4, 5)"));
  sigmas_->setToolTip(tr("Input scales of the shift test sets (generalisation.sigmas), each > 0"));
  offsets_->setPlaceholderText(tr("as the run's config says (e.g. 0, 1, 2, 3)"));
  offsets_->setToolTip(tr("Mean offsets of the offset test sets (generalisation.offsets)"));
  overrides_->setPlaceholderText(tr("e.g. generalisation.tasks_per_family=256"));
  overrides_->setToolTip(tr("Further settings, key=value separated by ';', as `icl-lab-cli "
                            "evaluate --set` takes them"));
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #b00020"));
  problem_->setVisible(false);

  auto* checkpoints = new QHBoxLayout;
  checkpoints->addWidget(final_);
  checkpoints->addWidget(best_);
  checkpoints->addStretch(1);
  auto* form = new QFormLayout;
  form->addRow(tr("Checkpoints:"), checkpoints);
  form->addRow(tr("Tag:"), tag_);
  form->addRow(tr("Sigmas:"), sigmas_);
  form->addRow(tr("Offsets:"), offsets_);
  form->addRow(tr("Other settings:"), overrides_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Evaluate"));
  connect(buttons, &QDialogButtonBox::accepted, this, &EvaluateDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &EvaluateDialog::reject);
  auto* intro = new QLabel(
      tr("Evaluates the run's checkpoints again on new, seeded test sets: shifted input scale "
         "(sigma), shifted input mean (offset), the radial task, and the algorithm probe. New "
         "files are added to the run folder; nothing in it is changed."));
  intro->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(form);
  layout->addWidget(problem_);
  layout->addWidget(buttons);
  setMinimumWidth(560);
}

QString EvaluateDialog::freeTag(const QString& runDir) {
  if (!tagFilesExist(runDir, {})) {
    return {};
  }
  for (int n = 2;; ++n) {
    if (!tagFilesExist(runDir, QString::number(n))) {
      return QString::number(n);
    }
  }
}

QString EvaluateDialog::validate() const {
  if (!final_->isChecked() && !best_->isChecked()) {
    return tr("Choose at least one checkpoint.");
  }
  const QString tag = tag_->text().trimmed();
  if (const auto status = icl::core::checkGeneralisationTag(tag.toStdString()); !status) {
    return QString::fromStdString(status.error());
  }
  if (tagFilesExist(runDir_, tag)) {
    return tag.isEmpty()
               ? tr("The run folder has an untagged evaluation already: give a tag, e.g. %1.")
                     .arg(freeTag(runDir_))
               : tr("The run folder has an evaluation tagged '%1' already: choose another tag, "
                    "e.g. %2.")
                     .arg(tag, freeTag(runDir_));
  }
  QStringList numbers;
  if (QString error = parseNumberList(sigmas_->text(), QStringLiteral("generalisation.sigmas"),
                                      true, &numbers);
      !error.isEmpty()) {
    return error;
  }
  if (QString error = parseNumberList(offsets_->text(), QStringLiteral("generalisation.offsets"),
                                      false, &numbers);
      !error.isEmpty()) {
    return error;
  }
  for (const QString& item : overrideItems(overrides_->text())) {
    if (!item.contains(QLatin1Char('='))) {
      return tr("'%1': write key=value").arg(item);
    }
  }
  return {};
}

icl::core::GeneralisationRequest EvaluateDialog::request() const {
  icl::core::GeneralisationRequest request;
  request.tag = tag_->text().trimmed().toStdString();
  request.checkpoints.clear();
  if (final_->isChecked()) {
    request.checkpoints.emplace_back("final");
  }
  if (best_->isChecked()) {
    request.checkpoints.emplace_back("best");
  }
  QStringList numbers;
  if (parseNumberList(sigmas_->text(), {}, true, &numbers).isEmpty() && !numbers.isEmpty()) {
    request.overrides.push_back("generalisation.sigmas=" +
                                numbers.join(QLatin1Char(',')).toStdString());
  }
  if (parseNumberList(offsets_->text(), {}, false, &numbers).isEmpty() && !numbers.isEmpty()) {
    request.overrides.push_back("generalisation.offsets=" +
                                numbers.join(QLatin1Char(',')).toStdString());
  }
  for (const QString& item : overrideItems(overrides_->text())) {
    request.overrides.push_back(item.toStdString());
  }
  return request;
}

void EvaluateDialog::accept() {
  const QString problem = validate();
  problem_->setText(problem);
  problem_->setVisible(!problem.isEmpty());
  if (problem.isEmpty()) {
    QDialog::accept();
  }
}

}  // namespace icl::ui
