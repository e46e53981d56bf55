// icl-config-reference: regenerates the config tables of README.md from the field table
// (core/config/config_fields.h). `icl-config-reference README.md` rewrites the file in place;
// without an argument it prints the three tables. The build target update_config_reference
// runs it on the source tree's README.md.
#include <iostream>

#include "core/config/config_reference.h"
#include "core/util/atomic_file.h"

int main(int argc, char** argv) {
  using namespace icl::core;
  if (argc == 1) {
    for (const std::string& section : configReferenceSections()) {
      std::cout << "<!-- config-table:begin " << section << " -->\n"
                << configReferenceMarkdown(section) << "<!-- config-table:end -->\n\n";
    }
    return 0;
  }
  if (argc != 2) {
    std::cerr << "usage: icl-config-reference [README.md]\n";
    return 2;
  }
  const Result<std::string> text = readWholeFile(argv[1]);
  if (!text) {
    std::cerr << text.error() << "\n";
    return 2;
  }
  const Result<std::string> updated = withConfigReference(text.value());
  if (!updated) {
    std::cerr << argv[1] << ": " << updated.error() << "\n";
    return 2;
  }
  if (updated.value() == text.value()) {
    std::cout << argv[1] << ": config tables already up to date\n";
    return 0;
  }
  const Status written = writeFileAtomically(argv[1], updated.value());
  if (!written) {
    std::cerr << written.error() << "\n";
    return 2;
  }
  std::cout << argv[1] << ": config tables rewritten\n";
  return 0;
}
