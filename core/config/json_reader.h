#pragma once
// Strict conversion of one JSON value to a config value: a wrong type is an error naming the
// key path, the value and what is expected. Used by the field table (config_fields.h).

#include <cstdint>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace icl::core {

/// Thrown inside config parsing only; RunConfig::fromJson turns it into a Result.
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// @brief Shortened dump of a JSON value for messages.
std::string describeJsonValue(const nlohmann::json& value);

/// @brief Throws ConfigError "path = value: expected ...".
[[noreturn]] void failJsonValue(const std::string& path, const nlohmann::json& value,
                                const std::string& expected);

/// @brief An integer; a float holding a whole number (1e3, 2000.0) counts as one.
int64_t readJsonInteger(const nlohmann::json& value, const std::string& path);
/// @brief An integer >= 0.
uint64_t readJsonUnsigned(const nlohmann::json& value, const std::string& path);
double readJsonNumber(const nlohmann::json& value, const std::string& path);
bool readJsonBoolean(const nlohmann::json& value, const std::string& path);
std::string readJsonString(const nlohmann::json& value, const std::string& path);

}  // namespace icl::core
