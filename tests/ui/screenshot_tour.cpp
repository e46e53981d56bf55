// icl-lab-screenshots: drives the real window through a run and saves what a user sees, for
// the docs and for looking at changes. Not a test.
//   icl-lab-screenshots OUT_DIR [--lang zh_CN] [--preset NAME] [--during SECONDS]
//                       [--pause-at-stage] [--set key.path=value ...]
//   icl-lab-screenshots OUT_DIR --open RUN_FOLDER   (a finished run, read back; no training)
// With --pause-at-stage (curriculum presets) the "during" shot is taken paused at the first
// stage boundary after --during seconds, using the curriculum panel's button. Regression presets
// also get the Agreement with baselines tab during and after the run (NAME-agreement-*.png).
// --set overrides the preset as in icl-lab-cli (e.g. a shorter regression.steps for a quick look).
#include <QApplication>
#include <QPushButton>
#include <QTabWidget>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "core/config/overrides.h"
#include "core/config/presets.h"
#include "ui/curriculum_panel.h"
#include "ui/experiment_panel.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/metatypes.h"
#include "ui/playground_view.h"
#include "ui/regression_panel.h"

namespace {

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
  const QString opened = option(QStringLiteral("--open"), QString());
  if (!opened.isEmpty()) {
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openRunFolder(opened)) {
      qCritical("cannot open %s", qPrintable(opened));
      return 1;
    }
    QTest::qWait(500);
    const QString name = QFileInfo(opened).fileName();
    bool ok = save(&window, out, QStringLiteral("%1-opened.png").arg(name));
    window.regressionPanel()->tabs()->setCurrentIndex(1);
    return save(&window, out, QStringLiteral("%1-opened-agreement.png").arg(name)) && ok ? 0 : 1;
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
  window.resize(1280, 800);
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
  if (regression) {
    regressionTabs->setCurrentIndex(1);
    ok = save(&window, out, QStringLiteral("%1-agreement-after%2.png").arg(name, suffix)) && ok;
  }
  ok = savePlayground(window, out, QStringLiteral("%1-playground-after%2.png").arg(name, suffix)) &&
       ok;
  return ok ? 0 : 1;
}
