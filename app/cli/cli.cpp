#include "app/cli/cli.h"

#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <map>
#include <memory>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/bench/benchmark.h"
#include "core/config/overrides.h"
#include "core/config/presets.h"
#include "core/store/run_folder_name.h"
#include "core/store/run_store.h"
#include "core/tasks/episode_export.h"
#include "core/training/device_info.h"
#include "core/training/memory_estimate.h"
#include "core/training/resume.h"
#include "core/training/trainer.h"
#include "core/util/atomic_file.h"
#include "core/util/build_info.h"
#include "core/util/threading.h"
#include "core/util/versions.h"

namespace icl::app {
namespace fs = std::filesystem;
using core::Result;
using core::RunConfig;
using core::Status;

namespace {

const char* const kUsage = R"(icl-lab-cli: ICL Lab experiments without a display

Usage:
  icl-lab-cli run (--preset NAME | --config FILE) [--out DIR] [--device auto|cpu|cuda]
                  [--seed N] [--threads N] [--set key.path=value ...] [--quiet]
  icl-lab-cli config (--preset NAME | --config FILE) [--set key.path=value ...]
  icl-lab-cli presets
  icl-lab-cli sample --family sim|proto|ave|rad|mix --tasks T --shots N --seed S
                  --out FILE.csv [--split train|test] [--preset NAME | --config FILE]
                  [--set key.path=value ...]
  icl-lab-cli bench [--threads 1,2] [--steps K] [--device cpu|cuda] [--quick] [--gpt]
  icl-lab-cli report RUN_DIR [--shots 1,2,5,10,49]
  icl-lab-cli resume RUN_DIR [--quiet] [--threads N]
  icl-lab-cli --help | --version

Commands:
  run      train every enabled learner of the experiment; writes a run folder (default
           runs/NAME-YYYYMMDD-HHMMSS) with config.json, train.csv, eval.csv, checkpoints/
           and summary.json. Progress goes to stderr. Ctrl-C stops cleanly.
  config   print the fully resolved config as JSON (a starting point for --config)
  presets  list the built-in presets
  sample   export sampled episodes: FILE.csv (task,position,x0..,label) and FILE.json
           (each task's parameters)
  bench    milliseconds per training step of each learner at the paper's config and the
           CPU default, for each thread count and ICL prefix chunk; then the GPT
           regression model (tiny, standard) with GFLOP/s next to a torch::mm peak
           (--gpt: only those)
  report   Markdown table of a run's last evaluation: accuracy [95 % CI] per learner and
           test family at the given shot counts, and the mean over shots; and the run's
           status (running, completed, stopped, failed, or interrupted: killed mid-run)
  resume   continue a stopped, failed or interrupted run from its last checkpoint (written
           at every evaluation); rows after that checkpoint are dropped and redone. Use the
           same thread count for the same numbers. meta_meta runs cannot be resumed.

Exit codes: 0 ok, 1 the run failed, 2 bad usage or config (or a folder that cannot be
resumed), 130 stopped by Ctrl-C.
)";

/// Parsed command line: flags with one value, repeatable --set, and switches.
struct Arguments {
  std::string command;
  std::map<std::string, std::string> values;
  std::vector<std::string> overrides;
  std::vector<std::string> switches;

