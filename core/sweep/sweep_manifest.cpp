#include "core/sweep/sweep_manifest.h"

#include <system_error>

#include <nlohmann/json.hpp>

#include "core/config/json_reader.h"
#include "core/util/atomic_file.h"

namespace icl::core {

namespace fs = std::filesystem;

namespace {

constexpr std::pair<SweepPointStatus, const char*> kStatusNames[] = {
    {SweepPointStatus::Pending, "pending"},     {SweepPointStatus::Running, "running"},
    {SweepPointStatus::Completed, "completed"}, {SweepPointStatus::Failed, "failed"},
    {SweepPointStatus::Stopped, "stopped"},
};

bool folderNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '.' || c == '_' || c == '=' || c == '+' || c == '-';
}

nlohmann::json toJson(const SweepManifest& manifest) {
  nlohmann::json axes = nlohmann::json::array();
  for (const SweepAxis& axis : manifest.axes) {
    axes.push_back({{"key", axis.key}, {"values", axis.values}});
  }
  nlohmann::json points = nlohmann::json::array();
  for (const SweepPoint& point : manifest.points) {
    nlohmann::json settings = nlohmann::json::array();
    for (const auto& [key, value] : point.settings) {
      settings.push_back({{"key", key}, {"value", value}});
    }
    points.push_back({{"folder", point.folder},
                      {"seed", point.seed},
                      {"settings", settings},
                      {"status", sweepPointStatusName(point.status)},
                      {"message", point.message}});
  }
  return {{"schemaVersion", manifest.schemaVersion},
          {"kind", "icl-lab-sweep"},
          {"name", manifest.name},
          {"source", manifest.source},
          {"base_config", nlohmann::json::parse(manifest.baseConfigJson)},
          {"base_settings", manifest.baseSettings},
          {"seeds", manifest.seeds},
          {"axes", axes},
          {"points", points}};
}

SweepManifest fromJson(const nlohmann::json& root) {
  SweepManifest manifest;
  if (!root.is_object() || root.value("kind", std::string()) != "icl-lab-sweep") {
    throw std::runtime_error("not an ICL Lab sweep manifest (\"kind\" is not \"icl-lab-sweep\")");
  }
  manifest.schemaVersion = root.at("schemaVersion").get<int>();
  if (manifest.schemaVersion != kSweepSchemaVersion) {
    throw std::runtime_error("schemaVersion " + std::to_string(manifest.schemaVersion) +
                             " is not supported (this build reads " +
                             std::to_string(kSweepSchemaVersion) + ")");
  }
  manifest.name = root.at("name").get<std::string>();
  manifest.source = root.value("source", std::string());
  manifest.baseConfigJson = root.at("base_config").dump();
  manifest.baseSettings = root.value("base_settings", std::vector<std::string>());
  // Seeds through the strict reader: nlohmann would turn -3 into a huge unsigned number.
  for (const nlohmann::json& seed : root.at("seeds")) {
    manifest.seeds.push_back(readJsonUnsigned(seed, "seeds"));
  }
  for (const nlohmann::json& axis : root.at("axes")) {
    manifest.axes.push_back(
        {axis.at("key").get<std::string>(), axis.at("values").get<std::vector<std::string>>()});
  }
  for (const nlohmann::json& entry : root.at("points")) {
    SweepPoint point;
    point.folder = entry.at("folder").get<std::string>();
    if (point.folder.empty() || fs::path(point.folder).is_absolute() ||
        point.folder.find("..") != std::string::npos) {
      throw std::runtime_error("point folder \"" + point.folder +
                               "\" is not a plain name inside the sweep folder");
    }
    point.seed = readJsonUnsigned(entry.at("seed"), "points[].seed");
    for (const nlohmann::json& setting : entry.at("settings")) {
      point.settings.emplace_back(setting.at("key").get<std::string>(),
                                  setting.at("value").get<std::string>());
    }
    Result<SweepPointStatus> status = parseSweepPointStatus(entry.at("status").get<std::string>());
    if (!status) {
      throw std::runtime_error(status.error());
    }
    point.status = status.value();
    point.message = entry.value("message", std::string());
    manifest.points.push_back(std::move(point));
  }
  return manifest;
}

}  // namespace

std::string sweepPointStatusName(SweepPointStatus status) {
  for (const auto& [value, name] : kStatusNames) {
    if (value == status) {
      return name;
    }
  }
  return "pending";
}

Result<SweepPointStatus> parseSweepPointStatus(const std::string& name) {
  for (const auto& [value, known] : kStatusNames) {
    if (name == known) {
      return Result<SweepPointStatus>::success(value);
    }
  }
  return Result<SweepPointStatus>::failure(
      "unknown point status \"" + name +
      "\" (expected pending, running, completed, failed or stopped)");
}

std::string sweepPointFolderName(const std::vector<std::pair<std::string, std::string>>& settings,
                                 uint64_t seed) {
  std::string name;
  for (const auto& [key, value] : settings) {
    for (char c : key + "=" + value) {
      name += folderNameChar(c) ? c : '_';
    }
    name += '_';
  }
  return name + "seed" + std::to_string(seed);
}

bool isSweepFolder(const fs::path& dir) {
  std::error_code error;
  return fs::is_regular_file(dir / kSweepManifestFile, error);
}

Result<SweepManifest> readSweepManifest(const fs::path& sweepDir) {
  using R = Result<SweepManifest>;
  const fs::path path = sweepDir / kSweepManifestFile;
  Result<std::string> text = readWholeFile(path);
  if (!text) {
    return R::failure(text.error());
  }
  try {
    return R::success(fromJson(nlohmann::json::parse(text.value())));
  } catch (const std::exception& error) {
    return R::failure(path.string() + ": " + error.what());
  }
}

Status writeSweepManifest(const fs::path& sweepDir, const SweepManifest& manifest) {
  try {
    return writeFileAtomically(sweepDir / kSweepManifestFile, toJson(manifest).dump(2) + "\n");
  } catch (const nlohmann::json::exception& error) {
    return Status::failure((sweepDir / kSweepManifestFile).string() +
                           ": cannot write the manifest: " + error.what());
  }
}

}  // namespace icl::core
