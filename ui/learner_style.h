#pragma once
// One colour and display name per learner, shared by every chart and table.

#include <QColor>
#include <QString>

namespace icl::ui {

/// @brief Fixed colours so a learner (a core::LearnerId name) looks the same in every view and
/// export.
QColor learnerColor(const QString& learner);
/// @brief "ICL", "GPT, curriculum", ... for each core::LearnerId name; others pass through.
QString learnerDisplayName(const QString& learner);

}  // namespace icl::ui
