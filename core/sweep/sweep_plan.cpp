#include "core/sweep/sweep_plan.h"

#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/config/config_fields.h"
#include "core/config/overrides.h"
#include "core/config/run_config.h"

namespace icl::core {

namespace {

using json = nlohmann::json;

// Keys with their own sweep option: a --set of them would fight the option.
constexpr std::pair<const char*, const char*> kKeysWithOptions[] = {
    {"seed", "--seeds"},
    {"threads", "--threads"},
};

bool isListKey(const std::string& key) {
  const ConfigField* field = findConfigField(key);
  return field != nullptr &&
         (field->type == FieldType::IntegerList || field->type == FieldType::NumberList ||
          field->type == FieldType::ChoiceList);
}

/// A decimal number of at most 19 digits (fits uint64_t), else nothing.
bool parseDecimal(const std::string& text, uint64_t& value) {
  if (text.empty() || text.size() > 19 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  value = std::stoull(text);
  return true;
}

std::string trimmed(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos) {
    return "";
  }
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string joinSeeds(const std::vector<uint64_t>& seeds) {
  std::string text;
  for (uint64_t seed : seeds) {
    text += (text.empty() ? "" : ",") + std::to_string(seed);
  }
  return text;
}

std::string joinValues(const std::vector<std::string>& values, char separator) {
  std::string text;
  for (std::size_t i = 0; i < values.size(); ++i) {
    text += (i == 0 ? "" : std::string(1, separator)) + values[i];
  }
  return text;
}

/// Base config with the fixed settings applied; the error names the failing assignment.
Result<json> baseWithSettings(const SweepManifest& manifest) {
  json root;
  try {
    root = json::parse(manifest.baseConfigJson);
  } catch (const json::exception& error) {
    return Result<json>::failure(manifest.source + ": not valid JSON: " + error.what());
  }
  for (const std::string& assignment : manifest.baseSettings) {
    const Status applied = applyOverride(root, assignment);
    if (!applied) {
      return Result<json>::failure(applied.error());
    }
  }
  return Result<json>::success(std::move(root));
}

/// One --set of the command line, split into its key and values.
struct Assignment {
  std::string text;
  std::string key;
  std::vector<std::string> values;
};

Result<Assignment> parseAssignment(const std::string& text) {
  using R = Result<Assignment>;
  const std::size_t equals = text.find('=');
  if (equals == std::string::npos || equals == 0) {
    return R::failure("--set " + text + ": expected key.path=value or key.path=v1,v2,...");
  }
  Assignment assignment{text, text.substr(0, equals), {}};
  for (const auto& [key, option] : kKeysWithOptions) {
    if (assignment.key == key) {
      return R::failure("--set " + text + ": give the " + key + " with " + option +
                        ", not with --set");
    }
  }
  Result<std::vector<std::string>> values =
      splitSweepValues(assignment.key, text.substr(equals + 1));
  if (!values) {
    return R::failure(values.error());
  }
  assignment.values = std::move(values).value();
  return R::success(std::move(assignment));
}

}  // namespace

Result<std::vector<uint64_t>> parseSeedList(const std::string& text) {
  using R = Result<std::vector<uint64_t>>;
  const std::string expected = "expected seeds such as 0-4, 0,2,7 or 3";
  if (trimmed(text).empty()) {
    return R::failure("--seeds is empty: " + expected);
  }
  std::vector<uint64_t> seeds;
  std::set<uint64_t> seen;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    const std::size_t comma = std::min(text.find(',', begin), text.size());
    const std::string item = trimmed(text.substr(begin, comma - begin));
    begin = comma + 1;
    const std::size_t dash = item.find('-');
    uint64_t first = 0;
    uint64_t last = 0;
    const bool parsed =
        dash == std::string::npos
            ? parseDecimal(item, first) && parseDecimal(item, last)
            : parseDecimal(item.substr(0, dash), first) && parseDecimal(item.substr(dash + 1), last);
    if (!parsed) {
      return R::failure("--seeds " + text + ": '" + item + "' is not a seed or a range: " +
                        expected);
    }
    if (first > last) {
      return R::failure("--seeds " + text + ": the range '" + item +
                        "' runs backwards (write the smaller seed first)");
    }
    if (last - first >= kMaxSweepPoints) {
      return R::failure("--seeds " + text + ": the range '" + item + "' has more than " +
                        std::to_string(kMaxSweepPoints) + " seeds");
    }
    for (uint64_t seed = first;; ++seed) {
      if (!seen.insert(seed).second) {
        return R::failure("--seeds " + text + ": seed " + std::to_string(seed) +
                          " is given twice");
      }
      seeds.push_back(seed);
      if (seed == last) {
        break;
      }
    }
  }
  return R::success(std::move(seeds));
}

Result<std::vector<std::string>> splitSweepValues(const std::string& key,
                                                  const std::string& text) {
  using R = Result<std::vector<std::string>>;
  const bool listKey = isListKey(key);
  const char separator = listKey ? ';' : ',';
  const std::string assignment = "--set " + key + "=" + text;
  const std::string hint =
      listKey ? std::string(" (") + key +
                    " takes a list: separate the values of a sweep with ';', the items of one "
                    "value with ',')"
              : std::string();
  if (text.empty()) {
    return R::failure(assignment + ": no value given" + hint);
  }
  std::vector<std::string> values;
  std::string current;
  int depth = 0;  // inside [...] or {...}
  bool quoted = false;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool end = i == text.size();
    const char c = end ? separator : text[i];
    if (!end && quoted) {
      if (c == '\\' && i + 1 < text.size()) {
        current += c;
        current += text[++i];
        continue;
      }
      quoted = c != '"';
    } else if (!end && c == '"') {
      quoted = true;
    } else if (!end && (c == '[' || c == '{')) {
      ++depth;
    } else if (!end && (c == ']' || c == '}')) {
      --depth;
    } else if (c == separator && (end || depth == 0)) {
      if (current.empty()) {
        return R::failure(assignment + ": value " + std::to_string(values.size() + 1) +
                          " is empty" + hint);
      }
      if (std::find(values.begin(), values.end(), current) != values.end()) {
        return R::failure(assignment + ": the value '" + current + "' is given twice");
      }
      values.push_back(current);
      current.clear();
      continue;
    }
    current += c;
  }
  return R::success(std::move(values));
}

