// Inference API (#2 item 7): learners loaded from a run folder predict probabilities for
// query points from a support set, outside the training loop.
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include "core/inference/predictor.h"
#include "core/training/trainer.h"
#include "tiny_config.h"

namespace fs = std::filesystem;
using namespace icl::core;

class TestPredictor : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir temp_;
  fs::path runDir_;

 private Q_SLOTS:
  void initTestCase() {
    runDir_ = fs::path(temp_.path().toStdString()) / "run";
    RunControl control;
    TrainOptions options;
    options.outDir = runDir_;
    QVERIFY(train(tinyRunConfig(), options, nullptr, control).status == RunStatus::Completed);
  }

  void everyLearnerPredictsNormalisedProbabilities() {
    SupportSet support;
    support.points = {{-1.f, -1.f}, {1.f, 1.f}, {-1.2f, -0.8f}, {0.9f, 1.1f}};
    support.labels = {0, 1, 0, 1};
    std::vector<std::vector<float>> grid;
    for (int i = 0; i < 40; ++i) {
      for (int j = 0; j < 40; ++j) {
        grid.push_back({-2.f + 0.1f * static_cast<float>(i), -2.f + 0.1f * static_cast<float>(j)});
      }
    }
    for (LearnerKind kind : allLearners()) {
      for (const char* checkpoint : {"best", "final"}) {
        const auto predictor = Predictor::fromRun(runDir_, kind, checkpoint);
        QVERIFY2(predictor.ok(), predictor.error().c_str());
        const auto probabilities = predictor.value().predictProbabilities(support, grid);
        QVERIFY2(probabilities.ok(), probabilities.error().c_str());
        QCOMPARE(probabilities.value().size(), grid.size());
        for (const auto& row : probabilities.value()) {
          QCOMPARE(row.size(), std::size_t{2});
          QVERIFY(row[0] >= 0.f && row[1] >= 0.f);
          QVERIFY(qAbs(row[0] + row[1] - 1.f) < 1e-5f);
        }
      }
    }
  }

  void predictionsDependOnTheSupport() {
    const auto predictor = Predictor::fromRun(runDir_, LearnerKind::ProtoNet);
    QVERIFY(predictor.ok());
    SupportSet left{{{-1.f, 0.f}, {1.f, 0.f}}, {0, 1}};
    SupportSet flipped{{{-1.f, 0.f}, {1.f, 0.f}}, {1, 0}};
    const std::vector<std::vector<float>> query = {{-1.f, 0.f}};
    const float a = predictor.value().predictProbabilities(left, query).value()[0][0];
    const float b = predictor.value().predictProbabilities(flipped, query).value()[0][0];
    QVERIFY2(qAbs(a - b) > 1e-3f, QByteArray::number(a) + " vs " + QByteArray::number(b));
  }

  void emptySupportIsAllowed() {
    const auto predictor = Predictor::fromRun(runDir_, LearnerKind::Cnp);
    const auto probabilities = predictor.value().predictProbabilities({}, {{0.f, 0.f}});
    QVERIFY2(probabilities.ok(), probabilities.error().c_str());
  }

  void badInputsAreErrors() {
    const auto predictor = Predictor::fromRun(runDir_, LearnerKind::Icl).value();
    const auto wrongDimension = predictor.predictProbabilities({{{1.f}}, {0}}, {{0.f, 0.f}});
    QVERIFY(!wrongDimension.ok());
    QVERIFY(wrongDimension.error().find("expected d = 2") != std::string::npos);
    const auto wrongLabel = predictor.predictProbabilities({{{1.f, 1.f}}, {5}}, {{0.f, 0.f}});
    QVERIFY(!wrongLabel.ok());
    QVERIFY(wrongLabel.error().find("support label 5") != std::string::npos);
  }

  void corruptCheckpointIsNamed() {
    QTemporaryDir copy;
    const fs::path dir = fs::path(copy.path().toStdString()) / "run";
    fs::copy(runDir_, dir, fs::copy_options::recursive);
    std::ofstream(dir / "checkpoints" / "icl-final.pt", std::ios::trunc) << "garbage";
    const auto predictor = Predictor::fromRun(dir, LearnerKind::Icl);
    QVERIFY(!predictor.ok());
    QVERIFY2(predictor.error().find("icl-final.pt is corrupt") != std::string::npos,
             predictor.error().c_str());
  }
};

QTEST_APPLESS_MAIN(TestPredictor)
#include "tst_predictor.moc"
