#include "core/store/run_folder_name.h"

namespace icl::core {
namespace {

constexpr std::size_t kMaxComponentLength = 64;  // leaves room for the stamp under NAME_MAX

bool keptAsIs(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '.' || c == '_' || c == '-';
}

}  // namespace

std::string safeFolderComponent(const std::string& name) {
  std::string safe;
  for (char c : name) {
    safe.push_back(keptAsIs(c) ? c : '-');
  }
  const std::size_t first = safe.find_first_not_of(".-");
  safe = first == std::string::npos ? std::string() : safe.substr(first);
  if (safe.size() > kMaxComponentLength) {
    safe.resize(kMaxComponentLength);
  }
  return safe.empty() ? std::string("run") : safe;
}

std::string runFolderName(const std::string& configName, std::time_t when) {
  char stamp[32];
  std::tm local{};
  localtime_r(&when, &local);
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
  return safeFolderComponent(configName) + "-" + stamp;
}

}  // namespace icl::core
