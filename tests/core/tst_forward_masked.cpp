// Learner::forwardMasked (#10): a query that sees examples 0..i-1 answers as forwardPrefixes at
// position i, a query that sees everything as forwardQueries, a hidden example is as if absent;
// the ICL transformer refuses.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cfloat>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/models/learner_factory.h"
#include "core/tasks/task_sampler.h"
#include "tests/core/support/checks.h"
#include "tests/core/tiny_config.h"

using namespace icl::core;
using icl::test::hasText;

namespace {

struct Candidate {
  const char* row;
  LearnerKind kind;
  bool cosine;      // MatchNet's similarity
  bool embedQuery;  // ProtoNet's query embedding
};

// Tolerance of a double-precision comparison of two evaluation orders of one function. Every
// intermediate is a sum of at most n products of values below kMagnitude (sampler inputs are
// below 10, as the test asserts; default-initialised weights below 1), through at most kDepth
// rounded operations; softmax and LeakyReLU are 1-Lipschitz. Each rounding adds at most
// DBL_EPSILON times the magnitude.
constexpr double kMagnitude = 100.0;
constexpr double kDepth = 16.0;
double tolerance(int64_t n) { return kDepth * kMagnitude * n * n * DBL_EPSILON; }

std::shared_ptr<Learner> makeDouble(const Candidate& candidate) {
  RunConfig config = tinyRunConfig();
  config.learners.matchNet.similarity = candidate.cosine ? Similarity::Cosine : Similarity::Dot;
  config.learners.protoNet.embedQuery = candidate.embedQuery;
  auto learner = makeLearner(candidate.kind, config, torch::kCPU);
  learner->module().to(torch::kFloat64);
  return learner;
}

Episode doubleEpisode(int64_t tasks, int64_t length) {
  TaskSampler sampler(tinyRunConfig().task, 7);
  Episode e = sampler.sample(TaskFamily::Mix, tasks, length, TaskSplit::Train);
  e.x = e.x.to(torch::kFloat64);
  e.targets = e.targets.to(torch::kFloat64);
  return e;
}

double maxAbs(const torch::Tensor& t) { return t.abs().max().item<double>(); }

}  // namespace

class ForwardMasked : public ::testing::TestWithParam<Candidate> {
 protected:
  void SetUp() override { torch::manual_seed(3); }
};

INSTANTIATE_TEST_SUITE_P(
    Candidates, ForwardMasked,
    ::testing::Values(Candidate{"matchNetDot", LearnerKind::MatchNet, false, false},
                      Candidate{"matchNetCosine", LearnerKind::MatchNet, true, false},
                      Candidate{"protoNet", LearnerKind::ProtoNet, false, false},
                      Candidate{"protoNetEmbedQuery", LearnerKind::ProtoNet, false, true},
                      Candidate{"cnp", LearnerKind::Cnp, false, false}),
    icl::test::RowName());

TEST_P(ForwardMasked, prefixMaskEqualsForwardPrefixes) {
  const auto learner = makeDouble(GetParam());
  torch::NoGradGuard noGrad;
  const int64_t b = 6, n = 12;
  const Episode e = doubleEpisode(b, n);
  ASSERT_LT(maxAbs(e.x), 10.0);
  const torch::Tensor prefixMask =
      torch::ones({n, n}, torch::kBool).tril(-1).unsqueeze(0).expand({b, n, n});
  const torch::Tensor masked = learner->forwardMasked(e.x, e.targets, prefixMask, e.x);
  const torch::Tensor prefixes = learner->forwardPrefixes(e.x, e.targets, 0);
  ASSERT_EQ(masked.sizes(), prefixes.sizes());
  EXPECT_EQ(masked.scalar_type(), torch::kFloat64);
  EXPECT_LE(maxAbs(masked - prefixes), tolerance(n));
}