  std::optional<std::string> get(const std::string& flag) const {
    const auto found = values.find(flag);
    return found == values.end() ? std::nullopt : std::optional<std::string>(found->second);
  }
  bool has(const std::string& flag) const {
    return std::find(switches.begin(), switches.end(), flag) != switches.end();
  }
};

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

Arguments parseArguments(const std::vector<std::string>& args,
                         const std::vector<std::string>& valueFlags,
                         const std::vector<std::string>& switchFlags) {
  Arguments parsed;
  parsed.command = args.front();
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& flag = args[i];
    if (std::find(switchFlags.begin(), switchFlags.end(), flag) != switchFlags.end()) {
      parsed.switches.push_back(flag);
      continue;
    }
    const bool isSet = flag == "--set";
    if (!isSet && std::find(valueFlags.begin(), valueFlags.end(), flag) == valueFlags.end()) {
      throw UsageError("unknown option '" + flag + "' for '" + parsed.command +
                       "' (see icl-lab-cli --help)");
    }
    if (i + 1 >= args.size()) {
      throw UsageError("option " + flag + " needs a value");
    }
    const std::string& value = args[++i];
    if (isSet) {
      parsed.overrides.push_back(value);
    } else {
      parsed.values[flag] = value;
    }
  }
  return parsed;
}

int64_t parseInteger(const std::string& flag, const std::string& text, int64_t minimum) {
  try {
    std::size_t used = 0;
    const int64_t value = std::stoll(text, &used);
    if (used == text.size() && value >= minimum) {
      return value;
    }
  } catch (const std::exception&) {
  }
  throw UsageError(flag + " " + text + ": expected an integer >= " + std::to_string(minimum));
}

/// The experiment's JSON from --preset or --config, with --set and flag overrides applied,
/// parsed and validated by the same code as any config file.
RunConfig loadConfig(const Arguments& args, bool required) {
  const auto preset = args.get("--preset");
  const auto file = args.get("--config");
  if (preset && file) {
    throw UsageError("give either --preset or --config, not both");
  }
  if (!preset && !file && required) {
    throw UsageError("'" + args.command + "' needs --preset NAME or --config FILE");
  }
  nlohmann::json root = nlohmann::json::object();
  std::string source = "config";
  if (preset) {
    const Result<std::string> text = core::presetText(*preset);
    if (!text) {
      throw UsageError(text.error());
    }
    root = nlohmann::json::parse(text.value());
    source = "preset " + *preset;
  } else if (file) {
    const Result<std::string> text = core::readWholeFile(*file);
    if (!text) {
      throw UsageError(text.error());
    }
    try {
      root = nlohmann::json::parse(text.value());
    } catch (const nlohmann::json::exception& error) {  // also out_of_range: 1e400
      throw UsageError(*file + ": not valid JSON: " + error.what());
    }
    source = *file;
  }
  std::vector<std::string> assignments = args.overrides;
  if (const auto seed = args.get("--seed")) {
    assignments.push_back("seed=" + std::to_string(parseInteger("--seed", *seed, 0)));
  }
  if (const auto threads = args.get("--threads")) {
    assignments.push_back("threads=" + std::to_string(parseInteger("--threads", *threads, 1)));
  }
  if (const auto device = args.get("--device")) {
    assignments.push_back("device=\"" + *device + "\"");
  }
  for (const std::string& assignment : assignments) {
    const Status applied = core::applyOverride(root, assignment);
    if (!applied) {
      throw UsageError(applied.error());
    }
  }
  Result<RunConfig> config = RunConfig::fromJson(root, source);
  if (!config) {
    throw UsageError(config.error());
  }
  return std::move(config).value();
}

std::string formatDuration(double seconds) {
  if (seconds < 0) {
    return "?";
  }
  const auto total = static_cast<int64_t>(std::llround(seconds));
  std::ostringstream out;
  if (total >= 3600) {
    out << total / 3600 << "h" << std::setw(2) << std::setfill('0') << (total % 3600) / 60 << "m";
  } else if (total >= 60) {
    out << total / 60 << "m" << std::setw(2) << std::setfill('0') << total % 60 << "s";
  } else {
    out << total << "s";
  }
  return out.str();
}

fs::path defaultRunFolder(const std::string& name) {
  return fs::path("runs") / core::runFolderName(name, std::time(nullptr));
}

/// Prints progress to stderr: warnings, the mean of each evaluation, a throttled loss line.
core::ProgressCallback progressPrinter(bool quiet, std::ostream& err, core::RunControl& control,
                                       const std::atomic<bool>* interrupt) {
  auto lastLoss = std::make_shared<std::map<std::string, double>>();
  auto lastPrint = std::make_shared<std::chrono::steady_clock::time_point>(
      std::chrono::steady_clock::now() - std::chrono::hours(1));
  // Seconds between progress lines on stderr.
  constexpr double kPrintInterval = 2.0;
  return [=, &err, &control](const core::ProgressBatch& batch) {
    if (interrupt != nullptr && interrupt->load()) {
      control.requestStop();
    }
    for (const core::LossRecord& record : batch.losses) {
      (*lastLoss)[record.learner] = record.loss;
    }
    for (const std::string& message : batch.messages) {
      err << "warning: " << message << "\n";
    }
    if (!batch.evaluations.empty() && !quiet) {
      std::map<std::string, std::pair<double, int64_t>> means;
      for (const core::EvalRecord& record : batch.evaluations) {
        // Meta-meta runs score each learner per support size: label them apart.
        const std::string key = record.testFamily.rfind("domain_", 0) == 0
                                    ? record.learner + "@" + record.testFamily.substr(7)
                                    : record.learner;
        means[key].first += record.value;
        means[key].second += 1;
      }
      err << "eval @ step " << batch.evaluations.front().step << ": mean "
          << batch.evaluations.front().metric;
      for (const auto& [learner, sum] : means) {
        err << "  " << learner << " " << std::fixed << std::setprecision(3)
            << sum.first / static_cast<double>(sum.second);
      }
      err << "\n";
    }
    const auto now = std::chrono::steady_clock::now();
    if (quiet || std::chrono::duration<double>(now - *lastPrint).count() < kPrintInterval) {
      return;
    }
    *lastPrint = now;
    err << "step " << batch.step << "/" << batch.totalSteps << "  loss";
    for (const core::StageProgress& stage : batch.stages) {
      if (stage.stageCount > 1) {
        err << "  [" << stage.learner << " stage " << stage.stageIndex + 1 << "/"
            << stage.stageCount << ": dims " << stage.dims << ", points " << stage.points << "]";
      }
    }
    for (const auto& [learner, loss] : *lastLoss) {
      err << "  " << learner << " " << std::fixed << std::setprecision(4) << loss;
    }
    err << "  | " << formatDuration(batch.wallSeconds) << " elapsed, ETA "
        << formatDuration(batch.etaSeconds) << "\n";
  };
}

/// The end of a run or resume: one line per learner, the error, and the exit code.
int finishCommand(const RunConfig& config, const core::RunResult& result, std::ostream& out,
                  std::ostream& err) {
  if (result.status == core::RunStatus::Failed && result.runDir.empty()) {
    // Nothing was started: the output folder or device is unusable. That is bad usage.
    err << "error: " << result.message << "\n";
    return kExitBadUsage;
  }
  out << "run " << core::runStatusName(result.status) << ": " << result.runDir.string() << " ("
      << result.stepsDone << " steps, " << formatDuration(result.wallSeconds) << ", "
      << result.device << ", " << result.threads << " threads)\n";
  for (const core::LearnerOutcome& learner : result.learners) {
    if (config.experiment != core::Experiment::Classification) {
      out << "  " << std::left << std::setw(15) << learner.learner << std::right << " "
          << learner.status << "  last loss " << std::setprecision(4) << learner.lastLoss
          << ", mean sq_error at the last evaluation " << learner.finalMeanSqError << "\n";
    } else {
      out << "  " << std::left << std::setw(9) << learner.learner << std::right << " "
          << learner.status << "  best mean accuracy " << std::fixed << std::setprecision(4)
          << learner.bestMeanAccuracy << " (step " << learner.bestStep << "), final "
          << learner.finalMeanAccuracy << "\n";
    }
    if (learner.status == "diverged") {
      out << "    " << learner.learner << " diverged at step " << learner.divergedStep << ": "
          << learner.message << "\n";
    }
  }
  if (result.status == core::RunStatus::Failed) {
    err << "error: " << result.message << "\n";
    return kExitRunFailed;
  }
  return result.status == core::RunStatus::Stopped ? kExitInterrupted : kExitOk;
}

int commandRun(const Arguments& args, std::ostream& out, std::ostream& err,
               const std::atomic<bool>* interrupt) {
  const RunConfig config = loadConfig(args, true);
  const fs::path outDir = args.get("--out") ? fs::path(*args.get("--out"))
                                            : defaultRunFolder(config.name);
  const bool quiet = args.has("--quiet");
  core::RunControl control;
  // Seen between steps and between test batches of an evaluation, not only at reports.
  control.watchExternalStop(interrupt);
  if (!quiet) {
    err << "run '" << config.name << "' -> " << outDir.string() << "\n";
    RunConfig resolved = config;
    resolved.resolveDefaults();
    err << "estimated peak memory " << core::formatBytes(core::estimateRunMemory(resolved).bytes)
        << " (" << core::formatBytes(core::availableMemoryBytes()) << " available)\n";
  }
  core::TrainOptions options;
  options.outDir = outDir;
  const core::RunResult result =
      core::train(config, options, progressPrinter(quiet, err, control, interrupt), control);
  return finishCommand(config, result, out, err);
}

int commandResume(const std::vector<std::string>& rawArgs, std::ostream& out, std::ostream& err,
                  const std::atomic<bool>* interrupt) {
  if (rawArgs.size() < 2 || rawArgs[1].rfind("--", 0) == 0) {
    throw UsageError("'resume' needs a run folder: icl-lab-cli resume RUN_DIR");
  }
  std::vector<std::string> rest = {"resume"};
  rest.insert(rest.end(), rawArgs.begin() + 2, rawArgs.end());
  const Arguments args = parseArguments(rest, {"--threads"}, {"--quiet"});
  const bool quiet = args.has("--quiet");
  core::ResumeOptions options;
  if (const auto threads = args.get("--threads")) {
    options.threads = parseInteger("--threads", *threads, 1);
  }
  const Result<core::ResumePlan> plan = core::planResume(rawArgs[1], options);
  if (!plan) {
    throw UsageError(plan.error());
  }
  if (!quiet) {
    err << "resume '" << plan.value().config.name << "' (" << plan.value().status << ") in "
        << rawArgs[1] << " from "
        << (plan.value().fromStep >= 0
                ? "the checkpoint at step " + std::to_string(plan.value().fromStep)
                : std::string("the start (no checkpoint was written)"))
        << "\n";
  }
  core::RunControl control;
  control.watchExternalStop(interrupt);
  const core::RunResult result = core::resumeRun(
      rawArgs[1], options, progressPrinter(quiet, err, control, interrupt), control);
  return finishCommand(plan.value().config, result, out, err);
}

int commandConfig(const Arguments& args, std::ostream& out) {
  out << loadConfig(args, true).toJsonText();
  return kExitOk;
}

int commandPresets(std::ostream& out) {
  for (const core::PresetInfo& preset : core::listPresets()) {
    out << std::left << std::setw(18) << preset.name << std::right << " " << preset.description
        << "\n";
  }
  return kExitOk;
}

int commandSample(const Arguments& args, std::ostream& out) {
  const RunConfig config = loadConfig(args, false);
  core::SampleRequest request;
  const auto family = core::parseFamily(args.get("--family").value_or(""));
  if (!family) {
    throw UsageError("--family " + args.get("--family").value_or("(missing)") +
                     ": expected one of sim, proto, ave, rad, mix");
  }
  request.family = *family;
  request.tasks = parseInteger("--tasks", args.get("--tasks").value_or("4"), 1);
  request.length = parseInteger("--shots", args.get("--shots").value_or("20"), 1);
  request.seed =
      static_cast<uint64_t>(parseInteger("--seed", args.get("--seed").value_or("0"), 0));
  const std::string split = args.get("--split").value_or("train");
  if (split != "train" && split != "test") {
    throw UsageError("--split " + split + ": expected train or test");
  }
  request.testSplit = split == "test";
  const auto outPath = args.get("--out");
  if (!outPath) {
    throw UsageError("'sample' needs --out FILE.csv");
  }
  if (request.length < config.task.classes &&
      (config.task.proto.anchorsTrain || config.task.ave.anchorsTrain || request.testSplit)) {
    throw UsageError("--shots " + std::to_string(request.length) +
                     ": anchors need at least C = " + std::to_string(config.task.classes) +
                     " positions");
  }
  const Status written = core::exportEpisodes(config.task, request, *outPath);
  if (!written) {
    throw UsageError(written.error());
  }
  fs::path jsonPath = *outPath;
  jsonPath.replace_extension(".json");
  out << "wrote " << *outPath << " and " << jsonPath.string() << "\n";
  return kExitOk;
}

std::string gflopsText(double gflops) {
  if (!(gflops > 0.0)) {
    return "-";
  }
  std::ostringstream text;
  text << std::fixed << std::setprecision(1) << gflops;
  return text.str();
}

int commandBench(const Arguments& args, std::ostream& out) {
  core::BenchOptions options;
  options.quick = args.has("--quick");
  if (const auto threads = args.get("--threads")) {
    std::stringstream list(*threads);
    std::string item;
    while (std::getline(list, item, ',')) {
      options.threads.push_back(parseInteger("--threads", item, 1));
    }
  }
  if (const auto steps = args.get("--steps")) {
    options.measureSteps = parseInteger("--steps", *steps, 1);
  }
  options.device = args.get("--device").value_or("cpu");
  if (options.device != "cpu" && options.device != "cuda" && options.device != "auto") {
    throw UsageError("--device " + options.device + ": expected cpu, cuda or auto");
  }
  if (options.device == "cuda" && !core::cudaAvailable()) {
    throw UsageError("--device cuda: LibTorch sees no CUDA device here (no GPU, or a CPU-only "
                     "LibTorch such as Debian 12's)");
  }
  out << "ms per training step (sample + forward + loss + backward + Adam), mean of "
      << options.measureSteps << " steps after " << options.warmupSteps << " warm-up; "
      << "device " << options.device << "; default threads for runs: "
      << core::defaultThreadCount() << "\n";
  out << std::left << std::setw(14) << "setting" << std::setw(10) << "learner" << std::right
      << std::setw(8) << "threads" << std::setw(7) << "chunk" << std::setw(6) << "B"
      << std::setw(5) << "N" << std::setw(7) << "depth" << std::setw(12) << "ms/step"
      << std::setw(10) << "GFLOP/s" << "\n";
  const auto printRow = [&out](const core::BenchRow& row) {
    out << std::left << std::setw(14) << row.setting << std::setw(10) << row.learner << std::right
        << std::setw(8) << row.threads << std::setw(7)
        << (row.prefixChunk > 0 ? std::to_string(row.prefixChunk) : std::string("-"))
        << std::setw(6) << row.batch << std::setw(5) << row.length << std::setw(7)
        << (row.depth > 0 ? std::to_string(row.depth) : std::string("-")) << std::setw(12)
        << std::fixed << std::setprecision(2) << row.msPerStep << std::setw(10)
        << gflopsText(row.gflops) << "\n"
        << std::flush;
  };
  if (!args.has("--gpt")) {
    core::runBenchmarks(options, printRow);
  }
  out << "GPT regression model (spec §5.1; gpt-standard: E=256 L=12 H=8, D=20, n=41 points = 82 "
         "tokens, B=64); mm-peak: one float torch::mm, 2n^3 FLOP\n";
  core::runGptBenchmarks(options, printRow);
  return kExitOk;
}

int commandReport(const std::vector<std::string>& rawArgs, std::ostream& out) {
  if (rawArgs.size() < 2 || rawArgs[1].rfind("--", 0) == 0) {
    throw UsageError("'report' needs a run folder: icl-lab-cli report RUN_DIR");
  }
  std::vector<std::string> rest = {"report"};
  rest.insert(rest.end(), rawArgs.begin() + 2, rawArgs.end());
  const Arguments args = parseArguments(rest, {"--shots"}, {});
  const Result<core::RunData> run = core::readRun(rawArgs[1]);
  if (!run) {
    throw UsageError(run.error());
  }
  if (run.value().config.experiment != core::Experiment::Classification) {
    throw UsageError(rawArgs[1] + ": 'report' tabulates classification accuracy; this is a " +
                     core::experimentName(run.value().config.experiment) +
                     " run, whose results are the sq_error rows of its eval.csv");
  }
  const auto& rows = run.value().evaluations;
  const std::string status = run.value().summary.value("status", std::string("unknown"));
  if (rows.empty()) {
    // A run killed during its first evaluation is still a readable folder.
    out << "Status: " << status << "\n\nRun `" << run.value().config.name
        << "` has no evaluation yet.\n";
    return kExitOk;
  }
  int64_t lastStep = 0;
  int64_t largestShots = 0;
  for (const core::EvalRecord& row : rows) {
    lastStep = std::max(lastStep, row.step);
    largestShots = std::max(largestShots, row.shots);
  }
  std::vector<int64_t> shots;
  std::stringstream list(args.get("--shots").value_or(""));
  for (std::string item; std::getline(list, item, ',');) {
    shots.push_back(parseInteger("--shots", item, 0));
  }
  if (shots.empty()) {
    shots = {1, 2, 5, 10, largestShots};
  }
  // (learner, test family) -> shots -> row, at the last evaluated step.
  std::map<std::pair<std::string, std::string>, std::map<int64_t, core::EvalRecord>> table;
  for (const core::EvalRecord& row : rows) {
    if (row.step == lastStep && row.metric == "accuracy") {
      table[{row.testFamily, row.learner}][row.shots] = row;
    }
  }
  out << "Status: " << status << "\n\n";
  out << "Run `" << run.value().config.name << "` (train family "
      << core::familyName(run.value().config.task.trainFamily) << "), step " << lastStep
      << ": accuracy [95 % CI] at each number of shots; mean over shots "
      << run.value().config.train.start << ".." << largestShots << "\n\n";
  out << "| test family | learner |";
  for (int64_t shot : shots) {
    out << " " << shot << " |";
  }
  out << " mean |\n|---|---|";
  for (std::size_t i = 0; i <= shots.size(); ++i) {
    out << "---|";
  }
  out << "\n";
  for (const auto& [key, byShots] : table) {
    out << "| " << key.first << " | " << key.second << " |";
    for (int64_t shot : shots) {
      const auto found = byShots.find(shot);
      if (found == byShots.end()) {
        out << " - |";
        continue;
      }
      out << std::fixed << std::setprecision(3) << " " << found->second.value << " ["
          << found->second.ciLow << ", " << found->second.ciHigh << "] |";
    }
    double sum = 0.0;
    int64_t count = 0;
    for (const auto& [shot, row] : byShots) {
      if (shot >= run.value().config.train.start) {
        sum += row.value;
        ++count;
      }
    }
    out << " " << std::fixed << std::setprecision(3) << sum / static_cast<double>(count) << " |\n";
  }
  return kExitOk;
}

}  // namespace

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
           const std::atomic<bool>* interrupt) {
  if (args.empty() || args.front() == "--help" || args.front() == "-h" ||
      args.front() == "help") {
    (args.empty() ? err : out) << kUsage;
    return args.empty() ? kExitBadUsage : kExitOk;
  }
  if (args.front() == "--version") {
    out << "icl-lab-cli " << core::kIclLabVersion << " (" << core::kGitDescribe << ", LibTorch "
        << core::libtorchVersion() << ")\n";
    return kExitOk;
  }
  try {
    const std::string& command = args.front();
    const std::vector<std::string> configFlags = {"--preset", "--config"};
    if (command == "run") {
      return commandRun(parseArguments(args,
                                       {"--preset", "--config", "--out", "--device", "--seed",
                                        "--threads"},
                                       {"--quiet"}),
                        out, err, interrupt);
    }
    if (command == "config") {
      return commandConfig(
          parseArguments(args, {"--preset", "--config", "--device", "--seed", "--threads"}, {}),
          out);
    }
    if (command == "presets") {
      parseArguments(args, {}, {});
      return commandPresets(out);
    }
    if (command == "sample") {
      return commandSample(parseArguments(args,
                                          {"--family", "--tasks", "--shots", "--seed", "--out",
                                           "--split", "--preset", "--config"},
                                          {}),
                           out);
    }
    if (command == "bench") {
      return commandBench(
          parseArguments(args, {"--threads", "--steps", "--device"}, {"--quick", "--gpt"}),
          out);
    }
    if (command == "report") {
      return commandReport(args, out);
    }
    if (command == "resume") {
      return commandResume(args, out, err, interrupt);
    }
    throw UsageError("unknown command '" + command + "' (see icl-lab-cli --help)");
  } catch (const UsageError& error) {
    err << "error: " << error.what() << "\n";
    return kExitBadUsage;
  } catch (const std::exception& error) {
    std::string what = error.what();
    err << "error: " << what.substr(0, what.find('\n')) << "\n";
    return kExitRunFailed;
  }
}

}  // namespace icl::app
