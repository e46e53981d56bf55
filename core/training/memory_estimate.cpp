#include "core/training/memory_estimate.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/config/device_name.h"
#include "core/training/device_info.h"

namespace icl::core {
namespace {

constexpr double kFloat = 4.0;  // bytes of a float32
// What the process holds before its first tensor: LibTorch, OpenBLAS buffers, the models.
constexpr double kBaseBytes = 250e6;  // measured: 184 MB peak for a 2-step quick-mixture run
constexpr int64_t kCpuPrefixChunk = 10;  // learner_factory: prefix_chunk 0 on the CPU
constexpr int64_t kEvalTaskChunk = 64;   // evaluator.cpp: test tasks per forward pass

/// Which GPU an out-of-memory message is about: LibTorch names it "GPU 0" (1.13: "(GPU 0; ...",
/// 2.x: "GPU 0 has a total capacity ..."); else the run's device when it is a GPU.
std::string gpuInMessage(const RunConfig& config, const std::string& message) {
  const std::string marker = "GPU ";
  for (std::size_t at = message.find(marker); at != std::string::npos;
       at = message.find(marker, at + 1)) {
    std::size_t end = at + marker.size();
    while (end < message.size() && message[end] >= '0' && message[end] <= '9') {
      ++end;
    }
    if (end > at + marker.size()) {
      return "cuda:" + message.substr(at + marker.size(), end - at - marker.size());
    }
  }
  return isCudaDeviceName(config.device) ? canonicalDeviceName(config.device) : "in use";
}

std::string key(const std::string& name, int64_t value) {
  return name + " = " + std::to_string(value);
}

std::string product(std::initializer_list<std::string> parts) {
  std::string text;
  for (const std::string& part : parts) {
    text += (text.empty() ? "" : " x ") + part;
  }
  return text;
}

/// One GPT arm: activations kept for the backward pass and the attention matrices.
double gptTrainingFloats(const GptModelConfig& model, int64_t batch, int64_t tokens) {
  const double b = static_cast<double>(batch);
  const double t = static_cast<double>(tokens);
  const double layers = static_cast<double>(model.layers);
  return b * t * static_cast<double>(model.embd) * layers * 24.0 +
         b * static_cast<double>(model.heads) * t * t * layers * 4.0;
}

void addClassification(const RunConfig& c, MemoryEstimate& e) {
  const int64_t width = c.task.tokenWidth();
  const double b = static_cast<double>(c.train.batchSize);
  const double n = static_cast<double>(c.task.length);
  const double w = static_cast<double>(width);
  const auto& l = c.learners;
  const std::string batchKeys = product({key("train.batch_size", c.train.batchSize),
                                         key("task.N", c.task.length)});
  // The batch itself (x, targets, labels, the tokens the models concatenate) and, per metric
  // learner, its [b, n, n] similarities or [b, n, C, d] prototypes, kept for backward.
  double batchFloats = b * n * (5.0 * w + 4.0);
  if (l.matchNet.enabled) {
    batchFloats += b * n * n * 6.0;
  }
  if (l.protoNet.enabled) {
    batchFloats += b * n * static_cast<double>(c.task.classes * c.task.d) * 10.0;
  }
  if (l.cnp.enabled) {
    batchFloats += b * n * (static_cast<double>(std::max<int64_t>(l.cnp.hidden, width)) * 12.0 + w);
  }
  e.terms.push_back({"training batch", batchKeys, batchFloats * kFloat});

  const bool torchKernel = l.icl.enabled && l.icl.kernel == "torch";
  if (torchKernel) {
    // The LibTorch kernel keeps every prefix's padded pass for the backward: per prefix a
    // [b, n, w] stream through every layer (attention, feed-forward, norms) and the single
    // query's [b, n] scores.
    const double prefixes = n - static_cast<double>(c.train.start);
    const double depth = static_cast<double>(l.icl.depth);
    const double perPrefix =
        b * n * depth * (w * (6.0 + 2.0 * static_cast<double>(l.icl.ffMult)) + 2.0);
    e.terms.push_back({"ICL activations (torch kernel)",
                       product({batchKeys, key("task.N", c.task.length) + " prefixes",
                                key("learners.icl.depth", l.icl.depth)}),
                       prefixes * perPrefix * kFloat});
  }

  // Fixed test sets, the per-task results, and one chunk's forward pass.
  const double families = static_cast<double>(c.eval.families.size());
  const double tasks = static_cast<double>(c.eval.tasksPerFamily);
  const double ne = static_cast<double>(c.eval.length);
  const double learners = static_cast<double>(l.enabledLearners().size());
  e.terms.push_back({"test sets",
                     product({key("eval.tasks_per_family", c.eval.tasksPerFamily),
                              key("eval.N", c.eval.length),
                              "eval.families (" + std::to_string(c.eval.families.size()) + ")"}),
                     families * tasks * ne * (w + 2.0 + learners * 2.0) * kFloat});
  // One chunk of test tasks at a time, without gradients: MatchNet's [t, n, n] similarities
  // and, for the LibTorch ICL kernel, prefix_chunk padded passes of [t, n, w] per layer.
  const double chunk = std::min<double>(tasks, kEvalTaskChunk);
  double chunkFloats = chunk * ne * ne * 4.0;
  if (torchKernel) {
    const double prefixChunk =
        static_cast<double>(l.icl.prefixChunk > 0 ? l.icl.prefixChunk : kCpuPrefixChunk);
    chunkFloats += prefixChunk * chunk * ne * (w * 24.0 + 16.0);
  }
  e.terms.push_back({"evaluation pass",
                     product({key("eval.N", c.eval.length) + " squared",
                              std::to_string(kEvalTaskChunk) + " test tasks at a time"}),
                     chunkFloats * kFloat});
}

void addRegression(const RunConfig& c, MemoryEstimate& e) {
  const auto& r = c.regression;
  const int64_t tokens = 2 * r.nPositions;
  const double arms = static_cast<double>(std::max<std::size_t>(1, r.arms.size()));
  e.terms.push_back({"GPT training activations",
                     product({key("regression.batch_size", r.batchSize),
                              key("regression.n_positions", r.nPositions) + " (x2 tokens)",
                              "regression.model", "regression.arms"}),
                     arms * gptTrainingFloats(r.model, r.batchSize, tokens) * kFloat});
  const int64_t points = r.evalPoints > 0 ? r.evalPoints : r.nPositions;
  e.terms.push_back({"regression test prompts and pass",
                     product({key("regression.eval.prompts", r.evalPrompts),
                              key("regression.eval.points", points), "regression.model"}),
                     gptTrainingFloats(r.model, r.evalPrompts, 2 * points) / 2.0 * kFloat});
}

void addMetaMeta(const RunConfig& c, MemoryEstimate& e) {
  const auto& m = c.metaMeta;
  const int64_t tokens = 2 * m.nPositions;
  const double order = m.secondOrder ? 3.0 : 1.0;  // a second-order step keeps the inner graph
  const double innerSteps = static_cast<double>(std::max<int64_t>(1, m.innerSteps));
  e.terms.push_back({"MAML meta-step",
                     product({key("meta_meta.support_prompts", m.supportPrompts) + " + " +
                                  key("meta_meta.query_prompts", m.queryPrompts),
                              key("meta_meta.n_positions", m.nPositions) + " (x2 tokens)",
                              key("meta_meta.inner_steps", m.innerSteps), "meta_meta.model"}),
                     order * innerSteps *
                         gptTrainingFloats(m.model, m.supportPrompts + m.queryPrompts, tokens) *
                         kFloat});
  const int64_t largestSupport =
      m.supportSizes.empty() ? 0 : *std::max_element(m.supportSizes.begin(), m.supportSizes.end());
  e.terms.push_back(
      {"meta-meta evaluation",
       product({key("meta_meta.eval.domains", m.testDomains),
                key("meta_meta.eval.support_sizes (largest)", largestSupport) + " + " +
                    key("meta_meta.eval.query_prompts", m.testQueryPrompts),
                key("meta_meta.eval.adapt_batch", m.adaptBatch)}),
       (gptTrainingFloats(m.model, m.adaptBatch, tokens) +
        static_cast<double>(m.testDomains * (largestSupport + m.testQueryPrompts) * tokens *
                            (m.nDims + 1))) *
           kFloat});
}

/// A number from a file such as /proc/meminfo ("MemAvailable:   123 kB") or memory.max.
double readNumber(const std::string& path, const std::string& label, double unit) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (!label.empty() && line.rfind(label, 0) != 0) {
      continue;
    }
    std::istringstream fields(line.substr(label.size()));
    double value = 0.0;
    if (fields >> value) {
      return value * unit;
    }
    return 0.0;  // "max": no limit
  }
  return 0.0;
}

}  // namespace

