// icl-lab-cli (#2 item 6): commands, exit codes and the bad-input messages.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/cli.h"
#include "core/config/presets.h"
#include "core/store/run_store.h"
#include "core/training/device_info.h"
#include "tests/core/support/checks.h"
#include "tests/core/support/cli_runner.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/support/temp_dir.h"

namespace fs = std::filesystem;
using icl::test::fileText;
using icl::test::hasText;
using icl::test::cli;
using icl::test::CliOutcome;
using icl::test::TempDir;

namespace {

// Overrides that make any classification preset a tiny run: seconds, not minutes.
const std::vector<std::string> kTinySets = {"--set", "task.N=6",
                                            "--set", "learners.icl.depth=1",
                                            "--set", "train.steps=4",
                                            "--set", "train.batch_size=6",
                                            "--set", "train.eval_every=2",
                                            "--set", "eval.tasks_per_family=8",
                                            "--set", "eval.N=8"};

std::vector<std::string> tinyRun(const std::string& source, const std::string& sourceValue,
                                 const std::string& out) {
  std::vector<std::string> args = {"run",      source, sourceValue, "--out", out,
                                   "--device", "cpu",  "--threads", "1",     "--quiet"};
  args.insert(args.end(), kTinySets.begin(), kTinySets.end());
  return args;
}

std::vector<std::string> words(const std::string& line) {
  std::istringstream in(line);
  return {std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
}

/// A number that must fill the whole field ("0.28", not "0.28x").
bool parseNumber(const std::string& field, double* value) {
  char* end = nullptr;
  *value = std::strtod(field.c_str(), &end);
  return !field.empty() && end == field.c_str() + field.size();
}
}  // namespace

TEST(Cli, helpAndVersion) {
  const auto help = cli({"--help"});
  EXPECT_EQ(help.code, 0);
  EXPECT_TRUE(hasText(help.out, "icl-lab-cli run (--preset NAME | --config FILE)"));
  const auto version = cli({"--version"});
  EXPECT_EQ(version.code, 0);
  EXPECT_TRUE(hasText(version.out, "LibTorch"));
  EXPECT_EQ(cli({}).code, 2);
}

TEST(Cli, presetsAreListedWithTimesAndDescriptions) {
  const auto presets = cli({"presets"});
  ASSERT_EQ(presets.code, 0);
  // One line per preset: its name, its reference time on 2 cores, then its description.
  std::map<std::string, std::string> listed;
  std::istringstream lines(presets.out);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t space = line.find(' ');
    ASSERT_NE(space, std::string::npos) << line;
    listed[line.substr(0, space)] = line.substr(line.find_first_not_of(' ', space));
  }
  const auto known = icl::core::listPresets();
  EXPECT_EQ(listed.size(), known.size());
  for (const auto& preset : known) {
    ASSERT_EQ(listed.count(preset.name), 1u) << preset.name << " is not listed";
    const std::string& rest = listed[preset.name];
    const std::string time = "~" + icl::core::formatDuration(preset.time.seconds);
    EXPECT_EQ(rest.rfind(time, 0), 0u) << rest;
    EXPECT_EQ(rest.find("est.") != std::string::npos,
              preset.time.source == icl::core::PresetTimeSource::Estimated)
        << rest;
    ASSERT_GE(rest.size(), preset.description.size());
    EXPECT_EQ(rest.substr(rest.size() - preset.description.size()), preset.description);
  }
  EXPECT_TRUE(hasText(listed["p2-mixture"], "P2 mixture"));
}

TEST(Cli, tinyRunSucceedsAndReportsEveryLearner) {
  TempDir temp;
  const std::string out = (temp / "run").string();
  const auto run = cli(tinyRun("--preset", "p2-mixture", out));
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_TRUE(hasText(run.out, "run completed"));
  for (const char* learner : {"icl", "matchnet", "protonet", "cnp"}) {
    EXPECT_TRUE(hasText(run.out, learner));
  }
  ASSERT_TRUE(fs::exists(fs::path(out) / "eval.csv"));

  const auto report = cli({"report", out, "--shots", "1,7"});
  ASSERT_EQ(report.code, 0) << report.err;
  EXPECT_TRUE(hasText(report.out, "| test family | learner | 1 | 7 | mean |"));
  // Each (test family, learner) row shows the accuracies and intervals of eval.csv at the last
  // step (4), three decimals each.
  const auto data = icl::core::readRun(out);
  ASSERT_TRUE(data.ok()) << data.error();
  std::map<std::string, std::map<int64_t, icl::core::EvalRecord>> cells;  // "family | learner"
  for (const auto& row : data.value().evaluations) {
    if (row.step == 4) {
      cells[row.testFamily + " | " + row.learner][row.shots] = row;
    }
  }
  ASSERT_EQ(cells.size(), 4u * 4u);
  for (const auto& [key, byShots] : cells) {
    std::ostringstream expected;
    expected.setf(std::ios::fixed);
    expected.precision(3);
    expected << "| " << key << " |";
    for (int64_t shots : {1, 7}) {
      const icl::core::EvalRecord& cell = byShots.at(shots);
      expected << " " << cell.value << " [" << cell.ciLow << ", " << cell.ciHigh << "] |";
    }
    EXPECT_TRUE(hasText(report.out, expected.str()));
  }
  EXPECT_EQ(cli({"report", "/nonexistent-run"}).code, 2);
  // A second run into the same folder must not overwrite it.
  const auto again = cli(tinyRun("--preset", "p2-mixture", out));
  EXPECT_EQ(again.code, 2);
  EXPECT_TRUE(hasText(again.err, "already holds files"));
}

