#include "app/cli/progress_printer.h"

#include <cmath>
#include <iomanip>
#include <sstream>
#include <utility>

namespace icl::app {

namespace {

constexpr double kPrintInterval = 2.0;  // seconds between loss lines on stderr

}  // namespace

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

ProgressPrinter::ProgressPrinter(bool quiet, std::ostream& err, core::RunControl& control,
                                 const std::atomic<bool>* interrupt)
    : quiet_(quiet),
      err_(err),
      control_(control),
      interrupt_(interrupt),
      // The first batch prints its loss line at once.
      lastPrint_(std::chrono::steady_clock::now() - std::chrono::hours(1)) {}

void ProgressPrinter::print(const core::ProgressBatch& batch) {
  if (interrupt_ != nullptr && interrupt_->load()) {
    control_.requestStop();
  }
  for (const core::LossRecord& record : batch.losses) {
    lastLoss_[record.learner] = record.loss;
  }
  for (const std::string& message : batch.messages) {
    err_ << "warning: " << message << "\n";
  }
  if (!batch.evaluations.empty() && !quiet_) {
    printEvaluations(batch);
  }
  if (!batch.activity.empty()) {
    // After the last step (generalisation.after_training): no loss line any more.
    if (!quiet_) {
      err_ << batch.activity << "\n";
    }
    return;
  }
  const auto now = std::chrono::steady_clock::now();
  if (quiet_ || std::chrono::duration<double>(now - lastPrint_).count() < kPrintInterval) {
    return;
  }
  lastPrint_ = now;
  printLosses(batch);
}

void ProgressPrinter::printEvaluations(const core::ProgressBatch& batch) {
  std::map<std::string, std::pair<double, int64_t>> means;
  for (const core::EvalRecord& record : batch.evaluations) {
    // Meta-meta runs score each learner per support size: label them apart.
    const std::string key = record.testFamily.rfind("domain_", 0) == 0
                                ? record.learner + "@" + record.testFamily.substr(7)
                                : record.learner;
    means[key].first += record.value;
    means[key].second += 1;
  }
  err_ << "eval @ step " << batch.evaluations.front().step << ": mean "
       << batch.evaluations.front().metric;
  for (const auto& [learner, sum] : means) {
    err_ << "  " << learner << " " << std::fixed << std::setprecision(3)
         << sum.first / static_cast<double>(sum.second);
  }
  err_ << "\n";
}

void ProgressPrinter::printLosses(const core::ProgressBatch& batch) {
  err_ << "step " << batch.step << "/" << batch.totalSteps << "  loss";
  for (const core::StageProgress& stage : batch.stages) {
    if (stage.stageCount > 1) {
      err_ << "  [" << stage.learner << " stage " << stage.stageIndex + 1 << "/"
           << stage.stageCount << ": dims " << stage.dims << ", points " << stage.points << "]";
    }
  }
  for (const auto& [learner, loss] : lastLoss_) {
    err_ << "  " << learner << " " << std::fixed << std::setprecision(4) << loss;
  }
  err_ << "  | " << formatDuration(batch.wallSeconds) << " elapsed, ETA "
       << formatDuration(batch.etaSeconds) << "\n";
}

}  // namespace icl::app
