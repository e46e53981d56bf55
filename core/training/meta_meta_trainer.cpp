#include "core/training/meta_meta_trainer.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/evaluation/regression_metrics.h"
#include "core/models/checkpoint.h"
#include "core/models/gpt_regression.h"
#include "core/models/maml.h"
#include "core/tasks/regression_sampler.h"
#include "core/training/run_support.h"
#include "core/training/seed_streams.h"

namespace icl::core {

namespace {

constexpr const char* kTrainFamily = "domains";

struct Model {
  LearnerId id = LearnerId::MetaIcl;
  LearnerId adaptedId = LearnerId::MetaIclAdapt;  // the same model fine-tuned on a support pool
  std::string name;  // learnerName(id)
  GptRegression net{nullptr};
  std::unique_ptr<torch::optim::Adam> optimizer;
  LearnerOutcome outcome;
  bool diverged = false;
};

RegressionPrompts concat(const RegressionPrompts& a, const RegressionPrompts& b) {
  return {torch::cat({a.xs, b.xs}, 0), torch::cat({a.ys, b.ys}, 0)};
}

class MetaMetaRun final : public detail::RunFrame {
 public:
  MetaMetaRun(const RunConfig& config, const TrainOptions& options,
              const ProgressCallback& onProgress, const RunControl& control)
      : RunFrame(config, options, onProgress, control, nullptr, config.metaMeta.metaSteps,
                 "meta-step"),
        metaMeta_(config_.metaMeta) {}

 private:
  Status prepare() override;
  void trainSteps(int64_t& step) override;
  std::vector<LearnerOutcome> outcomes() const override {
    return {meta_.outcome, conventional_.outcome};
  }
  bool metaStep(int64_t step);
  void conventionalStep(int64_t step, const RegressionPrompts& batch);
  void evaluate(int64_t step);
  std::vector<torch::Tensor> fineTune(const Model& model, const RegressionPrompts& pool,
                                      int64_t steps, uint64_t seed) const;