namespace {
struct BadUsage {
  const char* row;
  std::vector<std::string> args;
  const char* message;
};

const BadUsage kBadUsage[] = {
    {"missingPreset", {"run", "--preset", "p7"}, "no preset named 'p7'"},
    {"missingConfigFile",
     {"run", "--config", "/nonexistent.json"},
     "/nonexistent.json: no such file"},
    {"neither", {"run"}, "needs --preset NAME or --config FILE"},
    {"unknownOption", {"run", "--preset", "p1-sim", "--fast"}, "unknown option '--fast'"},
    {"unknownCommand", {"train"}, "unknown command 'train'"},
    {"badSetValue",
     {"run", "--preset", "p1-sim", "--set", "task.d=0"},
     "task.d = 0: expected a value >= 1"},
    {"unknownSetKey", {"run", "--preset", "p1-sim", "--set", "task.q=1"}, "unknown key 'task.q'"},
    {"badDevice", {"run", "--preset", "p1-sim", "--device", "gpu"}, "device = \"gpu\": expected"},
    {"badSeed",
     {"run", "--preset", "p1-sim", "--seed", "-3"},
     "--seed -3: expected an integer >= 0"},
    {"badThreads",
     {"run", "--preset", "p1-sim", "--threads", "0"},
     "--threads 0: expected an integer >= 1"},
    {"unwritableOut",
     {"run", "--preset", "p1-sim", "--out", "/proc/icl-lab-run"},
     "cannot create output folder /proc/icl-lab-run"},
    {"sampleFamily",
     {"sample", "--family", "circle", "--out", "x.csv"},
     "--family circle: expected one of"},
};

class CliBadUsage : public ::testing::TestWithParam<BadUsage> {};
}  // namespace

TEST_P(CliBadUsage, exitsWithTwoAndANamedProblem) {
  const auto outcome = cli(GetParam().args);
  EXPECT_EQ(outcome.code, 2);
  EXPECT_TRUE(hasText(outcome.err, GetParam().message));
}

INSTANTIATE_TEST_SUITE_P(Rows, CliBadUsage, ::testing::ValuesIn(kBadUsage), icl::test::RowName());

TEST(Cli, malformedConfigFileIsNamedWithItsLine) {
  TempDir temp;
  const std::string path = (temp / "broken.json").string();
  std::ofstream(path) << "{\n  \"task\": {\"d\": 2,,}\n}\n";
  const auto outcome = cli({"run", "--config", path});
  EXPECT_EQ(outcome.code, 2);
  EXPECT_TRUE(hasText(outcome.err, "broken.json: not valid JSON"));
  EXPECT_TRUE(hasText(outcome.err, "line 2"));
}

// Found by tests/fuzz/fuzz_config: a number beyond double ended the CLI in std::terminate.
TEST(Cli, numberBeyondDoubleInConfigFileIsNamed) {
  TempDir temp;
  const std::string path = (temp / "huge.json").string();
  std::ofstream(path) << "{\"seed\": 1e400}\n";
  const auto outcome = cli({"config", "--config", path});
  EXPECT_EQ(outcome.code, 2);
  EXPECT_TRUE(hasText(outcome.err, "huge.json: not valid JSON"));
  EXPECT_TRUE(hasText(outcome.err, "number overflow"));
}

