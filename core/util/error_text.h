#pragma once
// Turning exceptions into messages for the user.

#include <exception>
#include <string>

namespace icl::core {

/// @brief The first line of an exception's message: c10::Error appends a C++ backtrace, which
/// belongs in a log, not in a run's message.
inline std::string firstLine(const std::exception& error) {
  const std::string what = error.what();
  return what.substr(0, what.find('\n'));
}

}  // namespace icl::core
