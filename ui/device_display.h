#pragma once
// How devices are named in the window (#13): the experiment panel's device list and its
// tooltip, and the status bar's GPU text. Pure functions of what LibTorch and the NVIDIA
// driver report, so a test can show what a GPU machine would see.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

#include "core/training/device_info.h"

namespace icl::ui {

struct DeviceChoice {
  QString label;  // "CUDA 0: NVIDIA H200, 143.8 GB"
  QString value;  // the config's device: "auto", "cpu", "cuda:0"
};

class DeviceDisplay {
  Q_DECLARE_TR_FUNCTIONS(DeviceDisplay)

 public:
  /// @brief auto, CPU, then each CUDA device LibTorch can use, named by the driver with its
  /// memory. None when LibTorch is CPU-only, whatever the driver sees.
  static QList<DeviceChoice> choices(const icl::core::CudaSupport& support,
                                     const icl::core::GpuDeviceList& driver);
  /// @brief The device list's tooltip; says why no GPU is offered when the driver sees one
  /// that LibTorch cannot use.
  static QString toolTip(const icl::core::CudaSupport& support,
                         const icl::core::GpuDeviceList& driver);
  /// @brief "Device: cuda:0 NVIDIA H200 · 3.1 / 143.8 GB" (without the memory when unknown).
  static QString gpuStatus(const QString& device, const QString& name,
                           const std::optional<icl::core::GpuMemoryUse>& memory);
};

}  // namespace icl::ui
