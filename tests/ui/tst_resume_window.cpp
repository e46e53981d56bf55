// Resume Run in the window (#8): the real MainWindow, offscreen, opens a folder left behind by
// a run killed with SIGKILL, shows it as interrupted, and File > Resume Run completes it.
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include "core/store/run_store.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/tiny_config.h"
#include "tests/ui/window_test_support.h"
#include "ui/loss_chart_panel.h"
#include "ui/main_window.h"
#include "ui/metatypes.h"
#include "ui/run_resumer.h"

namespace fs = std::filesystem;
using icl::test::fileText;
using icl::test::waitForRunEnd;
using icl::ui::MainWindow;

namespace {

bool windowShowsText(const MainWindow& window, const QString& text) {
  for (const QLabel* label : window.findChildren<QLabel*>()) {
    if (label->text().contains(text)) {
      return true;
    }
  }
  return false;
}

}  // namespace

class TestResumeWindow : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_resume_window"));
  }

  void opensAnInterruptedFolderAndResumesIt() {
    QTemporaryDir temp;
    const fs::path dir = fs::path(temp.path().toStdString()) / "killed";
    // A real SIGKILL: a forked child trains and kills itself at step 5, after the step-3
    // checkpoint. This test runs first, before this process has used LibTorch.
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
      icl::core::RunControl control;
      icl::core::TrainOptions options;
      options.outDir = dir;
      options.progressInterval = 0.0;  // a progress batch after every step
      icl::core::train(
          tinyRunConfig(), options,
          [](const icl::core::ProgressBatch& batch) {
            if (batch.step == 5) {
              ::raise(SIGKILL);
            }
          },
          control);
      ::_exit(0);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    QCOMPARE(nlohmann::json::parse(fileText(dir / "summary.json"))["status"].get<std::string>(),
             std::string("running"));  // what the killed process left on disk

    MainWindow window;
    window.show();
    QAction* resume = icl::test::menuAction(window, QStringLiteral("Resume Run"));
    QVERIFY(resume != nullptr);
    QVERIFY(!resume->isEnabled());  // nothing opened yet
    QVERIFY(window.openRunFolder(QString::fromStdString(dir.string())));
    QVERIFY(windowShowsText(window, QStringLiteral("interrupted")));
    QVERIFY2(resume->isEnabled(), qPrintable(window.resumer()->reason()));

    QSignalSpy ended(&window, &MainWindow::runEnded);
    resume->trigger();
    const auto result = waitForRunEnd(ended, 120000);
    QVERIFY2(result.has_value(), "the resumed run did not end");
    QVERIFY2(result->status == icl::core::RunStatus::Completed, result->message.c_str());
    QCOMPARE(result->stepsDone, int64_t{6});
    // One loss point per step 1..6: the rows the resume dropped are not shown twice.
    QCOMPARE(window.lossPanel()->rawPointCount(QStringLiteral("icl")), 6);
    const auto run = icl::core::readRun(dir);
    QVERIFY2(run.ok(), run.error().c_str());
    QCOMPARE(run.value().summary["status"].get<std::string>(), std::string("completed"));
    QCOMPARE(run.value().losses.size(), std::size_t{6 * 4});
    // A completed run cannot be resumed again.
    QVERIFY(!resume->isEnabled());
    QVERIFY(window.resumer()->reason().contains(QStringLiteral("already completed")));
  }
};

QTEST_MAIN(TestResumeWindow)
#include "tst_resume_window.moc"
