#include "core/bench/benchmark.h"

#include <torch/torch.h>

#include <chrono>
#include <thread>

#include "core/config/run_config.h"
#include "core/models/learner_factory.h"
#include "core/tasks/task_sampler.h"
#include "core/training/device.h"
#include "core/training/loss.h"
#include "core/util/threading.h"

namespace icl::core {

namespace {

struct Setting {
  std::string name;
  RunConfig config;
  std::vector<int64_t> chunks;  // LibTorch-kernel prefix chunks to measure
};

/// One ICL measurement: the LibTorch kernel at a prefix chunk, or the fused kernel (chunk 0).
struct IclVariant {
  std::string kernel;
  int64_t chunk;
};

std::vector<Setting> settings(bool quick) {
  std::vector<Setting> list;
  if (quick) {
    RunConfig tiny;
    tiny.task.length = 6;
    tiny.train.batchSize = 4;
    tiny.learners.icl.depth = 1;
    list.push_back({"quick", tiny, {1, 6}});
    return list;
  }
  RunConfig paper;  // spec §3.1, §4.2: depth 8, B = 128, N = 50
  paper.task.length = 50;
  paper.train.batchSize = 128;
  paper.learners.icl.depth = 8;
  list.push_back({"paper", paper, {1, 10}});  // 5, 25 and 50 were slower (docs/results.md)
  RunConfig cpu;  // the p2-mixture preset: depth 4, B = 30, N = 20
  list.push_back({"cpu-default", cpu, {1, 10, 20}});
  return list;
}

double millisecondsPerStep(Learner& learner, TaskSampler& sampler, const RunConfig& config,
                           const torch::Device& device, const BenchOptions& options) {
  torch::optim::Adam optimizer(learner.module().parameters(),
                               torch::optim::AdamOptions(config.learners.lr(learner.kind())));
  const int64_t length = config.task.length;
  auto step = [&] {
    const Episode batch =
        sampler.sample(TaskFamily::Mix, config.train.batchSize, length, TaskSplit::Train).to(device);
    const torch::Tensor loss = episodeLoss(learner.forwardPrefixes(batch.x, batch.targets, 0),
                                           batch.targets, static_cast<double>(length));
    loss.item<double>();  // the trainer reads every loss; on CUDA this also synchronises
    optimizer.zero_grad();
    loss.backward();
    optimizer.step();
  };
  for (int64_t i = 0; i < options.warmupSteps; ++i) {
    step();
  }
  const auto started = std::chrono::steady_clock::now();
  for (int64_t i = 0; i < options.measureSteps; ++i) {
    step();
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return 1000.0 * seconds / static_cast<double>(options.measureSteps);
}

}  // namespace

std::vector<BenchRow> runBenchmarks(const BenchOptions& options,
                                    const std::function<void(const BenchRow&)>& onRow) {
  std::vector<int64_t> threadCounts = options.threads;
  if (threadCounts.empty()) {
    const auto cores = static_cast<int64_t>(std::max(1U, std::thread::hardware_concurrency()));
    for (int64_t count = 1; count <= cores; count *= 2) {
      threadCounts.push_back(count);
    }
    if (threadCounts.back() != cores) {
      threadCounts.push_back(cores);
    }
  }
  const Result<torch::Device> device = resolveDevice(options.device);
  if (!device) {
    throw std::invalid_argument(device.error());
  }
  std::vector<BenchRow> rows;
  for (const Setting& setting : settings(options.quick)) {
    for (int64_t threads : threadCounts) {
      applyThreadCount(threads);
      for (LearnerKind kind : allLearners()) {
        std::vector<IclVariant> variants = {{"", 0}};
        if (kind == LearnerKind::Icl) {
          variants.clear();
          if (device.value().is_cpu()) {
            variants.push_back({"fused", 0});  // CPU float32 only
          }
          for (int64_t chunk : setting.chunks) {
            variants.push_back({"torch", chunk});
          }
        }
        for (const IclVariant& variant : variants) {
          const int64_t chunk = variant.chunk;
          RunConfig config = setting.config;
          config.learners.icl.prefixChunk = chunk;
          if (!variant.kernel.empty()) {
            config.learners.icl.kernel = variant.kernel;
          }
          config.resolveDefaults();
          torch::manual_seed(0);
          const std::shared_ptr<Learner> learner = makeLearner(kind, config, device.value());
          TaskSampler sampler(config.task, 0);
          BenchRow row;
          row.setting = setting.name;
          row.learner = learnerName(kind);
          row.kernel = variant.kernel;
          if (!variant.kernel.empty()) {
            row.learner += "-" + variant.kernel;  // "icl-fused", "icl-torch"
          }
          row.threads = threads;
          row.prefixChunk = chunk;
          row.batch = config.train.batchSize;
          row.length = config.task.length;
          row.depth = kind == LearnerKind::Icl ? config.learners.icl.depth : 0;
          row.msPerStep = millisecondsPerStep(*learner, sampler, config, device.value(), options);
          rows.push_back(row);
          if (onRow) {
            onRow(row);
          }
        }
      }
    }
  }
  return rows;
}

}  // namespace icl::core
