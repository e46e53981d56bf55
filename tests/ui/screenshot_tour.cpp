// icl-lab-screenshots: drives the real window through a run and saves what a user sees, for
// the docs and for looking at changes. Not a test.
//   icl-lab-screenshots OUT_DIR [--lang zh_CN] [--preset NAME] [--during SECONDS]
//                       [--pause-at-stage] [--open RUN_DIR] [--no-evaluate]
// After a classification run it evaluates the run (Run > Evaluate Generalisation, issue #10)
// and saves the Generalisation and Probe tabs; --open RUN_DIR shows an existing run folder
// (with its evaluations) instead of training one.
// With --pause-at-stage (curriculum presets) the "during" shot is taken paused at the first
// stage boundary after --during seconds, using the curriculum panel's button.
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/presets.h"
#include "ui/curriculum_panel.h"
#include "ui/experiment_panel.h"
#include "ui/evaluate_dialog.h"
#include "ui/evaluation_session.h"
#include "ui/generalisation_panel.h"
#include "ui/generalisation_views.h"
#include "ui/probe_panel.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/metatypes.h"

namespace {

bool save(QWidget* window, const QString& dir, const QString& name) {
  QApplication::processEvents();
  const QString path = QDir(dir).filePath(name);
  const bool ok = window->grab().save(path);
  qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
  return ok;
}

/// Saves the Generalisation and Probe tabs of the run shown, then goes back to Training.
bool saveEvaluationTabs(icl::ui::MainWindow& window, const QString& dir, const QString& suffix) {
  icl::ui::GeneralisationViews* views = window.generalisationViews();
  QTabWidget* tabs = window.viewTabs();
  tabs->setCurrentWidget(views->generalisationPanel());
  QTest::qWait(300);
  bool ok = save(&window, dir, QStringLiteral("generalisation%1.png").arg(suffix));
  tabs->setCurrentWidget(views->probePanel());
  QTest::qWait(300);
  ok = save(&window, dir, QStringLiteral("probe%1.png").arg(suffix)) && ok;
  tabs->setCurrentIndex(0);
  return ok;
}

/// Evaluates the run shown as the Evaluate action does, saves the tab once the progress has
/// begun, and waits for the end.
bool evaluateShownRun(icl::ui::MainWindow& window, const QString& dir, const QString& suffix) {
  icl::ui::GeneralisationViews* views = window.generalisationViews();
  QSignalSpy ended(views, &icl::ui::GeneralisationViews::evaluationEnded);
  QSignalSpy progress(views->evaluation(), &icl::ui::EvaluationSession::progressReady);
  if (!views->evaluate({})) {
    return false;
  }
  if (progress.wait(60 * 1000) && ended.isEmpty()) {
    save(&window, dir, QStringLiteral("generalisation-evaluating%1.png").arg(suffix));
  }
  if (ended.isEmpty() && !ended.wait(10 * 60 * 1000)) {
    return false;
  }
  return ended.first().at(1).toBool();
}

}  // namespace

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("ICL Lab Screenshots"));
  QApplication::setApplicationName(QStringLiteral("ICL Lab"));
  const QStringList args = QApplication::arguments();
  if (args.size() < 2) {
    qCritical("usage: icl-lab-screenshots OUT_DIR [--lang zh_CN] [--preset NAME] [--during S]");
    return 2;
  }
  const QString out = args[1];
  QDir().mkpath(out);
  const auto option = [&args](const QString& name, const QString& fallback) {
    const int at = static_cast<int>(args.indexOf(name));
    return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
  };
  const QString language = option(QStringLiteral("--lang"), QStringLiteral("en"));
  const QString preset = option(QStringLiteral("--preset"), QStringLiteral("quick-mixture"));
  const double during = option(QStringLiteral("--during"), QStringLiteral("20")).toDouble();

  QSettings().clear();  // a first-run window, whatever an earlier tour left
  QTemporaryDir runs;
  QSettings().setValue(QStringLiteral("runs/root"), runs.path());
  icl::ui::registerMetaTypes();
  if (!icl::ui::installLanguage(&app, language)) {
    qCritical("no translation for %s", qPrintable(language));
    return 1;
  }
  icl::ui::MainWindow window;
  const auto config = icl::core::loadPreset(preset.toStdString());
  if (!config) {
    qCritical("%s", config.error().c_str());
    return 1;
  }
  if (preset != QLatin1String("quick-mixture")) {
    window.setExperiment(config.value());
  }
  window.resize(1280, 800);
  window.show();
  if (!QTest::qWaitForWindowExposed(&window)) {
    return 1;
  }
  QTest::qWait(500);
  const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
  const QString opened = option(QStringLiteral("--open"), {});
  if (!opened.isEmpty()) {
    if (!window.openRunFolder(opened)) {
      qCritical("cannot open %s: %s", qPrintable(opened), qPrintable(window.lastError()));
      return 1;
    }
    QTest::qWait(300);
    bool shown = saveEvaluationTabs(window, out, suffix);
    // The Evaluate dialog as it opens on this folder.
    window.generalisationViews()->openEvaluateDialog();
    QTest::qWait(300);
    if (auto* dialog = window.findChild<icl::ui::EvaluateDialog*>()) {
      shown = save(dialog, out, QStringLiteral("evaluate-dialog%1.png").arg(suffix)) && shown;
      dialog->reject();
    }
    return shown ? 0 : 1;
  }
  bool ok = save(&window, out, QStringLiteral("before%1.png").arg(suffix));
  window.startRun();
  QTest::qWait(static_cast<int>(during * 1000));
  const QString name = QFileInfo(preset).baseName();
  if (args.contains(QStringLiteral("--pause-at-stage"))) {
    window.curriculumPanel()->pauseAtBoundaryButton()->click();
    QElapsedTimer paused;
    paused.start();
    while (window.session()->state() != icl::ui::TrainingSession::State::Paused &&
           paused.elapsed() < 10 * 60 * 1000) {
      QTest::qWait(100);
    }
    QTest::qWait(500);
    ok = save(&window, out, QStringLiteral("%1-during%2.png").arg(name, suffix)) && ok;
    window.curriculumPanel()->runOnButton()->click();
  } else {
    ok = save(&window, out, QStringLiteral("%1-during%2.png").arg(name, suffix)) && ok;
  }
  QElapsedTimer waited;
  waited.start();
  while (window.session()->active() && waited.elapsed() < 15 * 60 * 1000) {
    QTest::qWait(200);
  }
  QTest::qWait(300);
  ok = save(&window, out, QStringLiteral("%1-after%2.png").arg(name, suffix)) && ok;
  if (config.value().experiment == icl::core::Experiment::Classification &&
      !args.contains(QStringLiteral("--no-evaluate"))) {
    window.viewTabs()->setCurrentWidget(window.generalisationViews()->generalisationPanel());
    const bool evaluated = evaluateShownRun(window, out, suffix);
    if (!evaluated) {
      qCritical("the evaluation failed: %s", qPrintable(window.lastError()));
    }
    ok = evaluated && saveEvaluationTabs(window, out, suffix) && ok;
  }
  return ok ? 0 : 1;
}
