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

void failJsonValue(const std::string& path, const nlohmann::json& value,
                   const std::string& expected) {
  throw ConfigError(path + " = " + describeJsonValue(value) + ": " + expected);
}

int64_t readJsonInteger(const nlohmann::json& value, const std::string& path) {
  if (value.is_number_integer()) {
    return value.get<int64_t>();
  }
  // 1e3 or 2000.0 are fine if they hold a whole number.
  if (value.is_number_float()) {
    const double number = value.get<double>();
    if (std::isfinite(number) && std::floor(number) == number &&
        std::fabs(number) < static_cast<double>(std::numeric_limits<int64_t>::max())) {
      return static_cast<int64_t>(number);
    }
  }
  failJsonValue(path, value, "expected an integer");
}

uint64_t readJsonUnsigned(const nlohmann::json& value, const std::string& path) {
  // The seed takes all 64 bits (the window accepts up to 2^64 - 1, and writes it to
  // config.json), so values above INT64_MAX must not pass through int64_t.
  if (value.is_number_unsigned()) {
    return value.get<uint64_t>();
  }
  const int64_t signedValue = readJsonInteger(value, path);
  if (signedValue < 0) {
    failJsonValue(path, value, "expected an integer >= 0");
  }
  return static_cast<uint64_t>(signedValue);
}

double readJsonNumber(const nlohmann::json& value, const std::string& path) {
  if (!value.is_number()) {
    failJsonValue(path, value, "expected a number");
  }
  return value.get<double>();
}

bool readJsonBoolean(const nlohmann::json& value, const std::string& path) {
  if (!value.is_boolean()) {
    failJsonValue(path, value, "expected true or false");
  }
  return value.get<bool>();
}

std::string readJsonString(const nlohmann::json& value, const std::string& path) {
  if (!value.is_string()) {
    failJsonValue(path, value, "expected a string");
  }
  return value.get<std::string>();
}

}  // namespace icl::core
