// A config's name becomes one safe folder name (#8: "../" in a name escaped the runs folder).
#include <gtest/gtest.h>

#include <ctime>
#include <filesystem>
#include <string>

#include "core/store/run_folder_name.h"
#include "tests/core/support/checks.h"

using icl::core::runFolderName;
using icl::core::safeFolderComponent;

namespace {
struct NameCase {
  const char* row;
  const char* name;
  const char* expected;
};

const NameCase kNames[] = {
    {"plain", "p1-proto", "p1-proto"},
    {"parent", "../../etc/x", "etc-x"},
    {"onlyDots", "..", "run"},
    {"hidden", ".config", "config"},
    {"absolute", "/tmp/abs", "tmp-abs"},
    {"backslash", "..\\win", "win"},
    {"spaces", "my run 2", "my-run-2"},
    {"optionLike", "--rm", "rm"},
    {"empty", "", "run"},
    {"innerDotsKept", "a..b", "a..b"},
    {"utf8Bytes", "\xe6\xb7\xb7\xe5\x90\x88 mix", "mix"},  // "混合 mix"
};

class RunFolderNames : public ::testing::TestWithParam<NameCase> {};
}  // namespace

TEST_P(RunFolderNames, becomeOneComponent) {
  const std::string safe = safeFolderComponent(GetParam().name);
  EXPECT_EQ(safe, GetParam().expected);
  // Whatever the name, the folder is a direct child of the runs folder.
  const std::filesystem::path root = "/runs";
  const std::filesystem::path folder = (root / safe).lexically_normal();
  EXPECT_EQ(folder.parent_path().string(), "/runs");
}

INSTANTIATE_TEST_SUITE_P(Rows, RunFolderNames, ::testing::ValuesIn(kNames), icl::test::RowName());

TEST(RunFolderName, longNamesAreCut) {
  EXPECT_EQ(safeFolderComponent(std::string(300, 'a')).size(), 64u);
}

TEST(RunFolderName, folderNameEndsWithTheLocalTime) {
  std::tm when{};
  when.tm_year = 2026 - 1900;
  when.tm_mon = 11;
  when.tm_mday = 1;
  when.tm_hour = 14;
  when.tm_min = 5;
  when.tm_sec = 9;
  when.tm_isdst = -1;
  EXPECT_EQ(runFolderName("../x", std::mktime(&when)), "x-20261201-140509");
}
