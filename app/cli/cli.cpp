#include "app/cli/cli.h"

#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "core/util/error_text.h"
#include "core/util/build_info.h"
#include "core/util/versions.h"

namespace icl::app {

namespace {

const char* const kUsage = R"(icl-lab-cli: ICL Lab experiments without a display

Usage:
  icl-lab-cli run (--preset NAME | --config FILE) [--out DIR] [--device auto|cpu|cuda|cuda:N]
                  [--seed N] [--threads N] [--set key.path=value ...] [--quiet]
  icl-lab-cli config (--preset NAME | --config FILE) [--set key.path=value ...]
  icl-lab-cli presets
  icl-lab-cli sample --family sim|proto|ave|rad|mix --tasks T --shots N --seed S
                  --out FILE.csv [--split train|test] [--preset NAME | --config FILE]
                  [--set key.path=value ...]
  icl-lab-cli bench [--threads 1,2] [--steps K] [--device cpu|cuda|cuda:N] [--quick] [--gpt]
  icl-lab-cli bench --playground RUN_DIR [--grid 200] [--sizes 8,16,32] [--repeats 5]
                  [--checkpoint final|best] [--family sim|proto|ave|rad]
  icl-lab-cli report RUN_DIR|SWEEP_DIR [--shots 1,2,5,10,49] [--csv FILE]
  icl-lab-cli resume RUN_DIR [--quiet] [--threads N]
  icl-lab-cli evaluate RUN_DIR [--tag NAME] [--checkpoint final|best|both] [--seed N]
                  [--threads N] [--set generalisation.key=value ...] [--quiet]
  icl-lab-cli sweep (--preset NAME | --config FILE) --seeds 0-4 [--set key=v1,v2 ...]
                  [--jobs N] [--threads N] [--out DIR] [--quiet]
                  [--emit slurm [--slurm-time HH:MM:SS] [--slurm-cpus N] [--slurm-mem 4G]
                   [--slurm-partition P] [--slurm-gpus N]]
  icl-lab-cli sweep --continue SWEEP_DIR [--jobs N] [--threads N] [--quiet]
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
           (--gpt: only those). --playground RUN_DIR: ms per panel of the 2-D
           playground (each learner on a GRID x GRID grid, one thread) for each support
           size, through the fused ICL kernel and the LibTorch path
  report   Markdown table of a run's last evaluation: accuracy [95 % CI] per learner and
           test family at the given shot counts, and the mean over shots; and the run's
           status (running, completed, stopped, failed, or interrupted: killed mid-run).
           --csv FILE: the same table as CSV, one line per learner, test family and shot
           count (all of them unless --shots is given), as the window exports it; then
           a section per re-evaluation (`evaluate`) of the folder.
           On a sweep folder (sweep.json): the sweep's seeds and swept keys, how many
           points are completed, failed, running or pending (each failed or unreadable
           point named), then per swept setting a table per metric whose cells read
           mean [low, high] (n): the mean over the n completed seeds of each seed's
           last evaluation, with its 95 % Student-t interval across seeds. --csv FILE:
           group,learner,test_family,metric,shots,seed,value,ci95_low,ci95_high,n_seeds,
           a line per seed (seed number, its value) and one with seed "mean" (the mean,
           its interval and n_seeds)
  resume   continue a stopped, failed or interrupted run from its last checkpoint (written
           at every evaluation); rows after that checkpoint are dropped and redone. Use the
           same thread count for the same numbers. meta_meta runs cannot be resumed.
  evaluate re-test a trained classification run on new seeded test sets: input scale
           sigma and mean offset per family, the radial task with the algorithm-selection
           baseline and the oracle, and the algorithm probe (config section
           generalisation.*; --set also takes eval.N and task.rad.*). Adds
           generalisation[-TAG].csv, probe[-TAG].csv and generalisation[-TAG].json to the
           folder, never replacing a file (a second evaluation needs --tag); prints a
           summary. --seed: of the test sets (default: the run's)
  sweep    one run per seed (--seeds 0-4, 0,2,7 or 3) and per combination of swept values
           (--set key=v1,v2; one value: fixed for every run; a list key such as
           eval.families separates values with ';': 'eval.families=sim,rad;sim'), each in
           its own folder under the sweep folder (default sweeps/NAME-YYYYMMDD-HHMMSS) with
           sweep.json, points/ (each run's config) and logs/. Runs are separate processes,
           --jobs at a time (default 1), --threads each (default 1). Run the same command
           again (or --continue SWEEP_DIR) to continue a stopped sweep: completed runs are
           kept, others resumed or (moved aside to NAME.incomplete-N) run again.
           --emit slurm: write the folder and sweep.slurm, a SLURM job array (one task
           per run; --jobs: at most that many at once), and run nothing here

Exit codes: 0 ok, 1 the run failed (sweep: a run failed or stopped), 2 bad usage or config
(or a folder that cannot be resumed or holds something else), 130 stopped by Ctrl-C.
)";

using CommandFunction = int (*)(const std::vector<std::string>&, const CommandContext&);

struct Command {
  const char* name;
  CommandFunction run;
};

const Command kCommands[] = {
    {"run", commandRun},       {"config", commandConfig}, {"presets", commandPresets},
    {"sample", commandSample}, {"bench", commandBench},   {"report", commandReport},
    {"resume", commandResume}, {"evaluate", commandEvaluate}, {"sweep", commandSweep},
};

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
    for (const Command& command : kCommands) {
      if (args.front() == command.name) {
        return command.run(args, CommandContext{out, err, interrupt});
      }
    }
    throw UsageError("unknown command '" + args.front() + "' (see icl-lab-cli --help)");
  } catch (const UsageError& error) {
    err << "error: " << error.what() << "\n";
    return kExitBadUsage;
  } catch (const std::exception& error) {
    // c10::Error appends a C++ backtrace to its message.
    err << "error: " << core::firstLine(error) << "\n";
    return kExitRunFailed;
  }
}

}  // namespace icl::app
