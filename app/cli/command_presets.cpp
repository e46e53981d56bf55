// icl-lab-cli presets: lists the built-in presets with their reference run times (2 cores,
// "est." when estimated from the time per step) and descriptions.
#include <iomanip>

#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "core/config/presets.h"

namespace icl::app {

int commandPresets(const std::vector<std::string>& rawArgs, const CommandContext& context) {
  parseArguments(rawArgs, {}, {});  // takes no options; rejects any
  for (const core::PresetInfo& preset : core::listPresets()) {
    std::string time = "~" + core::formatDuration(preset.time.seconds);
    if (preset.time.source == core::PresetTimeSource::Estimated) {
      time += " est.";
    }
    context.out << std::left << std::setw(19) << preset.name << " " << std::setw(16) << time
                << " " << preset.description << "\n";
  }
  return kExitOk;
}

}  // namespace icl::app
