// icl-lab-cli report: a run's status, its note (note.txt) and its latest evaluation as a
// Markdown table of accuracy [95 % CI] per test family, learner and number of shots; optionally
// the same table as CSV (core/evaluation/comparison_table.h, shared with the window's
// comparison table). A sweep folder (sweep.json) gets the across-seed report instead
// (command_report_sweep.cpp).
#include <iomanip>

#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/generalisation_markdown.h"
#include "core/config/names.h"
#include "core/evaluation/comparison_table.h"
#include "core/evaluation/generalisation_results.h"
#include "core/store/run_note.h"
#include "core/store/run_store.h"
#include "core/sweep/sweep_manifest.h"
#include "core/util/atomic_file.h"

namespace icl::app {

namespace {

void printMarkdown(const core::RunData& run, const core::ComparisonTable& table,
                   const std::vector<int64_t>& shots, std::ostream& out) {
  const int64_t meanFrom = run.config.train.start;
  out << "Run `" << run.config.name << "` (train family "
      << core::familyName(run.config.task.trainFamily) << "), step " << table.step
      << ": accuracy [95 % CI] at each number of shots; mean over shots " << meanFrom << ".."
      << table.largestShots << "\n\n";
  out << "| test family | learner |";
  for (int64_t shot : shots) {
    out << " " << shot << " |";
  }
  out << " mean |\n|---|---|";
  for (std::size_t i = 0; i <= shots.size(); ++i) {
    out << "---|";
  }
  out << "\n";
  for (const core::ComparisonRow& row : table.rows) {
    out << "| " << row.testFamily << " | " << row.learner << " |";
    for (int64_t shot : shots) {
      const core::ComparisonCell* cell = row.cellAt(shot);
      if (cell == nullptr) {
        out << " - |";
        continue;
      }
      out << std::fixed << std::setprecision(3) << " " << cell->accuracy << " [" << cell->ciLow
          << ", " << cell->ciHigh << "] |";
    }
    out << " " << std::fixed << std::setprecision(3) << core::meanAccuracy(row, meanFrom)
        << " |\n";
  }
}

}  // namespace

int commandReport(const std::vector<std::string>& rawArgs, const CommandContext& context) {
  const Arguments args = parseFolderArguments(rawArgs, {"--shots", "--csv"}, {});
  if (core::isSweepFolder(args.folder)) {
    return commandReportSweep(rawArgs, context);
  }
  const core::Result<core::RunData> read = core::readRun(args.folder);
  if (!read) {
    throw UsageError(read.error());
  }
  const core::RunData& run = read.value();
  if (run.config.experiment != core::Experiment::Classification) {
    throw UsageError(args.folder + ": 'report' tabulates classification accuracy; this is a " +
                     core::experimentName(run.config.experiment) +
                     " run, whose results are the sq_error rows of its eval.csv");
  }
  const core::ComparisonTable table = core::buildComparisonTable(run.evaluations);
  // A run killed during its first evaluation is still a readable folder: its CSV is a header.
  const std::vector<int64_t> shots =
      run.evaluations.empty() ? std::vector<int64_t>{}
                              : parseIntegerList("--shots", args.get("--shots").value_or(""), 0);
  if (const auto csvPath = args.get("--csv")) {
    const core::Status written =
        core::writeFileAtomically(*csvPath, core::formatComparisonCsv(table, shots));
    if (!written) {
      throw UsageError(written.error());
    }
  }
  const std::string status = run.summary.value("status", std::string("unknown"));
  context.out << "Status: " << status << "\n";
  // The person's note on the run (the window's run list writes it); an unreadable one is named.
  const core::Result<std::string> note = core::readRunNote(args.folder);
  if (!note) {
    context.out << "Note: (cannot be read: " << note.error() << ")\n";
  } else if (!note.value().empty()) {
    context.out << "Note: " << note.value() << "\n";
  }
  context.out << "\n";
  if (run.evaluations.empty()) {
    context.out << "Run `" << run.config.name << "` has no evaluation yet.\n";
    return kExitOk;
  }
  printMarkdown(run, table,
                shots.empty() ? std::vector<int64_t>{1, 2, 5, 10, table.largestShots} : shots,
                context.out);
  // The folder's re-evaluations (issue #10), in tag order; an unreadable one is named.
  for (const std::string& tag : core::generalisationTags(args.folder)) {
    const auto evaluation = core::readGeneralisation(args.folder, tag);
    context.out << "\n";
    if (!evaluation) {
      context.out << "Evaluation " << (tag.empty() ? "(untagged)" : "`" + tag + "`")
                  << " cannot be read: " << evaluation.error() << "\n";
      continue;
    }
    printGeneralisationReport(evaluation.value(), context.out);
  }
  return kExitOk;
}

}  // namespace icl::app
