#include "core/evaluation/generalisation_scoring.h"

#include <torch/torch.h>

#include <algorithm>
#include <map>

#include "core/evaluation/algorithm_selection.h"
#include "core/evaluation/plugin_rules.h"
#include "core/evaluation/probe.h"
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

bool TestSetScorer::computeRules(const RunControl* control) {
  const int64_t tasks = episode_.tasks();
  for (PluginRule rule : allPluginRules()) {
    if (rule == PluginRule::MeanOffset && classes_ != 2) {
      continue;  // ave's rule has two sides
    }
    std::vector<torch::Tensor> chunks;
    for (int64_t begin = 0; begin < tasks; begin += kTaskChunk) {
      if (control != nullptr && control->stopRequested()) {
        return false;
      }
      const Episode chunk = episode_.slice(begin, std::min(kTaskChunk, tasks - begin));
      chunks.push_back(pluginRulePrefixPredictions(rule, chunk.x, chunk.labels, classes_));
    }
    rulePredictions_.emplace_back(pluginRuleName(rule), torch::cat(chunks, 0));
  }
  rulesReady_ = true;
  return true;
}

torch::Tensor TestSetScorer::leaveOneOut(Learner& learner, const RunControl* control) const {
  std::vector<torch::Tensor> chunks;
  const int64_t tasks = episode_.tasks();
  for (int64_t begin = 0; begin < tasks; begin += kTaskChunk) {
    if (control != nullptr && control->stopRequested()) {
      return {};
    }
    const Episode chunk = episode_.slice(begin, std::min(kTaskChunk, tasks - begin));
    chunks.push_back(leaveOneOutAccuracy(learner, chunk.x, chunk.targets, chunk.labels));
  }
  return torch::cat(chunks, 0);
}

bool TestSetScorer::score(const CheckpointLearners& loaded, const RunControl* control,
                          ScoredRows& rows) {
  torch::NoGradGuard noGrad;
  if (!rulesReady_ && !computeRules(control)) {
    return false;
  }
  // Every learner's class at every position, in allLearners() order.
  std::vector<std::pair<std::string, torch::Tensor>> predicted;
  std::map<LearnerKind, Learner*> byKind;
  for (const std::shared_ptr<Learner>& learner : loaded.learners) {
    learner->module().eval();
    torch::Tensor classes = predictions(*learner, control);
    if (!classes.defined()) {
      return false;
    }
    predicted.emplace_back(learnerName(learner->kind()), std::move(classes));
    byKind[learner->kind()] = learner.get();
  }
  // Right answers of everything scored, in the order of the rows: learners, selection and
  // oracle, plug-in rules.
  std::vector<std::pair<std::string, torch::Tensor>> correct;
  for (const auto& [name, classes] : predicted) {
    correct.emplace_back(name, classes.eq(episode_.labels));
  }
  const std::size_t learnerCount = correct.size();
  const LearnerKind candidates[] = {LearnerKind::MatchNet, LearnerKind::ProtoNet,
                                    LearnerKind::Cnp};
  if (std::all_of(std::begin(candidates), std::end(candidates),
                  [&byKind](LearnerKind kind) { return byKind.count(kind) == 1; })) {
    std::vector<torch::Tensor> loo;
    std::vector<torch::Tensor> prefixCorrect;
    for (LearnerKind kind : candidates) {
      const torch::Tensor accuracy = leaveOneOut(*byKind.at(kind), control);
      if (!accuracy.defined()) {
        return false;
      }
      loo.push_back(accuracy);
      for (std::size_t i = 0; i < learnerCount; ++i) {
        if (correct[i].first == learnerName(kind)) {
          prefixCorrect.push_back(correct[i].second);
        }
      }
    }
    correct.emplace_back("selection", selectByLeaveOneOut(loo, prefixCorrect).correct);
    correct.emplace_back("oracle", oracleSelection(prefixCorrect).correct);
  }
  for (const auto& [name, classes] : rulePredictions_) {
    correct.emplace_back(name, classes.eq(episode_.labels));
  }
  std::map<std::string, std::vector<GeneralisationRecord>> byName;
  for (const auto& [name, right] : correct) {
    std::vector<GeneralisationRecord> nameRows =
        generalisationAccuracyRows(right, prototype(loaded.checkpoint, name));
    rows.accuracy.insert(rows.accuracy.end(), nameRows.begin(), nameRows.end());
    byName[name] = std::move(nameRows);
  }
  if (!probe_ || predicted.empty() || predicted.front().first != "icl") {
    return true;
  }
  // The probe: ICL against every other learner and every rule, at every position.
  std::vector<std::pair<std::string, torch::Tensor>> references(predicted.begin() + 1,
                                                                predicted.end());
  references.insert(references.end(), rulePredictions_.begin(), rulePredictions_.end());
  const torch::Tensor& icl = predicted.front().second;
  const std::vector<GeneralisationRecord>& iclRows = byName.at("icl");
  for (const auto& [reference, classes] : references) {
    const std::vector<double> agreement = agreementByShot(icl, classes);
    const std::vector<GeneralisationRecord>& referenceRows = byName.at(reference);
    for (std::size_t shots = 0; shots < agreement.size(); ++shots) {
      ProbeRecord row;
      row.checkpoint = loaded.checkpoint;
      row.testSet = testSetKindName(spec_.kind);
      row.testFamily = familyName(spec_.family);
      row.sigma = spec_.sigma;
      row.offset = spec_.offset;
      row.model = "icl";
      row.reference = reference;
      row.shots = static_cast<int64_t>(shots);
      row.agreement = agreement[shots];
      row.chance = chanceAgreement(iclRows[shots].accuracy, referenceRows[shots].accuracy,
                                   classes_);
      row.nTasks = episode_.tasks();
      rows.probe.push_back(row);
    }
  }
  return true;
}

}  // namespace icl::core
