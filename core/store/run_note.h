#pragma once
// A person's note on a run (issue #11): free text in RUN_DIR/note.txt, written by the window's
// run list and printed by `icl-lab-cli report`. The note is the user's own words, so it is
// replaced atomically: a failed write leaves the earlier note as it was.

#include <filesystem>
#include <string>

#include "core/util/result.h"

namespace icl::core {

/// Name of the note file inside a run folder.
inline constexpr const char* kRunNoteFile = "note.txt";

/// @brief Reads @p runDir's note without its trailing line breaks.
/// @return the note, an empty string when the run has none, or an error naming the file
Result<std::string> readRunNote(const std::filesystem::path& runDir);

/// @brief Replaces @p runDir's note with @p note (trailing white space dropped, one final
/// newline added). An empty note removes note.txt. Refuses a folder without config.json, so a
/// note never turns a stray folder into something that looks like a run.
/// @return success, or an error naming the folder or file; the earlier note is then unchanged
Status writeRunNote(const std::filesystem::path& runDir, const std::string& note);

}  // namespace icl::core
