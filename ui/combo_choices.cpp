#include "ui/combo_choices.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace icl::ui {

bool setComboItems(QComboBox* combo, const ComboItems& items, const QVariant& preferred) {
  const QVariant current = combo->currentData();
  bool same = combo->count() == items.size();
  for (int i = 0; same && i < items.size(); ++i) {
    same = combo->itemText(i) == items[i].first && combo->itemData(i) == items[i].second;
  }
  if (same) {
    return false;
  }
  const QSignalBlocker blocker(combo);
  combo->clear();
  for (const auto& [text, data] : items) {
    combo->addItem(text, data);
  }
  int index = current.isValid() ? combo->findData(current) : -1;
  if (index < 0 && preferred.isValid()) {
    index = combo->findData(preferred);
  }
  combo->setCurrentIndex(index < 0 ? (items.isEmpty() ? -1 : 0) : index);
  return combo->currentData() != current;
}

ComboItems namedItems(const std::vector<std::string>& values) {
  ComboItems items;
  for (const std::string& value : values) {
    const QString text = QString::fromStdString(value);
    items.append({text, text});
  }
  return items;
}

}  // namespace icl::ui
