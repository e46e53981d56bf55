#include "core/models/checkpoint_archive.h"

#include <array>
#include <map>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include <caffe2/serialize/versions.h>

namespace icl::core {
namespace {

// Zip record signatures and sizes (APPNOTE.TXT 4.3), as miniz reads them.
constexpr uint32_t kEndSignature = 0x06054b50;
constexpr uint32_t kZip64EndSignature = 0x06064b50;
constexpr uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr uint32_t kCentralSignature = 0x02014b50;
constexpr uint32_t kLocalSignature = 0x04034b50;
constexpr uint64_t kEndSize = 22;
constexpr uint64_t kZip64EndSize = 56;
constexpr uint64_t kZip64LocatorSize = 20;
constexpr uint64_t kCentralSize = 46;
constexpr uint64_t kLocalSize = 30;
constexpr uint32_t kUint32Max = 0xffffffffu;

struct Entry {
  std::string name;
  uint16_t flags = 0;
  uint16_t method = 0;
  uint32_t crc = 0;
  uint64_t compressedSize = 0;
  uint64_t size = 0;
  uint64_t localOffset = 0;
  uint32_t attributes = 0;  // external; miniz takes the DOS folder bit 0x10 as a folder
};

class Bytes {
 public:
  explicit Bytes(const std::string& bytes) : bytes_(bytes) {}
  uint64_t size() const { return bytes_.size(); }
  bool has(uint64_t offset, uint64_t length) const {
    return offset <= size() && length <= size() - offset;
  }
  uint64_t le(uint64_t offset, int width) const {  // caller checked has(offset, width)
    uint64_t value = 0;
    for (int i = width - 1; i >= 0; --i) {
      value = (value << 8) | static_cast<unsigned char>(bytes_[offset + i]);
    }
    return value;
  }
  std::string text(uint64_t offset, uint64_t length) const {
    return bytes_.substr(offset, length);
  }

 private:
  const std::string& bytes_;
};

uint32_t crc32(const std::string& data) {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) {
        c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
      }
      t[i] = c;
    }
    return t;
  }();
  uint32_t crc = 0xffffffffu;
  for (const char byte : data) {
    crc = table[(crc ^ static_cast<unsigned char>(byte)) & 0xff] ^ (crc >> 8);
  }
  return crc ^ 0xffffffffu;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// miniz looks names up without regard to case.
bool sameName(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) {
      return false;
    }
  }
  return true;
}

// Throws std::runtime_error with the problem; checkTorchArchive turns it into a Status.
[[noreturn]] void fail(const std::string& problem) { throw std::runtime_error(problem); }

std::vector<Entry> readCentralDirectory(const Bytes& zip) {
  if (zip.size() < kEndSize) {
    fail("too short to be a zip archive");
  }
  // The end record is the last signature with room for the record, within the 64 KiB that a
  // zip comment can take.
  uint64_t end = zip.size() - kEndSize;
  const uint64_t lowest = end > 0xffff ? end - 0xffff : 0;
  while (zip.le(end, 4) != kEndSignature) {
    if (end == lowest) {
      fail("not a zip archive (no end of central directory record)");
    }
    --end;
  }
  uint64_t total = zip.le(end + 10, 2);
  uint64_t onThisDisk = zip.le(end + 8, 2);
  uint64_t disk = zip.le(end + 4, 2);
  uint64_t directoryDisk = zip.le(end + 6, 2);
  uint64_t directorySize = zip.le(end + 12, 4);
  uint64_t directoryOffset = zip.le(end + 16, 4);
  // LibTorch writes zip64 records too; miniz then takes the numbers from them.
  if (end >= kZip64LocatorSize && zip.le(end - kZip64LocatorSize, 4) == kZip64LocatorSignature) {
    const uint64_t locator = end - kZip64LocatorSize;
    const uint64_t zip64 = zip.le(locator + 8, 8);
    if (zip.size() < kZip64EndSize || zip64 > zip.size() - kZip64EndSize) {
      fail("the zip64 end record lies outside the file");
    }
    if (zip.le(zip64, 4) == kZip64EndSignature) {
      if (zip.le(zip64 + 4, 8) < kZip64EndSize - 12 || zip.le(locator + 16, 4) != 1 ||
          zip.le(zip64 + 32, 8) > kUint32Max || zip.le(zip64 + 24, 8) > kUint32Max ||
          zip.le(zip64 + 40, 8) > kUint32Max) {
        fail("unsupported zip64 end record");
      }
      total = zip.le(zip64 + 32, 8);
      onThisDisk = zip.le(zip64 + 24, 8);
      directorySize = zip.le(zip64 + 40, 8);
      disk = zip.le(zip64 + 16, 4);
      directoryDisk = zip.le(zip64 + 20, 4);
      directoryOffset = zip.le(zip64 + 48, 8);
    }
  }
  if (total != onThisDisk || ((disk | directoryDisk) != 0 && (disk != 1 || directoryDisk != 1))) {
    fail("multi-disk zip archives are not checkpoints");
  }
  if (directorySize < total * kCentralSize || !zip.has(directoryOffset, directorySize)) {
    fail("the central directory lies outside the file");
  }
  std::vector<Entry> entries;
  uint64_t at = directoryOffset;
  const uint64_t directoryEnd = directoryOffset + directorySize;
  for (uint64_t i = 0; i < total; ++i) {
    if (directoryEnd - at < kCentralSize || zip.le(at, 4) != kCentralSignature) {
      fail("central directory entry " + std::to_string(i) + " is damaged");
    }
    Entry entry;
    entry.flags = static_cast<uint16_t>(zip.le(at + 8, 2));
    entry.method = static_cast<uint16_t>(zip.le(at + 10, 2));
    entry.crc = static_cast<uint32_t>(zip.le(at + 16, 4));
    entry.compressedSize = zip.le(at + 20, 4);
    entry.size = zip.le(at + 24, 4);
    const uint64_t nameLength = zip.le(at + 28, 2);
    const uint64_t extraLength = zip.le(at + 30, 2);
    const uint64_t commentLength = zip.le(at + 32, 2);
    const uint64_t entryDisk = zip.le(at + 34, 2);
    entry.attributes = static_cast<uint32_t>(zip.le(at + 38, 4));
    entry.localOffset = zip.le(at + 42, 4);
    if (entry.compressedSize == kUint32Max || entry.size == kUint32Max ||
        entry.localOffset == kUint32Max) {
      fail("zip64 entries (over 4 GiB) are not supported");  // checkpoints are far smaller
    }
    if (entryDisk == 0xffff || (entryDisk != disk && entryDisk != 1)) {
      fail("central directory entry " + std::to_string(i) + " names another disk");
    }
    if (entry.localOffset + kLocalSize + entry.compressedSize > zip.size()) {
      fail("central directory entry " + std::to_string(i) + " points outside the file");
    }
    if (entry.flags & 0x20) {  // masked local headers
      fail("unsupported zip entry flags");
    }
    const uint64_t length = kCentralSize + nameLength + extraLength + commentLength;
    if (length > directoryEnd - at) {
      fail("central directory entry " + std::to_string(i) + " is damaged");
    }
    entry.name = zip.text(at + kCentralSize, nameLength);
    entries.push_back(std::move(entry));
    at += length;
  }
  return entries;
}

