// Fuzzes the config path of `icl-lab-cli run --config FILE --set ...` and the window's Open.
// Input: a JSON document, then optionally a line "--" and one `key.path=value` override per
// line after it (the corpus files are readable examples).
// Property: a config that validated writes (toJson) a JSON that reads back to the same config
// and the same JSON.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/config/overrides.h"
#include "core/config/run_config.h"

namespace {

void fail(const std::string& what, const std::string& detail) {
  std::cerr << "fuzz_config: " << what << "\n" << detail << "\n";
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  using icl::core::RunConfig;
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::string document = input;
  std::vector<std::string> overrides;
  const std::size_t separator = input.find("\n--\n");
  if (separator != std::string::npos) {
    document = input.substr(0, separator);
    std::size_t begin = separator + 4;
    while (begin <= input.size()) {
      std::size_t end = input.find('\n', begin);
      if (end == std::string::npos) {
        end = input.size();
      }
      if (end > begin) {
        overrides.push_back(input.substr(begin, end - begin));
      }
      begin = end + 1;
    }
  }

  nlohmann::json root;
  try {
    root = nlohmann::json::parse(document);
  } catch (const nlohmann::json::exception&) {  // what the CLI catches
    // The plain-text path reports the same error; exercise it too.
    if (RunConfig::fromJsonText(document, "fuzz.json").ok()) {
      fail("fromJsonText accepted text that json::parse rejected", document);
    }
    return 0;
  }
  for (const std::string& assignment : overrides) {
    if (!icl::core::applyOverride(root, assignment).ok()) {
      return 0;
    }
  }
  icl::core::Result<RunConfig> config = RunConfig::fromJson(root, "fuzz.json");
  if (!config) {
    if (config.error().empty()) {
      fail("a rejected config has an empty message", root.dump());
    }
    return 0;
  }
  // fromJson validated and resolved; both must be idempotent.
  RunConfig resolved = config.value();
  if (!resolved.validate().ok()) {
    fail("fromJson returned a config that does not validate", root.dump());
  }
  resolved.resolveDefaults();
  const nlohmann::json written = resolved.toJson();
  if (written != config.value().toJson()) {
    fail("resolveDefaults changed a resolved config", written.dump());
  }
  const std::string text = resolved.toJsonText();
  icl::core::Result<RunConfig> reread = RunConfig::fromJsonText(text, "written.json");
  if (!reread) {
    fail("a validated config does not re-read: " + reread.error(), text);
  }
  if (reread.value().toJson() != written) {
    fail("a validated config re-reads to a different JSON",
         text + "\n---- re-read ----\n" + reread.value().toJsonText());
  }
  return 0;
}
