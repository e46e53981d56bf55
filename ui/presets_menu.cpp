#include "ui/presets_menu.h"

#include <QAction>
#include <QMenu>

#include <algorithm>
#include <filesystem>
#include <utility>

#include "ui/duration_text.h"

namespace icl::ui {

namespace {

// The action's data: the preset name.
QString presetName(const QAction* action) { return action->data().toString(); }

QString referenceTimeText(const icl::core::PresetInfo& preset) {
  const QString duration = durationText(preset.time.seconds);
  return preset.time.source == icl::core::PresetTimeSource::Estimated
             ? PresetsMenu::tr("~%1 on 2 CPU cores (estimate)").arg(duration)
             : PresetsMenu::tr("~%1 on 2 cores").arg(duration);
}

}  // namespace

PresetsMenu::PresetsMenu(QMenu* menu, std::function<QString()> runsRoot, QObject* parent)
    : QObject(parent), menu_(menu), paperMenu_(nullptr), runsRoot_(std::move(runsRoot)) {
  std::vector<icl::core::PresetInfo> presets = icl::core::listPresets();
  // The quick demo first, then the claims in the paper's order: P1..P4, then I1, I2.
  auto rank = [](const icl::core::PresetInfo& preset) {
    return preset.name == "quick-mixture" ? 0 : preset.name.rfind('p', 0) == 0 ? 1 : 2;
  };
  std::stable_sort(presets.begin(), presets.end(),
                   [&rank](const auto& a, const auto& b) { return rank(a) < rank(b); });
  auto addEntry = [this](QMenu* to, const icl::core::PresetInfo& preset) {
    QAction* action = to->addAction(entryText(preset, std::nullopt));
    const QString name = QString::fromStdString(preset.name);
    action->setData(name);
    action->setObjectName(QStringLiteral("preset-") + name);
    connect(action, &QAction::triggered, this, [this, name] { choose(name); });
  };
  for (const icl::core::PresetInfo& preset : presets) {
    if (!preset.paperScale) {
      addEntry(menu_, preset);
    }
  }
  menu_->addSeparator();
  paperMenu_ = menu_->addMenu(tr("Paper scale (GPU, hours to days)"));
  paperMenu_->setObjectName(QStringLiteral("paperPresetsMenu"));
  for (const icl::core::PresetInfo& preset : presets) {
    if (preset.paperScale) {
      addEntry(paperMenu_, preset);
    }
  }
  menu_->setToolTipsVisible(true);
  paperMenu_->setToolTipsVisible(true);
  connect(menu_, &QMenu::aboutToShow, this, &PresetsMenu::refresh);
  refresh();
}

QAction* PresetsMenu::action(const QString& name) const {
  for (QMenu* menu : {menu_, paperMenu_}) {
    for (QAction* action : menu->actions()) {
      if (presetName(action) == name) {
        return action;
      }
    }
  }
  return nullptr;
}

void PresetsMenu::refresh() {
  const std::filesystem::path root(runsRoot_ ? runsRoot_().toStdString() : std::string());
  for (const icl::core::PresetInfo& preset : icl::core::listPresets()) {
    QAction* entry = action(QString::fromStdString(preset.name));
    if (entry == nullptr) {
      continue;
    }
    const std::optional<double> last =
        root.empty() ? std::nullopt : icl::core::lastRunSeconds(root, preset.name);
    entry->setText(entryText(preset, last));
    const QString tip = entryToolTip(preset, last);
    entry->setToolTip(tip);
    entry->setStatusTip(QString::fromStdString(preset.description));
  }
}

QString PresetsMenu::entryText(const icl::core::PresetInfo& preset, std::optional<double> lastRun) {
  // Text after a tab goes in the menu's right-hand column, where shortcuts usually are.
  QString text =
      QString::fromStdString(preset.name) + QLatin1Char('\t') + referenceTimeText(preset);
  if (lastRun) {
    text +=
        tr(", last run here: %1").arg(durationText(*lastRun));
  }
  return text;
}

QString PresetsMenu::entryToolTip(const icl::core::PresetInfo& preset,
                                  std::optional<double> lastRun) {
  QString tip = QString::fromStdString(preset.description) + QLatin1Char('\n') +
                tr("Run time: %1 (%2)")
                    .arg(referenceTimeText(preset), QString::fromStdString(preset.time.basis));
  if (lastRun) {
    tip +=
        QLatin1Char('\n') + tr("Last run here: %1 (the newest completed run of this preset)")
                                .arg(durationText(*lastRun));
  }
  return tip;
}

void PresetsMenu::choose(const QString& name) {
  const auto loaded = icl::core::loadPreset(name.toStdString());
  if (!loaded) {
    Q_EMIT errorOccurred(tr("Preset"), QString::fromStdString(loaded.error()));
    return;
  }
  Q_EMIT presetChosen(name, loaded.value());
}

}  // namespace icl::ui
