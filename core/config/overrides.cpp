#include "core/config/overrides.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/config/config_fields.h"

namespace icl::core {
namespace {

/// The text as JSON, or as a plain string (a bare word such as cpu or sim). Throws
/// json::out_of_range for a number beyond double.
nlohmann::json parseOrWord(const std::string& text) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error&) {
    return text;
  }
}

/// The override's value as the field at @p path expects it.
nlohmann::json overrideValue(const std::string& path, const std::string& text) {
  nlohmann::json value = parseOrWord(text);
  const ConfigField* field = findConfigField(path);
  if (field == nullptr) {
    return value;  // a whole section, or an unknown key for the parser to name
  }
  const bool isText = field->type == FieldType::Text || field->type == FieldType::Choice;
  if (isText && !value.is_string()) {
    return text;  // name=2024 is the name "2024"
  }
  const bool isList = field->type == FieldType::IntegerList ||
                      field->type == FieldType::NumberList ||
                      field->type == FieldType::ChoiceList;
  if (isList && !value.is_array()) {
    nlohmann::json items = nlohmann::json::array();
    std::size_t begin = 0;
    while (begin <= text.size()) {
      const std::size_t comma = std::min(text.find(',', begin), text.size());
      const std::string item = text.substr(begin, comma - begin);
      items.push_back(field->type == FieldType::ChoiceList ? nlohmann::json(item)
                                                           : parseOrWord(item));
      begin = comma + 1;
    }
    return items;
  }
  return value;
}

}  // namespace

Status applyOverride(nlohmann::json& root, const std::string& assignment) {
  const std::size_t equals = assignment.find('=');
  if (equals == std::string::npos || equals == 0) {
    return Status::failure("--set " + assignment + ": expected key.path=value");
  }
  const std::string path = assignment.substr(0, equals);
  const std::string text = assignment.substr(equals + 1);
  nlohmann::json value;
  try {
    value = overrideValue(path, text);
  } catch (const nlohmann::json::out_of_range&) {
    return Status::failure("--set " + assignment + ": the number is out of range");
  }
  // JSON files are UTF-8 (json::parse checks); a raw word from the command line is not
  // checked, and would make the config unwritable (dump throws), so refuse it here.
  try {
    (void)nlohmann::json(path).dump();
    (void)value.dump();
  } catch (const nlohmann::json::type_error&) {
    return Status::failure("--set " + nlohmann::json(assignment).dump(
                               -1, ' ', false, nlohmann::json::error_handler_t::replace) +
                           ": not valid UTF-8");
  }
  nlohmann::json* node = &root;
  std::size_t begin = 0;
  while (true) {
    const std::size_t dot = path.find('.', begin);
    const std::string key = path.substr(begin, dot == std::string::npos ? dot : dot - begin);
    if (key.empty()) {
      return Status::failure("--set " + assignment + ": empty key in '" + path + "'");
    }
    if (!node->is_object()) {
      return Status::failure("--set " + assignment + ": '" + path.substr(0, begin - 1) +
                             "' is not an object");
    }
    if (dot == std::string::npos) {
      (*node)[key] = value;
      return Status::success();
    }
    node = &(*node)[key];
    if (node->is_null()) {
      *node = nlohmann::json::object();
    }
    begin = dot + 1;
  }
}

}  // namespace icl::core
