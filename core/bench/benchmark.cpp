#include "core/bench/benchmark.h"

#include <torch/cuda.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

#include "core/config/run_config.h"
#include "core/models/gpt_regression.h"
#include "core/models/learner_factory.h"
#include "core/tasks/regression_sampler.h"
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
  RunConfig paper;  // design.md §3.1, §4.2: depth 8, B = 128, N = 50
  paper.task.length = 50;
  paper.train.batchSize = 128;
  paper.learners.icl.depth = 8;
  list.push_back({"paper", paper, {1, 10}});  // 5, 25 and 50 were slower (docs/results.md)
  RunConfig cpu;  // the p2-mixture preset: depth 4, B = 30, N = 20
  list.push_back({"cpu-default", cpu, {1, 10, 20}});
  return list;
}

/// Mean times of one training step and of its phases, in ms.
struct StepTiming {
  double total = 0.0;
  double sample = 0.0;
  double forward = 0.0;
  double backward = 0.0;
  double adam = 0.0;
};

/// The trainer's step (TrainingRun::trainStep: trainingLoss, item, zero_grad, backward, Adam),
/// timed per phase. On CUDA every phase ends with a device synchronisation, so kernels queued
/// by one phase are not billed to the next.
StepTiming timeSteps(Learner& learner, TaskSampler& sampler, const RunConfig& config,
                     const torch::Device& device, const BenchOptions& options) {
  torch::optim::Adam optimizer(learner.module().parameters(),
                               torch::optim::AdamOptions(config.learners.lr(learner.kind())));
  const int64_t length = config.task.length;
  using Clock = std::chrono::steady_clock;
  const auto sync = [&device] {
    if (device.is_cuda()) {
      torch::cuda::synchronize();
    }
  };
  const auto msSince = [](Clock::time_point from) {
    return std::chrono::duration<double, std::milli>(Clock::now() - from).count();
  };
  StepTiming sums;
  const auto step = [&](StepTiming* timing) {
    auto mark = Clock::now();
    const Episode batch =
        sampler.sample(TaskFamily::Mix, config.train.batchSize, length, TaskSplit::Train).to(device);
    sync();
    timing->sample += msSince(mark);
    mark = Clock::now();
    const torch::Tensor loss =
        trainingLoss(learner, batch.x, batch.targets, 0, static_cast<double>(length));
    loss.item<double>();  // the trainer reads every loss; on CUDA this also synchronises
    timing->forward += msSince(mark);
    mark = Clock::now();
    optimizer.zero_grad();
    loss.backward();
    sync();
    timing->backward += msSince(mark);
    mark = Clock::now();
    optimizer.step();
    sync();
    timing->adam += msSince(mark);
  };
  StepTiming warmup;
  for (int64_t i = 0; i < options.warmupSteps; ++i) {
    step(&warmup);
  }
  const auto started = Clock::now();
  for (int64_t i = 0; i < options.measureSteps; ++i) {
    step(&sums);
  }
  const auto steps = static_cast<double>(options.measureSteps);
  StepTiming mean;
  mean.total = msSince(started) / steps;
  mean.sample = sums.sample / steps;
  mean.forward = sums.forward / steps;
  mean.backward = sums.backward / steps;
  mean.adam = sums.adam / steps;
  return mean;
}

bool wanted(const std::vector<std::string>& filter, const std::string& name) {
  return filter.empty() || std::find(filter.begin(), filter.end(), name) != filter.end();
}

/// @p requested, or when empty 1, 2, 4, ... below the core count and the core count itself.
std::vector<int64_t> resolveThreadCounts(const std::vector<int64_t>& requested) {
  std::vector<int64_t> threadCounts = requested;
  if (threadCounts.empty()) {
    const auto cores = static_cast<int64_t>(std::max(1U, std::thread::hardware_concurrency()));
    for (int64_t count = 1; count <= cores; count *= 2) {
      threadCounts.push_back(count);
    }
    if (threadCounts.back() != cores) {
      threadCounts.push_back(cores);
    }
  }
  return threadCounts;
}

double secondsOf(const std::function<void()>& work, int64_t warmup, int64_t measured) {
  for (int64_t i = 0; i < warmup; ++i) {
    work();
  }
  const auto started = std::chrono::steady_clock::now();
  for (int64_t i = 0; i < measured; ++i) {
    work();
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() /
         static_cast<double>(measured);
}

}  // namespace

std::vector<std::string> benchSettingNames(bool quick) {
  std::vector<std::string> names;
  for (const Setting& setting : settings(quick)) {
    names.push_back(setting.name);
  }
  return names;
}

std::vector<std::string> benchLearnerNames() {
  std::vector<std::string> names;
  for (LearnerKind kind : allLearners()) {
    if (kind == LearnerKind::Icl) {
      names.push_back(learnerName(kind) + "-fused");
      names.push_back(learnerName(kind) + "-torch");
    } else {
      names.push_back(learnerName(kind));
    }
  }
  return names;
}

