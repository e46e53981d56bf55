// The window on a GPU (#13 item 5), shown on any machine through the tests' fake NVIDIA driver
// (tests/core/support/fake_libcuda.cpp: "Fake GPU Alpha" 80 GB with 3.1 GB in use, "Fake GPU
// Beta" 16 GB): the device list names each GPU with its memory when LibTorch can use CUDA and
// says why not when it cannot; the status bar shows the GPU in use and its memory, refreshed
// every second; a run that ran out of GPU memory ends as failed, says so, and the window stays
// usable.
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

#include "core/training/device_info.h"
#include "core/training/gpu_devices.h"
#include "core/training/memory_estimate.h"
#include "tests/core/tiny_config.h"
#include "tests/ui/window_test_support.h"
#include "ui/device_display.h"
#include "ui/experiment_panel.h"
#include "ui/main_window.h"
#include "ui/run_transport.h"
#include "ui/training_session.h"

using icl::test::ScopedEnvironment;
using icl::ui::DeviceDisplay;
using icl::ui::MainWindow;

namespace {
icl::core::GpuDeviceList fakeDriverList() {
  icl::core::setCudaDriverLibraryForTesting(ICL_FAKE_CUDA_PATH);
  return icl::core::listGpuDevices();
}

QStringList labels(const QList<icl::ui::DeviceChoice>& choices) {
  QStringList list;
  for (const auto& choice : choices) {
    list.append(choice.label + QStringLiteral(" = ") + choice.value);
  }
  return list;
}
}  // namespace

