// icl-lab-cli config: prints the fully resolved config as JSON.
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/config_loader.h"

namespace icl::app {

int commandConfig(const std::vector<std::string>& rawArgs, const CommandContext& context) {
  const Arguments args =
      parseArguments(rawArgs, {"--preset", "--config", "--device", "--seed", "--threads"}, {});
  context.out << loadConfig(args, true).toJsonText();
  return kExitOk;
}

}  // namespace icl::app
