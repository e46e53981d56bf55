#include "ui/device_display.h"

#include <QStringList>

namespace icl::ui {

QList<DeviceChoice> DeviceDisplay::choices(const icl::core::CudaSupport& support,
                                           const icl::core::GpuDeviceList& driver) {
  QList<DeviceChoice> list{{tr("auto"), QStringLiteral("auto")},
                           {tr("CPU"), QStringLiteral("cpu")}};
  if (!support.builtWithCuda) {
    return list;
  }
  for (int index = 0; index < support.deviceCount; ++index) {
    // LibTorch numbers what it can use; the driver, which counts the same way, names them.
    QString label = tr("CUDA %1").arg(index);
    for (const icl::core::GpuDevice& device : driver.devices) {
      if (device.index == index) {
        label = QString::fromStdString(icl::core::gpuDeviceLabel(device));
      }
    }
    list.append({label, QStringLiteral("cuda:%1").arg(index)});
  }
  return list;
}

QString DeviceDisplay::toolTip(const icl::core::CudaSupport& support,
                               const icl::core::GpuDeviceList& driver) {
  QString tip = tr("Where LibTorch trains: auto picks CUDA when it sees a GPU");
  if (support.deviceCount > 0 || driver.devices.empty()) {
    return tip;
  }
  QStringList names;
  for (const icl::core::GpuDevice& device : driver.devices) {
    names.append(QString::fromStdString(device.name));
  }
  const QString seen = names.join(QStringLiteral(", "));
  if (!support.builtWithCuda) {
    return tip + QStringLiteral("\n\n") +
           tr("The NVIDIA driver sees %1, but this LibTorch was built without CUDA (Debian "
              "12's libtorch is CPU-only), so it trains on the CPU. See the README section "
              "Training on an NVIDIA GPU.")
               .arg(seen);
  }
  return tip + QStringLiteral("\n\n") +
         tr("The NVIDIA driver sees %1, but LibTorch sees no CUDA device (check "
            "CUDA_VISIBLE_DEVICES and that the driver suits this LibTorch's CUDA).")
             .arg(seen);
}

QString DeviceDisplay::gpuStatus(const QString& device, const QString& name,
                                 const std::optional<icl::core::GpuMemoryUse>& memory) {
  const QString gpu = name.isEmpty() ? device : device + QLatin1Char(' ') + name;
  if (!memory) {
    return tr("Device: %1").arg(gpu);
  }
  return tr("Device: %1 · %2").arg(gpu, QString::fromStdString(icl::core::gpuMemoryText(*memory)));
}

}  // namespace icl::ui