const MemoryTerm& MemoryEstimate::largest() const {
  return *std::max_element(terms.begin(), terms.end(), [](const MemoryTerm& a, const MemoryTerm& b) {
    return a.bytes < b.bytes;
  });
}

MemoryEstimate estimateRunMemory(const RunConfig& config) {
  MemoryEstimate estimate;
  estimate.terms.push_back({"LibTorch and models", "", kBaseBytes});
  switch (config.experiment) {
    case Experiment::Classification: addClassification(config, estimate); break;
    case Experiment::Regression: addRegression(config, estimate); break;
    case Experiment::MetaMeta: addMetaMeta(config, estimate); break;
  }
  for (const MemoryTerm& term : estimate.terms) {
    estimate.bytes += term.bytes;
  }
  return estimate;
}

double availableMemoryBytes() {
  double available = readNumber("/proc/meminfo", "MemAvailable:", 1024.0);
  const double limit = readNumber("/sys/fs/cgroup/memory.max", "", 1.0);
  if (limit > 0.0) {
    const double room = limit - readNumber("/sys/fs/cgroup/memory.current", "", 1.0);
    available = available > 0.0 ? std::min(available, room) : room;
  }
  return std::max(0.0, available);
}

Status checkRunMemory(const RunConfig& config, double available) {
  const char* skip = std::getenv("ICL_SKIP_MEMORY_CHECK");
  if (available <= 0.0 || (skip != nullptr && std::string(skip) == "1")) {
    return Status::success();
  }
  // The estimate is of host memory for a CPU run; on a GPU the tensors live in device memory,
  // where LibTorch itself reports running out.
  if (isCudaDeviceName(config.device) || (config.device == "auto" && cudaAvailable())) {
    return Status::success();
  }
  const MemoryEstimate estimate = estimateRunMemory(config);
  if (estimate.bytes <= available) {
    return Status::success();
  }
  const MemoryTerm& largest = estimate.largest();
  return Status::failure("this run would need about " + formatBytes(estimate.bytes) +
                         " of memory, but " + formatBytes(available) +
                         " is available; most of it is the " + largest.what + " (" +
                         formatBytes(largest.bytes) + ": " + largest.keys +
                         "): make these smaller (ICL_SKIP_MEMORY_CHECK=1 runs it anyway)");
}

