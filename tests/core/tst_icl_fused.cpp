// The fused ICL kernel (#2 performance, core/models/icl_fused_kernel.h): its forward against
// the autograd model, its hand-written gradients against autograd and against central finite
// differences of the double-precision model, determinism, thread-count independence, both
// instruction-set variants, and a short training run against the LibTorch kernel.
#include <QtTest>

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <string>
#include <vector>

#include "core/models/icl_fused_kernel.h"
#include "core/models/icl_transformer.h"
#include "core/models/learner_factory.h"
#include "core/tasks/task_sampler.h"
#include "core/training/loss.h"

using namespace icl::core;

namespace {

struct Case {
  int64_t batch;
  int64_t length;
  int64_t start;
  int64_t depth;
  int64_t inputDim = 2;
  int64_t classes = 2;
  int64_t ffHidden = 24;
};

std::string describe(const Case& c) {
  return "b=" + std::to_string(c.batch) + " n=" + std::to_string(c.length) +
         " start=" + std::to_string(c.start) + " depth=" + std::to_string(c.depth) +
         " d=" + std::to_string(c.inputDim) + " C=" + std::to_string(c.classes) +
         " isa=" + iclFusedIsaName();
}

IclTransformer makeModel(const Case& c, uint64_t seed) {
  torch::manual_seed(seed);
  IclTransformerOptions options;
  options.inputDim = c.inputDim;
  options.labelWidth = 2 * c.classes;
  options.depth = c.depth;
  options.ffHidden = c.ffHidden;
  options.prefixChunk = 1;
  IclTransformer model(options);
  // Wider than the default init so that softmaxes and GELUs leave their linear regime.
  torch::NoGradGuard noGrad;
  for (auto& parameter : model->parameters()) {
    parameter.mul_(1.7);
  }
  return model;
}

/// Inputs like the task sampler's: Gaussian x, one-hot labels padded with C zeros.
std::pair<torch::Tensor, torch::Tensor> makeInputs(const Case& c, uint64_t seed) {
  torch::manual_seed(seed);
  const torch::Tensor x = torch::randn({c.batch, c.length, c.inputDim});
  const torch::Tensor labels = torch::randint(c.classes, {c.batch, c.length}, torch::kLong);
  torch::Tensor targets = torch::zeros({c.batch, c.length, 2 * c.classes});
  targets.scatter_(2, labels.unsqueeze(-1), 1.0);
  return {x, targets};
}

std::vector<Case> cases() {
  return {
      {3, 7, 0, 1},           // one group with padding lanes
      {9, 12, 2, 2},          // two groups of 8, start > 0
      {19, 5, 0, 2},          // two groups of 16
      {8, 10, 0, 8},          // the paper's depth
      {5, 6, 5, 3},           // only the last query
      {2, 1, 0, 2},           // one token
      {11, 8, 1, 2, 3, 3, 20},  // another shape: w = 9, hidden 20 (the generic template)
  };
}

std::vector<IclFusedIsa> isas() {
  std::vector<IclFusedIsa> list = {IclFusedIsa::Generic};
  for (IclFusedIsa isa : {IclFusedIsa::Avx2, IclFusedIsa::Avx512}) {
    if (setIclFusedIsa(isa)) {
      list.push_back(isa);
    }
  }
  setIclFusedIsa(IclFusedIsa::Auto);
  return list;
}

/// Loss of the trainer plus a random linear term, so every logit gets its own upstream gradient.
torch::Tensor testLoss(const torch::Tensor& outputs, const torch::Tensor& targets, int64_t start,
                       const torch::Tensor& mix) {
  const torch::Tensor used = targets.narrow(1, start, targets.size(1) - start);
  return episodeLoss(outputs, used.to(outputs.dtype()), static_cast<double>(used.size(1))) +
         (outputs * mix.to(outputs.dtype())).sum();
}

std::vector<torch::Tensor> gradients(IclTransformer& model, bool fused, const torch::Tensor& x,
                                     const torch::Tensor& targets, int64_t start,
                                     const torch::Tensor& mix, torch::Tensor* outputs = nullptr) {
  model->setFusedKernel(fused);
  model->zero_grad();
  const torch::Tensor out = model->forwardPrefixes(x, targets, start);
  testLoss(out, targets, start, mix).backward();
  if (outputs != nullptr) {
    *outputs = out.detach().clone();
  }
  std::vector<torch::Tensor> grads;
  for (const auto& parameter : model->kernelParameters()) {
    grads.push_back(parameter.grad().clone());
  }
  return grads;
}

double maxAbs(const torch::Tensor& t) { return t.abs().max().item<double>(); }

}  // namespace

