// A run started in the window with generalisation.after_training (issue #10): the window shows
// the evaluation's progress as the run's activity and, when the run ends, the Generalisation
// and Probe tabs hold its results.
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtTest>

#include <algorithm>

#include <filesystem>

#include "core/evaluation/generalisation_results.h"
#include "tests/core/tiny_config.h"
#include "tests/ui/window_test_support.h"
#include "ui/generalisation_panel.h"
#include "ui/generalisation_views.h"
#include "ui/main_window.h"
#include "ui/probe_panel.h"
#include "ui/probe_table_model.h"

namespace fs = std::filesystem;

namespace {
constexpr int kEndTimeoutMs = 5 * 60 * 1000;
}  // namespace

class TestAfterTrainingWindow : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_after_training"));
  }

  void aWindowRunEvaluatesItselfAndFillsTheTabs() {
    icl::test::WindowTestEnvironment environment;
    environment.resetSettings();
    icl::ui::MainWindow window;
    auto config = tinyRunConfig();
    config.generalisation.afterTraining = true;
    config.generalisation.tasksPerFamily = 8;
    config.generalisation.sigmas = {1.0, 2.0};
    config.generalisation.offsets = {0.0};
    window.experimentPanel()->setConfig(config);
    // The status bar's labels, read at every progress report (the activity replaces the
    // step count once training is over).
    QStringList shown;
    connect(window.session(), &icl::ui::TrainingSession::progressReady, &window, [&] {
      for (const QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        shown << label->text();
      }
    });
    QSignalSpy ended(&window, &icl::ui::MainWindow::runEnded);
    QVERIFY(window.startRun());
    const auto result = icl::test::waitForRunEnd(ended, kEndTimeoutMs);
    QVERIFY(result.has_value());
    QCOMPARE(result->status, icl::core::RunStatus::Completed);
    const fs::path runDir = window.runFolder().toStdString();
    QCOMPARE(icl::core::generalisationTags(runDir), std::vector<std::string>{""});
    QVERIFY2(std::any_of(shown.begin(), shown.end(),
                         [](const QString& text) { return text.startsWith("generalisation "); }),
             qPrintable(shown.join(QStringLiteral(" | "))));
    icl::ui::GeneralisationViews* views = window.generalisationViews();
    QVERIFY(views->generalisationPanel()->hintLabel()->isHidden());
    QCOMPARE(views->generalisationPanel()->levelPoints(QStringLiteral("icl")).size(), 2);
    QVERIFY(views->probePanel()->model()->rowCount() >= 3);
  }
};

QTEST_MAIN(TestAfterTrainingWindow)
#include "tst_after_training_window.moc"