  const MetaMetaConfig& metaMeta_;
  torch::Device device_ = torch::kCPU;
  std::unique_ptr<RegressionSampler> trainSampler_;
  Model meta_;
  Model conventional_;
};

Status MetaMetaRun::prepare() {
  const Status opened = openRun();
  if (!opened) {
    return opened;
  }
  device_ = torch::Device(config_.device);
  const auto modelOptions =
      GptRegressionOptions::from(metaMeta_.model, metaMeta_.nDims, metaMeta_.nPositions);
  // Both models start from the same weights.
  for (Model* model : {&meta_, &conventional_}) {
    torch::manual_seed(config_.seed + SeedStreams::kMetaInit);
    model->net = GptRegression(modelOptions);
    model->net->to(device_);
  }
  conventional_.id = LearnerId::Icl;
  conventional_.adaptedId = LearnerId::IclAdapt;
  meta_.optimizer = std::make_unique<torch::optim::Adam>(
      meta_.net->parameters(), torch::optim::AdamOptions(metaMeta_.metaLr));
  conventional_.optimizer = std::make_unique<torch::optim::Adam>(
      conventional_.net->parameters(), torch::optim::AdamOptions(metaMeta_.conventionalLr));
  for (Model* model : {&meta_, &conventional_}) {
    model->name = learnerName(model->id);
    model->outcome.learner = model->name;
    model->outcome.parameters = model->net->parameterCount();
  }
  trainSampler_ =
      std::make_unique<RegressionSampler>(metaMeta_.nDims, config_.seed + SeedStreams::kTrainTasks);
  return Status::success();
}

bool MetaMetaRun::metaStep(int64_t step) {
  const RegressionDomain domain = trainSampler_->sampleDomain(metaMeta_.yScale);
  const RegressionPrompts support =
      trainSampler_->sampleInDomain(domain, metaMeta_.supportPrompts, metaMeta_.nPositions)
          .to(device_);
  const RegressionPrompts query =
      trainSampler_->sampleInDomain(domain, metaMeta_.queryPrompts, metaMeta_.nPositions)
          .to(device_);

  InnerLoopOptions inner;
  inner.steps = metaMeta_.innerSteps;
  inner.lr = metaMeta_.innerLr;
  inner.secondOrder = metaMeta_.secondOrder;
  inner.maxGradNorm = metaMeta_.maxInnerGradNorm;
  const InnerLoopResult adapted =
      adaptParameters(*meta_.net, meta_.net->parameters(), support, inner);
  auto fail = [&](const std::string& why) {
    meta_.diverged = true;
    detail::markDiverged(meta_.outcome, step,
                         "diverged at meta-step " + std::to_string(step) + ": " + why);
    result_.status = RunStatus::Failed;
    result_.message = meta_.outcome.message;
    return false;
  };
  if (adapted.diverged) {
    return fail(adapted.message + " (meta_meta.max_inner_grad_norm)");
  }
  const torch::Tensor outer =
      regressionLoss(meta_.net->forwardWith(adapted.params, query.xs, query.ys), query.ys);
  const double outerValue = outer.item<double>();
  recordLoss(step, meta_.name, outerValue);
  meta_.outcome.lastLoss = outerValue;
  if (!std::isfinite(outerValue)) {
    return fail("the query loss after adaptation is not finite");
  }
  meta_.optimizer->zero_grad();
  outer.backward();
  meta_.optimizer->step();
  if (!conventional_.diverged) {
    // The conventional model sees the same prompts: support and query of this domain.
    conventionalStep(step, concat(support, query));
  }
  return true;
}

void MetaMetaRun::conventionalStep(int64_t step, const RegressionPrompts& batch) {
  const torch::Tensor loss =
      regressionLoss(conventional_.net->forward(batch.xs, batch.ys), batch.ys);
  const double value = loss.item<double>();
  recordLoss(step, conventional_.name, value);
  conventional_.outcome.lastLoss = value;
  if (std::isfinite(value)) {
    conventional_.optimizer->zero_grad();
    loss.backward();
    conventional_.optimizer->step();
  } else {
    conventional_.diverged = true;
    detail::markDiverged(conventional_.outcome, step,
                         "loss is not finite at meta-step " + std::to_string(step));
    reporter_.pending().messages.push_back(conventional_.name + ": " +
                                           conventional_.outcome.message);
  }
}

std::vector<torch::Tensor> MetaMetaRun::fineTune(const Model& model, const RegressionPrompts& pool,
                                                 int64_t steps, uint64_t seed) const {
  std::vector<torch::Tensor> params;
  for (const torch::Tensor& p : model.net->parameters()) {
    params.push_back(p.detach().clone().requires_grad_(true));
  }
  if (steps == 0) {
    return params;
  }
  torch::optim::Adam optimizer(params, torch::optim::AdamOptions(metaMeta_.adaptLr));
  RegressionSampler batches(metaMeta_.nDims, seed);
  const int64_t poolSize = pool.xs.size(0);
  for (int64_t step = 0; step < steps; ++step) {
    const torch::Tensor index = batches.randomIndices(metaMeta_.adaptBatch, poolSize).to(device_);
    const torch::Tensor xs = pool.xs.index_select(0, index);
    const torch::Tensor ys = pool.ys.index_select(0, index);
    const torch::Tensor loss = regressionLoss(model.net->forwardWith(params, xs, ys), ys);
    optimizer.zero_grad();
    loss.backward();
    optimizer.step();
  }
  return params;
}

void MetaMetaRun::evaluate(int64_t step) {
  const double d = static_cast<double>(metaMeta_.nDims);
  const std::vector<int64_t>& sizes = metaMeta_.supportSizes;  // not empty: validated
  const int64_t largest = *std::max_element(sizes.begin(), sizes.end());
  // errors[learner][support index]: one [domains * query, n] block per domain, concatenated.
  // Keyed by name, so eval.csv lists the learners in the order of their names.
  std::map<std::string, std::vector<std::vector<torch::Tensor>>> errors;
  RegressionSampler domains(metaMeta_.nDims, config_.seed + SeedStreams::kTestDomains);
  for (int64_t domainIndex = 0; domainIndex < metaMeta_.testDomains; ++domainIndex) {
    if (control_.stopRequested()) {
      return;
    }
    const RegressionDomain domain = domains.sampleDomain(metaMeta_.testYScale);
    const RegressionPrompts pool =
        domains.sampleInDomain(domain, largest, metaMeta_.nPositions).to(device_);
    const RegressionPrompts query =
        domains.sampleInDomain(domain, metaMeta_.testQueryPrompts, metaMeta_.nPositions)
            .to(device_);
    // Reference: the zero predictor on the same query prompts (its error is the output scale).
    auto& zeroRows = errors[learnerName(LearnerId::Zero)];
    zeroRows.resize(sizes.size());
    for (auto& rows : zeroRows) {
      rows.push_back((query.ys.square() / d).cpu());
    }
    // Reference: least squares on each query prompt's previous points, what a model that has
    // learnt in-context regression should approach (exact from i = D on, the data are noise-free).
    const RegressionPrompts queryCpu{query.xs.cpu(), query.ys.cpu()};
    const torch::Tensor leastSquares =
        (leastSquaresPredictions(queryCpu) - queryCpu.ys).square() / d;
    auto& leastSquaresRows = errors[learnerName(LearnerId::LeastSquares)];
    leastSquaresRows.resize(sizes.size());
    for (auto& rows : leastSquaresRows) {
      rows.push_back(leastSquares);
    }
    for (const Model* model : {&meta_, &conventional_}) {
      const int64_t steps =
          model == &meta_ ? metaMeta_.adaptStepsMeta : metaMeta_.adaptStepsConventional;
      auto queryErrors = [&](const std::vector<torch::Tensor>& params) {
        torch::NoGradGuard noGrad;
        return ((model->net->forwardWith(params, query.xs, query.ys) - query.ys).square() / d)
            .cpu();
      };
      const torch::Tensor plain = queryErrors(model->net->parameters());
      auto& plainRows = errors[model->name];
      auto& adaptRows = errors[learnerName(model->adaptedId)];
      plainRows.resize(sizes.size());
      adaptRows.resize(sizes.size());
      for (std::size_t s = 0; s < sizes.size(); ++s) {
        // Both models fine-tune on the same mini-batch sequence of the same pool.
        const uint64_t seed = config_.seed + SeedStreams::kAdaptBatches +
                              static_cast<uint64_t>(domainIndex) * 1000 +
                              static_cast<uint64_t>(sizes[s]);
        const auto tuned = fineTune(*model, pool.slice(0, sizes[s]), steps, seed);
        plainRows[s].push_back(plain);
        adaptRows[s].push_back(queryErrors(tuned));
      }
    }
  }
  std::vector<EvalRecord> all;
  for (const auto& [learner, rows] : errors) {
    for (std::size_t s = 0; s < rows.size(); ++s) {
      EvalRecord prototype;
      prototype.step = step;
      prototype.learner = learner;
      prototype.trainFamily = kTrainFamily;
      prototype.testFamily = "domain_s" + std::to_string(sizes[s]);
      const auto records = squaredErrorRecords(
          torch::cat(rows[s], 0), prototype, metaMeta_.bootstrap,
          config_.seed + SeedStreams::kBootstrap + static_cast<uint64_t>(step));
      for (Model* model : {&meta_, &conventional_}) {
        if (learner == model->name) {
          model->outcome.finalMeanSqError = meanValue(records);
        }
      }
      all.insert(all.end(), records.begin(), records.end());
    }
  }
  recordEvaluations(all);
  saveProgress(step);
}

void MetaMetaRun::trainSteps(int64_t& step) {
  saveProgress(0);
  reporter_.report(0, true);
  for (step = 1; step <= metaMeta_.metaSteps; ++step) {
    if (control_.stopRequested() || !control_.waitWhilePaused()) {
      result_.status = RunStatus::Stopped;
      break;
    }
    if (!metaStep(step)) {
      break;  // diverged: result_ says why
    }
    result_.stepsDone = step;
    const bool evaluated =
        step == metaMeta_.metaSteps || (metaMeta_.evalEvery > 0 && step % metaMeta_.evalEvery == 0);
    if (evaluated) {
      evaluate(step);
      if (control_.stopRequested()) {
        result_.status = RunStatus::Stopped;
        break;
      }
    }
    reporter_.report(step, evaluated);
  }
  if (result_.status != RunStatus::Failed) {
    for (Model* model : {&meta_, &conventional_}) {
      const Status saved = saveModule(*model->net, writer_->checkpointPath(model->name, "final"));
      if (!saved && result_.status == RunStatus::Completed) {
        result_.status = RunStatus::Failed;
        result_.message = saved.error();
      }
    }
  }
}

}  // namespace

RunResult trainMetaMeta(const RunConfig& config, const TrainOptions& options,
                        const ProgressCallback& onProgress, const RunControl& control) {
  MetaMetaRun run(config, options, onProgress, control);
  return run.run();
}

}  // namespace icl::core
