#include "core/models/checkpoint.h"

#include <fstream>
#include <sstream>

#include <torch/torch.h>

#include "core/models/checkpoint_archive.h"
#include "core/util/atomic_file.h"
#include "core/util/error_text.h"

namespace icl::core {

Status writeArchive(torch::serialize::OutputArchive& archive, const std::filesystem::path& path) {
  std::ostringstream bytes;
  try {
    archive.save_to(bytes);
  } catch (const std::exception& error) {
    return Status::failure("cannot write " + path.string() + ": " + firstLine(error));
  }
  return writeFileAtomically(path, bytes.str());
}

Status saveModule(torch::nn::Module& module, const std::filesystem::path& path) {
  torch::serialize::OutputArchive archive;
  module.save(archive);
  return writeArchive(archive, path);
}

Status saveCheckpoint(Learner& learner, const std::filesystem::path& path) {
  return saveModule(learner.module(), path);
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

// The device of each storage in data.pkl, a pickled string such as "cpu" or "cuda:0", as
// "cpu", so that a checkpoint saved on a GPU compares equal to this learner's on the CPU.
std::string withDevicesAsCpu(std::string pickle) {
  const std::string cuda = "cuda:";
  for (std::size_t at = pickle.find(cuda); at != std::string::npos; at = pickle.find(cuda, at + 1)) {
    std::size_t end = at + cuda.size();
    while (end < pickle.size() && pickle[end] >= '0' && pickle[end] <= '9') {
      ++end;
    }
    const std::size_t length = end - at;
    // BINUNICODE: 'X', a 4-byte little-endian length, the bytes.
    if (at < 5 || pickle[at - 5] != 'X' || static_cast<unsigned char>(pickle[at - 4]) != length ||
        pickle.compare(at - 3, 3, std::string(3, '\0')) != 0) {
      continue;
    }
    pickle.replace(at - 5, 5 + length, std::string("X\x03\0\0\0cpu", 8));
    at -= 5;
  }
  return pickle;
}

// A LibTorch archive holds TorchScript code next to the weights; loading compiles the code and
// unpickles data.pkl, and LibTorch 1.13 crashes on some damaged code and some damaged pickles
// (found by tests/fuzz/fuzz_checkpoint). So only the weights may differ from what this
// learner's module saves: the same records, the same code, constants and data.pkl (up to the
// device), and data/<n> of the same sizes.
Status checkStructure(Learner& learner, const TorchRecords& records) {
  std::ostringstream saved;
  torch::serialize::OutputArchive archive;
  learner.module().save(archive);
  archive.save_to(saved);
  const Result<TorchRecords> expected = readTorchArchive(saved.str());
  if (!expected) {
    return Status::failure("cannot compare with this learner's archive: " + expected.error());
  }
  // Records about the file rather than the model, present or not by the LibTorch that wrote
  // it: the version (checked by readTorchArchive), and since LibTorch 2.x "byteorder" and a
  // per-save ".data/serialization_id", which differ between any two saves and are absent from
  // Debian 12's 1.13 archives. A checkpoint from either LibTorch loads with the other.
  const auto isFileMetadata = [](const std::string& name) {
    return name == "version" || name == ".data/version" || name == "byteorder" ||
           name == ".data/serialization_id";
  };
  if (const auto order = records.find("byteorder"); order != records.end()) {
    const TorchRecord& record = order->second;
    if (record.method != 0 || (record.bytes != "little" && record.bytes != "big")) {
      return Status::failure("its byteorder record is neither \"little\" nor \"big\"");
    }
  }
  for (const auto& [name, record] : records) {
    if (!isFileMetadata(name) && expected.value().count(name) == 0) {
      return Status::failure("it has a record " + name.substr(0, 100) + " this learner's has not");
    }
  }
  for (const auto& [name, mine] : expected.value()) {
    const auto found = records.find(name);
    if (isFileMetadata(name)) {
      continue;
    }
    if (found == records.end()) {
      return Status::failure("it has no record " + name);
    }
    const TorchRecord& theirs = found->second;
    const bool same =
        name.rfind("data/", 0) == 0
            ? theirs.method == mine.method && theirs.size == mine.size
            : name == "data.pkl" && theirs.method == 0 && mine.method == 0
                  ? withDevicesAsCpu(theirs.bytes) == withDevicesAsCpu(mine.bytes)
                  : theirs == mine;
    if (!same) {
      return Status::failure("its " + name + " differs from this learner's");
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
  const Status structure = checkStructure(learner, records.value());
  if (!structure) {
    return Status::failure("checkpoint " + source +
                           " is corrupt or does not match this learner's config: " +
                           structure.error());
  }
  try {
    std::istringstream archiveBytes(bytes);
    torch::serialize::InputArchive archive;
    archive.load_from(archiveBytes);
    learner.module().load(archive);
  } catch (const std::exception& loadError) {
    return Status::failure("checkpoint " + source +
                           " is corrupt or does not match this learner's config: " +
                           firstLine(loadError));
  }
  return Status::success();
}

}  // namespace icl::core
