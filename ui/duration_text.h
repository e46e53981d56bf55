#pragma once
// Durations as the window shows them (ETA, run times, preset times): M:SS or H:MM:SS as
// core::formatDuration writes them, and whole days in the user's language.

#include <QString>

namespace icl::ui {

/// @brief "0:45", "1:01:02" or "3 days" (translated); "–" when @p seconds is unknown (< 0).
QString durationText(double seconds);

}  // namespace icl::ui
