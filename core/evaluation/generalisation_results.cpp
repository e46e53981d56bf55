#include "core/evaluation/generalisation_results.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/store/csv.h"

namespace icl::core {

namespace {

constexpr std::size_t kMaxTagLength = 64;
const std::string kManifestStem = "generalisation";
const std::string kManifestSuffix = ".json";

Result<std::string> readText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Result<std::string>::failure(path.string() + ": cannot be read (missing?)");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return Result<std::string>::success(text.str());
}

}  // namespace

GeneralisationFiles generalisationFiles(const std::string& tag) {
  const std::string suffix = tag.empty() ? std::string() : "-" + tag;
  return {"generalisation" + suffix + ".csv", "probe" + suffix + ".csv",
          kManifestStem + suffix + kManifestSuffix};
}

Status checkGeneralisationTag(const std::string& tag) {
  const bool allowed = std::all_of(tag.begin(), tag.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.';
  });
  if (!allowed || tag.size() > kMaxTagLength || tag == "." || tag == "..") {
    return Status::failure("tag '" + tag +
                           "': use at most 64 letters, digits, '-', '_' or '.'");
  }
  return Status::success();
}

std::vector<std::string> generalisationTags(const std::filesystem::path& runDir) {
  std::vector<std::string> tags;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(runDir, error)) {
    const std::string name = entry.path().filename().string();
    if (name.size() < kManifestStem.size() + kManifestSuffix.size() ||
        name.compare(0, kManifestStem.size(), kManifestStem) != 0 ||
        name.compare(name.size() - kManifestSuffix.size(), kManifestSuffix.size(),
                     kManifestSuffix) != 0) {
      continue;
    }
    const std::string middle = name.substr(
        kManifestStem.size(), name.size() - kManifestStem.size() - kManifestSuffix.size());
    if (middle.empty()) {
      tags.emplace_back();
    } else if (middle.front() == '-' && checkGeneralisationTag(middle.substr(1))) {
      tags.push_back(middle.substr(1));
    }
  }
  std::sort(tags.begin(), tags.end());
  return tags;
}

Result<GeneralisationResults> readGeneralisation(const std::filesystem::path& runDir,
                                                 const std::string& tag) {
  using R = Result<GeneralisationResults>;
  const GeneralisationFiles files = generalisationFiles(tag);
  GeneralisationResults results;
  results.tag = tag;
  const Result<std::string> manifest = readText(runDir / files.manifest);
  if (!manifest) {
    return R::failure(manifest.error());
  }
  results.manifest = nlohmann::json::parse(manifest.value(), nullptr, false);
  if (!results.manifest.is_object()) {
    return R::failure((runDir / files.manifest).string() + ": not a JSON object");
  }
  const Result<std::string> accuracyText = readText(runDir / files.accuracy);
  if (!accuracyText) {
    return R::failure(accuracyText.error());
  }
  auto accuracy =
      parseGeneralisationCsv(accuracyText.value(), (runDir / files.accuracy).string());
  if (!accuracy) {
    return R::failure(accuracy.error());
  }
  results.accuracy = std::move(accuracy.value());
  if (std::filesystem::exists(runDir / files.probe)) {
    const Result<std::string> probeText = readText(runDir / files.probe);
    if (!probeText) {
      return R::failure(probeText.error());
    }
    auto probe = parseProbeCsv(probeText.value(), (runDir / files.probe).string());
    if (!probe) {
      return R::failure(probe.error());
    }
    results.probe = std::move(probe.value());
  }
  return R::success(std::move(results));
}

}  // namespace icl::core
