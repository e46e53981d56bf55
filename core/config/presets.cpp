#include "core/config/presets.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <system_error>

namespace icl::core {

namespace {

struct TimeRecord {
  const char* preset;
  double seconds;
  PresetTimeSource source;
  const char* basis;
};

// Reference times on the 2-core reference machine, 1 thread (issue #11). Measured ones are
// whole `icl-lab-cli run --preset NAME` runs; the machine was shared, so they lean slow. The
// paper-scale ones would take days here, so they are training steps x a time per step measured
// in docs/results.md ("Performance"): ICL paper config (depth 8, B = 128, N = 50) with the
// fused kernel ~0.2 s, about proportional to B; MatchNet, ProtoNet and CNP together ~0.03 s;
// standard GPT (D = 20, n = 41, B = 64) 14.9 s. Evaluations are left out.
constexpr double kDay = 86400.0;
const TimeRecord kTimes[] = {
    // Measured one at a time on 2026-12-01 with load average 9-10 from other work on the 2
    // cores (each got ~40 % of a core: user time 6-13 s), so an idle machine is faster.
    {"quick-mixture", 17.0, PresetTimeSource::Measured,
     "measured 2026-12-01: 17 s with the machine loaded (load average 10)"},
    {"p1-sim", 38.0, PresetTimeSource::Measured,
     "measured 2026-12-01: 38 s with the machine loaded (load average 10)"},
    {"p1-proto", 25.0, PresetTimeSource::Measured,
     "measured 2026-12-01: 25 s with the machine loaded (load average 9)"},
    {"p1-ave", 29.0, PresetTimeSource::Measured,
     "measured 2026-12-01: 29 s with the machine loaded (load average 9)"},
    {"p2-mixture", 25.0, PresetTimeSource::Measured,
     "summary.json wall_s of a seed-0 run (results runs, 2026-12-01); 45-54 s with other runs "
     "alongside"},
    {"p3-shift", 45.0, PresetTimeSource::Measured,
     "docs/results.md: 45 s (25 s training, 20 s evaluation)"},
    {"p4-radial", 24.0, PresetTimeSource::Measured, "docs/results.md: 24 s (/usr/bin/time)"},
    {"i1-curriculum", 205.0, PresetTimeSource::Measured,
     "docs/results.md (sweep of seeds 0-2): 205 s per seed with two seeds side by side on the 2 "
     "cores, 137 s alone; 4:43-8:43 earlier with load average 5-10 from other work"},
    {"i2-meta-meta", 152.0, PresetTimeSource::Measured,
     "docs/results.md (sweep of seeds 0-2): 152 s per seed with two seeds side by side on the 2 "
     "cores, 130 s alone"},
    {"p1-sim-paper", 500000 * (4 * 0.2 + 0.03), PresetTimeSource::Estimated,
     "estimate: 500k steps x 0.83 s (ICL at B = 512: 4 x 0.2 s, + 0.03 s the other learners)"},
    {"p1-proto-paper", 1000000 * (0.2 + 0.03), PresetTimeSource::Estimated,
     "estimate: 1M steps x 0.23 s (ICL at B = 128: 0.2 s, + 0.03 s the other learners)"},
    {"p1-ave-paper", 100000 * (0.2 + 0.03), PresetTimeSource::Estimated,
     "estimate: 100k steps x 0.23 s (ICL at B = 128: 0.2 s, + 0.03 s the other learners)"},
    {"p2-mixture-paper", 1000000 * (0.2 + 0.03), PresetTimeSource::Estimated,
     "estimate: 1M steps x 0.23 s (ICL at B = 126: 0.2 s, + 0.03 s the other learners)"},
    {"i1-curriculum-paper", 2 * 500000 * 14.9, PresetTimeSource::Estimated,
     "estimate: 2 arms x 500k steps x 14.9 s (standard GPT)"},
    {"i2-meta-meta-paper", 100000 * 6 * 14.9, PresetTimeSource::Estimated,
     "estimate, a lower bound: 100k meta-steps x (5 inner + 1 outer) x 14.9 s (standard GPT; "
     "second order costs more)"},
};

std::optional<nlohmann::json> readJson(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) {
    return std::nullopt;
  }
  nlohmann::json value = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    return std::nullopt;
  }
  return value;
}

}  // namespace

std::vector<PresetInfo> listPresets() {
  std::vector<PresetInfo> presets;
  for (const EmbeddedPreset& preset : embeddedPresets()) {
    const Result<RunConfig> config = loadPreset(preset.name);
    PresetInfo info;
    info.name = preset.name;
    info.description = config ? config.value().description : "(invalid: " + config.error() + ")";
    info.paperScale = isPaperScalePreset(preset.name);
    info.time = presetReferenceTime(preset.name).value_or(PresetTime{});
    presets.push_back(std::move(info));
  }
  return presets;
}

std::optional<PresetTime> presetReferenceTime(const std::string& name) {
  for (const TimeRecord& record : kTimes) {
    if (name == record.preset) {
      return PresetTime{record.seconds, record.source, record.basis};
    }
  }
  return std::nullopt;
}

bool isPaperScalePreset(const std::string& name) {
  const std::string suffix = "-paper";
  return name.size() > suffix.size() &&
         name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::optional<double> lastRunSeconds(const std::filesystem::path& runsRoot,
                                     const std::string& preset) {
  std::error_code error;
  std::filesystem::directory_iterator folders(runsRoot, error);
  if (error) {
    return std::nullopt;
  }
  std::optional<double> newest;
  std::filesystem::file_time_type newestTime{};
  for (const auto& entry : folders) {
    const std::filesystem::path summaryPath = entry.path() / "summary.json";
    if (!entry.is_directory(error) || !std::filesystem::is_regular_file(summaryPath, error)) {
      continue;
    }
    const auto summary = readJson(summaryPath);
    const auto config = readJson(entry.path() / "config.json");
    if (!summary || !config || !summary->is_object() || !config->is_object() ||
        config->value("name", std::string()) != preset ||
        summary->value("status", std::string()) != "completed" || !summary->contains("wall_s") ||
        !(*summary)["wall_s"].is_number()) {
      continue;
    }
    const auto written = std::filesystem::last_write_time(summaryPath, error);
    if (error) {
      continue;
    }
    if (!newest || written > newestTime) {
      newest = (*summary)["wall_s"].get<double>();
      newestTime = written;
    }
  }
  return newest;
}

std::string formatDuration(double seconds) {
  if (!(seconds >= 0.0)) {
    return "?";
  }
  if (seconds >= 2.0 * kDay) {
    return std::to_string(static_cast<long long>(std::llround(seconds / kDay))) + " days";
  }
  const long long total = std::llround(seconds);
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", total / 3600, total / 60 % 60,
                  total % 60);
  } else {
    std::snprintf(text, sizeof text, "%lld:%02lld", total / 60, total % 60);
  }
  return text;
}

Result<std::string> presetText(const std::string& name) {
  std::string known;
  for (const EmbeddedPreset& preset : embeddedPresets()) {
    if (name == preset.name) {
      return Result<std::string>::success(preset.json);
    }
    known += (known.empty() ? "" : ", ") + std::string(preset.name);
  }
  return Result<std::string>::failure("no preset named '" + name + "' (known: " + known + ")");
}

Result<RunConfig> loadPreset(const std::string& name) {
  const Result<std::string> text = presetText(name);
  if (!text) {
    return Result<RunConfig>::failure(text.error());
  }
  return RunConfig::fromJsonText(text.value(), "preset " + name);
}

}  // namespace icl::core
