#include "core/evaluation/evaluator.h"

#include <torch/torch.h>

#include <algorithm>

#include "core/tasks/task_sampler.h"
#include "core/training/seed_streams.h"
#include "core/util/confidence.h"

namespace icl::core {

namespace {
// Test tasks per forward pass: bounds memory of the padded ICL passes (t x n x n x w floats).
constexpr int64_t kEvalTaskChunk = 64;

uint64_t familyIndex(TaskFamily family) {
  if (family == TaskFamily::Mix) {
    return baseFamilies().size();
  }
  const auto& families = baseFamilies();
  return static_cast<uint64_t>(std::find(families.begin(), families.end(), family) -
                               families.begin());
}
}  // namespace

torch::Tensor correctPredictions(const torch::Tensor& outputs, const torch::Tensor& labels) {
  return outputs.argmax(-1).eq(labels);
}

Evaluator::Evaluator(const RunConfig& config, const torch::Device& device) : config_(config) {
  for (TaskFamily family : config.eval.families) {
    TaskSampler sampler(config.task, config.seed + SeedStreams::kTestTasks + familyIndex(family));
    Episode episode =
        sampler.sample(family, config.eval.tasksPerFamily, config.eval.length, TaskSplit::Test);
    testSets_.push_back({family, episode.to(device)});
  }
}

std::vector<EvalRecord> Evaluator::accuracyRecords(const torch::Tensor& correct,
                                                   const EvalRecord& prototype) {
  const torch::Tensor counts = correct.to(torch::kLong).sum(0).cpu();  // [n]
  const int64_t tasks = correct.size(0);
  const auto* count = counts.data_ptr<int64_t>();
  std::vector<EvalRecord> records;
  for (int64_t shots = 0; shots < counts.size(0); ++shots) {
    EvalRecord record = prototype;
    record.shots = shots;
    record.metric = "accuracy";
    record.value = static_cast<double>(count[shots]) / static_cast<double>(tasks);
    const Interval interval = wilsonInterval95(count[shots], tasks);
    record.ciLow = interval.low;
    record.ciHigh = interval.high;
    record.nTasks = tasks;
    records.push_back(record);
  }
  return records;
}

EvaluationOutcome Evaluator::evaluate(Learner& learner, int64_t step,
                                      const RunControl* control) const {
  torch::NoGradGuard noGrad;
  learner.module().eval();
  EvaluationOutcome outcome;
  double scoreSum = 0.0;
  const int64_t start = std::min(config_.train.start, config_.eval.length - 1);
  for (const TestSet& testSet : testSets_) {
    std::vector<torch::Tensor> correctChunks;
    const int64_t tasks = testSet.episode.tasks();
    for (int64_t begin = 0; begin < tasks; begin += kEvalTaskChunk) {
      if (control != nullptr && control->stopRequested()) {
        outcome.interrupted = true;
        learner.module().train();
        return outcome;
      }
      const Episode chunk = testSet.episode.slice(begin, std::min(kEvalTaskChunk, tasks - begin));
      const torch::Tensor outputs = learner.forwardPrefixes(chunk.x, chunk.targets, 0);
      correctChunks.push_back(correctPredictions(outputs, chunk.labels));
    }
    const torch::Tensor correct = torch::cat(correctChunks, 0);
    EvalRecord prototype;
    prototype.step = step;
    prototype.learner = learnerName(learner.kind());
    prototype.trainFamily = familyName(config_.task.trainFamily);
    prototype.testFamily = familyName(testSet.family);
    std::vector<EvalRecord> records = accuracyRecords(correct, prototype);
    double familyScore = 0.0;
    for (int64_t shots = start; shots < static_cast<int64_t>(records.size()); ++shots) {
      familyScore += records[static_cast<std::size_t>(shots)].value;
    }
    scoreSum += familyScore / static_cast<double>(static_cast<int64_t>(records.size()) - start);
    outcome.records.insert(outcome.records.end(), records.begin(), records.end());
  }
  outcome.meanAccuracy = scoreSum / static_cast<double>(testSets_.size());
  learner.module().train();
  return outcome;
}

}  // namespace icl::core
