#include "core/store/run_catalog.h"

#include <algorithm>
#include <system_error>

#include <nlohmann/json.hpp>

#include "core/config/run_config.h"
#include "core/store/run_lock.h"
#include "core/store/run_note.h"
#include "core/util/atomic_file.h"

namespace icl::core {

namespace fs = std::filesystem;

namespace {

RunCatalogEntry unreadable(RunCatalogEntry entry, std::string problem) {
  entry.readable = false;
  entry.problem = std::move(problem);
  return entry;
}


/// @return the parsed JSON object of @p path, or an error naming the file
Result<nlohmann::json> readJsonObject(const fs::path& path) {
  using R = Result<nlohmann::json>;
  Result<std::string> text = readWholeFile(path);
  if (!text) {
    return R::failure(text.error());
  }
  try {
    nlohmann::json value = nlohmann::json::parse(text.value());
    if (!value.is_object()) {
      return R::failure(path.string() + ": expected a JSON object");
    }
    return R::success(std::move(value));
  } catch (const nlohmann::json::exception& error) {
    return R::failure(path.string() + ": not valid JSON: " + error.what());
  }
}

}  // namespace

int64_t configuredSteps(const RunConfig& config) {
  switch (config.experiment) {
    case Experiment::Regression:
      return config.regression.steps;
    case Experiment::MetaMeta:
      return config.metaMeta.metaSteps;
    case Experiment::Classification:
      break;
  }
  return config.train.steps;
}

RunCatalogEntry readCatalogEntry(const fs::path& dir) {
  RunCatalogEntry entry;
  entry.dir = dir;
  entry.name = dir.filename().string();
  std::error_code error;
  if (!fs::is_regular_file(dir / "config.json", error)) {
    return unreadable(entry, dir.string() + ": not a run folder (no config.json)");
  }
  Result<nlohmann::json> root = readJsonObject(dir / "config.json");
  if (!root) {
    return unreadable(entry, root.error());
  }
  const auto provenance = root.value().find("provenance");
  if (provenance != root.value().end() && provenance->is_object()) {
    entry.createdUtc = provenance->value("created_utc", std::string());
  }
  Result<RunConfig> config = RunConfig::fromJson(root.value(), (dir / "config.json").string());
  if (!config) {
    return unreadable(entry, config.error());
  }
  entry.name = config.value().name;
  entry.experiment = experimentName(config.value().experiment);
  entry.totalSteps = configuredSteps(config.value());

  std::string recordedStatus;
  if (fs::exists(dir / "summary.json", error)) {
    Result<nlohmann::json> summary = readJsonObject(dir / "summary.json");
    if (!summary) {
      return unreadable(entry, summary.error());
    }
    const nlohmann::json& s = summary.value();
    if (s.contains("status") && s["status"].is_string()) {
      recordedStatus = s["status"].get<std::string>();
    }
    if (s.contains("steps_done") && s["steps_done"].is_number_integer()) {
      entry.stepsDone = s["steps_done"].get<int64_t>();
    }
    if (s.contains("total_steps") && s["total_steps"].is_number_integer()) {
      entry.totalSteps = s["total_steps"].get<int64_t>();
    }
  }
  entry.status = effectiveRunStatus(recordedStatus, runLockHeld(dir));
  // An unreadable note does not hide the run: the list shows it without one.
  Result<std::string> note = readRunNote(dir);
  entry.note = note ? note.value() : std::string();
  entry.readable = true;
  return entry;
}

std::vector<RunCatalogEntry> listRuns(const fs::path& root) {
  std::vector<RunCatalogEntry> entries;
  std::error_code error;
  fs::directory_iterator it(root, error);
  if (error) {
    return entries;
  }
  for (const fs::directory_entry& child : it) {
    std::error_code childError;
    if (!child.is_directory(childError) ||
        !fs::exists(child.path() / "config.json", childError)) {
      continue;  // not a run: a stray file, an export folder
    }
    entries.push_back(readCatalogEntry(child.path()));
  }
  std::sort(entries.begin(), entries.end(),
            [](const RunCatalogEntry& a, const RunCatalogEntry& b) {
              if (a.createdUtc != b.createdUtc) {
                return a.createdUtc > b.createdUtc;
              }
              return a.dir.filename().string() > b.dir.filename().string();
            });
  return entries;
}

}  // namespace icl::core
