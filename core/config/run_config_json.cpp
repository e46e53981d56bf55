// RunConfig <-> JSON by walking the field table (config_fields.h): every key is read, written
// and known through its field, so this file lists no key but the ignored "provenance".
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "core/config/config_fields.h"
#include "core/config/json_reader.h"
#include "core/config/run_config.h"
#include "core/util/atomic_file.h"

namespace icl::core {
using nlohmann::json;

namespace {

// Written by the run store for the record; not an input.
constexpr const char* kIgnoredKey = "provenance";

std::vector<std::string> splitKeyPath(const std::string& keyPath) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  for (std::size_t dot = keyPath.find('.'); dot != std::string::npos;
       dot = keyPath.find('.', begin)) {
    parts.push_back(keyPath.substr(begin, dot - begin));
    begin = dot + 1;
  }
  parts.push_back(keyPath.substr(begin));
  return parts;
}

void requireObject(const json& node, const std::string& path) {
  if (!node.is_object()) {
    failJsonValue(path.empty() ? "the config" : path, node, "expected a JSON object");
  }
}

/// The value at @p keyPath, or nullptr when a key on the way is missing.
const json* findValue(const json& root, const std::string& keyPath) {
  const json* node = &root;
  std::string path;
  for (const std::string& part : splitKeyPath(keyPath)) {
    requireObject(*node, path);
    const auto found = node->find(part);
    if (found == node->end()) {
      return nullptr;
    }
    node = &*found;
    path += (path.empty() ? "" : ".") + part;
  }
  return node;
}

/// Throws on the first key that no field has, naming the close keys.
void rejectUnknownKeys(const json& object, const std::string& path) {
  const std::string prefix = path.empty() ? "" : path + ".";
  std::set<std::string> known;  // the keys allowed in this object
  for (const ConfigField& field : configFields()) {
    if (field.key.compare(0, prefix.size(), prefix) == 0) {
      known.insert(splitKeyPath(field.key.substr(prefix.size())).front());
    }
  }
  if (path.empty()) {
    known.insert(kIgnoredKey);
  }
  for (const auto& item : object.items()) {
    const std::string keyPath = prefix + item.key();
    if (known.count(item.key()) == 0) {
      std::string message = "unknown key '" + keyPath + "'";
      const std::vector<std::string> close = closeConfigKeys(keyPath);
      for (std::size_t i = 0; i < close.size(); ++i) {
        message += (i == 0 ? ", did you mean " : i + 1 == close.size() ? " or " : ", ") + close[i];
      }
      message += close.empty() ? "" : "?";
      std::string knownList;
      for (const std::string& name : known) {
        knownList += (knownList.empty() ? "" : ", ") + name;
      }
      throw ConfigError(message + " (known here: " + knownList + ")");
    }
    if (findConfigField(keyPath) == nullptr && keyPath != kIgnoredKey) {
      rejectUnknownKeys(item.value(), keyPath);  // an object: its fields read it already
    }
  }
}

/// A named model size sets n_embd/n_layer/n_head; numbers given next to it must match it, and
/// only "custom" takes them as they are.
void applyModelSize(const json& root, const std::string& path, GptModelConfig& model) {
  if (model.size == "custom") {
    return;
  }
  GptModelConfig named = model;
  named.resolveSize();
  bool differs = false;
  for (auto [key, number, namedNumber] : {std::tuple{"n_embd", &model.embd, named.embd},
                                          std::tuple{"n_layer", &model.layers, named.layers},
                                          std::tuple{"n_head", &model.heads, named.heads}}) {
    differs |= findValue(root, path + "." + key) != nullptr && *number != namedNumber;
    *number = namedNumber;
  }
  if (differs) {
    throw ConfigError(path + ".size = \"" + model.size + "\": n_embd/n_layer/n_head " +
                      "differ from that size; set size to \"custom\" to choose them");
  }
}

}  // namespace

Result<RunConfig> RunConfig::fromJson(const json& root, const std::string& source) {
  RunConfig config;
  try {
    requireObject(root, "");
    // Every section is read, whichever experiment is active, so a typo anywhere is found.
    for (const ConfigField& field : configFields()) {
      if (const json* value = findValue(root, field.key)) {
        field.read(*value, config);
      }
    }
    applyModelSize(root, "regression.model", config.regression.model);
    applyModelSize(root, "meta_meta.model", config.metaMeta.model);
    rejectUnknownKeys(root, "");
  } catch (const ConfigError& error) {
    return Result<RunConfig>::failure(source + ": " + error.what());
  }
  const Status valid = config.validate();
  if (!valid) {
    return Result<RunConfig>::failure(source + ": " + valid.error());
  }
  config.resolveDefaults();
  return Result<RunConfig>::success(std::move(config));
}

Result<RunConfig> RunConfig::fromJsonText(const std::string& text, const std::string& source) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::exception& error) {
    // parse_error, or out_of_range for a number beyond double (1e400); nlohmann's message
    // already says where.
    return Result<RunConfig>::failure(source + ": not valid JSON: " + error.what());
  }
  return fromJson(root, source);
}

Result<RunConfig> RunConfig::fromFile(const std::filesystem::path& path) {
  const Result<std::string> text = readWholeFile(path);
  if (!text) {
    return Result<RunConfig>::failure(text.error());
  }
  return fromJsonText(text.value(), path.string());
}

json RunConfig::toJson() const {
  json root = json::object();
  for (const ConfigField& field : configFields()) {
    // Only the active experiment's section is written, so classification configs stay as before.
    if (!field.appliesTo(experiment)) {
      continue;
    }
    json value = field.write(*this);
    if (value.is_null()) {
      continue;  // a mixture family missing from the map
    }
    json* node = &root;
    for (const std::string& part : splitKeyPath(field.key)) {
      node = &(*node)[part];
    }
    *node = std::move(value);
  }
  return root;
}

std::string RunConfig::toJsonText() const { return toJson().dump(2) + "\n"; }

}  // namespace icl::core
