// icl-lab-ui-bench: the visual lab's performance figures (#3), measured, not asserted.
//   icl-lab-ui-bench [--seconds S] [--preset NAME]
// 1. Chart flush: a loss chart holding 4 learners x 100k points, redrawn repeatedly.
// 2. GUI responsiveness: a 5 ms QTimer probe's lateness while the window trains at full speed.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/config/presets.h"
#include "ui/experiment_panel.h"
#include "ui/loss_chart_panel.h"
#include "ui/main_window.h"
#include "ui/metatypes.h"
#include "ui/run_records.h"

namespace {

constexpr int kProbeIntervalMs = 5;  // the probe's period; lateness is measured against it

double percentile(std::vector<double> values, double p) {
  if (values.empty()) {
    return 0.0;
  }
  std::sort(values.begin(), values.end());
  const size_t index = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size()))) - 1;
  return values[std::min(index, values.size() - 1)];
}

void benchFlush() {
  icl::ui::RunRecords records;
  icl::ui::LossChartPanel panel(&records);
  panel.resize(900, 400);
  panel.show();
  if (!QTest::qWaitForWindowExposed(&panel)) {
    std::printf("warning: the chart window was not exposed\n");
  }
  icl::core::ProgressBatch batch;
  for (const char* learner : {"icl", "matchnet", "protonet", "cnp"}) {
    for (int i = 1; i <= 100000; ++i) {
      batch.losses.push_back({i, i * 0.01, learner, 1.0 + 0.5 * std::sin(i * 0.001)});
    }
  }
  records.append(batch);
  std::vector<double> times;
  for (int repeat = 0; repeat < 30; ++repeat) {
    panel.flush();
    times.push_back(panel.lastFlushMs());
    QApplication::processEvents();
  }
  std::printf("flush, 4 learners x 100000 points (8 series: raw and smoothed), %d points drawn "
              "per series: median %.2f ms, max %.2f ms (%.2f ms per series)\n",
              panel.rawPointCount(QStringLiteral("icl")), percentile(times, 0.5),
              *std::max_element(times.begin(), times.end()), percentile(times, 0.5) / 8.0);
}

void benchLatency(double seconds, const QString& preset) {
  QTemporaryDir runs;
  QSettings().setValue(QStringLiteral("runs/root"), runs.path());
  icl::ui::MainWindow window;
  const auto config = icl::core::loadPreset(preset.toStdString());
  if (!config) {
    std::printf("%s\n", config.error().c_str());
    return;
  }
  window.experimentPanel()->setConfig(config.value());
  window.resize(1280, 800);
  window.show();
  if (!QTest::qWaitForWindowExposed(&window)) {
    std::printf("warning: the window was not exposed\n");
  }

  std::vector<double> lateness;
  QElapsedTimer clock;
  QTimer probe;
  probe.setTimerType(Qt::PreciseTimer);
  qint64 last = 0;
  QObject::connect(&probe, &QTimer::timeout, [&] {
    const qint64 now = clock.nsecsElapsed();
    if (last > 0) {
      lateness.push_back(std::max(0.0, (now - last) / 1e6 - kProbeIntervalMs));
    }
    last = now;
  });
  int progressBatches = 0;
  QObject::connect(window.session(), &icl::ui::TrainingSession::progressReady,
                   [&progressBatches] { ++progressBatches; });
  window.startRun();
  clock.start();
  probe.start(kProbeIntervalMs);
  // A real event loop: QTest::qWait sleeps 10 ms between event batches, which a probe would
  // measure as lateness.
  QEventLoop loop;
  QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
  loop.exec();
  probe.stop();
  window.session()->shutdown();
  std::printf("event-loop lateness of a %d ms timer while training %s for %.0f s: p50 %.2f ms, "
              "p99 %.2f ms, max %.2f ms over %zu ticks; %d progress batches (%.1f per second)\n",
              kProbeIntervalMs, qPrintable(preset), seconds, percentile(lateness, 0.5),
              percentile(lateness, 0.99),
              lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()),
              lateness.size(), progressBatches, progressBatches / seconds);
}

}  // namespace

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("ICL Lab Bench"));
  QApplication::setApplicationName(QStringLiteral("ICL Lab"));
  icl::ui::registerMetaTypes();
  const QStringList args = QApplication::arguments();
  const auto option = [&args](const QString& name, const QString& fallback) {
    const int at = static_cast<int>(args.indexOf(name));
    return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
  };
  const double seconds = option(QStringLiteral("--seconds"), QStringLiteral("30")).toDouble();
  const QString preset = option(QStringLiteral("--preset"), QStringLiteral("quick-mixture"));
  std::printf("platform %s, %d cores\n", qPrintable(QGuiApplication::platformName()),
              QThread::idealThreadCount());
  benchFlush();
  benchLatency(seconds, preset);
  return 0;
}
