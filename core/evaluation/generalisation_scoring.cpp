#include "core/evaluation/generalisation_scoring.h"

#include <torch/torch.h>

#include <algorithm>

#include "core/evaluation/evaluator.h"
#include "core/util/confidence.h"

namespace icl::core {

namespace {
// Test tasks per forward pass, as the periodic evaluation (evaluator.cpp): bounds the memory of
// the padded ICL passes (t x n x n x w floats).
constexpr int64_t kTaskChunk = 64;
}  // namespace

std::vector<GeneralisationRecord> generalisationAccuracyRows(
    const torch::Tensor& correct, const GeneralisationRecord& prototype) {
  const torch::Tensor counts = correct.to(torch::kLong).sum(0).contiguous();  // [n]
  const int64_t tasks = correct.size(0);
  const auto* count = counts.data_ptr<int64_t>();
  std::vector<GeneralisationRecord> rows;
  rows.reserve(static_cast<std::size_t>(counts.size(0)));
  for (int64_t shots = 0; shots < counts.size(0); ++shots) {
    GeneralisationRecord row = prototype;
    row.shots = shots;
    row.accuracy = static_cast<double>(count[shots]) / static_cast<double>(tasks);
    const Interval interval = wilsonInterval95(count[shots], tasks);
    row.ciLow = interval.low;
    row.ciHigh = interval.high;
    row.nTasks = tasks;
    rows.push_back(row);
  }
  return rows;
}

TestSetScorer::TestSetScorer(TestSetSpec spec, Episode episode, int64_t classes, bool probe)
    : spec_(std::move(spec)), episode_(std::move(episode)), classes_(classes), probe_(probe) {}

torch::Tensor TestSetScorer::predictions(Learner& learner, const RunControl* control) const {
  std::vector<torch::Tensor> chunks;
  const int64_t tasks = episode_.tasks();
  for (int64_t begin = 0; begin < tasks; begin += kTaskChunk) {
    if (control != nullptr && control->stopRequested()) {
      return {};
    }
    const Episode chunk = episode_.slice(begin, std::min(kTaskChunk, tasks - begin));
    chunks.push_back(learner.forwardPrefixes(chunk.x, chunk.targets, 0).argmax(-1));
  }
  return torch::cat(chunks, 0);
}

GeneralisationRecord TestSetScorer::prototype(const std::string& checkpoint,
                                              const std::string& learner) const {
  GeneralisationRecord row;
  row.checkpoint = checkpoint;
  row.testSet = testSetKindName(spec_.kind);
  row.testFamily = familyName(spec_.family);
  row.sigma = spec_.sigma;
  row.offset = spec_.offset;
  row.learner = learner;
  return row;
}

bool TestSetScorer::score(const CheckpointLearners& loaded, const RunControl* control,
                          ScoredRows& rows) {
  torch::NoGradGuard noGrad;
  // Right answers per position of everything scored, in the order of the rows.
  std::vector<std::pair<std::string, torch::Tensor>> correct;
  for (const std::shared_ptr<Learner>& learner : loaded.learners) {
    learner->module().eval();
    const torch::Tensor predicted = predictions(*learner, control);
    if (!predicted.defined()) {
      return false;
    }
    correct.emplace_back(learnerName(learner->kind()), predicted.eq(episode_.labels));
  }
  // TODO(#10 primitives): selection and oracle rows (selectByLeaveOneOut, oracleSelection),
  // the plug-in rules' rows (pluginRulePrefixPredictions) and the probe rows (agreementByShot,
  // chanceAgreement) are added when the primitives' implementations are merged.
  (void)probe_;
  (void)classes_;
  for (const auto& [name, right] : correct) {
    const std::vector<GeneralisationRecord> learnerRows =
        generalisationAccuracyRows(right, prototype(loaded.checkpoint, name));
    rows.accuracy.insert(rows.accuracy.end(), learnerRows.begin(), learnerRows.end());
  }
  return true;
}

}  // namespace icl::core
