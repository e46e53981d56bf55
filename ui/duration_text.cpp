#include "ui/duration_text.h"

#include <QCoreApplication>

#include <cmath>

#include "core/config/presets.h"

namespace icl::ui {

namespace {
constexpr double kDaySeconds = 86400.0;
constexpr double kDaysFrom = 2.0 * kDaySeconds;  // as core::formatDuration switches to days
}  // namespace

QString durationText(double seconds) {
  if (!(seconds >= 0.0)) {
    return QStringLiteral("–");
  }
  if (seconds >= kDaysFrom) {
    const int days = static_cast<int>(std::llround(seconds / kDaySeconds));
    return QCoreApplication::translate("icl::ui::DurationText", "%n days", nullptr, days);
  }
  return QString::fromStdString(icl::core::formatDuration(seconds));
}

}  // namespace icl::ui
