#include "core/store/run_note.h"

#include <system_error>

#include "core/util/atomic_file.h"

namespace icl::core {

namespace fs = std::filesystem;

namespace {

std::string withoutTrailingSpace(std::string text) {
  const std::size_t end = text.find_last_not_of(" \t\r\n");
  text.erase(end == std::string::npos ? 0 : end + 1);
  return text;
}

}  // namespace

Result<std::string> readRunNote(const fs::path& runDir) {
  const fs::path path = runDir / kRunNoteFile;
  std::error_code error;
  if (!fs::exists(path, error)) {
    return Result<std::string>::success({});
  }
  Result<std::string> text = readWholeFile(path);
  if (!text) {
    return text;
  }
  return Result<std::string>::success(withoutTrailingSpace(std::move(text).value()));
}

Status writeRunNote(const fs::path& runDir, const std::string& note) {
  std::error_code error;
  if (!fs::is_regular_file(runDir / "config.json", error)) {
    return Status::failure(runDir.string() + ": not a run folder (no config.json); the note " +
                           "was not saved");
  }
  const std::string text = withoutTrailingSpace(note);
  const fs::path path = runDir / kRunNoteFile;
  if (text.empty()) {
    fs::remove(path, error);
    if (error) {
      return Status::failure(path.string() + ": cannot remove the note: " + error.message());
    }
    return Status::success();
  }
  return writeFileAtomically(path, text + "\n");
}

}  // namespace icl::core
