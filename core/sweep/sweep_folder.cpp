#include "core/sweep/sweep_folder.h"

#include <system_error>

#include "core/util/atomic_file.h"

namespace icl::core {

namespace fs = std::filesystem;

namespace {

/// Why @p dir cannot take a new sweep, or success when it is missing or empty.
Status checkUnused(const fs::path& dir) {
  std::error_code error;
  if (!fs::exists(dir, error)) {
    return Status::success();
  }
  if (!fs::is_directory(dir, error)) {
    return Status::failure(dir.string() + " is a file, not a folder; give another --out");
  }
  fs::directory_iterator entries(dir, error);
  if (error) {
    return Status::failure("cannot read the folder " + dir.string() + ": " + error.message());
  }
  if (entries == fs::directory_iterator()) {
    return Status::success();
  }
  if (fs::exists(dir / "config.json", error)) {
    return Status::failure(dir.string() +
                           " is a run folder, not a sweep folder; give a new --out folder");
  }
  return Status::failure(dir.string() + " already holds files that are not a sweep (such as " +
                         entries->path().filename().string() +
                         "); give a new or empty --out folder");
}

Status createFolder(const fs::path& dir) {
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) {
    return Status::failure("cannot create the folder " + dir.string() + ": " + error.message());
  }
  return Status::success();
}

/// Writes the point configs that are missing or differ; never touches one that is current.
Status writePointConfigs(const fs::path& sweepDir, const SweepPlan& plan) {
  for (std::size_t i = 0; i < plan.manifest.points.size(); ++i) {
    const fs::path path = sweepPointConfigPath(sweepDir, plan.manifest.points[i]);
    const Result<std::string> current = readWholeFile(path);
    if (current && current.value() == plan.pointConfigs[i]) {
      continue;
    }
    if (Status written = writeFileAtomically(path, plan.pointConfigs[i]); !written) {
      return written;
    }
  }
  return Status::success();
}

}  // namespace

fs::path sweepPointConfigPath(const fs::path& sweepDir, const SweepPoint& point) {
  return sweepDir / kSweepPointsFolder / (point.folder + ".json");
}

Result<SweepManifest> prepareSweepFolder(const fs::path& sweepDir, const SweepPlan& plan) {
  using R = Result<SweepManifest>;
  SweepManifest manifest = plan.manifest;
  const bool existing = isSweepFolder(sweepDir);
  if (existing) {
    Result<SweepManifest> found = readSweepManifest(sweepDir);
    if (!found) {
      return R::failure(found.error());
    }
    if (const Status same = sameSweep(found.value(), plan.manifest); !same) {
      return R::failure(sweepDir.string() + " holds a different sweep: " + same.error() +
                        "; give a new --out folder, or the same options to continue it");
    }
    manifest = std::move(found).value();
  } else if (const Status unused = checkUnused(sweepDir); !unused) {
    return R::failure(unused.error());
  }
  for (const fs::path& dir :
       {sweepDir, sweepDir / kSweepPointsFolder, sweepDir / kSweepLogsFolder}) {
    if (Status created = createFolder(dir); !created) {
      return R::failure(created.error());
    }
  }
  if (Status written = writePointConfigs(sweepDir, plan); !written) {
    return R::failure(written.error());
  }
  // The manifest last: a folder with sweep.json has all its point configs.
  if (!existing) {
    if (Status written = writeSweepManifest(sweepDir, manifest); !written) {
      return R::failure(written.error());
    }
  }
  return R::success(std::move(manifest));
}

Result<SweepPlan> planFromManifest(const SweepManifest& manifest) {
  SweepPlan plan;
  plan.manifest = manifest;
  for (const SweepPoint& point : manifest.points) {
    Result<std::string> config = sweepPointConfig(manifest, point);
    if (!config) {
      return Result<SweepPlan>::failure(config.error());
    }
    plan.pointConfigs.push_back(std::move(config).value());
  }
  return Result<SweepPlan>::success(std::move(plan));
}

}  // namespace icl::core
