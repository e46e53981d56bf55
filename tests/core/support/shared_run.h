#pragma once
// One trained run shared by every test of a GoogleTest suite (training takes seconds, a suite
// has many tests), and a fresh copy of it for a test that may change the folder.
// Usage: class MySuite : public icl::test::SharedRunSuite<MySuite> {
//          public: static bool trainRun(const std::filesystem::path& dir); };

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "tests/core/support/temp_dir.h"

namespace icl::test {

template <typename Suite>
class SharedRunSuite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new TempDir;
    runDir_ = *temp_ / "run";
    trained_ = Suite::trainRun(runDir_);
  }
  static void TearDownTestSuite() {
    delete temp_;
    temp_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(trained_) << "the shared run in " << runDir_ << " failed"; }

  /// A copy of the shared run, private to this test.
  std::filesystem::path copyOfRun(const std::string& name) {
    const std::filesystem::path copy = local_ / name;
    std::filesystem::copy(runDir_, copy, std::filesystem::copy_options::recursive);
    return copy;
  }

  static inline TempDir* temp_ = nullptr;
  static inline std::filesystem::path runDir_;
  static inline bool trained_ = false;
  TempDir local_;
};

}  // namespace icl::test
