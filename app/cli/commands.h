#pragma once
// The CLI's commands, one file each (command_<name>.cpp). Each parses its own arguments
// (args.front() is its name), writes to the context's streams and returns the exit code;
// bad usage throws UsageError (exit 2), anything else std::exception (exit 1).

#include <atomic>
#include <ostream>
#include <string>
#include <vector>

namespace icl::app {

struct CommandContext {
  std::ostream& out;
  std::ostream& err;
  const std::atomic<bool>* interrupt;  // set by SIGINT; may be null
};

int commandRun(const std::vector<std::string>& args, const CommandContext& context);
int commandResume(const std::vector<std::string>& args, const CommandContext& context);
int commandConfig(const std::vector<std::string>& args, const CommandContext& context);
int commandPresets(const std::vector<std::string>& args, const CommandContext& context);
int commandSample(const std::vector<std::string>& args, const CommandContext& context);
int commandBench(const std::vector<std::string>& args, const CommandContext& context);
/// bench --playground RUN_DIR (command_bench_playground.cpp), reached through commandBench
int commandBenchPlayground(const std::vector<std::string>& args, const CommandContext& context);
int commandReport(const std::vector<std::string>& args, const CommandContext& context);
/// report SWEEP_DIR (command_report_sweep.cpp), reached through commandReport
int commandReportSweep(const std::vector<std::string>& args, const CommandContext& context);
int commandEvaluate(const std::vector<std::string>& args, const CommandContext& context);
int commandSweep(const std::vector<std::string>& args, const CommandContext& context);

}  // namespace icl::app