// `config` prints the preset with the overrides applied; `run --config` on that file trains
// exactly the printed config (its config.json records it, less the tiny-run overrides).
TEST(Cli, configCommandPrintsAConfigThatRunAccepts) {
  TempDir temp;
  const auto printed = cli({"config", "--preset", "p1-proto", "--set", "seed=9"});
  ASSERT_EQ(printed.code, 0) << printed.err;
  const auto json = nlohmann::json::parse(printed.out);
  icl::core::RunConfig expected = icl::core::loadPreset("p1-proto").value();
  expected.seed = 9;
  const nlohmann::json unlikePreset = nlohmann::json::diff(expected.toJson(), json);
  EXPECT_TRUE(unlikePreset.empty())
      << "printed config differs from the preset with seed 9: " << unlikePreset.dump();

  const fs::path file = temp / "printed.json";
  std::ofstream(file) << printed.out;
  const std::string out = (temp / "run").string();
  const auto run = cli(tinyRun("--config", file.string(), out));
  ASSERT_EQ(run.code, 0) << run.err;
  const auto recorded = icl::core::readRun(out);
  ASSERT_TRUE(recorded.ok()) << recorded.error();
  nlohmann::json ran = recorded.value().config.toJson();
  nlohmann::json asPrinted = json;
  // The tiny-run options and overrides, applied to the printed config by hand.
  asPrinted["device"] = "cpu";
  asPrinted["threads"] = 1;
  asPrinted["task"]["N"] = 6;
  asPrinted["learners"]["icl"]["depth"] = 1;
  asPrinted["train"]["steps"] = 4;
  asPrinted["train"]["batch_size"] = 6;
  asPrinted["train"]["eval_every"] = 2;
  asPrinted["eval"]["tasks_per_family"] = 8;
  asPrinted["eval"]["N"] = 8;
  // "prefix_chunk": 0 means "chosen for the device", which the run resolves and records.
  ASSERT_EQ(json["learners"]["icl"]["prefix_chunk"], 0);
  asPrinted["learners"]["icl"]["prefix_chunk"] = ran["learners"]["icl"]["prefix_chunk"];
  const nlohmann::json differences = nlohmann::json::diff(asPrinted, ran);
  EXPECT_TRUE(differences.empty())
      << "the run's config differs from the printed one: " << differences.dump();
}

TEST(Cli, sampleWritesEpisodesAndTaskParameters) {
  TempDir temp;
  const fs::path csv = temp / "episodes.csv";
  const auto outcome = cli({"sample", "--family", "ave", "--tasks", "3", "--shots", "5", "--seed",
                            "2", "--out", csv.string()});
  ASSERT_EQ(outcome.code, 0) << outcome.err;
  std::ifstream in(csv);
  std::string header;
  std::getline(in, header);
  EXPECT_EQ(header, "task,position,x0,x1,label");
  int rows = 0;
  for (std::string line; std::getline(in, line);) {
    ++rows;
  }
  EXPECT_EQ(rows, 3 * 5);
  std::ifstream jsonIn(fs::path(csv).replace_extension(".json"));
  const auto json = nlohmann::json::parse(jsonIn);
  ASSERT_EQ(json["task_parameters"].size(), 3u);
  EXPECT_EQ(json["task_parameters"][0]["w"].size(), 2u);
  EXPECT_EQ(json["task_parameters"][0]["family"].get<std::string>(), "ave");
  // Same seed, same file.
  const fs::path again = temp / "again.csv";
  ASSERT_EQ(cli({"sample", "--family", "ave", "--tasks", "3", "--shots", "5", "--seed", "2",
                 "--out", again.string()})
                .code,
            0);
  EXPECT_EQ(fileText(csv), fileText(again));
}

namespace {

/// The rows of a bench table: the lines after its header with as many fields.
std::vector<std::vector<std::string>> benchRows(const std::string& out) {
  const std::vector<std::string> columns = {"setting", "learner", "threads", "chunk",
                                            "B",       "N",       "depth",   "ms/step",
                                            "GFLOP/s", "sample",  "fwd",     "bwd",
                                            "adam"};
  std::istringstream lines(out);
  std::vector<std::vector<std::string>> rows;
  bool header = false;
  for (std::string line; std::getline(lines, line);) {
    const auto fields = words(line);
    if (fields == columns) {
      header = true;
    } else if (header && fields.size() == columns.size()) {
      rows.push_back(fields);
    }
  }
  EXPECT_TRUE(header) << out;
  return rows;
}

}  // namespace

