// icl-lab-cli bench: milliseconds per training step of each learner, then the GPT model.
#include <algorithm>
#include <iomanip>
#include <sstream>

#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "core/bench/benchmark.h"
#include "core/models/icl_fused_kernel.h"
#include "core/training/device_info.h"
#include "core/util/threading.h"

namespace icl::app {

namespace {

std::string gflopsText(double gflops) {
  if (!(gflops > 0.0)) {
    return "-";
  }
  std::ostringstream text;
  text << std::fixed << std::setprecision(1) << gflops;
  return text.str();
}

std::string msText(double ms) {
  if (!(ms > 0.0)) {
    return "-";
  }
  std::ostringstream text;
  text << std::fixed << std::setprecision(2) << ms;
  return text.str();
}

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) {
    text += (text.empty() ? "" : ", ") + name;
  }
  return text;
}

/// The comma-separated names of @p flag, each one of @p valid.
/// @throws UsageError naming the first unknown name and listing the valid ones
std::vector<std::string> parseNames(const std::string& flag, const std::string& text,
                                    const std::vector<std::string>& valid) {
  std::vector<std::string> names;
  std::istringstream in(text);
  for (std::string name; std::getline(in, name, ',');) {
    if (std::find(valid.begin(), valid.end(), name) == valid.end()) {
      throw UsageError(flag + " " + name + ": unknown; expected one of " + joined(valid));
    }
    names.push_back(name);
  }
  if (names.empty()) {
    throw UsageError(flag + ": expected one of " + joined(valid));
  }
  return names;
}

/// --isa: the fused ICL kernel's instruction-set variant.
core::IclFusedIsa parseIsa(const std::string& text) {
  if (text == "auto") {
    return core::IclFusedIsa::Auto;
  }
  if (text == "generic") {
    return core::IclFusedIsa::Generic;
  }
  if (text == "avx2") {
    return core::IclFusedIsa::Avx2;
  }
  if (text == "avx512") {
    return core::IclFusedIsa::Avx512;
  }
  throw UsageError("--isa " + text + ": unknown; expected one of auto, generic, avx2, avx512");
}

}  // namespace

int commandBench(const std::vector<std::string>& rawArgs, const CommandContext& context) {
  if (std::find(rawArgs.begin(), rawArgs.end(), "--playground") != rawArgs.end()) {
    return commandBenchPlayground(rawArgs, context);
  }
  const Arguments args =
      parseArguments(rawArgs,
                     {"--threads", "--steps", "--device", "--setting", "--learner", "--isa"},
                     {"--quick", "--gpt"});
  std::ostream& out = context.out;
  core::BenchOptions options;
  options.quick = args.has("--quick");
  if (const auto threads = args.get("--threads")) {
    options.threads = parseIntegerList("--threads", *threads, 1);
  }
  if (const auto steps = args.get("--steps")) {
    options.measureSteps = parseInteger("--steps", *steps, 1);
  }
  if (const auto settings = args.get("--setting")) {
    options.settings =
        parseNames("--setting", *settings, core::benchSettingNames(options.quick));
  }
  if (const auto learners = args.get("--learner")) {
    options.learners = parseNames("--learner", *learners, core::benchLearnerNames());
  }
  if (const auto isa = args.get("--isa")) {
    if (!core::setIclFusedIsa(parseIsa(*isa))) {
      throw UsageError("--isa " + *isa + ": this CPU or build does not have it");
    }
  }
  // The variant is process-wide: back to the CPU's choice when the command ends (tests call
  // commands in one process).
  struct IsaReset {
    ~IsaReset() { core::setIclFusedIsa(core::IclFusedIsa::Auto); }
  } isaReset;
  options.device = args.get("--device").value_or("cpu");
  // The same names and refusals as a run's "device" ("cuda:N" included).
  const std::string problem =
      core::cudaDeviceProblem(options.device, core::cudaSupport(), core::listGpuDevices());
  if (!problem.empty()) {
    const std::string subject = "device = \"" + options.device + "\": ";
    throw UsageError("--device " + options.device + ": " +
                     (problem.rfind(subject, 0) == 0 ? problem.substr(subject.size()) : problem));
  }
  out << "ms per training step (sample + forward + loss + backward + Adam), mean of "
      << options.measureSteps << " steps after " << options.warmupSteps << " warm-up; "
      << "device " << options.device << "; default threads for runs: "
      << core::defaultThreadCount() << "; fused ICL kernel: " << core::iclFusedIsaName() << "\n"
      << "phases (ms): sample = drawing the batch, fwd = forward + loss (icl-fused: forward and "
         "backward in one pass), bwd = backward, adam = zero_grad + Adam step\n";
  out << std::left << std::setw(14) << "setting" << std::setw(10) << "learner" << std::right
      << std::setw(8) << "threads" << std::setw(7) << "chunk" << std::setw(6) << "B"
      << std::setw(5) << "N" << std::setw(7) << "depth" << std::setw(12) << "ms/step"
      << std::setw(10) << "GFLOP/s" << std::setw(9) << "sample" << std::setw(9) << "fwd"
      << std::setw(9) << "bwd" << std::setw(9) << "adam" << "\n";
  const auto printRow = [&out](const core::BenchRow& row) {
    out << std::left << std::setw(14) << row.setting << std::setw(10) << row.learner << std::right
        << std::setw(8) << row.threads << std::setw(7)
        << (row.prefixChunk > 0 ? std::to_string(row.prefixChunk) : std::string("-"))
        << std::setw(6) << row.batch << std::setw(5) << row.length << std::setw(7)
        << (row.depth > 0 ? std::to_string(row.depth) : std::string("-")) << std::setw(12)
        << std::fixed << std::setprecision(2) << row.msPerStep << std::setw(10)
        << gflopsText(row.gflops) << std::setw(9) << msText(row.sampleMs) << std::setw(9)
        << msText(row.forwardMs) << std::setw(9) << msText(row.backwardMs) << std::setw(9)
        << msText(row.adamMs) << "\n"
        << std::flush;
  };
  if (!args.has("--gpt")) {
    core::runBenchmarks(options, printRow);
  }
  if (options.settings.empty() && options.learners.empty()) {  // filters name learner rows only
    out << "GPT regression model (design.md §5.1; gpt-standard: E=256 L=12 H=8, D=20, n=41 "
           "points = 82 tokens, B=64); mm-peak: one float torch::mm, 2n^3 FLOP\n";
    core::runGptBenchmarks(options, printRow);
  }
  return kExitOk;
}

}  // namespace icl::app
