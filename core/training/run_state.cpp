#include "core/training/run_state.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <system_error>

#include "core/models/checkpoint.h"
#include "core/util/atomic_file.h"
#include "core/util/error_text.h"
#include "core/util/test_hooks.h"

namespace icl::core {
namespace fs = std::filesystem;

namespace {

constexpr const char* kStatePrefix = "state-";
constexpr const char* kCountersFile = "state.json";
constexpr const char* kGeneratorsFile = "rng.pt";
constexpr const char* kDefaultGenerator = "torch_default_cpu";

std::vector<GeneratorRef> withDefault(std::vector<GeneratorRef> generators,
                                      at::Generator& defaultGenerator) {
  generators.push_back({kDefaultGenerator, &defaultGenerator});
  return generators;
}

/// Removes every state-* folder but @p keep (older states and leftovers of a crashed write).
void removeOtherStates(const fs::path& checkpoints, const std::string& keep) {
  std::error_code error;
  std::vector<fs::path> stale;  // collected first: no removal while iterating the folder
  for (const auto& entry : fs::directory_iterator(checkpoints, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(kStatePrefix, 0) == 0 && name != keep && entry.is_directory(error)) {
      stale.push_back(entry.path());
    }
  }
  for (const fs::path& path : stale) {
    fs::remove_all(path, error);
  }
}

}  // namespace

Status writeRunState(const fs::path& runDir, int64_t step,
                     const std::vector<TrainableRef>& trainables,
                     const std::vector<GeneratorRef>& generators, const nlohmann::json& counters) {
  const fs::path checkpoints = runDir / "checkpoints";
  const std::string folderName = kStatePrefix + std::to_string(step);
  const fs::path folder = checkpoints / folderName;
  fs::path current = folder;
  try {
    std::error_code error;
    // A folder of this name is a leftover that the manifest does not name: start it afresh.
    fs::remove_all(folder, error);
    fs::create_directories(folder, error);
    if (error) {
      return Status::failure("cannot write checkpoint folder " + folder.string() + ": " +
                             error.message());
    }
    bool first = true;
    for (const TrainableRef& trainable : trainables) {
      current = folder / (trainable.name + ".pt");
      torch::serialize::OutputArchive archive;
      torch::serialize::OutputArchive model;
      trainable.module->save(model);
      archive.write("model", model);
      torch::serialize::OutputArchive optimizer;
      trainable.optimizer->save(optimizer);
      archive.write("optimizer", optimizer);
      const Status written = writeArchive(archive, current);
      if (!written) {
        return written;
      }
      if (first) {
        testHookPause("checkpoint", step);  // test-only: lets kill -9 land mid-write
        first = false;
      }
    }
    at::Generator defaultGenerator = at::detail::getDefaultCPUGenerator();
    current = folder / kGeneratorsFile;
    torch::serialize::OutputArchive rng;
    for (const GeneratorRef& ref : withDefault(generators, defaultGenerator)) {
      rng.write(ref.name, ref.generator->get_state());
    }
    const Status rngWritten = writeArchive(rng, current);
    if (!rngWritten) {
      return rngWritten;
    }
    current = folder / kCountersFile;
    nlohmann::json stateJson = counters;
    stateJson["step"] = step;
    const Status countersWritten = writeFileAtomically(current, stateJson.dump(2) + "\n");
    if (!countersWritten) {
      return countersWritten;
    }
    const Status synced = syncPath(folder);
    if (!synced) {
      return synced;
    }
    // The switch: until this rename lands, checkpoint.json still names the previous state.
    current = runDir / kCheckpointManifest;
    const nlohmann::json manifest = {{"schemaVersion", 1},
                                     {"step", step},
                                     {"state", "checkpoints/" + folderName}};
    const Status switched = writeFileAtomically(current, manifest.dump(2) + "\n");
    if (!switched) {
      return switched;
    }
  } catch (const std::exception& error) {
    return Status::failure("cannot write checkpoint " + current.string() + ": " +
                           firstLine(error));
  }
  removeOtherStates(checkpoints, folderName);
  testHookNote("checkpoint-saved", step);
  return Status::success();
}

Result<ResumePoint> readResumePoint(const fs::path& runDir) {
  using R = Result<ResumePoint>;
  ResumePoint point;
  const fs::path manifestPath = runDir / kCheckpointManifest;
  std::error_code error;
  if (!fs::exists(manifestPath, error)) {
    return R::success(point);  // killed before its first checkpoint: start over
  }
  const Result<std::string> text = readWholeFile(manifestPath);
  if (!text) {
    return R::failure(text.error());
  }
  try {
    const nlohmann::json manifest = nlohmann::json::parse(text.value());
    point.step = manifest.at("step").get<int64_t>();
    point.folder = runDir / manifest.at("state").get<std::string>();
  } catch (const nlohmann::json::exception& parseError) {
    return R::failure(manifestPath.string() + ": not a valid checkpoint manifest: " +
                      parseError.what());
  }
  const fs::path countersPath = point.folder / kCountersFile;
  const Result<std::string> countersText = readWholeFile(countersPath);
  if (!countersText) {
    return R::failure(countersText.error() + " (named by " + manifestPath.string() + ")");
  }
  try {
    point.counters = nlohmann::json::parse(countersText.value());
  } catch (const nlohmann::json::exception& parseError) {
    return R::failure(countersPath.string() + ": not valid JSON: " + parseError.what());
  }
  if (point.counters.value("step", int64_t{-2}) != point.step) {
    return R::failure(countersPath.string() + ": its step does not match " +
                      manifestPath.string());
  }
  return R::success(point);
}

Status loadRunState(const ResumePoint& point, const std::vector<TrainableRef>& trainables,
                    const std::vector<GeneratorRef>& generators) {
  fs::path current = point.folder;
  try {
    for (const TrainableRef& trainable : trainables) {
      current = point.folder / (trainable.name + ".pt");
      std::error_code error;
      if (!fs::is_regular_file(current, error)) {
        return Status::failure("checkpoint " + current.string() + ": no such file");
      }
      torch::serialize::InputArchive archive;
      archive.load_from(current.string());
      torch::serialize::InputArchive model;
      archive.read("model", model);
      trainable.module->load(model);
      torch::serialize::InputArchive optimizer;
      archive.read("optimizer", optimizer);
      trainable.optimizer->load(optimizer);
    }
    at::Generator defaultGenerator = at::detail::getDefaultCPUGenerator();
    current = point.folder / kGeneratorsFile;
    torch::serialize::InputArchive rng;
    rng.load_from(current.string());
    for (const GeneratorRef& ref : withDefault(generators, defaultGenerator)) {
      torch::Tensor state;
      rng.read(ref.name, state);
      ref.generator->set_state(state);
    }
  } catch (const std::exception& error) {
    return Status::failure("checkpoint " + current.string() +
                           " is corrupt or does not match the run's config: " + firstLine(error));
  }
  return Status::success();
}

}  // namespace icl::core
