// Learners (#2, spec §3): parameter counts, the padded ICL pass against the loop, prefix
// outputs against whole-support queries, gradients, loss by hand, checkpoint round trip.
#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

#include <fstream>

#include "core/models/checkpoint.h"
#include "core/models/icl_transformer.h"
#include "core/models/learner_factory.h"
#include "core/tasks/task_sampler.h"
#include "core/training/loss.h"

using namespace icl::core;

namespace {
RunConfig paperConfig() {
  RunConfig config;
  config.learners.icl.depth = 8;
  config.task.length = 12;
  config.resolveDefaults();
  return config;
}

Episode smallEpisode(const RunConfig& config, int64_t tasks, uint64_t seed = 0) {
  TaskSampler sampler(config.task, seed);
  return sampler.sample(TaskFamily::Mix, tasks, config.task.length, TaskSplit::Train);
}
}  // namespace

class TestLearners : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void init() { torch::manual_seed(0); }

  void parameterCountsMatchThePaper() {
    const RunConfig config = paperConfig();
    QCOMPARE(makeLearner(LearnerKind::Icl, config, torch::kCPU)->parameterCount(), int64_t{3432});
    QCOMPARE(makeLearner(LearnerKind::MatchNet, config, torch::kCPU)->parameterCount(), int64_t{12});
    QCOMPARE(makeLearner(LearnerKind::ProtoNet, config, torch::kCPU)->parameterCount(), int64_t{12});
    QCOMPARE(makeLearner(LearnerKind::Cnp, config, torch::kCPU)->parameterCount(), int64_t{250});
  }

  void iclParameterNamesAreTheCheckpointFormat() {
    const auto learner = makeLearner(LearnerKind::Icl, paperConfig(), torch::kCPU);
    const auto named = learner->module().named_parameters();
    QVERIFY(named.contains("layers.0.attn.to_q.weight"));
    QVERIFY(named.contains("layers.7.ff2.bias"));
    QVERIFY(named.contains("readout.weight"));
    QVERIFY(!named.contains("readout.bias"));
  }

  void paddedIclPassEqualsTheLoop() {
    RunConfig config = paperConfig();
    const Episode e = smallEpisode(config, 5);
    IclTransformerOptions options;
    options.depth = 8;
    IclTransformer model(options);
    torch::NoGradGuard noGrad;
    for (int64_t start : {0, 2}) {
      model->setPrefixChunk(1);
      const torch::Tensor loop = model->forwardPrefixes(e.x, e.targets, start);
      for (int64_t chunk : {3, 12}) {
        model->setPrefixChunk(chunk);
        const torch::Tensor padded = model->forwardPrefixes(e.x, e.targets, start);
        QCOMPARE(padded.sizes().vec(), loop.sizes().vec());
        const double difference = (padded - loop).abs().max().item<double>();
        QVERIFY2(difference < 1e-5, QByteArray::number(difference));
      }
    }
  }

  void paddedIclGradientsEqualTheLoop() {
    const RunConfig config = paperConfig();
    const Episode e = smallEpisode(config, 3);
    IclTransformerOptions options;
    options.depth = 2;
    IclTransformer model(options);
    std::vector<torch::Tensor> gradients;
    for (int64_t chunk : {1, 12}) {
      model->zero_grad();
      model->setPrefixChunk(chunk);
      episodeLoss(model->forwardPrefixes(e.x, e.targets, 0), e.targets, 12.0).backward();
      std::vector<torch::Tensor> flat;
      for (const auto& parameter : model->parameters()) {
        flat.push_back(parameter.grad().flatten().clone());
      }
      gradients.push_back(torch::cat(flat));
    }
    QVERIFY((gradients[0] - gradients[1]).abs().max().item<double>() < 1e-5);
  }

  void prefixOutputsEqualQueriesOnTheSameSupport() {
    const RunConfig config = paperConfig();
    const Episode e = smallEpisode(config, 4);
    torch::NoGradGuard noGrad;
    for (LearnerKind kind : allLearners()) {
      const auto learner = makeLearner(kind, config, torch::kCPU);
      const torch::Tensor prefixes = learner->forwardPrefixes(e.x, e.targets, 0);
      for (int64_t i : {0, 1, 7}) {
        const torch::Tensor query = learner->forwardQueries(
            e.x.narrow(1, 0, i), e.targets.narrow(1, 0, i), e.x.narrow(1, i, 1));
        const double difference =
            (query.squeeze(1) - prefixes.select(1, i)).abs().max().item<double>();
        QVERIFY2(difference < 1e-5,
                 (learnerName(kind) + " at " + std::to_string(i) + ": " +
                  std::to_string(difference)).c_str());
      }
    }
  }

  void outputShapesAndEveryParameterGetsAGradient() {
    const RunConfig config = paperConfig();
    const Episode e = smallEpisode(config, 6);
    for (LearnerKind kind : allLearners()) {
      const auto learner = makeLearner(kind, config, torch::kCPU);
      const torch::Tensor outputs = learner->forwardPrefixes(e.x, e.targets, 2);
      QCOMPARE(outputs.sizes().vec(), (std::vector<int64_t>{6, 10, 4}));
      episodeLoss(outputs, e.targets.narrow(1, 2, 10), 10.0).backward();
      for (const auto& parameter : learner->module().named_parameters()) {
        QVERIFY2(parameter.value().grad().defined() &&
                     parameter.value().grad().abs().sum().item<double>() > 0.0,
                 (learnerName(kind) + " " + parameter.key()).c_str());
      }
    }
  }

  void metricLearnersWithoutExamplesAreUndecided() {
    const RunConfig config = paperConfig();
    const Episode e = smallEpisode(config, 2);
    for (LearnerKind kind : {LearnerKind::MatchNet, LearnerKind::ProtoNet}) {
      const auto learner = makeLearner(kind, config, torch::kCPU);
      const torch::Tensor first = learner->forwardPrefixes(e.x, e.targets, 0).select(1, 0);
      if (kind == LearnerKind::MatchNet) {
        QVERIFY(first.narrow(-1, 0, 2).sub(0.5).abs().max().item<double>() < 1e-6);
      }
      QVERIFY(first.narrow(-1, 2, 2).abs().max().item<double>() < 1e-6);  // padding slots
    }
  }

  void lossMatchesHandComputation() {
    // One task, two positions, C = 2. Logits [2, 0, 0, 0] with target class 0, and
    // [0, 1, 0, 0] with target class 1; divisor 2.
    const torch::Tensor outputs = torch::tensor({2.f, 0.f, 0.f, 0.f, 0.f, 1.f, 0.f, 0.f}).view({1, 2, 4});
    const torch::Tensor targets = torch::tensor({1.f, 0.f, 0.f, 0.f, 0.f, 1.f, 0.f, 0.f}).view({1, 2, 4});
    const double first = -std::log(std::exp(2.0) / (std::exp(2.0) + 3.0));
    const double second = -std::log(std::exp(1.0) / (std::exp(1.0) + 3.0));
    const double expected = (first + second) / 2.0;
    QVERIFY(qAbs(episodeLoss(outputs, targets, 2.0).item<double>() - expected) < 1e-6);
    // Batch mean: duplicating the task leaves the loss unchanged.
    QVERIFY(qAbs(episodeLoss(outputs.repeat({2, 1, 1}), targets.repeat({2, 1, 1}), 2.0)
                     .item<double>() - expected) < 1e-6);
  }

  void doubleSoftmaxBoundsTheMetricLoss() {
    // §3.5: probabilities through a second softmax give a loss in [log(1 + 3/e), ...].
    const torch::Tensor certain = torch::tensor({1.f, 0.f, 0.f, 0.f}).view({1, 1, 4});
    const double loss = episodeLoss(certain, certain, 1.0).item<double>();
    QVERIFY(qAbs(loss - std::log(1.0 + 3.0 / std::exp(1.0))) < 1e-6);
  }

  void lossFallsOnAFixedBatch() {
    const RunConfig config = paperConfig();
    const Episode e = smallEpisode(config, 16, 3);
    for (LearnerKind kind : allLearners()) {
      const auto learner = makeLearner(kind, config, torch::kCPU);
      torch::optim::Adam optimizer(learner->module().parameters(), torch::optim::AdamOptions(1e-2));
      double first = 0.0;
      double last = 0.0;
      for (int step = 0; step < 30; ++step) {
        const torch::Tensor loss =
            episodeLoss(learner->forwardPrefixes(e.x, e.targets, 0), e.targets, 12.0);
        (step == 0 ? first : last) = loss.item<double>();
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
      }
      QVERIFY2(last < first, (learnerName(kind) + ": " + std::to_string(first) + " -> " +
                              std::to_string(last)).c_str());
    }
  }

  void checkpointRoundTripGivesIdenticalOutputs() {
    QTemporaryDir temp;
    const RunConfig config = paperConfig();
    const Episode e = smallEpisode(config, 3);
    for (LearnerKind kind : allLearners()) {
      const auto path = std::filesystem::path(temp.path().toStdString()) / (learnerName(kind) + ".pt");
      torch::manual_seed(1);
      const auto saved = makeLearner(kind, config, torch::kCPU);
      QVERIFY(saveCheckpoint(*saved, path).ok());
      torch::manual_seed(2);
      const auto loaded = makeLearner(kind, config, torch::kCPU);
      QVERIFY(loadCheckpoint(*loaded, path).ok());
      torch::NoGradGuard noGrad;
      QVERIFY(torch::equal(saved->forwardPrefixes(e.x, e.targets, 0),
                           loaded->forwardPrefixes(e.x, e.targets, 0)));
    }
  }

  void corruptOrMismatchedCheckpointIsAnError() {
    QTemporaryDir temp;
    const auto path = std::filesystem::path(temp.path().toStdString()) / "bad.pt";
    std::ofstream(path) << "not a checkpoint";
    const auto learner = makeLearner(LearnerKind::Icl, paperConfig(), torch::kCPU);
    const Status corrupt = loadCheckpoint(*learner, path);
    QVERIFY(!corrupt.ok());
    QVERIFY2(corrupt.error().find("is corrupt (not a LibTorch archive: ") != std::string::npos,
             corrupt.error().c_str());
    const auto cnpPath = std::filesystem::path(temp.path().toStdString()) / "cnp.pt";
    QVERIFY(saveCheckpoint(*makeLearner(LearnerKind::Cnp, paperConfig(), torch::kCPU), cnpPath).ok());
    QVERIFY(!loadCheckpoint(*learner, cnpPath).ok());
    QVERIFY(!loadCheckpoint(*learner, "/nonexistent/icl.pt").ok());
  }

  // Found by tests/fuzz/fuzz_checkpoint: archives that crashed LibTorch's TorchScript compiler
  // (damaged code) or its unpickler (damaged data.pkl with a fixed-up CRC: a bad free), or
  // leaked its zip reader (constructor checks), are refused before LibTorch reads them, with
  // an error naming the file; under ASan a leak would fail this test.
  void damagedArchivesFromTheFuzzerAreNamedErrors() {
    const auto learner = makeLearner(LearnerKind::Icl, paperConfig(), torch::kCPU);
    const std::filesystem::path corpus =
        std::filesystem::path(ICL_SOURCE_DIR) / "tests/fuzz/corpus/fuzz_checkpoint";
    const std::pair<const char*, const char*> cases[] = {
        {"crash-damaged-code.pt", "is corrupt (not a LibTorch archive: record"},
        {"damaged-code-valid-crc.pt", "code/__torch__.py differs from this learner's"},
        {"crash-data-pkl-bad-free.pt", "is corrupt or does not match this learner's config"},
        {"leak-constructor-throws.pt", "is corrupt (not a LibTorch archive: "},
        {"leak-version-marked-folder.pt", "is marked as a folder"},
        {"text.pt", "too short to be a zip archive"},
        {"valid.pt", "does not match this learner's config"},  // another module's checkpoint
    };
    for (const auto& [name, expected] : cases) {
      const Status status = loadCheckpoint(*learner, corpus / name);
      QVERIFY(!status.ok());
      QVERIFY2(status.error().find(name) != std::string::npos &&
                   status.error().find(expected) != std::string::npos,
               status.error().c_str());
    }
  }
};

QTEST_APPLESS_MAIN(TestLearners)
#include "tst_learners.moc"
