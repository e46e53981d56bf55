#pragma once
// Reads a checkpoint's zip before LibTorch does. LibTorch 1.13's archive reader
// (caffe2::serialize::PyTorchStreamReader) opens the zip and then checks its layout in its
// constructor; when such a check throws, the opened zip state is never freed, so corrupt
// checkpoints leaked memory (found by tests/fuzz/fuzz_checkpoint). readTorchArchive applies
// the same rules first (miniz's central directory rules, the reader's folder and version
// record), so LibTorch only sees archives its constructor accepts; its records let
// loadCheckpoint compare the archive with the learner's own (code, data.pkl, sizes).

#include <cstdint>
#include <map>
#include <string>

#include "core/util/result.h"

namespace icl::core {

/// One record as the zip holds it: stored, or deflated (LibTorch deflates some code files).
struct TorchRecord {
  int method = 0;      // 0 stored, 8 deflated
  uint32_t crc = 0;    // CRC-32 of the uncompressed bytes
  uint64_t size = 0;   // uncompressed size
  std::string bytes;   // as in the file (compressed when method is 8)

  bool operator==(const TorchRecord& other) const {
    return method == other.method && crc == other.crc && size == other.size &&
           bytes == other.bytes;
  }
  bool operator!=(const TorchRecord& other) const { return !(*this == other); }
};

/// Name below the archive's folder (e.g. "code/__torch__.py") -> the record.
using TorchRecords = std::map<std::string, TorchRecord>;

/// @brief The records of @p bytes when they are a zip archive with a readable central
/// directory and every entry, stored or deflated, inside the file and in the first entry's
/// folder (stored ones pass their CRC), with a stored version record of a format this LibTorch
/// reads; otherwise what is wrong, for the user.
Result<TorchRecords> readTorchArchive(const std::string& bytes);

}  // namespace icl::core
