#include "core/training/meta_meta_trainer.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "core/evaluation/evaluator.h"
#include "core/evaluation/regression_metrics.h"
#include "core/models/gpt_regression.h"
#include "core/models/maml.h"
#include "core/tasks/regression_sampler.h"
#include "core/training/memory_estimate.h"
#include "core/training/run_support.h"

namespace icl::core {

namespace {

// Seed offsets beyond SeedStreams (style guide §8).
constexpr uint64_t kMetaInit = SeedStreams::kLearnerInit + 200;
constexpr uint64_t kTestDomains = SeedStreams::kTestTasks + 200;
constexpr uint64_t kAdaptBatches = 4000;  // + domain * 1000 + support size
constexpr uint64_t kBootstrap = 3000;     // + step
constexpr const char* kTrainFamily = "domains";

struct Model {
  std::string name;  // "meta_icl" or "icl"
  GptRegression net{nullptr};
  std::unique_ptr<torch::optim::Adam> optimizer;
  LearnerOutcome outcome;
  bool diverged = false;
};

RegressionPrompts concat(const RegressionPrompts& a, const RegressionPrompts& b) {
  return {torch::cat({a.xs, b.xs}, 0), torch::cat({a.ys, b.ys}, 0)};
}

class MetaMetaRun {
 public:
  MetaMetaRun(const RunConfig& config, const TrainOptions& options,
              const ProgressCallback& onProgress, const RunControl& control)
      : config_(config),
        m_(config_.metaMeta),
        options_(options),
        control_(control),
        reporter_(onProgress, options.progressInterval, config.metaMeta.metaSteps) {}

  RunResult run();

 private:
  Status prepare();
  bool metaStep(int64_t step);
  void evaluate(int64_t step);
  std::vector<torch::Tensor> fineTune(const Model& model, const RegressionPrompts& pool,
                                      int64_t steps, uint64_t seed) const;
  void writeSummary(const std::string& status, const std::string& message, int64_t step);

