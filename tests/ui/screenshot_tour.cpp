// icl-lab-screenshots: drives the real window through a run and saves what a user sees, for
// the docs and for looking at changes. Not a test.
//   icl-lab-screenshots OUT_DIR [--lang zh_CN] [--preset NAME] [--during SECONDS]
//                       [--pause-at-stage] [--set key.path=value ...] [--no-evaluate]
//                       [--size WxH]   (the window's size; default 1280x800)
//   icl-lab-screenshots OUT_DIR --open RUN_FOLDER   (a finished run, read back; no training)
//   icl-lab-screenshots OUT_DIR --help-views   (each "What am I looking at?" text, the Presets
//                       menu and its paper submenu, Help > Keyboard Shortcuts; no training)
//   icl-lab-screenshots OUT_DIR --compare RUNS_FOLDER  (the Compare tab, every run checked)
//   icl-lab-screenshots OUT_DIR --sweep SWEEP_FOLDER   (the Sweep tab on it: sweep-view.png)
//   icl-lab-screenshots OUT_DIR --devices   (the device list opened, its tooltip, and the status
//                       bar watching cuda:0: device-list.png, device-tooltip.png,
//                       device-status.png; with
//                       LD_LIBRARY_PATH=build/tests/core/fake_cuda the fake NVIDIA driver answers)
// After a classification run it evaluates the run (Run > Evaluate Generalisation, issue #10)
// and saves the Generalisation, Probe and Playground tabs; --open shows an existing run folder
// (with its evaluations) instead of training one.
// With --pause-at-stage (curriculum presets) the "during" shot is taken paused at the first
// stage boundary after --during seconds, using the curriculum panel's button. Regression presets
// also get the Agreement with baselines tab during and after the run (NAME-agreement-*.png).
// --set overrides the preset as in icl-lab-cli (e.g. a shorter regression.steps for a quick look).
#include <QApplication>
#include <QComboBox>
#include <QScreen>
#include <QScrollArea>
#include <QToolTip>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "core/config/overrides.h"
#include "core/config/presets.h"
#include "core/inference/decision_grid.h"
#include "core/training/gpu_devices.h"
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
#include "ui/playground_view.h"
#include "ui/presets_menu.h"
#include "ui/regression_panel.h"
#include "ui/view_help.h"
#include "ui/run_browser.h"
#include "ui/run_list_model.h"
#include "ui/run_transport.h"
#include "ui/sweep_view.h"

