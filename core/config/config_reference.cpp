#include "core/config/config_reference.h"

#include <set>

#include <nlohmann/json.hpp>

#include "core/config/config_fields.h"

namespace icl::core {
namespace {

constexpr const char* kBegin = "<!-- config-table:begin ";
constexpr const char* kBeginClose = " -->\n";
constexpr const char* kEnd = "<!-- config-table:end -->";

bool inSection(const ConfigField& field, const std::string& section) {
  return field.experiment ? experimentName(*field.experiment) == section
                          : section == "classification";
}

std::string sectionList() {
  std::string list;
  for (const std::string& section : configReferenceSections()) {
    list += (list.empty() ? "" : ", ") + section;
  }
  return list;
}

}  // namespace

const std::vector<std::string>& configReferenceSections() {
  static const std::vector<std::string> kSections = {"classification", "regression", "meta_meta"};
  return kSections;
}

std::string configReferenceMarkdown(const std::string& section) {
  const RunConfig defaults;
  std::string table;
  for (const ConfigField& field : configFields()) {
    if (!inSection(field, section)) {
      continue;
    }
    if (table.empty()) {
      table = "| key | default | allowed | meaning |\n|---|---|---|---|\n";
    }
    table += "| `" + field.key + "` | `" + field.write(defaults).dump() + "` | " +
             field.allowedText() + " | " + field.help + " |\n";
  }
  return table;
}

Result<std::string> withConfigReference(const std::string& document) {
  std::string result;
  std::size_t done = 0;  // document[0, done) is copied or replaced
  std::set<std::string> found;
  for (std::size_t begin = document.find(kBegin); begin != std::string::npos;
       begin = document.find(kBegin, done)) {
    const std::size_t nameStart = begin + std::string(kBegin).size();
    const std::size_t nameEnd = document.find(kBeginClose, nameStart);
    const std::size_t end = document.find(kEnd, nameStart);
    if (nameEnd == std::string::npos || end == std::string::npos || end < nameEnd) {
      return Result<std::string>::failure("a config-table:begin marker without its end marker");
    }
    const std::string section = document.substr(nameStart, nameEnd - nameStart);
    const std::string table = configReferenceMarkdown(section);
    if (table.empty() || !found.insert(section).second) {
      return Result<std::string>::failure("config-table section '" + section +
                                          "': expected each of " + sectionList() + " once");
    }
    const std::size_t tableStart = nameEnd + std::string(kBeginClose).size();
    result += document.substr(done, tableStart - done) + table;
    done = end;
  }
  if (found.size() != configReferenceSections().size()) {
    return Result<std::string>::failure("expected config-table sections " + sectionList() +
                                        ", found " + std::to_string(found.size()));
  }
  return Result<std::string>::success(result + document.substr(done));
}

}  // namespace icl::core
