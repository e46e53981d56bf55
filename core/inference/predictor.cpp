#include "core/inference/predictor.h"

#include <torch/torch.h>

#include "core/models/checkpoint.h"
#include "core/models/learner.h"
#include "core/models/learner_factory.h"
#include "core/store/run_store.h"
#include "core/training/run_state.h"

#include <fstream>
#include <sstream>

namespace icl::core {

namespace {
// Queries per forward pass: an ICL pass holds q x (s + 1) tokens.
constexpr int64_t kQueryChunk = 1024;

torch::Tensor toTensor(const std::vector<std::vector<float>>& rows, int64_t width) {
  torch::Tensor tensor = torch::empty({static_cast<int64_t>(rows.size()), width});
  auto accessor = tensor.accessor<float, 2>();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (int64_t j = 0; j < width; ++j) {
      accessor[static_cast<int64_t>(i)][j] = rows[i][static_cast<std::size_t>(j)];
    }
  }
  return tensor;
}
/// The learner's weights from the resumable state that checkpoint.json names (a running or
/// paused run has no final checkpoint yet). The file is read into memory first; the trainer
/// removes an older state right after switching the manifest, so one vanished file is retried
/// with the new manifest.
Status loadFromLatestState(Learner& learner, const std::filesystem::path& runDir) {
  std::string error;
  for (int attempt = 0; attempt < 2; ++attempt) {
    const Result<ResumePoint> point = readResumePoint(runDir);
    if (!point) {
      return Status::failure(point.error());
    }
    if (point.value().step < 0) {
      return Status::failure(runDir.string() + ": no checkpoint yet (" + kCheckpointManifest +
                             " names no state; wait for the run's first evaluation)");
    }
    const std::filesystem::path path =
        point.value().folder / (learnerName(learner.kind()) + ".pt");
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      error = "checkpoint " + path.string() + ": no such file";
      continue;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    try {
      std::istringstream archiveBytes(bytes.str());
      torch::serialize::InputArchive archive;
      archive.load_from(archiveBytes);
      torch::serialize::InputArchive model;
      archive.read("model", model);
      learner.module().load(model);
      return Status::success();
    } catch (const std::exception& failure) {
      const std::string what = failure.what();
      return Status::failure("checkpoint " + path.string() +
                             " is corrupt or does not match the run's config: " +
                             what.substr(0, what.find('\n')));
    }
  }
  return Status::failure(error);
}

}  // namespace

Predictor::Predictor(std::shared_ptr<Learner> learner, TaskConfig task)
    : learner_(std::move(learner)), task_(std::move(task)) {}

Result<Predictor> Predictor::fromRun(const std::filesystem::path& runDir, LearnerKind kind,
                                     const std::string& checkpoint,
                                     const std::string& iclKernel) {
  const Result<RunConfig> config = RunConfig::fromFile(runDir / "config.json");
  if (!config) {
    return Result<Predictor>::failure(config.error());
  }
  RunConfig cpuConfig = config.value();
  cpuConfig.device = "cpu";
  if (!iclKernel.empty()) {
    if (iclKernel != "fused" && iclKernel != "torch" && iclKernel != "auto") {
      return Result<Predictor>::failure("ICL kernel \"" + iclKernel +
                                        "\": expected fused, torch or auto");
    }
    cpuConfig.learners.icl.kernel = iclKernel;
  }
  if (!cpuConfig.learners.enabled(kind)) {
    return Result<Predictor>::failure(runDir.string() + ": learner " + learnerName(kind) +
                                      " was not trained in this run");
  }
  std::shared_ptr<Learner> learner = makeLearner(kind, cpuConfig, torch::kCPU);
  const Status loaded =
      checkpoint == kLatestState
          ? loadFromLatestState(*learner, runDir)
          : loadCheckpoint(*learner, runDir / "checkpoints" /
                                         (learnerName(kind) + "-" + checkpoint + ".pt"));
  if (!loaded) {
    return Result<Predictor>::failure(loaded.error());
  }
  learner->module().eval();
  return Result<Predictor>::success(Predictor(learner, cpuConfig.task));
}

LearnerKind Predictor::kind() const { return learner_->kind(); }