Result<std::string> sweepPointConfig(const SweepManifest& manifest, const SweepPoint& point) {
  using R = Result<std::string>;
  Result<json> root = baseWithSettings(manifest);
  if (!root) {
    return R::failure(root.error());
  }
  for (const auto& [key, value] : point.settings) {
    const Status applied = applyOverride(root.value(), key + "=" + value);
    if (!applied) {
      return R::failure("point " + point.folder + ": " + applied.error());
    }
  }
  root.value()["seed"] = point.seed;
  const Result<RunConfig> config = RunConfig::fromJson(root.value(), manifest.source);
  if (!config) {
    return R::failure("point " + point.folder + ": " + config.error());
  }
  return R::success(root.value().dump(2) + "\n");
}

Result<SweepPlan> planSweep(const SweepRequest& request) {
  using R = Result<SweepPlan>;
  SweepPlan plan;
  SweepManifest& manifest = plan.manifest;
  manifest.source = request.source;
  try {
    manifest.baseConfigJson = json::parse(request.baseConfigJson).dump();
  } catch (const json::exception& error) {
    return R::failure(request.source + ": not valid JSON: " + error.what());
  }
  Result<std::vector<uint64_t>> seeds = parseSeedList(request.seeds);
  if (!seeds) {
    return R::failure(seeds.error());
  }
  manifest.seeds = std::move(seeds).value();

  // Fixed settings first, so that each axis value below is checked on top of all of them.
  std::vector<Assignment> swept;
  std::set<std::string> keys;
  for (const std::string& text : request.assignments) {
    Result<Assignment> assignment = parseAssignment(text);
    if (!assignment) {
      return R::failure(assignment.error());
    }
    if (!keys.insert(assignment.value().key).second) {
      return R::failure("--set " + text + ": the key " + assignment.value().key +
                        " is set twice");
    }
    if (assignment.value().values.size() == 1) {
      manifest.baseSettings.push_back(assignment.value().key + "=" +
                                      assignment.value().values.front());
      Result<json> base = baseWithSettings(manifest);
      const Result<RunConfig> parsed =
          base ? RunConfig::fromJson(base.value(), request.source) : Result<RunConfig>::failure(base.error());
      if (!parsed) {
        return R::failure("--set " + text + ": " + parsed.error());
      }
    } else {
      swept.push_back(std::move(assignment).value());
    }
  }
  Result<json> base = baseWithSettings(manifest);
  if (!base) {
    return R::failure(base.error());
  }
  const Result<RunConfig> baseConfig = RunConfig::fromJson(base.value(), request.source);
  if (!baseConfig) {
    return R::failure(baseConfig.error());
  }
  manifest.name = baseConfig.value().name;

  // Each value on its own, so that the message names the value, not a point.
  std::size_t combinations = 1;
  for (const Assignment& axis : swept) {
    for (const std::string& value : axis.values) {
      json root = base.value();
      const Status applied = applyOverride(root, axis.key + "=" + value);
      const Result<RunConfig> parsed = applied ? RunConfig::fromJson(root, request.source)
                                               : Result<RunConfig>::failure(applied.error());
      if (!parsed) {
        return R::failure("--set " + axis.text + ": value '" + value + "': " + parsed.error());
      }
    }
    manifest.axes.push_back({axis.key, axis.values});
    combinations *= axis.values.size();
    if (combinations * manifest.seeds.size() > kMaxSweepPoints) {
      return R::failure("the sweep would have more than " + std::to_string(kMaxSweepPoints) +
                        " points; sweep fewer values or seeds");
    }
  }

  std::map<std::string, std::string> folders;  // folder -> the point it was made for
  for (uint64_t seed : manifest.seeds) {
    for (std::size_t index = 0; index < combinations; ++index) {
      SweepPoint point;
      point.seed = seed;
      std::size_t rest = index;
      point.settings.resize(manifest.axes.size());
      for (std::size_t a = manifest.axes.size(); a-- > 0;) {  // the last axis runs fastest
        const SweepAxis& axis = manifest.axes[a];
        point.settings[a] = {axis.key, axis.values[rest % axis.values.size()]};
        rest /= axis.values.size();
      }
      point.folder = sweepPointFolderName(point.settings, seed);
      std::string described = "seed " + std::to_string(seed);
      for (const auto& [key, value] : point.settings) {
        described += ", " + key + "=" + value;
      }
      const auto [clash, inserted] = folders.emplace(point.folder, described);
      if (!inserted) {
        return R::failure("the points (" + clash->second + ") and (" + described +
                          ") would share the folder " + point.folder +
                          "; give values that differ in letters, digits or . _ = + -");
      }
      Result<std::string> config = sweepPointConfig(manifest, point);
      if (!config) {
        return R::failure(config.error());
      }
      plan.pointConfigs.push_back(std::move(config).value());
      manifest.points.push_back(std::move(point));
    }
  }
  return R::success(std::move(plan));
}

