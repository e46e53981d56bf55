// Presets say what they are and what they cost (issue #11, review item 14).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/config/presets.h"

namespace fs = std::filesystem;

namespace {

class TempRuns {
 public:
  TempRuns() {
    root_ =
        fs::temp_directory_path() /
        ("icl-presets-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  ~TempRuns() {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
  const fs::path& root() const { return root_; }

  /// A run folder with only the two files lastRunSeconds reads.
  void addRun(const std::string& folder, const std::string& configJson,
              const std::string& summaryJson) const {
    fs::create_directories(root_ / folder);
    std::ofstream(root_ / folder / "config.json") << configJson;
    std::ofstream(root_ / folder / "summary.json") << summaryJson;
  }

 private:
  fs::path root_;
};

}  // namespace

TEST(Presets, everyPresetHasADescriptionAndAReferenceTime) {
  const auto presets = icl::core::listPresets();
  ASSERT_GE(presets.size(), 15u);
  for (const auto& preset : presets) {  // a preset added later needs its time recorded too
    SCOPED_TRACE(preset.name);
    EXPECT_FALSE(preset.description.empty());
    EXPECT_EQ(preset.description.rfind("(invalid", 0), std::string::npos);
    // Times live in the time table only, so a description cannot contradict the menu.
    for (const char* prose : {" min", "minute", "on 2 cores", "days"}) {
      EXPECT_EQ(preset.description.find(prose), std::string::npos) << prose;
    }
    ASSERT_TRUE(icl::core::presetReferenceTime(preset.name).has_value());
    EXPECT_GT(preset.time.seconds, 0.0);
    EXPECT_FALSE(preset.time.basis.empty());
  }
}

TEST(Presets, paperPresetsAreFlaggedAndTheirTimesAreEstimates) {
  int paper = 0;
  for (const auto& preset : icl::core::listPresets()) {
    SCOPED_TRACE(preset.name);
    const bool named =
        preset.name.size() > 6 && preset.name.substr(preset.name.size() - 6) == "-paper";
    EXPECT_EQ(preset.paperScale, named);
    if (preset.paperScale) {
      ++paper;
      EXPECT_EQ(preset.time.source, icl::core::PresetTimeSource::Estimated);
      EXPECT_GT(preset.time.seconds, 3600.0);  // GPU scale: hours to days on the CPU
    } else {
      EXPECT_LT(preset.time.seconds, 3600.0);  // CPU scale: minutes
    }
  }
  EXPECT_EQ(paper, 6);
  EXPECT_FALSE(icl::core::isPaperScalePreset("-paper"));
  EXPECT_FALSE(icl::core::isPaperScalePreset("paper-p1"));
}

TEST(Presets, formatDurationGivesMinutesSecondsHoursOrDays) {
  EXPECT_EQ(icl::core::formatDuration(0.0), "0:00");
  EXPECT_EQ(icl::core::formatDuration(45.4), "0:45");
  EXPECT_EQ(icl::core::formatDuration(75.6), "1:16");
  EXPECT_EQ(icl::core::formatDuration(3600.0 + 62.0), "1:01:02");
  EXPECT_EQ(icl::core::formatDuration(31.0 * 86400.0), "31 days");
  EXPECT_EQ(icl::core::formatDuration(-1.0), "?");
}

TEST(Presets, lastRunSecondsReadsTheNewestCompletedRunOfThatPreset) {
  const TempRuns runs;
  EXPECT_FALSE(icl::core::lastRunSeconds(runs.root(), "quick-mixture").has_value());
  runs.addRun("old", R"({"name": "quick-mixture"})", R"({"status": "completed", "wall_s": 61.0})");
  // File times of one second apart at least, whatever the file system's resolution.
  fs::last_write_time(runs.root() / "old" / "summary.json",
                      fs::file_time_type::clock::now() - std::chrono::hours(1));
  runs.addRun("new", R"({"name": "quick-mixture"})", R"({"status": "completed", "wall_s": 75.4})");
  runs.addRun("stopped", R"({"name": "quick-mixture"})", R"({"status": "stopped", "wall_s": 5.0})");
  runs.addRun("other", R"({"name": "p1-sim"})", R"({"status": "completed", "wall_s": 30.0})");
  runs.addRun("corrupt", R"({"name": "quick-mixture")", R"({"status": "completed"})");
  fs::create_directories(runs.root() / "empty");

  const auto last = icl::core::lastRunSeconds(runs.root(), "quick-mixture");
  ASSERT_TRUE(last.has_value());
  EXPECT_DOUBLE_EQ(*last, 75.4);
  EXPECT_DOUBLE_EQ(icl::core::lastRunSeconds(runs.root(), "p1-sim").value_or(-1.0), 30.0);
  EXPECT_FALSE(icl::core::lastRunSeconds(runs.root(), "p2-mixture").has_value());
  EXPECT_FALSE(icl::core::lastRunSeconds(runs.root() / "missing", "p1-sim").has_value());
}

// The README's preset table is written by hand; it must show the times recorded here.
TEST(Presets, readmeTableShowsEveryPresetsTime) {
  std::ifstream file(std::string(ICL_SOURCE_DIR) + "/README.md");
  ASSERT_TRUE(file) << "cannot read README.md in " << ICL_SOURCE_DIR;
  std::vector<std::string> rows;
  bool inPresets = false;
  for (std::string line; std::getline(file, line);) {
    if (line.rfind("### ", 0) == 0) {
      inPresets = line == "### Presets";
    } else if (inPresets && line.rfind("| `", 0) == 0) {
      rows.push_back(line);
    }
  }
  ASSERT_FALSE(rows.empty()) << "README.md has no table under ### Presets";
  for (const auto& preset : icl::core::listPresets()) {
    SCOPED_TRACE(preset.name);
    const std::string quoted = "`" + preset.name + "`";
    const auto row = std::find_if(rows.begin(), rows.end(), [&quoted](const std::string& line) {
      return line.find(quoted) != std::string::npos;
    });
    ASSERT_NE(row, rows.end()) << "no README row for " << quoted;
    EXPECT_NE(row->find(icl::core::formatDuration(preset.time.seconds)), std::string::npos) << *row;
  }
}