// Each measurement is a table row: setting, learner, threads, chunk, B, N, depth, ms/step,
// GFLOP/s, then the phases sample, fwd, bwd, adam (#13). Checked: the numbers parse and are
// positive, every learner and the GPT model and matrix-multiply peak (#4) have their rows, the
// thread count asked for is the one used, and a learner row's phases add up to about its step.
TEST(Cli, quickBenchReportsEveryLearner) {
  const auto outcome = cli({"bench", "--quick", "--steps", "2", "--threads", "1"});
  ASSERT_EQ(outcome.code, 0) << outcome.err;
  const auto rows = benchRows(outcome.out);
  std::map<std::string, int> rowsPerLearner;
  for (const auto& row : rows) {
    SCOPED_TRACE(row[0] + " " + row[1]);
    ++rowsPerLearner[row[1]];
    EXPECT_EQ(row[2], "1");  // --threads 1
    double ms = 0.0;
    ASSERT_TRUE(parseNumber(row[7], &ms)) << "ms/step '" << row[7] << "'";
    EXPECT_GT(ms, 0.0);
    double gflops = 0.0;
    const bool flopsKnown = row[0] == "mm-peak" || row[0] == "gpt-quick";
    if (flopsKnown) {
      ASSERT_TRUE(parseNumber(row[8], &gflops)) << "GFLOP/s '" << row[8] << "'";
      EXPECT_GT(gflops, 0.0);
      for (int phase = 9; phase < 13; ++phase) {
        EXPECT_EQ(row[phase], "-");  // GPT and mm rows are not split into phases
      }
    } else {
      EXPECT_EQ(row[8], "-");  // no FLOP count for these learners
      double batch = 0.0;
      ASSERT_TRUE(parseNumber(row[4], &batch));
      EXPECT_GT(batch, 0.0);
      // The phases are sub-intervals of the step, so they add up to at most the step (plus
      // the printing's rounding). No lower bound: how much time falls between the clock reads
      // depends on the machine's load, and a timed assertion would be flaky.
      double phases = 0.0;
      for (int phase = 9; phase < 13; ++phase) {
        double value = 0.0;
        ASSERT_TRUE(parseNumber(row[phase], &value)) << "phase '" << row[phase] << "'";
        EXPECT_GE(value, 0.0);  // printed to 0.01 ms: a tiny phase can read 0.00
        phases += value;
      }
      EXPECT_LE(phases, ms * 1.02 + 0.02);
    }
  }
  for (const char* learner : {"matchnet", "protonet", "cnp", "icl-fused", "gpt"}) {
    EXPECT_EQ(rowsPerLearner[learner], 1) << learner << "\n" << outcome.out;
  }
  EXPECT_GE(rowsPerLearner["icl-torch"], 1) << outcome.out;
  int peaks = 0;
  for (const auto& row : rows) {
    peaks += row[0] == "mm-peak" ? 1 : 0;
  }
  EXPECT_EQ(peaks, 1) << outcome.out;
}

// --learner and --setting keep only the rows named (and no GPT rows); an unknown name is bad
// usage naming it and the valid ones; --isa picks the fused kernel's variant.
TEST(Cli, benchFiltersRowsByName) {
  const auto outcome = cli({"bench", "--quick", "--steps", "1", "--threads", "1", "--setting",
                            "quick", "--learner", "icl-fused,cnp", "--isa", "generic"});
  ASSERT_EQ(outcome.code, 0) << outcome.err;
  const auto rows = benchRows(outcome.out);
  std::vector<std::string> learners;
  for (const auto& row : rows) {
    learners.push_back(row[1]);
  }
  EXPECT_EQ(learners, (std::vector<std::string>{"icl-fused", "cnp"})) << outcome.out;
  EXPECT_TRUE(hasText(outcome.out, "fused ICL kernel: generic")) << outcome.out;

  const auto badLearner = cli({"bench", "--quick", "--learner", "icl-fast"});
  EXPECT_EQ(badLearner.code, 2);
  EXPECT_TRUE(hasText(badLearner.err, "icl-fast")) << badLearner.err;
  EXPECT_TRUE(hasText(badLearner.err, "icl-fused, icl-torch")) << badLearner.err;
  const auto badSetting = cli({"bench", "--quick", "--setting", "paper"});  // not with --quick
  EXPECT_EQ(badSetting.code, 2);
  EXPECT_TRUE(hasText(badSetting.err, "--setting paper")) << badSetting.err;
  EXPECT_TRUE(hasText(badSetting.err, "quick")) << badSetting.err;
  EXPECT_EQ(cli({"bench", "--quick", "--isa", "sse9"}).code, 2);
}

TEST(Cli, benchOnAMissingDeviceIsBadUsage) {
  // #8: without CUDA this exited 1 (a failed run) rather than 2 (bad usage).
  EXPECT_EQ(cli({"bench", "--quick", "--device", "tpu"}).code, 2);
  EXPECT_EQ(cli({"bench", "--quick", "--device", "cuda:x"}).code, 2);
  if (icl::core::cudaAvailable()) {
    GTEST_SKIP() << "this machine has CUDA: the missing-device path cannot be reached";
  }
  const auto outcome = cli({"bench", "--quick", "--device", "cuda"});
  EXPECT_EQ(outcome.code, 2);
  EXPECT_TRUE(hasText(outcome.err, "--device cuda"));
}