// A record's bytes as the file holds them, where miniz finds them; a stored one's CRC checked.
TorchRecord readRecord(const Bytes& zip, const Entry& entry) {
  const std::string name = "record '" + entry.name.substr(0, 100) + "'";
  if (entry.flags & 0x41) {
    fail(name + " is encrypted");
  }
  // miniz "extracts" a folder as nothing, leaving LibTorch's buffer uninitialised.
  if ((entry.attributes & 0x10) || (!entry.name.empty() && entry.name.back() == '/')) {
    fail(name + " is marked as a folder");
  }
  if ((entry.method != 0 && entry.method != 8) ||
      (entry.method == 0 && entry.compressedSize != entry.size)) {
    fail(name + " uses an unsupported compression");
  }
  if (!zip.has(entry.localOffset, kLocalSize) || zip.le(entry.localOffset, 4) != kLocalSignature) {
    fail(name + ": its local header is damaged");
  }
  const uint64_t data = entry.localOffset + kLocalSize + zip.le(entry.localOffset + 26, 2) +
                        zip.le(entry.localOffset + 28, 2);
  if (!zip.has(data, entry.compressedSize)) {
    fail(name + " lies outside the file");
  }
  TorchRecord record;
  record.method = entry.method;
  record.crc = entry.crc;
  record.size = entry.size;
  record.bytes = zip.text(data, entry.compressedSize);
  if (entry.method == 0 && crc32(record.bytes) != entry.crc) {
    fail(name + " fails its CRC check");
  }
  return record;
}

// What PyTorchStreamReader's constructor checks of the version record.
void checkVersion(const std::string& text) {
  uint64_t version = 0;
  try {
    version = std::stoull(text);  // as the reader parses it
  } catch (const std::exception&) {
    fail("the version record '" + text.substr(0, 20) + "' is not a number");
  }
  if (version < caffe2::serialize::kMinSupportedFileFormatVersion ||
      version > caffe2::serialize::kMaxSupportedFileFormatVersion) {
    fail("format version " + std::to_string(version) + " is not one this LibTorch reads (" +
         std::to_string(caffe2::serialize::kMinSupportedFileFormatVersion) + " to " +
         std::to_string(caffe2::serialize::kMaxSupportedFileFormatVersion) + ")");
  }
}

}  // namespace

Result<TorchRecords> readTorchArchive(const std::string& bytes) {
  try {
    if (bytes.compare(0, 8, "PYTORCH1") == 0) {
      fail("a preview-release archive format LibTorch no longer reads");
    }
    const Bytes zip(bytes);
    const std::vector<Entry> entries = readCentralDirectory(zip);
    if (entries.empty()) {
      fail("the archive holds no files");
    }
    const std::string& first = entries.front().name;
    const std::size_t slash = first.find('/');
    if (slash == std::string::npos || first.find('\0') < slash) {
      fail("the archive's files are not in a folder");
    }
    const std::string folder = first.substr(0, slash + 1);
    TorchRecords records;
    for (const Entry& entry : entries) {
      if (entry.name.size() <= folder.size() || !sameName(entry.name.substr(0, folder.size()), folder)) {
        fail("record '" + entry.name.substr(0, 100) + "' is outside the archive's folder");
      }
      const std::string name = entry.name.substr(folder.size());
      // miniz finds names without regard to case, so two such names are ambiguous.
      for (const auto& [known, unused] : records) {
        if (sameName(known, name)) {
          fail("record '" + name.substr(0, 100) + "' appears twice");
        }
      }
      records[name] = readRecord(zip, entry);
    }
    // The reader takes .data/version when present, else version.
    const TorchRecord* version = nullptr;
    for (const char* wanted : {"version", ".data/version"}) {
      for (const auto& [name, record] : records) {
        if (sameName(name, wanted)) {
          version = &record;
        }
      }
    }
    if (version == nullptr) {
      fail("the archive has no version record");
    }
    if (version->method != 0) {
      fail("the version record is compressed (LibTorch stores it)");
    }
    checkVersion(version->bytes);
    return Result<TorchRecords>::success(std::move(records));
  } catch (const std::runtime_error& problem) {
    return Result<TorchRecords>::failure(problem.what());
  }
}

}  // namespace icl::core
