// icl-lab-cli: runs ICL Lab experiments from a preset or config file, without a display.
#include <csignal>
#include <iostream>

#include "app/cli/cli.h"

namespace {
std::atomic<bool> interruptRequested{false};
void onInterrupt(int /*signal*/) { interruptRequested = true; }
}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGINT, onInterrupt);
  std::signal(SIGTERM, onInterrupt);
  const std::vector<std::string> args(argv + 1, argv + argc);
  return icl::app::runCli(args, std::cout, std::cerr, &interruptRequested);
}
