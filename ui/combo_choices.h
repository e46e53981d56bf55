#pragma once
// Refills a combo box with (text, data) items while keeping the user's choice where it still
// exists, without emitting a change for the refill itself; the selectors of the Generalisation
// and Probe tabs follow the evaluation shown this way.

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <string>
#include <vector>

class QComboBox;

namespace icl::ui {

using ComboItems = QList<QPair<QString, QVariant>>;

/// @brief Replaces the items of @p combo by @p items; the current data stays selected when
/// present, else @p preferred, else the first item.
/// @return whether the current data changed
bool setComboItems(QComboBox* combo, const ComboItems& items, const QVariant& preferred = {});

/// @brief Items that show their own value (a checkpoint or family name from a results file).
ComboItems namedItems(const std::vector<std::string>& values);

}  // namespace icl::ui
