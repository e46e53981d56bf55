#pragma once
// Runs icl-lab-cli's command table in-process and keeps what it printed (the CLI tests).

#include <sstream>
#include <string>
#include <vector>

#include "app/cli/cli.h"

namespace icl::test {

struct CliOutcome {
  int code;
  std::string out;
  std::string err;
};

inline CliOutcome cli(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  const int code = icl::app::runCli(args, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace icl::test
