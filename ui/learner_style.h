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
/// @brief The names of the references of issue #10 that are no LearnerId: "Selection
/// (leave-one-out)", "Oracle selection", "Nearest class mean", ...; others pass through.
QString referenceDisplayName(const QString& learner);
/// @brief Whether @p learner is a plug-in rule of design.md §6 (drawn dashed: no training).
bool isPluginRule(const QString& learner);

}  // namespace icl::ui
