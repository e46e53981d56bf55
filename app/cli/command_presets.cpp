// icl-lab-cli presets: lists the built-in presets with their descriptions.
#include <iomanip>

#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "core/config/presets.h"

namespace icl::app {

int commandPresets(const std::vector<std::string>& rawArgs, const CommandContext& context) {
  parseArguments(rawArgs, {}, {});  // takes no options; rejects any
  for (const core::PresetInfo& preset : core::listPresets()) {
    context.out << std::left << std::setw(18) << preset.name << std::right << " "
                << preset.description << "\n";
  }
  return kExitOk;
}

}  // namespace icl::app
