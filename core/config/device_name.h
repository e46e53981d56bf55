#pragma once
// The config's "device" value: "auto", "cpu", "cuda" or "cuda:N". Parsed here (header-only, so
// the config readers and the fuzzers need no extra source) for the field's check and for
// resolveDevice, which decides what this machine can give.

#include <cstdint>
#include <optional>
#include <string>

namespace icl::core {

struct DeviceName {
  enum class Kind { Auto, Cpu, Cuda };
  Kind kind = Kind::Auto;
  int index = 0;  // CUDA ordinal; "cuda" is "cuda:0", as in LibTorch
};

/// @brief The parsed device name, or nullopt for anything but "auto", "cpu", "cuda" and
/// "cuda:N" with N a decimal ordinal (no sign, no spaces, below 1024).
inline std::optional<DeviceName> parseDeviceName(const std::string& name) {
  if (name == "auto") {
    return DeviceName{DeviceName::Kind::Auto, 0};
  }
  if (name == "cpu") {
    return DeviceName{DeviceName::Kind::Cpu, 0};
  }
  if (name == "cuda") {
    return DeviceName{DeviceName::Kind::Cuda, 0};
  }
  const std::string prefix = "cuda:";
  // No machine has 1024 GPUs; the bound keeps the number an int whatever its digits.
  constexpr int64_t kMaxOrdinal = 1023;
  if (name.size() <= prefix.size() || name.size() > prefix.size() + 4 ||
      name.compare(0, prefix.size(), prefix) != 0) {
    return std::nullopt;
  }
  int64_t index = 0;
  for (std::size_t i = prefix.size(); i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9') {
      return std::nullopt;
    }
    index = index * 10 + (name[i] - '0');
  }
  if (index > kMaxOrdinal) {
    return std::nullopt;
  }
  return DeviceName{DeviceName::Kind::Cuda, static_cast<int>(index)};
}

/// @brief Whether @p name asks for a CUDA device ("cuda" or "cuda:N").
inline bool isCudaDeviceName(const std::string& name) {
  const auto parsed = parseDeviceName(name);
  return parsed && parsed->kind == DeviceName::Kind::Cuda;
}

}  // namespace icl::core