std::string explainOutOfMemory(const RunConfig& config, const std::string& message) {
  // LibTorch's CUDA caching allocator: "CUDA out of memory. Tried to allocate ..." (1.13 and
  // 2.x, c10::OutOfMemoryError in 2.x); a kernel or cuBLAS that cannot get memory: "CUDA error:
  // out of memory", "CUBLAS_STATUS_ALLOC_FAILED".
  const bool gpuOutOfMemory = message.find("CUDA out of memory") != std::string::npos ||
                              message.find("CUDA error: out of memory") != std::string::npos ||
                              message.find("CUBLAS_STATUS_ALLOC_FAILED") != std::string::npos;
  const bool outOfMemory = gpuOutOfMemory || message.find("out of memory") != std::string::npos ||
                           message.find("std::bad_alloc") != std::string::npos ||
                           message.find("DefaultCPUAllocator: can't allocate") != std::string::npos;
  if (!outOfMemory) {
    return message;
  }
  RunConfig resolved = config;
  resolved.resolveDefaults();
  const MemoryEstimate estimate = estimateRunMemory(resolved);
  const MemoryTerm* largestPointer = &estimate.largest();
  if (gpuOutOfMemory) {
    // On the GPU only the tensors count: the process's own share (LibTorch, the models: no
    // keys) stays in host memory, so the largest term a key can shrink is named.
    for (const MemoryTerm& term : estimate.terms) {
      const bool larger = largestPointer->keys.empty() || term.bytes > largestPointer->bytes;
      if (!term.keys.empty() && larger) {
        largestPointer = &term;
      }
    }
  }
  const MemoryTerm& largest = *largestPointer;
  const std::string part =
      "the largest part of this run is the " + largest.what +
      (largest.keys.empty() ? std::string() : ": " + largest.keys) + "; make it smaller";
  if (!gpuOutOfMemory) {
    return message + " (" + part + ")";
  }
  return "the GPU " + gpuInMessage(config, message) + " ran out of memory: " + part +
         ", or train on the CPU (device \"cpu\"). LibTorch: " + message;
}

std::string formatBytes(double bytes) {
  char text[32];
  if (bytes >= 1e9) {
    std::snprintf(text, sizeof text, "%.1f GB", bytes / 1e9);
  } else {
    std::snprintf(text, sizeof text, "%.0f MB", bytes / 1e6);
  }
  return text;
}

}  // namespace icl::core
