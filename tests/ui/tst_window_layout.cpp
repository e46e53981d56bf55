// The window's fit on small screens and its docks (issue #11, review of 2026-12-01): the window
// fits 1024x768 in every experiment and the form is never wider than its dock (items 2, 6, 17),
// a saved geometry is pulled onto the screen (item 15), and the View menu hides and shows the
// docks.
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QtTest>

#include "core/config/presets.h"
#include "tests/ui/window_test_support.h"
#include "ui/experiment_panel.h"
#include "ui/main_window.h"
#include "ui/window_settings.h"

using icl::ui::MainWindow;

namespace {

// A 1024x768 screen less a title bar and a panel.
const QSize kSmallScreen(1024, 720);

QString rectText(const QRect& rect) {
  return QStringLiteral("%1,%2 %3x%4")
      .arg(rect.x())
      .arg(rect.y())
      .arg(rect.width())
      .arg(rect.height());
}

QString sizeText(const QSize& size) {
  return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

}  // namespace

class TestWindowLayout : public QObject {
  Q_OBJECT

 private:
  icl::test::WindowTestEnvironment environment_;

  /// @brief Checks that @p window fits kSmallScreen and that its form needs no sideways scroll.
  void checkFits(MainWindow& window) {
    QCoreApplication::processEvents();
    const QSize hint = window.minimumSizeHint();
    QVERIFY2(hint.width() <= kSmallScreen.width() && hint.height() <= kSmallScreen.height(),
             qPrintable(sizeText(hint)));
    const QSize minimum = window.layout()->totalMinimumSize().expandedTo(window.minimumSize());
    QVERIFY2(minimum.width() <= kSmallScreen.width() && minimum.height() <= kSmallScreen.height(),
             qPrintable(sizeText(minimum)));
    window.resize(kSmallScreen);
    QCoreApplication::processEvents();
    QCOMPARE(window.size(), kSmallScreen);
    // The experiment dock as narrow as it goes: the form still fits it.
    window.resizeDocks({window.experimentDock()}, {1}, Qt::Horizontal);
    QCoreApplication::processEvents();
    auto* scroll = window.experimentPanel()->findChild<QScrollArea*>();
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2")
                            .arg(scroll->widget()->width())
                            .arg(scroll->viewport()->width())));
    // Beside it, the Training tab fits without scrolling sideways.
    auto* central = qobject_cast<QScrollArea*>(window.centralWidget());
    QVERIFY(central != nullptr);
    QCOMPARE(window.viewTabs()->currentIndex(), 0);
    QCOMPARE(central->horizontalScrollBar()->maximum(), 0);
  }

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_window_layout"));
  }

  void init() { environment_.resetSettings(); }

  // #11 items 2 and 6: every experiment's window fits a 1024x768 screen.
  void windowFitsA1024x768ScreenInEveryExperiment_data() {
    QTest::addColumn<QString>("preset");
    QTest::newRow("classification") << QStringLiteral("quick-mixture");
    QTest::newRow("regression (I1)") << QStringLiteral("i1-curriculum");
    QTest::newRow("meta-meta (I2)") << QStringLiteral("i2-meta-meta");
  }
  void windowFitsA1024x768ScreenInEveryExperiment() {
    QFETCH(QString, preset);
    MainWindow window;
    const auto config = icl::core::loadPreset(preset.toStdString());
    QVERIFY2(config.ok(), config.error().c_str());
    window.setExperiment(config.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    checkFits(window);
  }

  // #11 item 6: switching the experiment in the form (as the reviewer did) fits as well, and
  // switching back leaves no sideways scroll.
  void switchingTheExperimentKeepsTheFormInsideItsDock() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* choice = window.experimentPanel()->findChild<QComboBox*>();
    for (const QString& experiment : {QStringLiteral("regression"), QStringLiteral("meta_meta"),
                                      QStringLiteral("classification")}) {
      choice->setCurrentIndex(choice->findData(experiment));
      QCOMPARE(icl::core::experimentName(window.experimentPanel()->config().experiment),
               experiment.toStdString());
      checkFits(window);
    }
  }

  // A page wider than the room beside the dock scrolls; the other pages do not.
  void onlyTheCurrentTabSetsTheScrollRange() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(kSmallScreen);
    auto* central = qobject_cast<QScrollArea*>(window.centralWidget());
    QVERIFY(central != nullptr);
    QTabWidget* tabs = window.viewTabs();
    int widest = 0;
    for (int i = 1; i < tabs->count(); ++i) {
      widest = tabs->widget(i)->minimumSizeHint().width() >
                       tabs->widget(widest)->minimumSizeHint().width()
                   ? i
                   : widest;
    }
    QVERIFY(tabs->widget(widest)->minimumSizeHint().width() > central->viewport()->width());
    tabs->setCurrentIndex(widest);
    QTRY_VERIFY(central->horizontalScrollBar()->maximum() > 0);
    tabs->setCurrentIndex(0);
    QTRY_COMPARE(central->horizontalScrollBar()->maximum(), 0);
  }

  // #11 item 15: a saved geometry larger than the screen is shrunk and moved onto it.
  void clampedGeometryFitsTheAvailableArea() {
    const QRect screen(0, 0, 1024, 740);
    QCOMPARE(icl::ui::clampedGeometry(QRect(100, 50, 1280, 806), screen), QRect(0, 0, 1024, 740));
    QCOMPARE(icl::ui::clampedGeometry(QRect(500, 400, 800, 600), screen),
             QRect(224, 140, 800, 600));
    QCOMPARE(icl::ui::clampedGeometry(QRect(-50, -20, 300, 200), screen), QRect(0, 0, 300, 200));
    QCOMPARE(icl::ui::clampedGeometry(QRect(10, 20, 300, 200), screen), QRect(10, 20, 300, 200));
    const QRect second(1920, 0, 1280, 800);  // a screen right of the first
    QCOMPARE(icl::ui::clampedGeometry(QRect(0, 0, 1920, 1080), second), second);
  }
  void restoringALargerSavedGeometryKeepsTheWindowOnScreen() {
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
      QMainWindow big;
      big.setCentralWidget(new QWidget);
      big.setGeometry(available.x() + 200, available.y() + 100, available.width() * 2,
                      available.height() * 2);
      icl::ui::saveWindowLayout(big);
    }
    QMainWindow restored;
    restored.setCentralWidget(new QWidget);
    icl::ui::restoreWindowLayout(restored);
    QVERIFY2(available.contains(restored.geometry()),
             qPrintable(rectText(restored.geometry()) + QStringLiteral(" outside ") +
                        rectText(available)));
    QVERIFY(restored.width() > available.width() / 2);  // shrunk to the screen, not beyond
  }

  // The View menu hides and shows the docks; the choice survives a restart.
  void viewMenuHidesAndShowsTheDocks() {
    {
      MainWindow window;
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      QAction* experiment = icl::test::menuAction(window, QStringLiteral("Experiment Panel"));
      QAction* curriculum = icl::test::menuAction(window, QStringLiteral("Curriculum Panel"));
      QVERIFY(experiment != nullptr && curriculum != nullptr);
      QVERIFY(window.experimentDock()->isVisible());
      QVERIFY(!curriculum->isEnabled());  // quick-mixture: no curriculum
      QVERIFY(!window.curriculumDock()->isVisible());
      experiment->trigger();
      QVERIFY(!window.experimentDock()->isVisible());
      experiment->trigger();
      QVERIFY(window.experimentDock()->isVisible());

      const auto i1 = icl::core::loadPreset("i1-curriculum");
      QVERIFY2(i1.ok(), i1.error().c_str());
      window.setExperiment(i1.value());
      QVERIFY(curriculum->isEnabled());
      QVERIFY(window.curriculumDock()->isVisible());
      curriculum->trigger();
      QVERIFY(!window.curriculumDock()->isVisible());
      // An edit of the form does not bring it back.
      auto config = window.experimentPanel()->config();
      config.seed += 1;
      window.experimentPanel()->setConfig(config);
      Q_EMIT window.experimentPanel()->configEdited();
      QVERIFY(!window.curriculumDock()->isVisible());
      experiment->trigger();
      QVERIFY(!window.experimentDock()->isVisible());
      // The edited seed makes the form dirty: Quit asks, and Discard still keeps the layout.
      icl::test::BoxAnswer discard(QMessageBox::Discard);
      window.close();  // saves the layout and the experiment
      QVERIFY(!discard.question().isEmpty());
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.experimentPanel()->config().experiment, icl::core::Experiment::Regression);
    QVERIFY(!again.experimentDock()->isVisible());
    QVERIFY(!again.curriculumDock()->isVisible());
    icl::test::menuAction(again, QStringLiteral("Curriculum Panel"))->trigger();
    icl::test::menuAction(again, QStringLiteral("Experiment Panel"))->trigger();
    QVERIFY(again.curriculumDock()->isVisible());
    QVERIFY(again.experimentDock()->isVisible());
  }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
