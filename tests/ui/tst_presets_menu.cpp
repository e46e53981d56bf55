// The Presets menu says what each preset is and what it costs (issue #11, review item 14).
#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "core/config/presets.h"
#include "tests/ui/window_test_support.h"
#include "ui/duration_text.h"
#include "ui/main_window.h"
#include "ui/presets_menu.h"

using icl::ui::PresetsMenu;

namespace {

bool writeFile(const QString& path, const QByteArray& text) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

}  // namespace

class TestPresetsMenu : public QObject {
  Q_OBJECT

 private:
  icl::test::WindowTestEnvironment environment_;

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_presets_menu"));
  }

  void init() { environment_.resetSettings(); }

  void cpuPresetsFirstThePaperPresetsInTheirSubmenu() {
    QMenu menu;
    const PresetsMenu presets(&menu, [] { return QString(); });
    QVERIFY(presets.paperMenu() != nullptr);
    QCOMPARE(presets.paperMenu()->title(), QStringLiteral("Paper scale (GPU, hours to days)"));
    QStringList top;
    bool submenuSeen = false;
    for (QAction* action : menu.actions()) {
      if (action->menu() == presets.paperMenu()) {
        submenuSeen = true;
      } else if (!action->isSeparator()) {
        QVERIFY2(!submenuSeen, "a CPU preset after the paper submenu");
        top.append(action->data().toString());
      }
    }
    QVERIFY(submenuSeen);
    QStringList paper;
    for (QAction* action : presets.paperMenu()->actions()) {
      paper.append(action->data().toString());
    }
    for (const auto& preset : icl::core::listPresets()) {
      const QString name = QString::fromStdString(preset.name);
      QVERIFY2((preset.paperScale ? paper : top).contains(name), qPrintable(name));
      QVERIFY2(!(preset.paperScale ? top : paper).contains(name), qPrintable(name));
    }
    QCOMPARE(paper.size(), 6);
    QVERIFY(paper.contains(QStringLiteral("p2-mixture-paper")));
    QVERIFY(top.contains(QStringLiteral("quick-mixture")));
  }

  // Durations read as M:SS or H:MM:SS; days go through tr() ("%n days"); unknown is a dash.
  void durationsReadAsClockTimeOrDays() {
    QCOMPARE(icl::ui::durationText(45.4), QStringLiteral("0:45"));
    QCOMPARE(icl::ui::durationText(3600.0 + 62.0), QStringLiteral("1:01:02"));
    QCOMPARE(icl::ui::durationText(3.0 * 86400.0), QStringLiteral("3 days"));
    QCOMPARE(icl::ui::durationText(-1.0), QStringLiteral("–"));
  }

  void everyEntryShowsItsTimeAndDescription() {
    QMenu menu;
    const PresetsMenu presets(&menu, [] { return QString(); });
    for (const auto& preset : icl::core::listPresets()) {
      QAction* action = presets.action(QString::fromStdString(preset.name));
      QVERIFY2(action != nullptr, preset.name.c_str());
      const QString time = icl::ui::durationText(preset.time.seconds);
      QVERIFY2(action->text().startsWith(QString::fromStdString(preset.name) + QLatin1Char('\t')),
               qPrintable(action->text()));
      QVERIFY2(action->text().contains(time), qPrintable(action->text()));
      QVERIFY2(action->toolTip().startsWith(QString::fromStdString(preset.description)),
               qPrintable(action->toolTip()));
      QVERIFY2(action->toolTip().contains(QString::fromStdString(preset.time.basis)),
               qPrintable(action->toolTip()));
      QCOMPARE(action->statusTip(), QString::fromStdString(preset.description));
      QVERIFY(!action->text().contains(QStringLiteral("last run here")));
      QCOMPARE(action->text().contains(QStringLiteral("estimate")), preset.paperScale);
    }
  }

  void aCompletedRunInTheRunsFolderGivesTheLastRunTime() {
    QTemporaryDir runs;
    QVERIFY(runs.isValid());
    const QDir root(runs.path());
    QVERIFY(root.mkpath(QStringLiteral("quick-mixture-20261201-120000")));
    const QString folder = root.filePath(QStringLiteral("quick-mixture-20261201-120000"));
    QVERIFY(writeFile(folder + QStringLiteral("/config.json"), R"({"name": "quick-mixture"})"));
    QVERIFY(writeFile(folder + QStringLiteral("/summary.json"),
                      R"({"status": "completed", "wall_s": 75.4})"));
    QVERIFY(root.mkpath(QStringLiteral("p1-sim-failed")));
    QVERIFY(writeFile(root.filePath(QStringLiteral("p1-sim-failed/config.json")),
                      R"({"name": "p1-sim"})"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("p1-sim-failed/summary.json")),
                      R"({"status": "failed", "wall_s": 3.0})"));

    QString rootPath;  // empty at first: no runs folder, no last run
    QMenu menu;
    PresetsMenu presets(&menu, [&rootPath] { return rootPath; });
    QVERIFY(!presets.action(QStringLiteral("quick-mixture"))
                 ->text()
                 .contains(QStringLiteral("last run")));
    rootPath = runs.path();
    Q_EMIT menu.aboutToShow();  // the menu reads the folder each time it opens
    const QAction* quick = presets.action(QStringLiteral("quick-mixture"));
    QVERIFY2(quick->text().endsWith(QStringLiteral("last run here: 1:15")),
             qPrintable(quick->text()));
    QVERIFY(quick->toolTip().contains(QStringLiteral("Last run here: 1:15")));
    QVERIFY(!presets.action(QStringLiteral("p1-sim"))->text().contains(QStringLiteral("last run")));
    QVERIFY(
        !presets.action(QStringLiteral("p2-mixture"))->text().contains(QStringLiteral("last run")));
  }

  // The window shows a chosen preset through the signal (the integrator adds the question
  // about edited values in its slot).
  void choosingAPresetEmitsItAndTheWindowShowsIt() {
    icl::ui::MainWindow window;
    QSignalSpy chosen(window.presets(), &PresetsMenu::presetChosen);
    QAction* action = window.presets()->action(QStringLiteral("p1-proto"));
    QVERIFY(action != nullptr);
    action->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("p1-proto"));
    QCOMPARE(QString::fromStdString(window.experimentPanel()->config().name),
             QStringLiteral("p1-proto"));
  }
};

QTEST_MAIN(TestPresetsMenu)
#include "tst_presets_menu.moc"
