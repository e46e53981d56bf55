#include "app/cli/arguments.h"

#include <algorithm>
#include <sstream>

namespace icl::app {

std::optional<std::string> Arguments::get(const std::string& flag) const {
  const auto found = values.find(flag);
  return found == values.end() ? std::nullopt : std::optional<std::string>(found->second);
}

bool Arguments::has(const std::string& flag) const {
  return std::find(switches.begin(), switches.end(), flag) != switches.end();
}

Arguments parseArguments(const std::vector<std::string>& args,
                         const std::vector<std::string>& valueFlags,
                         const std::vector<std::string>& switchFlags) {
  Arguments parsed;
  parsed.command = args.front();
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& flag = args[i];
    if (std::find(switchFlags.begin(), switchFlags.end(), flag) != switchFlags.end()) {
      parsed.switches.push_back(flag);
      continue;
    }
    const bool isSet = flag == "--set";
    if (!isSet && std::find(valueFlags.begin(), valueFlags.end(), flag) == valueFlags.end()) {
      throw UsageError("unknown option '" + flag + "' for '" + parsed.command +
                       "' (see icl-lab-cli --help)");
    }
    if (i + 1 >= args.size()) {
      throw UsageError("option " + flag + " needs a value");
    }
    const std::string& value = args[++i];
    if (isSet) {
      parsed.overrides.push_back(value);
    } else {
      parsed.values[flag] = value;
    }
  }
  return parsed;
}

Arguments parseFolderArguments(const std::vector<std::string>& args,
                               const std::vector<std::string>& valueFlags,
                               const std::vector<std::string>& switchFlags) {
  const std::string& command = args.front();
  if (args.size() < 2 || args[1].rfind("--", 0) == 0) {
    throw UsageError("'" + command + "' needs a run folder: icl-lab-cli " + command +
                     " RUN_DIR");
  }
  std::vector<std::string> flags = {command};
  flags.insert(flags.end(), args.begin() + 2, args.end());
  Arguments parsed = parseArguments(flags, valueFlags, switchFlags);
  parsed.folder = args[1];
  return parsed;
}

int64_t parseInteger(const std::string& flag, const std::string& text, int64_t minimum) {
  try {
    std::size_t used = 0;
    const int64_t value = std::stoll(text, &used);
    if (used == text.size() && value >= minimum) {
      return value;
    }
  } catch (const std::exception&) {
  }
  throw UsageError(flag + " " + text + ": expected an integer >= " + std::to_string(minimum));
}

std::vector<int64_t> parseIntegerList(const std::string& flag, const std::string& text,
                                      int64_t minimum) {
  std::vector<int64_t> values;
  std::stringstream list(text);
  for (std::string item; std::getline(list, item, ',');) {
    values.push_back(parseInteger(flag, item, minimum));
  }
  return values;
}

}  // namespace icl::app
