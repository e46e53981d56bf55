// sweep.json (issue #12): what the sweep writes is what every reader gets back, point folder
// names are plain and stable, and a damaged manifest is refused with the file named.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/sweep/sweep_manifest.h"
#include "tests/core/support/temp_dir.h"

namespace fs = std::filesystem;
using icl::core::SweepManifest;
using icl::core::SweepPoint;
using icl::core::SweepPointStatus;

namespace {

SweepManifest twoPointManifest() {
  SweepManifest manifest;
  manifest.name = "p1-sim";
  manifest.source = "preset p1-sim";
  manifest.baseConfigJson = R"({"name":"p1-sim","seed":0})";
  manifest.baseSettings = {"train.steps=40"};
  manifest.seeds = {0, 3};
  manifest.axes = {{"learners.matchnet.lr", {"3e-3"}}};
  for (uint64_t seed : manifest.seeds) {
    SweepPoint point;
    point.seed = seed;
    point.settings = {{"learners.matchnet.lr", "3e-3"}};
    point.folder = icl::core::sweepPointFolderName(point.settings, seed);
    manifest.points.push_back(point);
  }
  manifest.points[1].status = SweepPointStatus::Failed;
  manifest.points[1].message = "loss is not finite at step 7";
  return manifest;
}

void writeText(const fs::path& path, const std::string& text) {
  std::ofstream(path) << text;
}

}  // namespace

TEST(SweepManifest, RoundTripKeepsEveryField) {
  icl::test::TempDir dir;
  const SweepManifest written = twoPointManifest();
  ASSERT_TRUE(icl::core::writeSweepManifest(dir.path(), written));
  EXPECT_TRUE(icl::core::isSweepFolder(dir.path()));
  const auto read = icl::core::readSweepManifest(dir.path());
  ASSERT_TRUE(read) << read.error();
  const SweepManifest& back = read.value();
  EXPECT_EQ(back.name, "p1-sim");
  EXPECT_EQ(back.source, "preset p1-sim");
  EXPECT_EQ(back.baseSettings, written.baseSettings);
  EXPECT_EQ(back.seeds, written.seeds);
  ASSERT_EQ(back.axes.size(), 1u);
  EXPECT_EQ(back.axes[0].key, "learners.matchnet.lr");
  ASSERT_EQ(back.points.size(), 2u);
  EXPECT_EQ(back.points[0].folder, "learners.matchnet.lr=3e-3_seed0");
  EXPECT_EQ(back.points[1].seed, 3u);
  EXPECT_EQ(back.points[0].status, SweepPointStatus::Pending);
  EXPECT_EQ(back.points[1].status, SweepPointStatus::Failed);
  EXPECT_EQ(back.points[1].message, "loss is not finite at step 7");
  EXPECT_EQ(back.points[1].settings, written.points[1].settings);
  // The base config survives as JSON, not as an escaped string.
  EXPECT_NE(back.baseConfigJson.find("\"name\":\"p1-sim\""), std::string::npos);
}

TEST(SweepManifest, FolderNamesArePlain) {
  EXPECT_EQ(icl::core::sweepPointFolderName({}, 2), "seed2");
  EXPECT_EQ(icl::core::sweepPointFolderName({{"eval.families", "sim,rad"}, {"name", "a b/c"}}, 1),
            "eval.families=sim_rad_name=a_b_c_seed1");
}

TEST(SweepManifest, PlainRunFolderIsNoSweep) {
  icl::test::TempDir dir;
  writeText(dir / "config.json", "{}");
  EXPECT_FALSE(icl::core::isSweepFolder(dir.path()));
  const auto read = icl::core::readSweepManifest(dir.path());
  ASSERT_FALSE(read);
  EXPECT_NE(read.error().find("sweep.json"), std::string::npos) << read.error();
}

TEST(SweepManifest, DamagedManifestsAreRefusedNamingTheFile) {
  icl::test::TempDir dir;
  ASSERT_TRUE(icl::core::writeSweepManifest(dir.path(), twoPointManifest()));
  std::ifstream in(dir / "sweep.json");
  const std::string good((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto replaced = [&good](const std::string& from, const std::string& to) {
    std::string text = good;
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
  };
  const std::pair<std::string, std::string> cases[] = {
      {good.substr(0, good.size() / 2), "sweep.json"},                        // cut short
      {replaced("\"icl-lab-sweep\"", "\"other\""), "icl-lab-sweep"},          // not ours
      {replaced("\"schemaVersion\": 1", "\"schemaVersion\": 9"), "schemaVersion 9"},
      {replaced("\"failed\"", "\"exploded\""), "exploded"},                   // unknown status
      {replaced("\"learners.matchnet.lr=3e-3_seed0\"", "\"../escape\""), "../escape"},
      {replaced("\"seed\": 3", "\"seed\": -3"), "sweep.json"},                // negative seed
  };
  for (const auto& [text, named] : cases) {
    writeText(dir / "sweep.json", text);
    const auto read = icl::core::readSweepManifest(dir.path());
    ASSERT_FALSE(read) << text;
    EXPECT_NE(read.error().find("sweep.json"), std::string::npos) << read.error();
    EXPECT_NE(read.error().find(named), std::string::npos) << read.error();
  }
}

TEST(SweepManifest, StatusNamesRoundTrip) {
  for (SweepPointStatus status :
       {SweepPointStatus::Pending, SweepPointStatus::Running, SweepPointStatus::Completed,
        SweepPointStatus::Failed, SweepPointStatus::Stopped}) {
    const auto parsed =
        icl::core::parseSweepPointStatus(icl::core::sweepPointStatusName(status));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed.value(), status);
  }
  EXPECT_FALSE(icl::core::parseSweepPointStatus("done"));
}
