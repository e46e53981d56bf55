#include "core/util/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

namespace icl::core {
namespace fs = std::filesystem;

namespace {
fs::path temporaryBeside(const fs::path& path) {
  return path.parent_path() / ("." + path.filename().string() + ".tmp");
}
}  // namespace

Status writeAtomicallyWith(const fs::path& path,
                           const std::function<void(const fs::path&)>& writer) {
  const fs::path temporary = temporaryBeside(path);
  try {
    writer(temporary);
  } catch (const std::exception& error) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return Status::failure("cannot write " + path.string() + ": " + error.what());
  }
  // Without the sync a machine crash could leave the renamed file empty.
  const Status synced = syncPath(temporary);
  if (!synced) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return Status::failure("cannot write " + path.string() + ": " + synced.error());
  }
  std::error_code renameError;
  fs::rename(temporary, path, renameError);
  if (renameError) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return Status::failure("cannot write " + path.string() + ": " + renameError.message());
  }
  const fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  return syncPath(folder);
}

Status syncPath(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Status::failure("cannot open " + path.string() + " to sync it: " +
                           std::strerror(errno));
  }
  const int result = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  if (result != 0) {
    return Status::failure("cannot sync " + path.string() + ": " + std::strerror(error));
  }
  return Status::success();
}

Status writeFileAtomically(const fs::path& path, const std::string& content) {
  return writeAtomicallyWith(path, [&content](const fs::path& temporary) {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      throw std::runtime_error("cannot open " + temporary.string() + " for writing");
    }
    out << content;
    out.flush();
    if (!out) {
      throw std::runtime_error("write to " + temporary.string() + " failed (disk full?)");
    }
  });
}

Result<std::string> readWholeFile(const fs::path& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    return Result<std::string>::failure(path.string() + ": no such file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Result<std::string>::failure(path.string() + ": cannot be opened for reading");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return Result<std::string>::success(buffer.str());
}

}  // namespace icl::core
