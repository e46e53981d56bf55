#include "ui/generalisation_views.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QTabWidget>
#include <QWidget>

#include <filesystem>

#include "core/evaluation/generalisation_results.h"
#include "ui/evaluate_dialog.h"
#include "ui/evaluation_session.h"
#include "ui/generalisation_panel.h"
#include "ui/probe_panel.h"
#include "ui/training_session.h"

namespace icl::ui {

namespace {

constexpr int kStatusTimeoutMs = 10000;

std::filesystem::path pathOf(const QString& dir) { return {dir.toStdString()}; }

}  // namespace

GeneralisationViews::GeneralisationViews(TrainingSession* session, QWidget* window)
    : QObject(window),
      session_(session),
      window_(window),
      evaluation_(new EvaluationSession(this)),
      generalisation_(new GeneralisationPanel),
      probe_(new ProbePanel),
      evaluateAction_(new QAction(tr("&Evaluate Generalisation…"), this)) {
  evaluateAction_->setObjectName(QStringLiteral("evaluateGeneralisationAction"));
  evaluateAction_->setStatusTip(
      tr("Evaluate the shown classification run again on shifted and radial test sets, with the "
         "algorithm probe; adds files to its folder"));
  connect(evaluateAction_, &QAction::triggered, this, &GeneralisationViews::openEvaluateDialog);
  connect(generalisation_, &GeneralisationPanel::evaluateRequested, this,
          &GeneralisationViews::openEvaluateDialog);
  connect(generalisation_, &GeneralisationPanel::cancelRequested, evaluation_,
          &EvaluationSession::cancel);
  connect(generalisation_, &GeneralisationPanel::evaluationChosen, this,
          &GeneralisationViews::show);
  connect(probe_, &ProbePanel::evaluationChosen, this, &GeneralisationViews::show);
  connect(session_, &TrainingSession::stateChanged, this, &GeneralisationViews::updateEnabled);
  connect(evaluation_, &EvaluationSession::activeChanged, this, [this](bool running) {
    generalisation_->setEvaluating(running);
    if (running && evaluation_->runFolder() == runDir_ &&
        icl::core::generalisationTags(pathOf(runDir_)).empty()) {
      clearViews(tr("Evaluating this run… The views fill in when the evaluation has finished."));
    }
    updateEnabled();
    Q_EMIT evaluatingChanged(running);
  });
  connect(evaluation_, &EvaluationSession::progressReady, this, &GeneralisationViews::onProgress);
  connect(evaluation_, &EvaluationSession::finished, this, &GeneralisationViews::onFinished);
  connect(evaluation_, &EvaluationSession::failed, this, &GeneralisationViews::onFailed);
  updateEnabled();
  reload();  // no folder yet: the views say how to get one
}

GeneralisationViews::~GeneralisationViews() {
  // Before the panels go: the engine may still be running on the evaluation thread.
  evaluation_->shutdown();
}

void GeneralisationViews::addTabsTo(QTabWidget* tabs) {
  tabs->addTab(generalisation_, tr("Generalisation"));
  tabs->addTab(probe_, tr("Probe"));
}

QString GeneralisationViews::evaluateBlockedReason() const {
  if (runDir_.isEmpty()) {
    return tr("Open a classification run folder (File > Open Run Folder) or train one first.");
  }
  if (!classification_) {
    return tr("Generalisation evaluations are for classification runs.");
  }
  if (session_->active()) {
    return tr("A run is training: evaluate when it has ended.");
  }
  if (evaluation_->active()) {
    return tr("An evaluation is running.");
  }
  return {};
}

void GeneralisationViews::updateEnabled() {
  const QString reason = evaluateBlockedReason();
  evaluateAction_->setEnabled(reason.isEmpty());
  evaluateAction_->setToolTip(reason.isEmpty() ? evaluateAction_->statusTip() : reason);
  generalisation_->setEvaluateEnabled(reason.isEmpty(), reason);
}

void GeneralisationViews::setRunFolder(const QString& dir, const icl::core::RunConfig& config) {
  runDir_ = dir;
  classification_ = !dir.isEmpty() && config.experiment == icl::core::Experiment::Classification;
  tag_.clear();
  updateEnabled();
  reload();
}

void GeneralisationViews::reload(const QString& tag) {
  if (runDir_.isEmpty()) {
    clearViews(tr("No run shown. Open a classification run folder (File > Open Run Folder) or "
                  "train one, then Evaluate…"));
    return;
  }
  if (!classification_) {
    clearViews(tr("Generalisation and probe evaluations are for classification runs; this run "
                  "is not one."));
    return;
  }
  QStringList tags;
  for (const std::string& t : icl::core::generalisationTags(pathOf(runDir_))) {
    tags.append(QString::fromStdString(t));
  }
  if (tags.isEmpty()) {
    clearViews(tr("No evaluation yet: Evaluate… (Run > Evaluate Generalisation…) tests this "
                  "run on test sets with shifted inputs and on the radial task, and probes "
                  "which algorithm the ICL model follows."));
    return;
  }
  const QString chosen =
      tags.contains(tag) && !tag.isNull() ? tag : (tags.contains(tag_) ? tag_ : tags.front());
  generalisation_->setEvaluations(tags, chosen);
  probe_->setEvaluations(tags, chosen);
  show(chosen);
}

void GeneralisationViews::show(const QString& tag) {
  const auto results = icl::core::readGeneralisation(pathOf(runDir_), tag.toStdString());
  if (!results) {
    // A damaged file: say which and what, and keep the selector to try another evaluation.
    const QString hint = tr("The evaluation '%1' cannot be read: %2")
                             .arg(evaluationDisplayName(tag),
                                  QString::fromStdString(results.error()));
    generalisation_->setResults(std::nullopt, hint);
    probe_->setResults(std::nullopt, hint);
    tag_ = tag;
    return;
  }
  tag_ = tag;
  generalisation_->setResults(results.value());
  probe_->setResults(results.value());
  // Both selectors name the evaluation shown, whichever tab chose it.
  for (QComboBox* combo : {generalisation_->evaluationChoice(), probe_->evaluationChoice()}) {
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(tag));
  }
}