TEST_P(ForwardMasked, fullMaskEqualsForwardQueries) {
  const auto learner = makeDouble(GetParam());
  torch::NoGradGuard noGrad;
  const int64_t b = 4, s = 9, q = 5;
  const Episode e = doubleEpisode(b, s + q);
  const torch::Tensor supportX = e.x.narrow(1, 0, s);
  const torch::Tensor supportTargets = e.targets.narrow(1, 0, s);
  const torch::Tensor queryX = e.x.narrow(1, s, q);
  const torch::Tensor all = torch::ones({b, q, s}, torch::kBool);
  const torch::Tensor masked = learner->forwardMasked(supportX, supportTargets, all, queryX);
  const torch::Tensor queries = learner->forwardQueries(supportX, supportTargets, queryX);
  EXPECT_LE(maxAbs(masked - queries), tolerance(s));
}

TEST_P(ForwardMasked, aHiddenExampleIsAsIfAbsent) {
  const auto learner = makeDouble(GetParam());
  torch::NoGradGuard noGrad;
  const int64_t b = 3, s = 8, q = 4;
  const Episode e = doubleEpisode(b, s + q);
  const torch::Tensor queryX = e.x.narrow(1, s, q);
  // Per query a different hidden example: query k hides example 2k, so one call holds four
  // different supports; each must equal forwardQueries on the support without that example.
  torch::Tensor mask = torch::ones({b, q, s}, torch::kBool);
  for (int64_t k = 0; k < q; ++k) {
    mask.select(1, k).select(1, 2 * k).fill_(false);
  }
  const torch::Tensor masked =
      learner->forwardMasked(e.x.narrow(1, 0, s), e.targets.narrow(1, 0, s), mask, queryX);
  for (int64_t k = 0; k < q; ++k) {
    std::vector<int64_t> kept;
    for (int64_t j = 0; j < s; ++j) {
      if (j != 2 * k) {
        kept.push_back(j);
      }
    }
    const torch::Tensor index = torch::tensor(kept, torch::kLong);
    const torch::Tensor alone = learner->forwardQueries(
        e.x.index_select(1, index), e.targets.index_select(1, index), queryX.narrow(1, k, 1));
    EXPECT_LE(maxAbs(masked.narrow(1, k, 1) - alone), tolerance(s)) << "query " << k;
  }
}

TEST_P(ForwardMasked, floatInputsGiveFloatOutputs) {
  RunConfig config = tinyRunConfig();
  const auto learner = makeLearner(GetParam().kind, config, torch::kCPU);
  torch::NoGradGuard noGrad;
  TaskSampler sampler(config.task, 1);
  const Episode e = sampler.sample(TaskFamily::Mix, 3, 6, TaskSplit::Train);
  const torch::Tensor mask = torch::rand({3, 6, 6}).gt(0.5);
  const torch::Tensor out = learner->forwardMasked(e.x, e.targets, mask, e.x);
  EXPECT_EQ(out.scalar_type(), torch::kFloat32);
  EXPECT_EQ(out.sizes(), (std::vector<int64_t>{3, 6, 4}));
  EXPECT_TRUE(torch::isfinite(out).all().item<bool>());
}

TEST_P(ForwardMasked, aMaskOfTheWrongShapeIsRefused) {
  const auto learner = makeDouble(GetParam());
  const Episode e = doubleEpisode(2, 5);
  try {
    learner->forwardMasked(e.x, e.targets, torch::ones({2, 5, 4}, torch::kBool), e.x);
    FAIL() << "expected an error";
  } catch (const c10::Error& error) {
    EXPECT_TRUE(hasText(error.what(), "does not fit supportX"));
  }
}

TEST(ForwardMaskedIcl, isNotSupported) {
  const auto learner = makeLearner(LearnerKind::Icl, tinyRunConfig(), torch::kCPU);
  const torch::Tensor x = torch::randn({1, 3, 2});
  const torch::Tensor targets = torch::zeros({1, 3, 4});
  try {
    learner->forwardMasked(x, targets, torch::ones({1, 3, 3}, torch::kBool), x);
    FAIL() << "expected std::logic_error";
  } catch (const std::logic_error& error) {
    EXPECT_TRUE(hasText(error.what(), "not supported by the icl learner"));
  }
}
