#include "core/config/overrides.h"

#include <nlohmann/json.hpp>

namespace icl::core {

Status applyOverride(nlohmann::json& root, const std::string& assignment) {
  const std::size_t equals = assignment.find('=');
  if (equals == std::string::npos || equals == 0) {
    return Status::failure("--set " + assignment + ": expected key.path=value");
  }
  const std::string path = assignment.substr(0, equals);
  const std::string text = assignment.substr(equals + 1);
  nlohmann::json value;
  try {
    value = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error&) {
    value = text;  // a bare word such as cpu or sim
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
