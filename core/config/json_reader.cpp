#include "core/config/json_reader.h"

#include <cmath>
#include <limits>

namespace icl::core {

std::string describeJsonValue(const nlohmann::json& value) {
  // replace: a string that is not UTF-8 (from --set) must not throw while naming an error.
  std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  // Long arrays or objects would drown the message.
  constexpr std::size_t kMaxShown = 60;
  if (text.size() > kMaxShown) {
    text = text.substr(0, kMaxShown) + "...";
  }
  return text;
}

JsonObjectReader::JsonObjectReader(const nlohmann::json& object, std::string path)
    : object_(object), path_(std::move(path)) {
  if (!object_.is_object()) {
    throw ConfigError((path_.empty() ? std::string("the config") : path_) + " = " +
                      describeJsonValue(object_) + ": expected a JSON object");
  }
}

std::string JsonObjectReader::pathOf(const char* key) const {
  return path_.empty() ? std::string(key) : path_ + "." + key;
}

bool JsonObjectReader::has(const char* key) const { return object_.contains(key); }

const nlohmann::json& JsonObjectReader::raw(const char* key) {
  known_.insert(key);
  return object_.at(key);
}

void JsonObjectReader::ignore(const char* key) { known_.insert(key); }

void JsonObjectReader::read(const char* key, int64_t& out) {
  known_.insert(key);
  if (!has(key)) {
    return;
  }
  const nlohmann::json& value = object_.at(key);
  if (value.is_number_integer()) {
    out = value.get<int64_t>();
    return;
  }
  // 1e3 or 2000.0 are fine if they hold a whole number.
  if (value.is_number_float()) {
    const double number = value.get<double>();
    if (std::isfinite(number) && std::floor(number) == number &&
        std::fabs(number) < static_cast<double>(std::numeric_limits<int64_t>::max())) {
      out = static_cast<int64_t>(number);
      return;
    }
  }
  throw ConfigError(pathOf(key) + " = " + describeJsonValue(value) + ": expected an integer");
}

void JsonObjectReader::read(const char* key, uint64_t& out) {
  int64_t signedValue = static_cast<int64_t>(out);
  read(key, signedValue);
  if (signedValue < 0) {
    throw ConfigError(pathOf(key) + " = " + std::to_string(signedValue) +
                      ": expected an integer >= 0");
  }
  out = static_cast<uint64_t>(signedValue);
}

void JsonObjectReader::read(const char* key, double& out) {
  known_.insert(key);
  if (!has(key)) {
    return;
  }
  const nlohmann::json& value = object_.at(key);
  if (!value.is_number()) {
    throw ConfigError(pathOf(key) + " = " + describeJsonValue(value) + ": expected a number");
  }
  out = value.get<double>();
}

void JsonObjectReader::read(const char* key, bool& out) {
  known_.insert(key);
  if (!has(key)) {
    return;
  }
  const nlohmann::json& value = object_.at(key);
  if (!value.is_boolean()) {
    throw ConfigError(pathOf(key) + " = " + describeJsonValue(value) +
                      ": expected true or false");
  }
  out = value.get<bool>();
}

void JsonObjectReader::read(const char* key, std::string& out) {
  known_.insert(key);
  if (!has(key)) {
    return;
  }
  const nlohmann::json& value = object_.at(key);
  if (!value.is_string()) {
    throw ConfigError(pathOf(key) + " = " + describeJsonValue(value) + ": expected a string");
  }
  out = value.get<std::string>();
}

JsonObjectReader JsonObjectReader::child(const char* key) {
  known_.insert(key);
  if (!has(key)) {
    return JsonObjectReader(nlohmann::json::object(), pathOf(key));
  }
  return JsonObjectReader(object_.at(key), pathOf(key));
}

void JsonObjectReader::rejectUnknownKeys() const {
  for (const auto& item : object_.items()) {
    if (known_.count(item.key()) == 0) {
      std::string knownList;
      for (const std::string& name : known_) {
        knownList += (knownList.empty() ? "" : ", ") + name;
      }
      throw ConfigError("unknown key '" + pathOf(item.key().c_str()) + "' (known here: " +
                        knownList + ")");
    }
  }
}

}  // namespace icl::core