namespace {

bool save(QWidget* window, const QString& dir, const QString& name);

/// The whole screen (popups and tooltips are windows of their own, outside window->grab()).
bool saveScreen(const QString& dir, const QString& name) {
  const QString path = QDir(dir).filePath(name);
  const bool ok = QGuiApplication::primaryScreen()->grabWindow(0).save(path);
  qInfo("%s %s", ok ? "saved" : "FAILED", qPrintable(path));
  return ok;
}

/// --devices (#13): the Device row scrolled into view, the status bar watching cuda:0 as during
/// a GPU run, the tooltip, then the list opened.
bool saveDeviceViews(icl::ui::MainWindow& window, const QString& dir) {
  auto* device = window.findChild<QComboBox*>(QStringLiteral("device"));
  auto* transport = window.findChild<icl::ui::RunTransport*>();
  if (device == nullptr || transport == nullptr) {
    return false;
  }
  for (QWidget* parent = device->parentWidget(); parent != nullptr;
       parent = parent->parentWidget()) {
    if (auto* scroll = qobject_cast<QScrollArea*>(parent)) {
      scroll->ensureWidgetVisible(device);
    }
  }
  if (!icl::core::listGpuDevices().devices.empty()) {
    transport->watchDevice("cuda:0");  // as during a run on GPU 0; else the CPU text stays
  }
  QTest::qWait(300);
  bool ok = save(&window, dir, QStringLiteral("device-status.png"));  // with the status bar
  QToolTip::showText(device->mapToGlobal(device->rect().center()), device->toolTip(), device);
  QTest::qWait(500);
  ok = saveScreen(dir, QStringLiteral("device-tooltip.png")) && ok;
  QToolTip::hideText();
  device->showPopup();
  QTest::qWait(500);
  ok = saveScreen(dir, QStringLiteral("device-list.png")) && ok;
  device->hidePopup();
  return ok;
}

bool save(QWidget* window, const QString& dir, const QString& name) {
  QApplication::processEvents();
  const QString path = QDir(dir).filePath(name);
  const bool ok = window->grab().save(path);
  qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
  return ok;
}

/// The Playground tab on the window's run (its latest checkpoints), once its panels are drawn.
bool savePlayground(icl::ui::MainWindow& window, const QString& dir, const QString& name) {
  auto* playground = window.findChild<icl::ui::PlaygroundView*>();
  if (playground == nullptr) {
    return false;
  }
  QTabWidget* tabs = window.viewTabs();
  tabs->setCurrentWidget(playground);
  playground->openRun(window.runFolder());
  QElapsedTimer waited;
  waited.start();
  while (!playground->upToDate() && waited.elapsed() < 60 * 1000) {
    QTest::qWait(100);
  }
  QTest::qWait(200);
  const bool ok = save(&window, dir, name);
  tabs->setCurrentIndex(0);
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

/// Issue #11: every help text in its window, the Presets menu (with a "last run here" entry
/// from a stand-in run folder of quick-mixture) and the keyboard shortcuts.
bool saveHelpViews(icl::ui::MainWindow& window, const QString& runsRoot, const QString& dir) {
  const QDir runs(runsRoot);
  runs.mkpath(QStringLiteral("quick-mixture-standin"));
  QFile config(runs.filePath(QStringLiteral("quick-mixture-standin/config.json")));
  QFile summary(runs.filePath(QStringLiteral("quick-mixture-standin/summary.json")));
  if (!config.open(QIODevice::WriteOnly) || !summary.open(QIODevice::WriteOnly)) {
    return false;
  }
  config.write(R"({"name": "quick-mixture"})");
  summary.write(R"({"status": "completed", "wall_s": 75.4})");
  config.close();
  summary.close();
  bool ok = true;
  icl::ui::ViewHelp* help = window.viewHelp();
  for (icl::ui::HelpTopic topic : icl::ui::helpTopics()) {
    help->show(topic);
    QTest::qWait(200);
    const QString file = QStringLiteral("help-%1.png").arg(static_cast<int>(topic));
    ok = save(help->dialog(), dir, file) && ok;
  }
  help->showShortcuts();
  QTest::qWait(200);
  ok = save(help->dialog(), dir, QStringLiteral("help-shortcuts.png")) && ok;
  help->dialog()->close();
  QMenu* presets = window.presets()->menu();
  presets->popup(window.mapToGlobal(QPoint(60, 30)));
  QTest::qWait(300);
  ok = save(presets, dir, QStringLiteral("presets-menu.png")) && ok;
  presets->close();
  QMenu* paper = window.presets()->paperMenu();
  paper->popup(window.mapToGlobal(QPoint(60, 30)));
  QTest::qWait(300);
  ok = save(paper, dir, QStringLiteral("presets-paper-menu.png")) && ok;
  paper->close();
  return ok;
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
  // --size: the window as on a smaller or larger screen (tests/ui/screenshot-matrix.sh).
  const QStringList sizeParts = option(QStringLiteral("--size"), QStringLiteral("1280x800"))
                                    .split(QLatin1Char('x'));
  const QSize windowSize = sizeParts.size() == 2
                               ? QSize(sizeParts[0].toInt(), sizeParts[1].toInt())
                               : QSize();
  if (!windowSize.isValid() || windowSize.isEmpty()) {
    qCritical("--size: expected WIDTHxHEIGHT, e.g. 1024x728");
    return 2;
  }

  QSettings().clear();  // a first-run window, whatever an earlier tour left
  QTemporaryDir runs;
  QSettings().setValue(QStringLiteral("runs/root"), runs.path());
  icl::ui::registerMetaTypes();
  if (!icl::ui::installLanguage(&app, language)) {
    qCritical("no translation for %s", qPrintable(language));
    return 1;
  }
  icl::ui::MainWindow window;
  if (args.contains(QStringLiteral("--help-views"))) {
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
      return 1;
    }
    const bool shown = saveHelpViews(window, runs.path(), out);
    window.viewTabs()->setCurrentIndex(0);
    return save(&window, out, QStringLiteral("help-window.png")) && shown ? 0 : 1;
  }
  // --compare RUNS_FOLDER: the Compare tab with every run of that folder checked (issue #11).
  const QString compared = option(QStringLiteral("--compare"), QString());
  if (!compared.isEmpty()) {
    QSettings().setValue(QStringLiteral("runs/root"), compared);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
      qCritical("the window was not shown");
      return 1;
    }
    window.experimentDock()->hide();  // View > Experiment Panel: the charts take the window
    window.viewTabs()->setCurrentWidget(window.runBrowser());
    icl::ui::RunListModel* list = window.runBrowser()->model();
    for (int row = 0; row < list->rowCount(); ++row) {
      list->setChecked(list->folderAt(row), true);
    }
    QTest::qWait(500);
    return save(&window, out, QStringLiteral("compare.png")) ? 0 : 1;
  }
  // --sweep SWEEP_FOLDER: the Sweep tab across seeds (issue #12).
  const QString sweep = option(QStringLiteral("--sweep"), QString());
  if (!sweep.isEmpty()) {
    window.resize(windowSize);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
      qCritical("the window was not shown");
      return 1;
    }
    window.experimentDock()->hide();  // the charts take the window, as in compare.png
    QSignalSpy loaded(window.sweepView(), &icl::ui::SweepView::loaded);
    if (!window.openSweepFolder(sweep) || !loaded.wait(30000)) {
      qCritical("cannot open the sweep %s", qPrintable(sweep));
      return 1;
    }
    QTest::qWait(500);
    return save(&window, out, QStringLiteral("sweep-view.png")) ? 0 : 1;
  }
  if (args.contains(QStringLiteral("--devices"))) {
    window.resize(windowSize);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
      qCritical("the window was not shown");
      return 1;
    }
    return saveDeviceViews(window, out) ? 0 : 1;
  }
  const QString opened = option(QStringLiteral("--open"), QString());
  if (!opened.isEmpty()) {
    window.resize(windowSize);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openRunFolder(opened)) {
      qCritical("cannot open %s", qPrintable(opened));
      return 1;
    }
    QTest::qWait(500);
    const QString name = QFileInfo(opened).fileName();
    bool ok = save(&window, out, QStringLiteral("%1-opened.png").arg(name));
    if (window.generalisationViews()->evaluateBlockedReason().isEmpty()) {
      // A classification run: its evaluations, the Evaluate dialog and the playground.
      ok = saveEvaluationTabs(window, out, QStringLiteral("-") + name) && ok;
      window.generalisationViews()->openEvaluateDialog();
      QTest::qWait(300);
      if (auto* dialog = window.findChild<icl::ui::EvaluateDialog*>()) {
        ok = save(dialog, out, QStringLiteral("evaluate-dialog-%1.png").arg(name)) && ok;
        dialog->reject();
      }
      ok = savePlayground(window, out, QStringLiteral("%1-opened-playground.png").arg(name)) && ok;
      // The fixed supports of the paper's boundary plots (P5): all five panels of each preset.
      auto* playground = window.findChild<icl::ui::PlaygroundView*>();
      for (const auto& fixedSupport : icl::core::playgroundPresets()) {
        const QString presetName = QString::fromStdString(fixedSupport.name);
        if (playground == nullptr || !playground->loadPreset(presetName)) {
          ok = false;
          continue;
        }
        QElapsedTimer drawn;
        drawn.start();
        while (!playground->upToDate() && drawn.elapsed() < 60 * 1000) {
          QTest::qWait(100);
        }
        const QString file =
            QDir(out).filePath(QStringLiteral("%1-playground-%2.png").arg(name, presetName));
        const QString problem = playground->exportPanels(-1, file);
        if (!problem.isEmpty()) {
          qCritical("%s", qPrintable(problem));
          ok = false;
        }
      }
    } else {
      window.regressionPanel()->tabs()->setCurrentIndex(1);
      ok = save(&window, out, QStringLiteral("%1-opened-agreement.png").arg(name)) && ok;
    }
    return ok ? 0 : 1;
  }
  const auto text = icl::core::presetText(preset.toStdString());
  if (!text) {
    qCritical("%s", text.error().c_str());
    return 1;
  }
  nlohmann::json json = nlohmann::json::parse(text.value());
  bool overridden = false;
  for (int i = 1; i + 1 < args.size(); ++i) {
    if (args[i] == QLatin1String("--set")) {
      const auto applied = icl::core::applyOverride(json, args[i + 1].toStdString());
      if (!applied) {
        qCritical("%s", applied.error().c_str());
        return 2;
      }
      overridden = true;
    }
  }
  const auto config = icl::core::RunConfig::fromJson(json, "preset " + preset.toStdString());
  if (!config) {
    qCritical("%s", config.error().c_str());
    return 1;
  }
  if (preset != QLatin1String("quick-mixture") || overridden) {
    window.setExperiment(config.value());
  }
  window.resize(windowSize);
  window.show();
  if (!QTest::qWaitForWindowExposed(&window)) {
    return 1;
  }
  QTest::qWait(500);
  const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
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
  const bool regression = config.value().experiment == icl::core::Experiment::Regression;
  QTabWidget* regressionTabs = window.regressionPanel()->tabs();
  if (regression) {
    regressionTabs->setCurrentIndex(1);
    ok = save(&window, out, QStringLiteral("%1-agreement-during%2.png").arg(name, suffix)) && ok;
    regressionTabs->setCurrentIndex(0);
  }
  ok = savePlayground(window, out, QStringLiteral("%1-playground-during%2.png").arg(name, suffix)) &&
       ok;
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
  if (regression) {
    regressionTabs->setCurrentIndex(1);
    ok = save(&window, out, QStringLiteral("%1-agreement-after%2.png").arg(name, suffix)) && ok;
  }
  ok = savePlayground(window, out, QStringLiteral("%1-playground-after%2.png").arg(name, suffix)) &&
       ok;
  return ok ? 0 : 1;
}
