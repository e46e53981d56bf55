#pragma once
// Expected, user-caused failures (bad config, missing file, corrupt checkpoint) are returned,
// not thrown: C++17 has no std::expected, so this is the small stand-in.

#include <optional>
#include <string>
#include <utility>

namespace icl::core {

/// @brief A value or an error message meant for the user.
template <typename T>
class Result {
 public:
  static Result success(T value) { return Result(std::move(value), {}); }
  static Result failure(std::string message) { return Result(std::nullopt, std::move(message)); }

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const std::string& error() const { return error_; }

 private:
  Result(std::optional<T> value, std::string error)
      : value_(std::move(value)), error_(std::move(error)) {}
  std::optional<T> value_;
  std::string error_;
};

/// @brief Success or an error message, for operations that return nothing.
class Status {
 public:
  static Status success() { return Status({}); }
  static Status failure(std::string message) { return Status(std::move(message)); }
  bool ok() const { return error_.empty(); }
  explicit operator bool() const { return ok(); }
  const std::string& error() const { return error_; }

 private:
  explicit Status(std::string error) : error_(std::move(error)) {}
  std::string error_;
};

}  // namespace icl::core