std::vector<BenchRow> runGptBenchmarks(const BenchOptions& options,
                                       const std::function<void(const BenchRow&)>& onRow) {
  const Result<torch::Device> resolved = resolveDevice(options.device);
  if (!resolved) {
    throw std::invalid_argument(resolved.error());
  }
  const torch::Device device = resolved.value();
  struct GptSetting {
    std::string name;
    GptRegressionOptions model;
    int64_t batch;
    int64_t points;
  };
  std::vector<GptSetting> settings;
  // Matrix size of the peak measurement: large enough to reach BLAS's steady state.
  int64_t mmSize = 2048;
  if (options.quick) {
    settings.push_back({"gpt-quick", {4, 5, 16, 1, 2}, 4, 5});
    mmSize = 128;
  } else {
    settings.push_back({"gpt-tiny", {20, 101, 64, 3, 2}, 64, 41});
    settings.push_back({"gpt-standard", {20, 101, 256, 12, 8}, 64, 41});
  }
  std::vector<BenchRow> rows;
  for (int64_t threads : resolveThreadCounts(options.threads)) {
    applyThreadCount(threads);
    {
      torch::manual_seed(0);
      const auto opts = torch::TensorOptions().dtype(torch::kFloat32).device(device);
      const torch::Tensor a = torch::randn({mmSize, mmSize}, opts);
      const torch::Tensor b = torch::randn({mmSize, mmSize}, opts);
      const double seconds = secondsOf(
          [&] { torch::mm(a, b).sum().item<float>(); }, 1, std::max<int64_t>(3, options.measureSteps));
      BenchRow row;
      row.setting = "mm-peak";
      row.learner = "mm" + std::to_string(mmSize);
      row.threads = threads;
      row.msPerStep = 1000.0 * seconds;
      row.gflops = 2.0 * std::pow(static_cast<double>(mmSize), 3) / seconds / 1e9;
      rows.push_back(row);
      if (onRow) {
        onRow(row);
      }
    }
    for (const GptSetting& setting : settings) {
      torch::manual_seed(0);
      GptRegression model(setting.model);
      model->to(device);
      torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(1e-4));
      RegressionSampler sampler(setting.model.nDims, 0);
      auto step = [&] {
        const RegressionPrompts batch =
            sampler.sample(setting.batch, setting.points, setting.model.nDims).to(device);
        const torch::Tensor loss = regressionLoss(model->forward(batch.xs, batch.ys), batch.ys);
        loss.item<double>();
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
      };
      // The standard model takes seconds per step on a CPU: fewer repetitions.
      const bool large = setting.model.embd >= 256;
      const double seconds = secondsOf(step, large ? 1 : options.warmupSteps,
                                       large ? std::min<int64_t>(options.measureSteps, 3)
                                             : options.measureSteps);
      const auto p = static_cast<double>(model->parameterCount());
      const auto t = static_cast<double>(2 * setting.points);
      const auto bsz = static_cast<double>(setting.batch);
      const double flops =
          6.0 * p * bsz * t + 12.0 * static_cast<double>(setting.model.layers) * bsz * t * t *
                                  static_cast<double>(setting.model.embd);
      BenchRow row;
      row.setting = setting.name;
      row.learner = "gpt";
      row.threads = threads;
      row.batch = setting.batch;
      row.length = setting.points;
      row.depth = setting.model.layers;
      row.msPerStep = 1000.0 * seconds;
      row.gflops = flops / seconds / 1e9;
      rows.push_back(row);
      if (onRow) {
        onRow(row);
      }
    }
  }
  return rows;
}

std::vector<BenchRow> runBenchmarks(const BenchOptions& options,
                                    const std::function<void(const BenchRow&)>& onRow) {
  const std::vector<int64_t> threadCounts = resolveThreadCounts(options.threads);
  const Result<torch::Device> device = resolveDevice(options.device);
  if (!device) {
    throw std::invalid_argument(device.error());
  }
  std::vector<BenchRow> rows;
  for (const Setting& setting : settings(options.quick)) {
    if (!wanted(options.settings, setting.name)) {
      continue;
    }
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
          // The GPU default: one padded pass over all N prefixes (learner_factory).
          const int64_t all = setting.config.task.length;
          if (!device.value().is_cpu() &&
              std::find(setting.chunks.begin(), setting.chunks.end(), all) == setting.chunks.end()) {
            variants.push_back({"torch", all});
          }
        }
        for (const IclVariant& variant : variants) {
          const std::string name =
              learnerName(kind) + (variant.kernel.empty() ? "" : "-" + variant.kernel);
          if (!wanted(options.learners, name)) {
            continue;
          }
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
          row.learner = name;  // "icl-fused", "icl-torch" for the ICL rows
          row.kernel = variant.kernel;
          row.threads = threads;
          row.prefixChunk = chunk;
          row.batch = config.train.batchSize;
          row.length = config.task.length;
          row.depth = kind == LearnerKind::Icl ? config.learners.icl.depth : 0;
          const StepTiming timing = timeSteps(*learner, sampler, config, device.value(), options);
          row.msPerStep = timing.total;
          row.sampleMs = timing.sample;
          row.forwardMs = timing.forward;
          row.backwardMs = timing.backward;
          row.adamMs = timing.adam;
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
