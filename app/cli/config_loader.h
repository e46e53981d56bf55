#pragma once
// The experiment a command line names: --preset or --config, then --set and flag overrides.

#include "app/cli/arguments.h"
#include "core/config/run_config.h"

namespace icl::app {

/// @brief The experiment's JSON from --preset or --config, with --set, --seed, --threads and
/// --device applied, parsed and validated by the same code as any config file.
/// @param required whether the command needs --preset or --config (sample has a default)
/// @throws UsageError naming the preset, file, key or value at fault
core::RunConfig loadConfig(const Arguments& args, bool required);

}  // namespace icl::app