Result<std::vector<std::vector<float>>> Predictor::predictProbabilities(
    const SupportSet& support, const std::vector<std::vector<float>>& queries) const {
  using R = Result<std::vector<std::vector<float>>>;
  const auto d = static_cast<std::size_t>(task_.d);
  const auto classes = static_cast<std::size_t>(task_.classes);
  std::vector<float> flat;
  flat.reserve(queries.size() * d);
  for (const auto& point : queries) {
    if (point.size() != d) {
      return R::failure("query point of dimension " + std::to_string(point.size()) +
                        ": expected d = " + std::to_string(d));
    }
    flat.insert(flat.end(), point.begin(), point.end());
  }
  const Result<std::vector<float>> probabilities = predictFlat(support, flat, kQueryChunk);
  if (!probabilities) {
    return R::failure(probabilities.error());
  }
  std::vector<std::vector<float>> rows;
  rows.reserve(queries.size());
  for (std::size_t i = 0; i < queries.size(); ++i) {
    const auto first = probabilities.value().begin() + static_cast<std::ptrdiff_t>(i * classes);
    rows.emplace_back(first, first + static_cast<std::ptrdiff_t>(classes));
  }
  return R::success(std::move(rows));
}

Result<std::vector<float>> Predictor::predictFlat(const SupportSet& support,
                                                  const std::vector<float>& queries,
                                                  int64_t chunk) const {
  using R = Result<std::vector<float>>;
  const int64_t d = task_.d;
  const int64_t classes = task_.classes;
  if (chunk < 1) {
    return R::failure("query chunk " + std::to_string(chunk) + ": expected >= 1");
  }
  if (support.points.size() != support.labels.size()) {
    return R::failure("support set: " + std::to_string(support.points.size()) + " points but " +
                      std::to_string(support.labels.size()) + " labels");
  }
  for (const auto& point : support.points) {
    if (static_cast<int64_t>(point.size()) != d) {
      return R::failure("support point of dimension " + std::to_string(point.size()) +
                        ": expected d = " + std::to_string(d));
    }
  }
  for (int64_t label : support.labels) {
    if (label < 0 || label >= classes) {
      return R::failure("support label " + std::to_string(label) + ": expected 0.." +
                        std::to_string(classes - 1));
    }
  }
  if (static_cast<int64_t>(queries.size()) % d != 0) {
    return R::failure(std::to_string(queries.size()) + " query values: not a multiple of d = " +
                      std::to_string(d));
  }
  // No module().eval() here: fromRun left the learner in eval mode and nothing else reaches
  // it, so concurrent calls (the playground's worker and its cursor read-out) only read.
  torch::NoGradGuard noGrad;
  const auto s = static_cast<int64_t>(support.points.size());
  const int64_t count = static_cast<int64_t>(queries.size()) / d;
  const torch::Tensor supportX = toTensor(support.points, d).unsqueeze(0);  // [1, s, d]
  const torch::Tensor labels = torch::tensor(support.labels, torch::kLong);
  const torch::Tensor supportTargets =
      s == 0 ? torch::zeros({1, 0, 2 * classes})
             : torch::one_hot(labels, 2 * classes).to(torch::kFloat32).unsqueeze(0);
  // The caller's array, read in place: from_blob does not copy and nothing writes to it.
  const torch::Tensor queryX =
      torch::from_blob(const_cast<float*>(queries.data()), {1, count, d}, torch::kFloat32);
  std::vector<float> probabilities(static_cast<std::size_t>(count * classes));
  for (int64_t begin = 0; begin < count; begin += chunk) {
    const int64_t size = std::min(chunk, count - begin);
    const torch::Tensor outputs =
        learner_->forwardQueries(supportX, supportTargets, queryX.narrow(1, begin, size));
    torch::Tensor classProbabilities =
        learner_->probabilities(outputs).squeeze(0).narrow(-1, 0, classes);  // [q, C]
    classProbabilities = (classProbabilities / classProbabilities.sum(-1, true)).contiguous();
    std::copy(classProbabilities.data_ptr<float>(),
              classProbabilities.data_ptr<float>() + size * classes,
              probabilities.begin() + static_cast<std::ptrdiff_t>(begin * classes));
  }
  return R::success(std::move(probabilities));
}

}  // namespace icl::core
