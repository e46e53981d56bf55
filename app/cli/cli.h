#pragma once
// The headless runner behind icl-lab-cli, callable from tests. Exit codes: 0 ok, 1 the run
// failed, 2 bad usage or config, 130 stopped by Ctrl-C.

#include <atomic>
#include <ostream>
#include <string>
#include <vector>

namespace icl::app {

constexpr int kExitOk = 0;
constexpr int kExitRunFailed = 1;
constexpr int kExitBadUsage = 2;
constexpr int kExitInterrupted = 130;

/// @param args the arguments after the program name
/// @param interrupt set asynchronously (SIGINT) to stop a run cleanly; may be null
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
           const std::atomic<bool>* interrupt = nullptr);

}  // namespace icl::app