class TestIclFused : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void init() { setIclFusedIsa(IclFusedIsa::Auto); }
  void cleanup() {
    setIclFusedIsa(IclFusedIsa::Auto);
    at::set_num_threads(1);
  }

  void forwardEqualsTheAutogradModel() {
    for (IclFusedIsa isa : isas()) {
      QVERIFY(setIclFusedIsa(isa));
      for (const Case& c : cases()) {
        IclTransformer model = makeModel(c, 1);
        const auto [x, targets] = makeInputs(c, 2);
        torch::NoGradGuard noGrad;
        model->setFusedKernel(false);
        const torch::Tensor reference = model->forwardPrefixes(x, targets, c.start);
        model->setFusedKernel(true);
        const torch::Tensor fused = model->forwardPrefixes(x, targets, c.start);
        QCOMPARE(fused.sizes().vec(), reference.sizes().vec());
        const double difference = maxAbs(fused - reference);
        QVERIFY2(difference < 1e-5, (describe(c) + ": " + std::to_string(difference)).c_str());
        QVERIFY(maxAbs(reference) > 0.1);  // not a trivially small output
      }
    }
  }

  void gradientsEqualAutograd() {
    for (IclFusedIsa isa : isas()) {
      QVERIFY(setIclFusedIsa(isa));
      for (const Case& c : cases()) {
        IclTransformer model = makeModel(c, 3);
        const auto [x, targets] = makeInputs(c, 4);
        const torch::Tensor mix = torch::randn({c.batch, c.length - c.start, 2 * c.classes});
        torch::Tensor fusedOut;
        torch::Tensor torchOut;
        const auto fused = gradients(model, true, x, targets, c.start, mix, &fusedOut);
        const auto reference = gradients(model, false, x, targets, c.start, mix, &torchOut);
        const double outputError = maxAbs(fusedOut - torchOut);
        QVERIFY2(outputError < 1e-5 * std::max(1.0, maxAbs(torchOut)),
                 (describe(c) + ": outputs differ by " + std::to_string(outputError) +
                  ", largest " + std::to_string(maxAbs(torchOut)))
                     .c_str());
        QCOMPARE(fused.size(), reference.size());
        for (std::size_t i = 0; i < fused.size(); ++i) {
          QCOMPARE(fused[i].sizes().vec(), reference[i].sizes().vec());
          // Relative to the parameter's largest gradient; an absolute floor for gradients
          // that vanish mathematically (to_q with one token: the query softmax sums to 1).
          const double scale = maxAbs(reference[i]);
          const double difference = maxAbs(fused[i] - reference[i]);
          QVERIFY2(difference <= 1e-4 * scale + 1e-7,
                   (describe(c) + " parameter " + std::to_string(i) + ": difference " +
                    std::to_string(difference) + ", largest gradient " + std::to_string(scale))
                       .c_str());
        }
      }
    }
  }

  void gradientsMatchFiniteDifferences() {
    // Central differences of the double-precision LibTorch model, the same function; the
    // fused gradient is float32.
    const Case c{4, 6, 1, 3};
    IclTransformer model = makeModel(c, 5);
    const auto [x, targets] = makeInputs(c, 6);
    const torch::Tensor mix = torch::randn({c.batch, c.length - c.start, 4});
    const auto fused = gradients(model, true, x, targets, c.start, mix);
    IclTransformer reference = makeModel(c, 5);
    reference->to(torch::kDouble);
    reference->setFusedKernel(false);
    const torch::Tensor xd = x.to(torch::kDouble);
    const torch::Tensor td = targets.to(torch::kDouble);
    auto loss = [&] {
      torch::NoGradGuard noGrad;
      return testLoss(reference->forwardPrefixes(xd, td, c.start), td, c.start, mix)
          .item<double>();
    };
    const auto parameters = reference->kernelParameters();
    // (parameter index, flat entry): to_q, to_k and to_v of layer 0, ff1 bias of layer 1,
    // ff2 weight of layer 2, readout.
    const std::vector<std::pair<int, int>> probes = {{0, 7}, {1, 3}, {2, 20}, {11, 5},
                                                     {19, 30}, {21, 9}};
    const double eps = 1e-5;
    for (const auto& [index, entry] : probes) {
      torch::Tensor flat = parameters[index].detach().view({-1});
      const double original = flat[entry].item<double>();
      {
        torch::NoGradGuard noGrad;
        flat[entry] = original + eps;
      }
      const double plus = loss();
      {
        torch::NoGradGuard noGrad;
        flat[entry] = original - eps;
      }
      const double minus = loss();
      {
        torch::NoGradGuard noGrad;
        flat[entry] = original;
      }
      const double numeric = (plus - minus) / (2 * eps);
      const double analytic = fused[index].view({-1})[entry].item<double>();
      const double tolerance = 1e-4 * std::max(1.0, std::abs(numeric));
      QVERIFY2(std::abs(numeric) > 1e-4 && std::abs(numeric - analytic) < tolerance,
               ("parameter " + std::to_string(index) + "[" + std::to_string(entry) +
                "]: finite difference " + std::to_string(numeric) + ", fused " +
                std::to_string(analytic))
                   .c_str());
    }
  }

  void repeatedCallsAreBitwiseIdentical() {
    const Case c{13, 9, 0, 3};
    IclTransformer model = makeModel(c, 7);
    const auto [x, targets] = makeInputs(c, 8);
    const torch::Tensor mix = torch::randn({c.batch, c.length, 4});
    at::set_num_threads(2);
    torch::Tensor out1;
    torch::Tensor out2;
    const auto first = gradients(model, true, x, targets, 0, mix, &out1);
    const auto second = gradients(model, true, x, targets, 0, mix, &out2);
    QVERIFY(torch::equal(out1, out2));
    for (std::size_t i = 0; i < first.size(); ++i) {
      QVERIFY(torch::equal(first[i], second[i]));
    }
  }

  void oneAndTwoThreadsAgree() {
    const Case c{40, 10, 1, 4};  // 5 groups of 8, 3 of 16: uneven split over two threads
    IclTransformer model = makeModel(c, 9);
    const auto [x, targets] = makeInputs(c, 10);
    const torch::Tensor mix = torch::randn({c.batch, c.length - 1, 4});
    std::vector<std::vector<torch::Tensor>> results;
    std::vector<torch::Tensor> outputs;
    for (int threads : {1, 2}) {
      at::set_num_threads(threads);
      torch::Tensor out;
      results.push_back(gradients(model, true, x, targets, 1, mix, &out));
      outputs.push_back(out);
    }
    QVERIFY(maxAbs(outputs[0] - outputs[1]) <= 1e-6);
    for (std::size_t i = 0; i < results[0].size(); ++i) {
      const double difference = maxAbs(results[0][i] - results[1][i]);
      QVERIFY2(difference <= 1e-6, std::to_string(difference).c_str());
    }
  }

  void inputsThatNeedGradientsUseTheAutogradPath() {
    const Case c{2, 4, 0, 1};
    IclTransformer model = makeModel(c, 11);
    auto [x, targets] = makeInputs(c, 12);
    x.requires_grad_(true);
    model->setFusedKernel(true);
    const torch::Tensor out = model->forwardPrefixes(x, targets, 0);
    out.sum().backward();
    QVERIFY(x.grad().defined() && maxAbs(x.grad()) > 0.0);
  }

  void factoryDefaultAndConfigKey() {
    RunConfig config;
    config.resolveDefaults();
    QCOMPARE(config.learners.icl.kernel, std::string("auto"));
    QVERIFY(useFusedIclKernel("auto", torch::kCPU));
    QVERIFY(!useFusedIclKernel("torch", torch::kCPU));
    QVERIFY(useFusedIclKernel("fused", torch::kCPU));
    QVERIFY(!useFusedIclKernel("auto", torch::Device(torch::kCUDA)));
    config.learners.icl.kernel = "fast";
    const Status status = config.validate();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().find("learners.icl.kernel") != std::string::npos,
             status.error().c_str());
  }

  void trainingLearnsLikeTheTorchKernel() {
    RunConfig config;
    config.task.length = 12;
    config.train.batchSize = 16;
    config.learners.icl.depth = 2;
    config.resolveDefaults();
    std::vector<std::vector<double>> losses;
    for (const char* kernel : {"torch", "fused"}) {
      config.learners.icl.kernel = kernel;
      torch::manual_seed(13);
      const auto learner = makeLearner(LearnerKind::Icl, config, torch::kCPU);
      torch::optim::Adam optimizer(learner->module().parameters(),
                                   torch::optim::AdamOptions(1e-2));
      TaskSampler sampler(config.task, 14);
      std::vector<double> run;
      for (int step = 0; step < 40; ++step) {
        const Episode batch = sampler.sample(TaskFamily::Mix, config.train.batchSize,
                                             config.task.length, TaskSplit::Train);
        const torch::Tensor loss =
            episodeLoss(learner->forwardPrefixes(batch.x, batch.targets, 0), batch.targets,
                        static_cast<double>(config.task.length));
        run.push_back(loss.item<double>());
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
      }
      losses.push_back(run);
    }
    QVERIFY(std::abs(losses[0][0] - losses[1][0]) < 1e-5);
    for (int step = 0; step < 5; ++step) {
      QVERIFY2(std::abs(losses[0][step] - losses[1][step]) < 1e-3,
               (std::to_string(step) + ": " + std::to_string(losses[0][step]) + " vs " +
                std::to_string(losses[1][step]))
                   .c_str());
    }
    for (const auto& run : losses) {
      double early = 0.0;
      double late = 0.0;
      for (int step = 0; step < 10; ++step) {
        early += run[step];
        late += run[run.size() - 1 - step];
      }
      QVERIFY2(late < early - 0.1, (std::to_string(early) + " -> " + std::to_string(late)).c_str());
    }
  }
};

QTEST_APPLESS_MAIN(TestIclFused)
#include "tst_icl_fused.moc"