void GeneralisationViews::clearViews(const QString& hint) {
  generalisation_->setEvaluations({}, {});
  probe_->setEvaluations({}, {});
  generalisation_->setResults(std::nullopt, hint);
  probe_->setResults(std::nullopt, hint);
}

void GeneralisationViews::openEvaluateDialog() {
  const QString reason = evaluateBlockedReason();
  if (!reason.isEmpty()) {
    Q_EMIT errorOccurred(tr("Evaluate Generalisation"), reason, {});
    return;
  }
  auto* dialog = new EvaluateDialog(runDir_, window_);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog] { evaluate(dialog->request()); });
  dialog->open();
}

bool GeneralisationViews::evaluate(const icl::core::GeneralisationRequest& request) {
  const QString reason = evaluateBlockedReason();
  if (!reason.isEmpty() || !evaluation_->start(runDir_, request)) {
    Q_EMIT errorOccurred(tr("Evaluate Generalisation"),
                         reason.isEmpty() ? tr("An evaluation is running.") : reason, {});
    return false;
  }
  Q_EMIT statusMessage(tr("Evaluating %1…").arg(QDir::toNativeSeparators(runDir_)), 0);
  return true;
}

void GeneralisationViews::onProgress(qint64 done, qint64 total, const QString& what) {
  generalisation_->showProgress(done, total, what);
  Q_EMIT statusMessage(tr("Evaluating: %1 (%2 of %3 test sets)").arg(what).arg(done).arg(total),
                       0);
}

void GeneralisationViews::onFinished(const QString& runDir, const QString& tag) {
  if (runDir == runDir_) {
    reload(tag);
  }
  Q_EMIT statusMessage(tr("Evaluation '%1' saved in %2")
                           .arg(evaluationDisplayName(tag), QDir::toNativeSeparators(runDir)),
                       kStatusTimeoutMs);
  Q_EMIT evaluationEnded(runDir, true);
}

void GeneralisationViews::onFailed(const QString& runDir, const QString& message, bool stopped) {
  if (runDir == runDir_) {
    reload();  // nothing was written: the views as they were
  }
  if (stopped) {
    Q_EMIT statusMessage(tr("Evaluation cancelled; nothing was written."), kStatusTimeoutMs);
  } else {
    Q_EMIT statusMessage(tr("Evaluation failed."), kStatusTimeoutMs);
    Q_EMIT errorOccurred(tr("Evaluate Generalisation"),
                         tr("Could not evaluate %1: %2\nNothing was written to the run folder.")
                             .arg(QDir::toNativeSeparators(runDir), message),
                         {});
  }
  Q_EMIT evaluationEnded(runDir, false);
}

}  // namespace icl::ui
