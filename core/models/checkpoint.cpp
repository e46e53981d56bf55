#include "core/models/checkpoint.h"

#include <torch/torch.h>

#include <sstream>

#include "core/util/atomic_file.h"

namespace icl::core {

Status writeArchive(torch::serialize::OutputArchive& archive, const std::filesystem::path& path) {
  std::ostringstream bytes;
  try {
    archive.save_to(bytes);
  } catch (const std::exception& error) {
    const std::string what = error.what();
    return Status::failure("cannot write " + path.string() + ": " +
                           what.substr(0, what.find('\n')));
  }
  return writeFileAtomically(path, bytes.str());
}

Status saveCheckpoint(Learner& learner, const std::filesystem::path& path) {
  torch::serialize::OutputArchive archive;
  learner.module().save(archive);
  return writeArchive(archive, path);
}

Status loadCheckpoint(Learner& learner, const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    return Status::failure("checkpoint " + path.string() + ": no such file");
  }
  try {
    torch::serialize::InputArchive archive;
    archive.load_from(path.string());
    learner.module().load(archive);
  } catch (const std::exception& loadError) {
    // c10::Error messages carry a long C++ backtrace; the first line says what happened.
    std::string what = loadError.what();
    what = what.substr(0, what.find('\n'));
    return Status::failure("checkpoint " + path.string() +
                           " is corrupt or does not match this learner's config: " + what);
  }
  return Status::success();
}

}  // namespace icl::core
