#pragma once
// The CLI's command lines: flags with one value, repeatable --set, switches, and the usage
// errors that exit with 2.

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace icl::app {

/// Bad usage or config: runCli prints "error: " and the message, and exits with 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Parsed command line: flags with one value, repeatable --set, and switches.
struct Arguments {
  std::string command;
  std::string folder;  // RUN_DIR of report and resume; empty for the other commands
  std::map<std::string, std::string> values;
  std::vector<std::string> overrides;
  std::vector<std::string> switches;

  std::optional<std::string> get(const std::string& flag) const;
  bool has(const std::string& flag) const;
};

/// @brief "COMMAND [flags]". @p valueFlags take one value each; "--set" is always accepted.
/// @throws UsageError naming an unknown flag or one without its value
Arguments parseArguments(const std::vector<std::string>& args,
                         const std::vector<std::string>& valueFlags,
                         const std::vector<std::string>& switchFlags);

/// @brief "COMMAND RUN_DIR [flags]", as report and resume take them.
/// @throws UsageError when RUN_DIR is missing, or as parseArguments
Arguments parseFolderArguments(const std::vector<std::string>& args,
                               const std::vector<std::string>& valueFlags,
                               const std::vector<std::string>& switchFlags);

/// @throws UsageError "FLAG TEXT: expected an integer >= MINIMUM"
int64_t parseInteger(const std::string& flag, const std::string& text, int64_t minimum);

/// @brief A comma-separated list such as "1,2,5"; an empty text gives an empty list.
/// @throws UsageError as parseInteger, for the first bad item
std::vector<int64_t> parseIntegerList(const std::string& flag, const std::string& text,
                                      int64_t minimum);

}  // namespace icl::app
