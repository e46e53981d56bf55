#include "core/models/learner_factory.h"

#include <torch/torch.h>

#include <stdexcept>
#include <type_traits>
#include <utility>

#include "core/models/cnp.h"
#include "core/models/icl_transformer.h"
#include "core/models/match_net.h"
#include "core/models/proto_net.h"

namespace icl::core {

namespace {

/// Whether a module offers forwardMasked (MatchNet, ProtoNet, CNP; not the ICL transformer).
template <typename Holder, typename = void>
struct HasForwardMasked : std::false_type {};
template <typename Holder>
struct HasForwardMasked<Holder, std::void_t<decltype(std::declval<Holder&>()->forwardMasked(
                                    std::declval<torch::Tensor>(), std::declval<torch::Tensor>(),
                                    std::declval<torch::Tensor>(), std::declval<torch::Tensor>()))>>
    : std::true_type {};

/// Whether a module offers fusedTrainingLoss (the ICL transformer).
template <typename Holder, typename = void>
struct HasFusedTrainingLoss : std::false_type {};
template <typename Holder>
struct HasFusedTrainingLoss<
    Holder, std::void_t<decltype(std::declval<Holder&>()->fusedTrainingLoss(
                std::declval<torch::Tensor>(), std::declval<torch::Tensor>(), int64_t{}, 1.0))>>
    : std::true_type {};

/// Adapts a TORCH_MODULE holder with forwardPrefixes/forwardQueries to the Learner interface.
template <typename Holder>
class ModuleLearner final : public Learner {
 public:
  ModuleLearner(LearnerKind kind, Holder holder, bool probabilities)
      : kind_(kind), holder_(std::move(holder)), probabilities_(probabilities) {}

  LearnerKind kind() const override { return kind_; }
  torch::nn::Module& module() override { return *holder_; }
  torch::Tensor forwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                int64_t start) override {
    return holder_->forwardPrefixes(x, targets, start);
  }
  torch::Tensor forwardQueries(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                               const torch::Tensor& queryX) override {
    return holder_->forwardQueries(supportX, supportTargets, queryX);
  }
  torch::Tensor forwardMasked(const torch::Tensor& supportX, const torch::Tensor& supportTargets,
                              const torch::Tensor& mask, const torch::Tensor& queryX) override {
    if constexpr (HasForwardMasked<Holder>::value) {
      return holder_->forwardMasked(supportX, supportTargets, mask, queryX);
    } else {
      // The ICL transformer: Learner's default says it is not supported.
      return Learner::forwardMasked(supportX, supportTargets, mask, queryX);
    }
  }
  torch::Tensor fusedTrainingLoss(const torch::Tensor& x, const torch::Tensor& targets,
                                  int64_t start, double divisor) override {
    if constexpr (HasFusedTrainingLoss<Holder>::value) {
      return holder_->fusedTrainingLoss(x, targets, start, divisor);
    } else {
      return Learner::fusedTrainingLoss(x, targets, start, divisor);
    }
  }
  bool outputsProbabilities() const override { return probabilities_; }

 private:
  LearnerKind kind_;
  Holder holder_;
  bool probabilities_;
};

// CPU: padding a chunk of prefixes to one length trades wasted FLOPs for fewer operator calls;
// chunks of 10 were fastest on the 2-core reference machine (docs/results.md, bench).
constexpr int64_t kCpuPrefixChunk = 10;

}  // namespace

int64_t defaultPrefixChunk(const torch::Device& device, int64_t length) {
  return device.is_cuda() ? length : std::min(length, kCpuPrefixChunk);
}

bool useFusedIclKernel(const std::string& kernel, const torch::Device& device) {
  if (kernel == "fused") {
    return true;
  }
  return kernel == "auto" && device.is_cpu();
}

std::shared_ptr<Learner> makeLearner(LearnerKind kind, const RunConfig& config,
                                     const torch::Device& device) {
  const TaskConfig& task = config.task;
  std::shared_ptr<Learner> learner;
  switch (kind) {
    case LearnerKind::Icl: {
      IclTransformerOptions options;
      options.inputDim = task.d;
      options.labelWidth = 2 * task.classes;
      options.depth = config.learners.icl.depth;
      options.ffHidden = config.learners.icl.ffMult * task.tokenWidth();
      options.prefixChunk = config.learners.icl.prefixChunk > 0
                                ? config.learners.icl.prefixChunk
                                : defaultPrefixChunk(device, task.length);
      options.fusedKernel = useFusedIclKernel(config.learners.icl.kernel, device);
      learner = std::make_shared<ModuleLearner<IclTransformer>>(kind, IclTransformer(options),
                                                                false);
      break;
    }
    case LearnerKind::MatchNet:
      learner = std::make_shared<ModuleLearner<MatchNet>>(
          kind, MatchNet(task.d, config.learners.matchNet.similarity), true);
      break;
    case LearnerKind::ProtoNet:
      learner = std::make_shared<ModuleLearner<ProtoNet>>(
          kind, ProtoNet(task.d, config.learners.protoNet.embedQuery), true);
      break;
    case LearnerKind::Cnp: {
      CnpOptions options;
      options.inputDim = task.d;
      options.labelWidth = 2 * task.classes;
      options.hidden =
          config.learners.cnp.hidden > 0 ? config.learners.cnp.hidden : task.tokenWidth();
      learner = std::make_shared<ModuleLearner<Cnp>>(kind, Cnp(options), false);
      break;
    }
  }
  if (!learner) {
    throw std::logic_error("makeLearner: unknown learner kind");
  }
  learner->module().to(device);
  return learner;
}

}  // namespace icl::core
