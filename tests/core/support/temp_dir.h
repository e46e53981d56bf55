#pragma once
// A fresh, private folder for one test, removed with everything in it at the end of the scope
// (the std::filesystem counterpart of QTemporaryDir).

#include <stdlib.h>  // mkdtemp (POSIX)

#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace icl::test {

class TempDir {
 public:
  TempDir() {
    // mkdtemp picks a name no other process holds and creates the folder (mode 0700) at once.
    std::string name = (std::filesystem::temp_directory_path() / "icl-lab-test-XXXXXX").string();
    if (::mkdtemp(name.data()) == nullptr) {
      throw std::runtime_error("cannot create a temporary folder from " + name);
    }
    path_ = name;
  }
  ~TempDir() {
    std::error_code ignored;  // a destructor must not throw; a leftover in /tmp is harmless
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// @brief A path inside the folder (not created).
  std::filesystem::path operator/(const std::filesystem::path& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace icl::test
