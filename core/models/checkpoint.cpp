#include "core/models/checkpoint.h"

#include <fstream>
#include <sstream>

#include <torch/torch.h>

#include "core/models/checkpoint_archive.h"
#include "core/util/atomic_file.h"

namespace icl::core {

Status saveCheckpoint(Learner& learner, const std::filesystem::path& path) {
  return writeAtomicallyWith(path, [&learner](const std::filesystem::path& temporary) {
    torch::serialize::OutputArchive archive;
    learner.module().save(archive);
    archive.save_to(temporary.string());
  });
}

Status loadCheckpoint(Learner& learner, const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    return Status::failure("checkpoint " + path.string() + ": no such file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::failure("checkpoint " + path.string() + ": cannot be opened for reading");
  }
  return loadCheckpoint(learner, in, path.string());
}

namespace {

// A LibTorch archive holds TorchScript code next to the weights, and loading compiles it; the
// compiler crashes on some damaged code (found by tests/fuzz/fuzz_checkpoint). So the code and
// constants must be exactly what this learner's module saves, and only then reach LibTorch.
Status checkCode(Learner& learner, const TorchRecords& records) {
  std::ostringstream saved;
  torch::serialize::OutputArchive archive;
  learner.module().save(archive);
  archive.save_to(saved);
  const Result<TorchRecords> expected = readTorchArchive(saved.str());
  if (!expected) {
    return Status::failure("cannot compare with this learner's archive: " + expected.error());
  }
  const auto isCode = [](const std::string& name) {
    return name.rfind("code/", 0) == 0 || name == "constants.pkl";
  };
  for (const auto& [name, record] : expected.value()) {
    if (isCode(name) && (records.count(name) == 0 || records.at(name) != record)) {
      return Status::failure("its " + name + " differs from this learner's");
    }
  }
  for (const auto& [name, record] : records) {
    if (isCode(name) && expected.value().count(name) == 0) {
      return Status::failure("it has a " + name.substr(0, 100) + " this learner does not");
    }
  }
  return Status::success();
}

}  // namespace

Status loadCheckpoint(Learner& learner, std::istream& in, const std::string& source) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string bytes = buffer.str();
  // LibTorch leaks memory on some damaged archives (checkpoint_archive.h): check them first.
  const Result<TorchRecords> records = readTorchArchive(bytes);
  if (!records) {
    return Status::failure("checkpoint " + source + " is corrupt (not a LibTorch archive: " +
                           records.error() + ")");
  }
  const Status code = checkCode(learner, records.value());
  if (!code) {
    return Status::failure("checkpoint " + source +
                           " is corrupt or does not match this learner's config: " + code.error());
  }
  try {
    std::istringstream archiveBytes(bytes);
    torch::serialize::InputArchive archive;
    archive.load_from(archiveBytes);
    learner.module().load(archive);
  } catch (const std::exception& loadError) {
    // c10::Error messages carry a long C++ backtrace; the first line says what happened.
    std::string what = loadError.what();
    what = what.substr(0, what.find('\n'));
    return Status::failure("checkpoint " + source +
                           " is corrupt or does not match this learner's config: " + what);
  }
  return Status::success();
}

}  // namespace icl::core