Status sameSweep(const SweepManifest& existing, const SweepManifest& requested) {
  const auto differs = [](const std::string& what, const std::string& there,
                          const std::string& here) {
    return Status::failure("its " + what + " differ (" + there + " there, " + here + " here)");
  };
  if (existing.name != requested.name) {
    return differs("names", existing.name, requested.name);
  }
  bool sameBase = false;
  try {
    sameBase = json::parse(existing.baseConfigJson) == json::parse(requested.baseConfigJson);
  } catch (const json::exception&) {
  }
  if (!sameBase) {
    return Status::failure("its base config differs (" + existing.source + " there, " +
                           requested.source + " here)");
  }
  if (existing.baseSettings != requested.baseSettings) {
    return differs("fixed settings", "[" + joinValues(existing.baseSettings, ' ') + "]",
                   "[" + joinValues(requested.baseSettings, ' ') + "]");
  }
  if (existing.seeds != requested.seeds) {
    return differs("seeds", joinSeeds(existing.seeds), joinSeeds(requested.seeds));
  }
  const auto axesText = [](const SweepManifest& manifest) {
    std::string text;
    for (const SweepAxis& axis : manifest.axes) {
      text += (text.empty() ? "" : " ") + axis.key + "=" + joinValues(axis.values, '|');
    }
    return "[" + text + "]";
  };
  if (axesText(existing) != axesText(requested)) {
    return differs("swept values", axesText(existing), axesText(requested));
  }
  return Status::success();
}

}  // namespace icl::core
