// Fuzzes the run-folder reader that `icl-lab-cli report` and the window's Open Run Folder use
// (readRun reads the files, parseRun parses them; this calls parseRun on memory).
// Input: the files' texts in the order config.json, train.csv, eval.csv, stages.csv,
// summary.json, separated by lines "=====". A missing part means the file is absent.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "core/store/run_store.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> parts;
  const std::string separator = "\n=====\n";
  std::size_t begin = 0;
  while (true) {
    const std::size_t found = input.find(separator, begin);
    parts.push_back(input.substr(begin, found == std::string::npos ? found : found - begin));
    if (found == std::string::npos || parts.size() == 5) {
      break;
    }
    begin = found + separator.size();
  }
  icl::core::RunFiles files;
  files.config = parts[0];
  if (parts.size() > 1) files.train = parts[1];
  if (parts.size() > 2) files.eval = parts[2];
  if (parts.size() > 3) files.stages = parts[3];
  if (parts.size() > 4) files.summary = parts[4];

  const auto run = icl::core::parseRun(files, "fuzz-run");
  if (!run) {
    if (run.error().find("fuzz-run") == std::string::npos) {
      std::cerr << "error does not name the file: " << run.error() << "\n";
      std::abort();
    }
    return 0;
  }
  // What the window and `report` do next with a run that read: status, config, rows.
  const icl::core::RunData& value = run.value();
  (void)value.summary.value("status", std::string("unknown"));
  if (!value.config.validate().ok()) {
    std::cerr << "a read run's config does not validate\n";
    std::abort();
  }
  (void)value.config.toJsonText();
  return 0;
}