  RunConfig config_;
  const MetaMetaConfig& m_;
  TrainOptions options_;
  const RunControl& control_;
  detail::ProgressReporter reporter_;
  torch::Device device_ = torch::kCPU;
  std::unique_ptr<RunWriter> writer_;
  std::unique_ptr<RegressionSampler> trainSampler_;
  Model meta_;
  Model conventional_;
  RunResult result_;
};

Status MetaMetaRun::prepare() {
  Result<std::unique_ptr<RunWriter>> writer = detail::openRunFolder(config_, options_);
  if (!writer) {
    return Status::failure(writer.error());
  }
  writer_ = std::move(writer).value();
  device_ = torch::Device(config_.device);
  result_.device = config_.device;
  result_.threads = config_.threads;
  result_.runDir = writer_->dir();
  const auto modelOptions = GptRegressionOptions::from(m_.model, m_.nDims, m_.nPositions);
  // Both models start from the same weights.
  for (Model* model : {&meta_, &conventional_}) {
    torch::manual_seed(config_.seed + kMetaInit);
    model->net = GptRegression(modelOptions);
    model->net->to(device_);
  }
  meta_.name = "meta_icl";
  conventional_.name = "icl";
  meta_.optimizer = std::make_unique<torch::optim::Adam>(meta_.net->parameters(),
                                                         torch::optim::AdamOptions(m_.metaLr));
  conventional_.optimizer = std::make_unique<torch::optim::Adam>(
      conventional_.net->parameters(), torch::optim::AdamOptions(m_.conventionalLr));
  for (Model* model : {&meta_, &conventional_}) {
    model->outcome.learner = model->name;
    model->outcome.parameters = model->net->parameterCount();
  }
  trainSampler_ =
      std::make_unique<RegressionSampler>(m_.nDims, config_.seed + SeedStreams::kTrainTasks);
  return Status::success();
}

bool MetaMetaRun::metaStep(int64_t step) {
  const RegressionDomain domain = trainSampler_->sampleDomain(m_.yScale);
  const RegressionPrompts support =
      trainSampler_->sampleInDomain(domain, m_.supportPrompts, m_.nPositions).to(device_);
  const RegressionPrompts query =
      trainSampler_->sampleInDomain(domain, m_.queryPrompts, m_.nPositions).to(device_);

  InnerLoopOptions inner;
  inner.steps = m_.innerSteps;
  inner.lr = m_.innerLr;
  inner.secondOrder = m_.secondOrder;
  inner.maxGradNorm = m_.maxInnerGradNorm;
  const InnerLoopResult adapted =
      adaptParameters(*meta_.net, meta_.net->parameters(), support, inner);
  auto fail = [&](const std::string& why) {
    meta_.diverged = true;
    meta_.outcome.status = "diverged";
    meta_.outcome.divergedStep = step;
    meta_.outcome.message = "diverged at meta-step " + std::to_string(step) + ": " + why;
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
  const LossRecord metaRecord{step, reporter_.elapsed(), meta_.name, outerValue};
  const Status metaAppended = writer_->appendLosses({metaRecord});
  if (!metaAppended) {
    throw std::runtime_error(metaAppended.error());
  }
  reporter_.pending().losses.push_back(metaRecord);
  meta_.outcome.lastLoss = outerValue;
  if (!std::isfinite(outerValue)) {
    return fail("the query loss after adaptation is not finite");
  }
  meta_.optimizer->zero_grad();
  outer.backward();
  meta_.optimizer->step();

  if (!conventional_.diverged) {
    // The conventional model sees the same prompts: support and query of this domain.
    const RegressionPrompts batch = concat(support, query);
    const torch::Tensor loss =
        regressionLoss(conventional_.net->forward(batch.xs, batch.ys), batch.ys);
    const double value = loss.item<double>();
    const LossRecord record{step, reporter_.elapsed(), conventional_.name, value};
    const Status appended = writer_->appendLosses({record});
    if (!appended) {
      throw std::runtime_error(appended.error());
    }
    reporter_.pending().losses.push_back(record);
    conventional_.outcome.lastLoss = value;
    if (std::isfinite(value)) {
      conventional_.optimizer->zero_grad();
      loss.backward();
      conventional_.optimizer->step();
    } else {
      conventional_.diverged = true;
      conventional_.outcome.status = "diverged";
      conventional_.outcome.divergedStep = step;
      conventional_.outcome.message = "loss is not finite at meta-step " + std::to_string(step);
      reporter_.pending().messages.push_back("icl: " + conventional_.outcome.message);
    }
  }
  return true;
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
  torch::optim::Adam optimizer(params, torch::optim::AdamOptions(m_.adaptLr));
  RegressionSampler batches(m_.nDims, seed);
  const int64_t poolSize = pool.xs.size(0);
  for (int64_t step = 0; step < steps; ++step) {
    const torch::Tensor index = batches.randomIndices(m_.adaptBatch, poolSize).to(device_);
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
  const double d = static_cast<double>(m_.nDims);
  const int64_t largest = *std::max_element(m_.supportSizes.begin(), m_.supportSizes.end());
  // errors[learner][support index]: one [domains * query, n] block per domain, concatenated.
  std::map<std::string, std::vector<std::vector<torch::Tensor>>> errors;
  RegressionSampler domains(m_.nDims, config_.seed + kTestDomains);
  for (int64_t k = 0; k < m_.testDomains; ++k) {
    if (control_.stopRequested()) {
      return;
    }
    const RegressionDomain domain = domains.sampleDomain(m_.testYScale);
    const RegressionPrompts pool =
        domains.sampleInDomain(domain, largest, m_.nPositions).to(device_);
    const RegressionPrompts query =
        domains.sampleInDomain(domain, m_.testQueryPrompts, m_.nPositions).to(device_);
    // Reference: the zero predictor on the same query prompts (its error is the output scale).
    auto& zeroRows = errors["zero"];
    zeroRows.resize(m_.supportSizes.size());
    for (auto& rows : zeroRows) {
      rows.push_back((query.ys.square() / d).cpu());
    }
    for (const Model* model : {&meta_, &conventional_}) {
      const int64_t steps = model == &meta_ ? m_.adaptStepsMeta : m_.adaptStepsConventional;
      auto queryErrors = [&](const std::vector<torch::Tensor>& params) {
        torch::NoGradGuard noGrad;
        return ((model->net->forwardWith(params, query.xs, query.ys) - query.ys).square() / d)
            .cpu();
      };
      const torch::Tensor plain = queryErrors(model->net->parameters());
      auto& plainRows = errors[model->name];
      auto& adaptRows = errors[model->name + "_adapt"];
      plainRows.resize(m_.supportSizes.size());
      adaptRows.resize(m_.supportSizes.size());
      for (std::size_t s = 0; s < m_.supportSizes.size(); ++s) {
        const int64_t size = m_.supportSizes[s];
        // Both models fine-tune on the same mini-batch sequence of the same pool.
        const uint64_t seed = config_.seed + kAdaptBatches + static_cast<uint64_t>(k) * 1000 +
                              static_cast<uint64_t>(size);
        const auto tuned = fineTune(*model, pool.slice(0, size), steps, seed);
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
      prototype.testFamily = "domain_s" + std::to_string(m_.supportSizes[s]);
      const auto records =
          squaredErrorRecords(torch::cat(rows[s], 0), prototype, m_.bootstrap,
                              config_.seed + kBootstrap + static_cast<uint64_t>(step));
      if (learner == "meta_icl" || learner == "icl") {
        (learner == "meta_icl" ? meta_ : conventional_).outcome.finalMeanSqError =
            meanValue(records);
      }
      all.insert(all.end(), records.begin(), records.end());
    }
  }
  const Status appended = writer_->appendEvaluations(all);
  if (!appended) {
    throw std::runtime_error(appended.error());
  }
  auto& pending = reporter_.pending().evaluations;
  pending.insert(pending.end(), all.begin(), all.end());
  const Status flushed = writer_->flush();
  if (!flushed) {
    throw std::runtime_error(flushed.error());
  }
  writeSummary("running", "", step);
}

void MetaMetaRun::writeSummary(const std::string& status, const std::string& message,
                               int64_t step) {
  const Status written = writer_->writeSummary(detail::summaryJson(
      status, message, step, m_.metaSteps, reporter_.elapsed(), {meta_.outcome,
                                                                 conventional_.outcome}));
  if (!written) {
    throw std::runtime_error(written.error());
  }
}

RunResult MetaMetaRun::run() {
  int64_t step = 0;
  try {
    const Status prepared = prepare();
    if (!prepared) {
      result_.status = RunStatus::Failed;
      result_.message = prepared.error();
      return result_;
    }
    result_.status = RunStatus::Completed;
    writeSummary("running", "", 0);
    reporter_.report(0, true);
    for (step = 1; step <= m_.metaSteps; ++step) {
      if (control_.stopRequested() || !control_.waitWhilePaused()) {
        result_.status = RunStatus::Stopped;
        break;
      }
      if (!metaStep(step)) {
        break;  // diverged: result_ says why
      }
      result_.stepsDone = step;
      const bool evaluated =
          step == m_.metaSteps || (m_.evalEvery > 0 && step % m_.evalEvery == 0);
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
        const Status saved =
            saveModule(*model->net, writer_->checkpointPath(model->name, "final"));
        if (!saved && result_.status == RunStatus::Completed) {
          result_.status = RunStatus::Failed;
          result_.message = saved.error();
        }
      }
    }
  } catch (const std::exception& error) {
    result_.status = RunStatus::Failed;
    result_.message = "training failed at meta-step " + std::to_string(step) + ": " +
                      explainOutOfMemory(config_, detail::firstLine(error));
  }
  result_.wallSeconds = reporter_.elapsed();
  result_.learners = {meta_.outcome, conventional_.outcome};
  if (writer_) {
    detail::finishRunFolder(*writer_, result_,
                            detail::summaryJson(runStatusName(result_.status), result_.message,
                                                result_.stepsDone, m_.metaSteps,
                                                result_.wallSeconds, result_.learners));
  }
  if (!result_.message.empty()) {
    reporter_.pending().messages.push_back(result_.message);
  }
  reporter_.report(result_.stepsDone, true);
  return result_;
}

}  // namespace

RunResult trainMetaMeta(const RunConfig& config, const TrainOptions& options,
                        const ProgressCallback& onProgress, const RunControl& control) {
  MetaMetaRun run(config, options, onProgress, control);
  return run.run();
}

}  // namespace icl::core
