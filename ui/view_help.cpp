#include "ui/view_help.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFont>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVariant>

namespace icl::ui {

namespace {

// The widget property that names a view's help topic (an int of HelpTopic).
const char* const kHelpTopicProperty = "iclHelpTopic";

QString paragraphs(const QStringList& parts) {
  QString html;
  for (const QString& part : parts) {
    html += QStringLiteral("<p>") + part + QStringLiteral("</p>");
  }
  return html;
}

}  // namespace

QList<HelpTopic> helpTopics() {
  return {HelpTopic::Training,       HelpTopic::Regression, HelpTopic::Curriculum,
          HelpTopic::Generalisation, HelpTopic::Probe,      HelpTopic::Playground,
          HelpTopic::Compare,        HelpTopic::Sweep};
}

QString helpTitle(HelpTopic topic) {
  switch (topic) {
    case HelpTopic::Training:
      return ViewHelp::tr("Training: loss and accuracy against shots");
    case HelpTopic::Regression:
      return ViewHelp::tr("Training: regression error curves (I1, I2)");
    case HelpTopic::Curriculum:
      return ViewHelp::tr("Curriculum timeline");
    case HelpTopic::Generalisation:
      return ViewHelp::tr("Generalisation");
    case HelpTopic::Probe:
      return ViewHelp::tr("Probe");
    case HelpTopic::Playground:
      return ViewHelp::tr("Playground");
    case HelpTopic::Compare:
      return ViewHelp::tr("Compare runs");
    case HelpTopic::Sweep:
      return ViewHelp::tr("Sweep: results across seeds");
  }
  return {};
}

// The texts follow the engine, not the paper's wording: anchors and their one coin per test set
// are core/tasks/task_sampler.cpp (spec §2.4, §7.9); the ties of an empty support go to class 0.
QString helpText(HelpTopic topic) {
  switch (topic) {
    case HelpTopic::Training:
      return paragraphs(
          {ViewHelp::tr(
               "<b>Top: training loss.</b> One curve per learner: its cross-entropy on the "
               "training tasks of each step. The faint line is the raw loss, the solid line the "
               "same loss smoothed (the <i>Smoothing</i> slider). <i>x</i> is the optimiser step "
               "or the wall time in seconds since the start; <i>Log scale</i> makes the loss axis "
               "logarithmic. A falling loss means the learner fits its training tasks, not yet "
               "that it does well on new ones."),
           ViewHelp::tr(
               "<b>Bottom: test accuracy against shots.</b> A <i>shot</i> is one example of the "
               "task, a point with its class, shown before the question: at 5 shots a learner "
               "has seen 5 labelled points of a new task and classifies the 6th. Each curve point "
               "is the share of the fixed test tasks of the chosen family answered right at the "
               "latest evaluation; chance is 0.5. The band is the 95 % Wilson interval of that "
               "share over the test tasks. The table gives every learner on every test family at "
               "the chosen number of shots; the best of each column is bold and marked ★."),
           ViewHelp::tr(
               "<b>Why some curves start far from 0.5 at 0 shots.</b> With no example a learner "
               "can only give a fixed answer: MatchNet and ProtoNet say class 0 (a tie goes to "
               "the first class), ICL answers from the query point alone. On proto and ave every "
               "test task begins with two <i>anchors</i>, one point of each class, and their "
               "order is drawn once for the whole test set (one coin, as in the paper's code). "
               "So at 0 shots all test tasks have the same answer and a fixed guess scores near "
               "1 or near 0, by the seed's coin, not by learning. At 1 shot the second anchor "
               "always has the other class: ICL trained on such tasks learns that and is almost "
               "always right. sim has no anchors and stays near 0.5 at 0 shots.")});
    case HelpTopic::Regression:
      return paragraphs(
          {ViewHelp::tr(
               "<b>The task.</b> Each prompt is a new linear function y = w·x of D inputs; the "
               "model sees i example pairs (x, y) and predicts y at the next x. <b>Top:</b> the "
               "training loss of each GPT arm; the curriculum's stages are shaded."),
           ViewHelp::tr(
               "<b>Error curves:</b> squared error divided by D against the number of "
               "in-context examples i, at two snapshots side by side (an early one and the "
               "latest). 1.0 is what always predicting 0 scores, 0 is perfect. "
               "<i>gpt_curriculum</i> trains with the curriculum (few active input dimensions "
               "first, all of them later), <i>gpt_plain</i> on the full task from step 1, both "
               "from the same initial weights on the same prompts. Claim I1: the curriculum arm "
               "reaches a low error sooner."),
           ViewHelp::tr(
               "<b>Baselines</b> are fixed algorithms, not trained: least squares (the best "
               "possible once i reaches D), 3-nearest neighbours, averaging (w estimated as the "
               "mean of x·y) and zero. Bands: 90 % bootstrap intervals over the test prompts. "
               "The <b>Agreement with baselines</b> tab shows (GPT − baseline)² / D: low means "
               "the model predicts like that algorithm. In a meta-meta (I2) run the <i>Test "
               "set</i> choice shows one set per support size; the <i>_adapt</i> models are "
               "fine-tuned on the new domain's support prompts first.")});
    case HelpTopic::Curriculum:
      return paragraphs(
          {ViewHelp::tr(
               "The bar is the training run split into <b>stages</b>. In a stage only the first "
               "<b>k</b> input dimensions are non-zero and each prompt has <b>n</b> points (the "
               "<i>k=…, n=…</i> labels; hover a stage for its steps). Each boundary adds "
               "dimensions or points until the full task; the arm without curriculum trains on "
               "the full task throughout. The marker is the current step."),
           ViewHelp::tr(
               "<b>Snapshots</b> are the evaluations taken at stage boundaries and checkpoints; "
               "<b>Open snapshot</b> shows the chosen one in the left error chart."),
           ViewHelp::tr(
               "<b>Pause at next stage</b> stops right after the next boundary, once its "
               "snapshot is taken, so you can look at the model between stages; <b>Run to next "
               "stage</b> resumes and stops at the following boundary; <b>Run on</b> trains "
               "through all of them.")});
    case HelpTopic::Generalisation:
      return paragraphs(
          {ViewHelp::tr(
               "How the trained learners cope with test tasks unlike their training tasks "
               "(claims P3 and P4). It shows an evaluation of the run folder (Run > Evaluate "
               "Generalisation…); <i>Checkpoint</i> picks the final or the best weights."),
           ViewHelp::tr(
               "<b>Left: accuracy against the shift.</b> <i>Input scale σ</i>: the test inputs "
               "spread σ times as wide (σ = 1 as in training); <i>input mean offset</i>: every "
               "input moved by the offset. One curve per learner, averaged over all numbers of "
               "shots or at one. Solid: trained learners. Dotted: the <i>selection</i> baseline "
               "(per query, the one of MatchNet, ProtoNet and CNP that best predicts the "
               "examples seen so far) and the <i>oracle</i> (per task, the best of the three in "
               "hindsight). Dashed: plug-in rules (nearest class mean, cosine vote, mean offset), "
               "fixed algorithms with nothing learned."),
           ViewHelp::tr(
               "<b>Right: the radial task.</b> The class says whether a point lies inside a "
               "circle, a rule no training family uses (P4: does ICL find a new algorithm?). "
               "Bands: 95 % Wilson intervals over the test tasks; for the mean over shots the "
               "mean of the per-shot bounds.")});
    case HelpTopic::Probe:
      return paragraphs(
          {ViewHelp::tr(
               "<b>Which algorithm does the ICL model behave like?</b> Each row is a reference: "
               "a trained learner (MatchNet, ProtoNet, CNP) or a plug-in rule (nearest class "
               "mean, cosine vote, mean offset). Each column is a number of shots."),
           ViewHelp::tr(
               "A cell reads <i>agreement (chance)</i>: agreement is the share of test queries "
               "on which ICL and the reference predict the same class; chance is what two "
               "independent predictors with the same accuracies would reach. Only agreement "
               "well above chance says ICL follows that algorithm; two accurate learners agree "
               "often anyway."),
           ViewHelp::tr(
               "<i>Colour</i>: the agreement, or the agreement minus chance (blue above, orange "
               "below). Click a column for a sentence on it. <i>Test set</i>, <i>Family</i> and "
               "σ or offset choose the shifted test set the probe ran on.")});
    case HelpTopic::Playground:
      return paragraphs(
          {ViewHelp::tr(
               "<b>Decision regions in the plane.</b> One panel per learner of a d = 2, C = 2 "
               "run, and a plug-in rule: the colour at each point is the probability the learner "
               "gives class 0 (blue) against class 1 (orange) for a query there, given the "
               "support points you placed; the black line is 0.5, the decision boundary."),
           ViewHelp::tr(
               "Left-click adds a point of the chosen class, drag moves it, right-click removes "
               "it. <b>Use first k</b> shows what every learner sees after k examples. "
               "<b>Sample</b> fills the support from a test task of a family; the presets are "
               "fixed supports like the paper's figures."),
           ViewHelp::tr(
               "The <b>plug-in rule</b> panel (choose its family) is the algorithm that is "
               "optimal for that family. The closer a learner's regions look like it, the more "
               "the learner behaves like that algorithm on this support.")});
    case HelpTopic::Compare:
      return paragraphs(
          {ViewHelp::tr(
               "<b>Several runs side by side.</b> The list holds the run folders of the runs "
               "folder, each with your note (what you changed, what you expect; double-click the "
               "Note cell to edit it, it is kept in the run folder). Tick the runs to compare."),
           ViewHelp::tr(
               "The charts overlay their training loss and their test accuracy against shots: "
               "the colour is the learner, the line style the run. The table gives each run's "
               "final accuracy per learner and test family."),
           ViewHelp::tr(
               "Compare runs that differ in one setting only (the seed, a mixture weight, the "
               "depth). A difference smaller than the bands (95 % Wilson intervals) may be "
               "noise: runs with other seeds tell.")});
    // The interval and the n follow core/sweep/sweep_summary (t across the completed seeds);
    // the stalled seeds are those of `icl-lab-cli report` (core/sweep/stalled_seeds).
    case HelpTopic::Sweep:
      return paragraphs(
          {ViewHelp::tr(
               "<b>One experiment, several seeds.</b> A sweep runs the same experiment once per "
               "seed, or once per seed and value of one setting (a learning rate, a depth); each "
               "point is an ordinary run folder, listed bottom left with its status. "
               "<i>Setting</i> chooses the value whose seeds the charts and the table show."),
           ViewHelp::tr(
               "<b>Charts:</b> the training loss (left) and the final accuracy against shots "
               "(right; squared error for regression). The thick line is the mean over seeds, "
               "the band the 95 % Student-t interval across seeds: how much the result moves "
               "from seed to seed. With few seeds it is wide: with 3 seeds its half-width is "
               "t(0.975, 2) = 4.30 standard errors. The faint lines are the seeds one by one."),
           ViewHelp::tr(
               "<b>Table:</b> each cell reads <i>mean [low, high] (n)</i>, the mean over seeds, "
               "its 95 % t-interval and n, the number of seeds whose run completed (a failed or "
               "running point is left out). Hover a cell for the value of each seed."),
           ViewHelp::tr(
               "<b>Why several seeds?</b> One seed is an anecdote. In p1-sim, MatchNet on sim "
               "stalls near 0.73 in 2 of 5 seeds while the others reach about 0.91: one run "
               "shows either story. A faint line far from the rest is such a seed. "
               "<tt>icl-lab-cli report SWEEP_DIR</tt> prints the same numbers, with a "
               "<i>stalled</i> column naming the seeds that got stuck.")});
  }
  return {};
}

void setHelpTopic(QWidget* view, HelpTopic topic) {
  view->setProperty(kHelpTopicProperty, static_cast<int>(topic));
}

std::optional<HelpTopic> helpTopicOf(const QWidget* widget) {
  for (const QWidget* w = widget; w != nullptr; w = w->parentWidget()) {
    const QVariant value = w->property(kHelpTopicProperty);
    if (value.isValid()) {
      return static_cast<HelpTopic>(value.toInt());
    }
  }
  return std::nullopt;
}

namespace {

QString plainActionText(const QAction* action) {
  QString text = action->text();
  text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
  // A translation puts its mnemonic in brackets ("新建实验(&N)"): drop the brackets too.
  text.remove(QRegularExpression(QStringLiteral("\\(&[^)]\\)")));
  text.remove(QLatin1Char('&'));
  text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
  return text.section(QLatin1Char('\t'), 0, 0);
}

QString keysOf(const QAction* action) {
  QStringList keys;
  for (const QKeySequence& key : action->shortcuts()) {
    keys.append(key.toString(QKeySequence::NativeText));
  }
  return keys.join(QStringLiteral(", "));
}

void collectMenu(const QMenu* menu, const QString& where, QList<ShortcutRow>& rows,
                 QSet<const QAction*>& seen) {
  for (const QAction* action : menu->actions()) {
    if (action->menu() != nullptr) {
      collectMenu(action->menu(), where + QStringLiteral(" > ") + plainActionText(action), rows,
                  seen);
    } else if (!action->isSeparator() && !seen.contains(action)) {
      seen.insert(action);
      if (!action->shortcuts().isEmpty()) {
        rows.append({where, plainActionText(action), keysOf(action)});
      }
    }
  }
}

}  // namespace

QList<ShortcutRow> windowShortcuts(QWidget* window) {
  QList<ShortcutRow> rows;
  QSet<const QAction*> seen;
  if (auto* mainWindow = qobject_cast<QMainWindow*>(window)) {
    for (const QAction* top : mainWindow->menuBar()->actions()) {
      if (top->menu() != nullptr) {
        collectMenu(top->menu(), plainActionText(top), rows, seen);
      }
    }
  }
  // Actions that live on the window or its widgets only (F1, a view's own keys).
  for (const QAction* action : window->findChildren<QAction*>()) {
    if (!seen.contains(action) && !action->shortcuts().isEmpty() && action->menu() == nullptr) {
      seen.insert(action);
      rows.append({QString(), plainActionText(action), keysOf(action)});
    }
  }
  return rows;
}

ViewHelpDialog::ViewHelpDialog(QWidget* parent) : QDialog(parent), browser_(new QTextBrowser) {
  setObjectName(QStringLiteral("viewHelpDialog"));
  setModal(false);  // read the help while looking at (and using) the view
  browser_->setObjectName(QStringLiteral("viewHelpText"));
  browser_->setOpenExternalLinks(false);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(browser_);
  layout->addWidget(buttons);
  resize(560, 460);
}

void ViewHelpDialog::showTopic(HelpTopic topic) {
  topic_ = topic;
  const QString title = helpTitle(topic);
  setWindowTitle(ViewHelp::tr("What am I looking at? – %1").arg(title));
  browser_->setHtml(QStringLiteral("<h3>%1</h3>%2").arg(title.toHtmlEscaped(), helpText(topic)));
}

void ViewHelpDialog::showNote(const QString& title, const QString& html) {
  topic_.reset();
  setWindowTitle(title);
  browser_->setHtml(html);
}

ViewHelp::ViewHelp(QWidget* window, QTabWidget* tabs)
    : QObject(window),
      window_(window),
      tabs_(tabs),
      cornerButton_(new QToolButton),
      contextHelp_(new QAction(tr("What am I looking at?"), this)) {
  cornerButton_->setObjectName(QStringLiteral("viewHelpButton"));
  cornerButton_->setText(QStringLiteral("?"));
  cornerButton_->setToolTip(tr("What am I looking at? Explains the current view (F1)"));
  cornerButton_->setAutoRaise(true);
  QFont bold = cornerButton_->font();
  bold.setBold(true);
  cornerButton_->setFont(bold);
  cornerButton_->setMinimumWidth(28);  // a click target, not a speck in the corner
  connect(cornerButton_, &QToolButton::clicked, this, [this] {
    // The button takes no focus, but the tab is what it belongs to: ignore the focus widget.
    const auto topic = helpTopicOf(tabs_->currentWidget());
    if (topic) {
      show(*topic);
    } else {
      showCurrent();
    }
  });
  cornerButton_->setFocusPolicy(Qt::NoFocus);
  tabs_->setCornerWidget(cornerButton_, Qt::TopRightCorner);

  contextHelp_->setObjectName(QStringLiteral("viewHelpAction"));
  contextHelp_->setShortcut(QKeySequence::HelpContents);
  contextHelp_->setShortcutContext(Qt::WindowShortcut);
  contextHelp_->setStatusTip(tr("Explain the view that has the focus, else the current tab"));
  connect(contextHelp_, &QAction::triggered, this, &ViewHelp::showCurrent);
  window_->addAction(contextHelp_);
}

QMenu* ViewHelp::addMenuTo(QMenu* help) {
  QMenu* menu = help->addMenu(tr("&What am I looking at?"));
  menu->setObjectName(QStringLiteral("viewHelpMenu"));
  for (HelpTopic topic : helpTopics()) {
    QAction* action = menu->addAction(helpTitle(topic));
    action->setData(static_cast<int>(topic));
    connect(action, &QAction::triggered, this, [this, topic] { show(topic); });
  }
  return menu;
}

QAction* ViewHelp::addShortcutsEntryTo(QMenu* help) {
  QAction* action = help->addAction(tr("&Keyboard Shortcuts"));
  action->setObjectName(QStringLiteral("shortcutsAction"));
  connect(action, &QAction::triggered, this, &ViewHelp::showShortcuts);
  return action;
}

void ViewHelp::showShortcuts() {
  QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">")
                     .arg(tr("Keyboard shortcuts").toHtmlEscaped());
  for (const ShortcutRow& row : windowShortcuts(window_)) {
    const QString where = row.where.isEmpty() ? tr("anywhere in the window") : row.where;
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td><i>%3</i></td></tr>")
                .arg(row.keys.toHtmlEscaped(), row.action.toHtmlEscaped(), where.toHtmlEscaped());
  }
  html += QStringLiteral("</table>");
  ViewHelpDialog* help = dialog();
  help->showNote(tr("Keyboard Shortcuts"), html);
  help->show();
  help->raise();
  help->activateWindow();
}

ViewHelpDialog* ViewHelp::dialog() {
  if (dialog_ == nullptr) {
    dialog_ = new ViewHelpDialog(window_);
  }
  return dialog_;
}

void ViewHelp::show(HelpTopic topic) {
  ViewHelpDialog* help = dialog();
  help->showTopic(topic);
  help->show();
  help->raise();
  help->activateWindow();
}

std::optional<HelpTopic> ViewHelp::currentTopic() const {
  // A focused widget in a dock (the curriculum) names its own view; the help window itself
  // and widgets without a topic fall back to the current tab.
  const QWidget* focus = QApplication::focusWidget();
  if (focus != nullptr && focus->window() == window_) {
    if (const auto topic = helpTopicOf(focus)) {
      return topic;
    }
  }
  return helpTopicOf(tabs_->currentWidget());
}

void ViewHelp::showCurrent() {
  if (const auto topic = currentTopic()) {
    show(*topic);
    return;
  }
  ViewHelpDialog* help = dialog();
  help->showNote(tr("What am I looking at?"),
                 tr("<p>This view has no help text yet. Help > What am I looking at? lists the "
                    "views that have one.</p>"));
  help->show();
  help->raise();
}

}  // namespace icl::ui