class TestGpuWindow : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_gpu_window"));
  }
  void init() {
    environment_.resetSettings();
    icl::core::setCudaDriverLibraryForTesting(ICL_FAKE_CUDA_PATH);
  }
  void cleanup() { icl::core::setCudaDriverLibraryForTesting(""); }

  // What a GPU machine's list holds (LibTorch with CUDA seeing both fake GPUs), what a
  // CPU-only LibTorch's holds with the same driver, and the tooltips.
  void deviceListNamesEachGpuWithItsMemory() {
    const auto driver = fakeDriverList();
    QCOMPARE(labels(DeviceDisplay::choices({true, 2}, driver)),
             (QStringList{QStringLiteral("auto = auto"), QStringLiteral("CPU = cpu"),
                          QStringLiteral("CUDA 0: Fake GPU Alpha, 80.0 GB = cuda:0"),
                          QStringLiteral("CUDA 1: Fake GPU Beta, 16.0 GB = cuda:1")}));
    // LibTorch may see fewer (CUDA_VISIBLE_DEVICES): only those are offered.
    QCOMPARE(DeviceDisplay::choices({true, 1}, driver).size(), 3);
    QCOMPARE(labels(DeviceDisplay::choices({false, 0}, driver)),
             (QStringList{QStringLiteral("auto = auto"), QStringLiteral("CPU = cpu")}));
    const QString cpuOnly = DeviceDisplay::toolTip({false, 0}, driver);
    QVERIFY2(cpuOnly.contains(QStringLiteral("The NVIDIA driver sees Fake GPU Alpha, Fake GPU "
                                             "Beta, but this LibTorch was built without CUDA")),
             qPrintable(cpuOnly));
    QVERIFY(cpuOnly.contains(QStringLiteral("Training on an NVIDIA GPU")));
    QVERIFY(DeviceDisplay::toolTip({true, 0}, driver)
                .contains(QStringLiteral("LibTorch sees no CUDA device")));
    QVERIFY(!DeviceDisplay::toolTip({true, 2}, driver).contains(QStringLiteral("NVIDIA")));
    QVERIFY(!DeviceDisplay::toolTip({false, 0}, icl::core::GpuDeviceList{})
                 .contains(QStringLiteral("NVIDIA")));
  }

  // The real panel on this machine with the fake driver: GPUs are offered only when this
  // LibTorch can use CUDA; otherwise the tooltip says why.
  void experimentPanelFollowsWhatLibTorchCanUse() {
    icl::ui::ExperimentPanel panel;
    auto* device = panel.findChild<QComboBox*>(QStringLiteral("device"));
    QVERIFY(device != nullptr);
    const icl::core::CudaSupport support = icl::core::cudaSupport();
    QCOMPARE(device->count(), 2 + support.deviceCount);
    QCOMPARE(device->itemData(0).toString(), QStringLiteral("auto"));
    QCOMPARE(device->itemData(1).toString(), QStringLiteral("cpu"));
    if (support.deviceCount == 0) {
      QVERIFY2(device->toolTip().contains(QStringLiteral("Fake GPU Alpha")),
               qPrintable(device->toolTip()));
    } else {
      QCOMPARE(device->itemData(2).toString(), QStringLiteral("cuda:0"));
    }
    // A config's device that this machine lacks stays as written (the run then says why).
    auto config = tinyRunConfig();
    config.device = "cuda:1";
    panel.setConfig(config);
    QCOMPARE(panel.config().device, std::string("cuda:1"));
  }

  void statusBarShowsTheGpuAndItsMemoryWhileARunTrainsThere() {
    MainWindow window;
    window.show();
    auto* transport = window.findChild<icl::ui::RunTransport*>();
    QVERIFY(transport != nullptr);
    QLabel* label = transport->deviceLabel();
    auto config = tinyRunConfig();  // device cpu, 1 thread: as before #13
    window.experimentPanel()->setConfig(config);
    transport->showDevice(config);  // what the window does when the form changes
    QCOMPARE(label->text(), QStringLiteral("Device: cpu · threads: 1"));
    transport->watchDevice("cpu");
    QCOMPARE(label->text(), QStringLiteral("Device: cpu · threads: 1"));

    transport->watchDevice("cuda:0");
    QCOMPARE(label->text(), QStringLiteral("Device: cuda:0 Fake GPU Alpha · 3.1 / 80.0 GB"));
    {
      // The run allocates more: the label follows within about a second.
      const ScopedEnvironment more("ICL_FAKE_CUDA_USED_MB", "12500");
      QTRY_COMPARE_WITH_TIMEOUT(
          label->text(), QStringLiteral("Device: cuda:0 Fake GPU Alpha · 12.5 / 80.0 GB"), 3000);
    }
    // Editing the form does not hide the run's GPU.
    transport->showDevice(config);
    QVERIFY(label->text().startsWith(QStringLiteral("Device: cuda:0 Fake GPU Alpha")));
    // No context on GPU 1 yet (before the run's first tensor): its name alone.
    transport->watchDevice("cuda:1");
    QCOMPARE(label->text(), QStringLiteral("Device: cuda:1 Fake GPU Beta"));

    // The run ends: the result's device and threads, and no more refreshes.
    icl::core::RunResult result;
    result.status = icl::core::RunStatus::Stopped;
    result.device = "cuda:1";
    result.threads = 1;
    Q_EMIT window.findChild<icl::ui::TrainingSession*>()->finished(result);
    QCOMPARE(label->text(), QStringLiteral("Device: cuda:1 · threads: 1"));
    QTest::qWait(1500);
    QCOMPARE(label->text(), QStringLiteral("Device: cuda:1 · threads: 1"));
  }

  // A CUDA out-of-memory error as the engine reports it (RunFrame::run: "training failed at
  // step K: " + explainOutOfMemory(LibTorch's text)); no GPU here, so the failed result is the
  // session's, delivered as a real run's is.
  void gpuOutOfMemoryEndsTheRunAsFailedAndTheWindowStaysUp() {
    MainWindow window;
    window.show();
    auto config = tinyRunConfig();
    config.device = "cuda:0";
    window.experimentPanel()->setConfig(config);
    QSignalSpy errors(&window, &MainWindow::errorShown);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    icl::core::RunResult result;
    result.status = icl::core::RunStatus::Failed;
    result.device = "cuda:0";
    result.threads = 1;
    result.stepsDone = 3;
    result.message =
        "training failed at step 3: " +
        icl::core::explainOutOfMemory(
            config,
            "CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity "
            "of 79.11 GiB of which 1.02 GiB is free.");
    Q_EMIT window.findChild<icl::ui::TrainingSession*>()->finished(result);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.first().at(0).value<icl::core::RunResult>().status,
             icl::core::RunStatus::Failed);
    QCOMPARE(errors.count(), 1);
    const QString shown = window.lastError();
    QVERIFY2(shown.contains(QStringLiteral("the GPU cuda:0 ran out of memory")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("make it smaller, or train on the CPU")));
    // A key to make smaller (not the process's own share, which stays in host memory).
    QVERIFY2(shown.contains(QStringLiteral("the largest part of this run is the")) &&
                 shown.contains(QStringLiteral(" = ")),
             qPrintable(shown));
    QVERIFY(window.isVisible());
    QVERIFY(window.startAction()->isEnabled());
    QVERIFY(window.experimentPanel()->isEnabled());
    // Still usable: the user switches to the CPU and the form takes it.
    auto onCpu = config;
    onCpu.device = "cpu";
    window.experimentPanel()->setConfig(onCpu);
    QCOMPARE(window.experimentPanel()->config().device, std::string("cpu"));
    QVERIFY(window.startAction()->isEnabled());
  }

 private:
  icl::test::WindowTestEnvironment environment_;
};

QTEST_MAIN(TestGpuWindow)
#include "tst_gpu_window.moc"
