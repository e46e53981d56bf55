// icl-lab-ui-bench: the visual lab's performance figures (#3), measured, not asserted.
//   icl-lab-ui-bench [--seconds S] [--preset NAME]
//   icl-lab-ui-bench --flush [--grab FILE.png]   (the chart flush only; FILE.png: the chart
//                                                  after the live flushes, to look at)
//   icl-lab-ui-bench --sweep [--seconds S]
// 1. Chart flush: a loss chart holding 4 learners x 100k points, flushed with nothing new, then
//    live (new points before each flush, its repaint and a full paint timed too), then after
//    axis changes (every series from scratch).
// 2. GUI responsiveness: a 5 ms QTimer probe's lateness while the window trains at full speed.
// --sweep (#12): the probe's lateness while the Sweep tab shows a 5-seed sweep whose run
//    folders a writer thread fills (train.csv rows at 5x quick-mixture's pace on 2 cores), and
//    how long each read of the folder took.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPixmap>
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

/// Appends steps [@p first, @p first + @p count) of 4 learners' losses, without the signal that
/// arms the panel's flush timer (the bench flushes by hand and times each flush alone).
void appendLosses(icl::ui::RunRecords& records, int first, int count) {
  icl::core::ProgressBatch batch;
  const char* learners[] = {"icl", "matchnet", "protonet", "cnp"};
  for (int l = 0; l < 4; ++l) {
    for (int i = first; i < first + count; ++i) {
      // A slow wave plus step-to-step noise (a fixed hash of the step), as real losses have:
      // the raw curve then zigzags inside every pixel column.
      const double noise = std::fmod(std::sin(i * 12.9898 + l * 78.233) * 43758.5453, 1.0);
      batch.losses.push_back({i, i * 0.01, learners[l],
                              1.0 + 0.1 * l + 0.5 * std::sin(i * 0.001) + 0.15 * noise});
    }
  }
  const bool blocked = records.blockSignals(true);
  records.append(batch);
  records.blockSignals(blocked);
}

double milliseconds(const QElapsedTimer& timer) {
  return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void printTimes(const char* what, const std::vector<double>& times) {
  std::printf("  %-58s median %6.2f ms, max %6.2f ms (n = %zu)\n", what, percentile(times, 0.5),
              times.empty() ? 0.0 : *std::max_element(times.begin(), times.end()), times.size());
}

constexpr int kFlushPoints = 100000;  // points per learner before the live flushes
constexpr int kLiveSteps = 50;        // new steps per learner before each live flush
constexpr int kLiveFlushes = 60;

void benchFlush(const QString& grabFile) {
  icl::ui::RunRecords records;
  icl::ui::LossChartPanel panel(&records);
  panel.resize(900, 400);
  panel.show();
  if (!QTest::qWaitForWindowExposed(&panel)) {
    std::printf("warning: the chart window was not exposed\n");
  }
  appendLosses(records, 1, kFlushPoints);
  std::vector<double> repeat;
  for (int i = 0; i < 30; ++i) {
    panel.flush();
    repeat.push_back(panel.lastFlushMs());
    QApplication::processEvents();
  }
  // A live run: every flush finds new points (the product only flushes then), and the paint
  // that follows is timed too, so no work hides in it.
  std::vector<double> live;
  std::vector<double> events;
  std::vector<double> grabs;
  int step = kFlushPoints + 1;
  for (int i = 0; i < kLiveFlushes; ++i) {
    appendLosses(records, step, kLiveSteps);
    step += kLiveSteps;
    panel.flush();
    live.push_back(panel.lastFlushMs());
    QElapsedTimer timer;
    timer.start();
    QApplication::processEvents();  // delivers the repaint the flush asked for
    events.push_back(milliseconds(timer));
    timer.start();
    const QPixmap picture = panel.chartView()->grab();  // the whole chart painted once
    grabs.push_back(milliseconds(timer));
    if (picture.isNull()) {
      std::printf("warning: grab() gave no picture\n");
    }
  }
  if (!grabFile.isEmpty() && !panel.grab().save(grabFile)) {
    std::printf("warning: could not save %s\n", qPrintable(grabFile));
  }
  // A new axis rebuilds every series from scratch: the dearest flush.
  std::vector<double> rebuilds;
  for (int i = 0; i < 10; ++i) {
    panel.setAxis(i % 2 == 0 ? icl::ui::LossAxis::WallTime : icl::ui::LossAxis::Step);
    rebuilds.push_back(panel.lastFlushMs());
    QApplication::processEvents();
  }
  panel.setAxis(icl::ui::LossAxis::Step);
  std::printf("loss chart flush, 4 learners x %d+ points (8 series: raw and smoothed), %d raw "
              "and %d smoothed points drawn per learner:\n",
              kFlushPoints, panel.rawPointCount(QStringLiteral("icl")),
              panel.smoothedPointCount(QStringLiteral("icl")));
  printTimes("flush, nothing new (the figure before #13)", repeat);
  printTimes("live flush, +50 steps per learner", live);
  std::printf("  %-58s median %6.2f ms\n", "  per series", percentile(live, 0.5) / 8.0);
  printTimes("events after a live flush (its repaint)", events);
  printTimes("chart paint, QWidget::grab() after a live flush", grabs);
  printTimes("flush after an axis change (all series from scratch)", rebuilds);
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
  benchFlush(option(QStringLiteral("--grab"), QString()));
  if (!args.contains(QStringLiteral("--flush"))) {
    benchLatency(seconds, preset);
  }
  return 0;
}
