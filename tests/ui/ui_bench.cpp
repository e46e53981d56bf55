// icl-lab-ui-bench: the visual lab's performance figures (#3), measured, not asserted.
//   icl-lab-ui-bench [--seconds S] [--preset NAME]
//   icl-lab-ui-bench --sweep [--seconds S]
// 1. Chart flush: a loss chart holding 4 learners x 100k points, redrawn repeatedly.
// 2. GUI responsiveness: a 5 ms QTimer probe's lateness while the window trains at full speed.
// --sweep (#12): the probe's lateness while the Sweep tab shows a 5-seed sweep whose run
//    folders a writer thread fills (train.csv rows at 5x quick-mixture's pace on 2 cores), and
//    how long each read of the folder took.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <fstream>
#include <thread>
#include <vector>

#include "core/config/presets.h"
#include "core/store/csv.h"
#include "core/sweep/sweep_manifest.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/tiny_config.h"
#include "ui/experiment_panel.h"
#include "ui/loss_chart_panel.h"
#include "ui/main_window.h"
#include "ui/metatypes.h"
#include "ui/run_records.h"
#include "ui/sweep_view.h"

namespace {

constexpr int kProbeIntervalMs = 5;  // the probe's period; lateness is measured against it

/// Lateness of a kProbeIntervalMs timer over @p seconds of a real event loop.
std::vector<double> probeLateness(double seconds) {
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
  clock.start();
  probe.start(kProbeIntervalMs);
  // A real event loop: QTest::qWait sleeps 10 ms between event batches, which a probe would
  // measure as lateness.
  QEventLoop loop;
  QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
  loop.exec();
  probe.stop();
  return lateness;
}

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

  int progressBatches = 0;
  QObject::connect(window.session(), &icl::ui::TrainingSession::progressReady,
                   [&progressBatches] { ++progressBatches; });
  window.startRun();
  const std::vector<double> lateness = probeLateness(seconds);
  window.session()->shutdown();
  std::printf("event-loop lateness of a %d ms timer while training %s for %.0f s: p50 %.2f ms, "
              "p99 %.2f ms, max %.2f ms over %zu ticks; %d progress batches (%.1f per second)\n",
              kProbeIntervalMs, qPrintable(preset), seconds, percentile(lateness, 0.5),
              percentile(lateness, 0.99),
              lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()),
              lateness.size(), progressBatches, progressBatches / seconds);
}

constexpr int kSweepSeeds = 5;
constexpr int kWriterPeriodMs = 100;      // the writer appends a batch this often
constexpr int kStepsPerBatch = 5;         // 50 steps/s per seed: 5x quick-mixture on 2 cores
constexpr int kPrefilledSteps = 600;      // each seed starts with a finished quick run's rows

void benchSweep(double seconds) {
  QTemporaryDir root;
  const std::filesystem::path dir = std::filesystem::path(root.path().toStdString()) / "sweep";
  auto config = tinyRunConfig();
  icl::core::SweepManifest manifest;
  manifest.name = config.name;
  manifest.source = "config tiny";
  manifest.baseConfigJson = config.toJsonText();
  std::vector<std::filesystem::path> trainCsv;
  for (int seed = 0; seed < kSweepSeeds; ++seed) {
    icl::core::SweepPoint point;
    point.seed = static_cast<uint64_t>(seed);
    point.folder = icl::core::sweepPointFolderName({}, point.seed);
    point.status = icl::core::SweepPointStatus::Running;
    config.seed = point.seed;
    icl::test::trainUntil(config, dir / point.folder, -1);  // a real folder to grow
    manifest.seeds.push_back(point.seed);
    manifest.points.push_back(point);
    trainCsv.push_back(dir / point.folder / "train.csv");
  }
  if (!icl::core::writeSweepManifest(dir, manifest).ok()) {
    std::printf("could not write the sweep manifest\n");
    return;
  }
  const char* learners[] = {"icl", "matchnet", "protonet", "cnp"};
  std::atomic<int64_t> step{config.train.steps + 1};
  const auto append = [&](int steps) {
    for (std::size_t s = 0; s < trainCsv.size(); ++s) {
      std::ofstream out(trainCsv[s], std::ios::app);
      for (int i = 0; i < steps; ++i) {
        const int64_t k = step + i;
        for (const char* learner : learners) {
          const double loss = 0.7 * std::exp(-k / 800.0) + 0.02 * std::sin(k * 0.37 + s) + 0.1;
          out << icl::core::formatLossRow({k, k * 0.1, learner, loss});
        }
      }
    }
    step += steps;
  };
  append(kPrefilledSteps);
  std::atomic<bool> writing{true};
  std::thread writer([&] {
    while (writing) {
      std::this_thread::sleep_for(std::chrono::milliseconds(kWriterPeriodMs));
      append(kStepsPerBatch);
    }
  });

  icl::ui::MainWindow window;
  window.resize(1280, 800);
  window.show();
  if (!QTest::qWaitForWindowExposed(&window)) {
    std::printf("warning: the window was not exposed\n");
  }
  icl::ui::SweepView* view = window.sweepView();
  std::vector<double> reads;
  std::vector<double> shows;
  QObject::connect(view, &icl::ui::SweepView::loaded, [&] {
    reads.push_back(view->lastReadMs());
    shows.push_back(view->lastShowMs());
  });
  window.openSweepFolder(QString::fromStdString(dir.string()));
  const std::vector<double> lateness = probeLateness(seconds);
  writing = false;
  writer.join();
  std::printf("event-loop lateness of a %d ms timer while the Sweep tab shows %d seeds x 4 "
              "learners growing by %d steps/s each (%lld steps at the end) for %.0f s: p50 %.2f "
              "ms, p99 %.2f ms, max %.2f ms over %zu ticks; %zu reads of the folder (worker "
              "thread), median %.1f ms, max %.1f ms; showing each on the GUI thread: median "
              "%.1f ms, max %.1f ms\n",
              kProbeIntervalMs, kSweepSeeds, kStepsPerBatch * 1000 / kWriterPeriodMs,
              static_cast<long long>(step.load()), seconds, percentile(lateness, 0.5),
              percentile(lateness, 0.99),
              lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()),
              lateness.size(), reads.size(), percentile(reads, 0.5),
              reads.empty() ? 0.0 : *std::max_element(reads.begin(), reads.end()),
              percentile(shows, 0.5),
              shows.empty() ? 0.0 : *std::max_element(shows.begin(), shows.end()));
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
  if (args.contains(QStringLiteral("--sweep"))) {
    QTemporaryDir runs;
    QSettings().setValue(QStringLiteral("runs/root"), runs.path());
    benchSweep(seconds);
    return 0;
  }
  benchFlush();
  benchLatency(seconds, preset);
  return 0;
}
