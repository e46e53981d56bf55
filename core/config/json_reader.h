#pragma once
// Strict reading of one JSON object: every key must be known, every value of the right type,
// and every error names the full key path. Used by RunConfig::fromJson.

#include <cstdint>
#include <set>
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

class JsonObjectReader {
 public:
  /// @param path key path of this object ("" for the root, "task" for a child)
  JsonObjectReader(const nlohmann::json& object, std::string path);

  void read(const char* key, int64_t& out);
  void read(const char* key, uint64_t& out);
  void read(const char* key, double& out);
  void read(const char* key, bool& out);
  void read(const char* key, std::string& out);
  bool has(const char* key) const;
  /// @brief The child object at @p key (an empty object when absent).
  JsonObjectReader child(const char* key);
  const nlohmann::json& raw(const char* key);
  /// @brief Marks a key as known without reading it (ignored metadata).
  void ignore(const char* key);
  /// @brief Throws on the first key that was never read.
  void rejectUnknownKeys() const;

  std::string pathOf(const char* key) const;

 private:
  nlohmann::json object_;
  std::string path_;
  std::set<std::string> known_;
};

}  // namespace icl::core
