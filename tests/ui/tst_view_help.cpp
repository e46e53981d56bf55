// "What am I looking at?" (issue #11): the help of each view, reached from the view (the tab
// corner button, F1) and from the Help menu.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>

#include "core/config/presets.h"
#include "core/sweep/sweep_summary.h"
#include "tests/ui/window_test_support.h"
#include "ui/curriculum_panel.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/view_help.h"

using icl::ui::HelpTopic;
using icl::ui::MainWindow;
using icl::ui::ViewHelpDialog;

namespace {

ViewHelpDialog* helpDialog(const MainWindow& window) {
  return window.findChild<ViewHelpDialog*>(QStringLiteral("viewHelpDialog"));
}

QString shownText(const MainWindow& window) {
  const ViewHelpDialog* dialog = helpDialog(window);
  return dialog == nullptr ? QString() : dialog->browser()->toPlainText();
}

QMenu* topLevelMenu(const MainWindow& window, const QString& title) {
  for (QAction* action : window.menuBar()->actions()) {
    if (action->menu() != nullptr && action->text() == title) {
      return action->menu();
    }
  }
  return nullptr;
}

}  // namespace

class TestViewHelp : public QObject {
  Q_OBJECT

 private:
  icl::test::WindowTestEnvironment environment_;

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_view_help"));
  }

  void init() { environment_.resetSettings(); }

  void everyTopicHasATitleAndAShortText() {
    for (HelpTopic topic : icl::ui::helpTopics()) {
      const QString title = icl::ui::helpTitle(topic);
      const QString text = icl::ui::helpText(topic);
      QVERIFY2(!title.isEmpty(), qPrintable(QString::number(static_cast<int>(topic))));
      QVERIFY2(text.size() > 200, qPrintable(title));
      QVERIFY2(text.size() < 3000, qPrintable(title));  // a few short paragraphs, not a manual
    }
  }

  // The anchors' one coin per test set is why 0 shots can be far from chance (task_sampler).
  void trainingHelpExplainsShotsBandsAndTheZeroShotAnchors() {
    const QString text = icl::ui::helpText(HelpTopic::Training);
    for (const char* phrase : {"shot", "95 % Wilson interval", "anchors", "Smoothing", "Log scale",
                               "wall time", "once for the whole test set"}) {
      QVERIFY2(text.contains(QLatin1String(phrase)), phrase);
    }
  }

  // The Sweep tab's numbers are the engine's: the t quantile of its interval, the table's cell
  // format and the report command with its stalled column.
  void sweepHelpExplainsTheBandTheTableAndWhySeedsMatter() {
    const QString text = icl::ui::helpText(HelpTopic::Sweep);
    const QString t2 =
        QStringLiteral("t(0.975, 2) = %1").arg(icl::core::studentT975(2), 0, 'f', 2);
    QVERIFY2(text.contains(t2), qPrintable(t2));
    for (const char* phrase : {"same experiment", "mean over seeds", "95 % Student-t interval",
                               "faint lines", "mean [low, high] (n)", "anecdote",
                               "icl-lab-cli report SWEEP_DIR", "stalled"}) {
      QVERIFY2(text.contains(QLatin1String(phrase)), phrase);
    }
  }

  // The zh_CN file translates the Sweep help, and keeps its numbers and the command as written.
  void sweepHelpIsTranslatedIntoChinese() {
    QVERIFY(icl::ui::installLanguage(qApp, QStringLiteral("zh_CN")));
    const QString title = icl::ui::helpTitle(HelpTopic::Sweep);
    const QString text = icl::ui::helpText(HelpTopic::Sweep);
    QVERIFY(icl::ui::installLanguage(qApp, QStringLiteral("en")));
    QVERIFY2(title.contains(QStringLiteral("扫描")), qPrintable(title));
    for (const QString& kept : {QStringLiteral("种子"), QStringLiteral("t(0.975, 2) = 4.30"),
                                QStringLiteral("icl-lab-cli report SWEEP_DIR"),
                                QStringLiteral("MatchNet")}) {
      QVERIFY2(text.contains(kept), qPrintable(kept));
    }
    QCOMPARE(icl::ui::helpTitle(HelpTopic::Sweep), QStringLiteral("Sweep: results across seeds"));
  }

  void everyTabAndTheCurriculumDockHaveHelp() {
    MainWindow window;
    QTabWidget* tabs = window.viewTabs();
    QVERIFY(tabs->count() >= 4);
    for (int i = 0; i < tabs->count(); ++i) {
      const auto topic = icl::ui::helpTopicOf(tabs->widget(i));
      QVERIFY2(topic.has_value(), qPrintable(tabs->tabText(i)));
      QVERIFY2(!icl::ui::helpText(*topic).isEmpty(), qPrintable(tabs->tabText(i)));
      // Each tab its own text: a tab that borrows another's explains the wrong view.
      for (int j = 0; j < i; ++j) {
        QVERIFY2(icl::ui::helpTopicOf(tabs->widget(j)) != topic,
                 qPrintable(tabs->tabText(j) + QStringLiteral(" and ") + tabs->tabText(i)));
      }
    }
    const auto dock = icl::ui::helpTopicOf(window.curriculumPanel());
    QVERIFY(dock.has_value());
    QCOMPARE(*dock, HelpTopic::Curriculum);
  }

  void cornerButtonOpensTheHelpOfTheCurrentTab() {
    MainWindow window;
    window.show();
    QTabWidget* tabs = window.viewTabs();
    auto* button = qobject_cast<QToolButton*>(tabs->cornerWidget(Qt::TopRightCorner));
    QVERIFY(button != nullptr);
    QCOMPARE(button->text(), QStringLiteral("?"));

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(helpDialog(window) != nullptr);
    QVERIFY(helpDialog(window)->isVisible());
    QVERIFY(!helpDialog(window)->isModal());
    QCOMPARE(helpDialog(window)->topic(), std::optional<HelpTopic>(HelpTopic::Training));
    QVERIFY(helpDialog(window)->windowTitle().contains(QStringLiteral("Training")));
    QVERIFY(shownText(window).contains(QStringLiteral("test accuracy against shots")));

    const struct {
      const char* tab;
      HelpTopic topic;
      const char* phrase;
    } expected[] = {{"Generalisation", HelpTopic::Generalisation, "radial task"},
                    {"Probe", HelpTopic::Probe, "agreement (chance)"},
                    {"Playground", HelpTopic::Playground, "Use first k"},
                    {"Sweep", HelpTopic::Sweep, "mean [low, high] (n)"}};
    for (const auto& view : expected) {
      int index = -1;
      for (int i = 0; i < tabs->count(); ++i) {
        index = tabs->tabText(i) == QLatin1String(view.tab) ? i : index;
      }
      QVERIFY2(index >= 0, view.tab);
      tabs->setCurrentIndex(index);
      QTest::mouseClick(button, Qt::LeftButton);
      QCOMPARE(helpDialog(window)->topic(), std::optional<HelpTopic>(view.topic));
      QVERIFY2(helpDialog(window)->windowTitle().contains(QLatin1String(view.tab)),
               qPrintable(helpDialog(window)->windowTitle()));
      QVERIFY2(shownText(window).contains(QLatin1String(view.phrase)), view.tab);
    }
  }

  void f1OpensTheHelpOfTheCurrentTabOrTheFocusedDock() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction* f1 = window.viewHelp()->contextHelpAction();
    QCOMPARE(f1->shortcut(), QKeySequence(QKeySequence::HelpContents));

    window.viewTabs()->setCurrentIndex(0);
    window.viewTabs()->setFocus();
    QTest::keyClick(&window, Qt::Key_F1);
    QVERIFY(helpDialog(window) != nullptr);
    QCOMPARE(helpDialog(window)->topic(), std::optional<HelpTopic>(HelpTopic::Training));

    // A regression experiment turns the Training tab into the error curves.
    const auto i1 = icl::core::loadPreset("i1-curriculum");
    QVERIFY2(i1.ok(), i1.error().c_str());
    window.setExperiment(i1.value());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.viewTabs()->setFocus();
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(helpDialog(window)->topic(), std::optional<HelpTopic>(HelpTopic::Regression));
    QVERIFY(shownText(window).contains(QStringLiteral("gpt_curriculum")));

    // Focus in the curriculum dock: its own help.
    QVERIFY(window.curriculumDock()->isVisible());
    auto* snapshots = window.curriculumPanel()->findChild<QComboBox*>();
    QVERIFY(snapshots != nullptr);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    snapshots->setFocus();
    QCOMPARE(QApplication::focusWidget(), snapshots);
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(helpDialog(window)->topic(), std::optional<HelpTopic>(HelpTopic::Curriculum));
    QVERIFY(shownText(window).contains(QStringLiteral("Pause at next stage")));
  }

  void helpMenuHasOneEntryPerViewAndOpensIt() {
    MainWindow window;
    QMenu* help = topLevelMenu(window, QStringLiteral("&Help"));
    QVERIFY(help != nullptr);
    QMenu* views = help->findChild<QMenu*>(QStringLiteral("viewHelpMenu"));
    QVERIFY(views != nullptr);
    QCOMPARE(views->title(), QStringLiteral("&What am I looking at?"));
    const QList<QAction*> entries = views->actions();
    QCOMPARE(entries.size(), icl::ui::helpTopics().size());
    for (int i = 0; i < entries.size(); ++i) {
      const HelpTopic topic = icl::ui::helpTopics().at(i);
      QCOMPARE(entries.at(i)->text(), icl::ui::helpTitle(topic));
      entries.at(i)->trigger();
      QCOMPARE(helpDialog(window)->topic(), std::optional<HelpTopic>(topic));
      QVERIFY(shownText(window).contains(icl::ui::helpTitle(topic)));
      QVERIFY(helpDialog(window)->isVisible());
    }
  }

  // Help > Keyboard Shortcuts lists the actions' own shortcuts: a new shortcut shows up
  // without a hand-kept list.
  void keyboardShortcutsAreReadFromTheActions() {
    MainWindow window;
    auto* extra = new QAction(QStringLiteral("Test &Action"), &window);
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    window.addAction(extra);
    // A translation's mnemonic in brackets ("新建实验(&N)") goes with its brackets.
    auto* translated = new QAction(QStringLiteral("测试动作(&T)"), &window);
    translated->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    window.addAction(translated);

    const QList<icl::ui::ShortcutRow> rows = icl::ui::windowShortcuts(&window);
    auto find = [&rows](const QString& action) {
      for (const auto& row : rows) {
        if (row.action == action) {
          return row;
        }
      }
      return icl::ui::ShortcutRow{};
    };
    QCOMPARE(find(QStringLiteral("Open Run Folder…")).keys,
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O).toString(QKeySequence::NativeText));
    QCOMPARE(find(QStringLiteral("Open Run Folder…")).where, QStringLiteral("File"));
    QCOMPARE(find(QStringLiteral("Test Action")).keys,
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J).toString(QKeySequence::NativeText));
    QVERIFY(!find(QStringLiteral("What am I looking at?")).keys.isEmpty());
    QCOMPARE(find(QStringLiteral("测试动作")).keys,
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K).toString(QKeySequence::NativeText));
    for (const auto& row : rows) {
      QVERIFY2(!row.keys.isEmpty() && !row.action.contains(QLatin1Char('&')),
               qPrintable(row.action));
    }

    QMenu* help = topLevelMenu(window, QStringLiteral("&Help"));
    QAction* shortcuts = nullptr;
    for (QAction* action : help->actions()) {
      shortcuts = action->objectName() == QLatin1String("shortcutsAction") ? action : shortcuts;
    }
    QVERIFY(shortcuts != nullptr);
    shortcuts->trigger();
    QVERIFY(helpDialog(window)->isVisible());
    QVERIFY(!helpDialog(window)->topic().has_value());
    QVERIFY(shownText(window).contains(QStringLiteral("Open Run Folder…")));
    QVERIFY(shownText(window).contains(QStringLiteral("Test Action")));
  }
};

QTEST_MAIN(TestViewHelp)
#include "tst_view_help.moc"
