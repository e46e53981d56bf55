// Task generators (#2, design.md §2): each family's label rule recomputed here from the returned
// task parameters, class balance, batch-level quirks, mixture weights and seeding.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <cfloat>
#include <cmath>
#include <map>
#include <vector>

#include "core/tasks/task_sampler.h"

using namespace icl::core;

namespace {
TaskConfig defaultTask() { return RunConfig().task; }

double fractionOfClassZero(const Episode& episode) {
  return episode.labels.eq(0).to(torch::kDouble).mean().item<double>();
}

// Class balance over 2000 tasks x 20 labels: a fraction's standard error is at most
// 0.5 / sqrt(40000) = 0.0025 if labels were independent, so 0.02 is 8 standard errors.
constexpr double kBalance = 0.02;
}  // namespace

TEST(TaskSampler, simLabelsFollowTheNormalisedPrototypeRule) {
  TaskConfig task = defaultTask();
  task.classes = 3;
  task.d = 4;
  TaskSampler sampler(task, 7);
  const Episode e = sampler.sample(TaskFamily::Sim, 16, 30, TaskSplit::Test);  // nc_test = 2
  const torch::Tensor w = e.blocks.front().parameters.at("W");                 // [b, c, nc, d]
  ASSERT_EQ(w.sizes().vec(), (std::vector<int64_t>{16, 3, 2, 4}));
  // Recompute with an explicit p = 3 norm: sum_m W_km / (sum |W_km|^3)^(1/3).
  const torch::Tensor norms = w.abs().pow(3).sum(-1, true).pow(1.0 / 3.0);
  const torch::Tensor u = (w / norms).sum(2);
  const torch::Tensor scores = torch::einsum("bnd,bcd->bnc", {e.x, u});
  EXPECT_TRUE(torch::equal(scores.argmax(-1), e.labels));
  EXPECT_TRUE(torch::equal(e.targets.argmax(-1), e.labels));
  ASSERT_EQ(e.targets.size(2), 6);
  EXPECT_TRUE(torch::equal(e.targets.narrow(2, 3, 3), torch::zeros({16, 30, 3})));
}

TEST(TaskSampler, simIsBalancedForTwoClasses) {
  TaskSampler sampler(defaultTask(), 1);
  const double zero =
      fractionOfClassZero(sampler.sample(TaskFamily::Sim, 2000, 20, TaskSplit::Train));
  EXPECT_NEAR(zero, 0.5, kBalance);
}

TEST(TaskSampler, protoLabelsAreNearestCentreWithExactlyHalfFromEachCentre) {
  TaskSampler sampler(defaultTask(), 3);
  const Episode e = sampler.sample(TaskFamily::Proto, 64, 50, TaskSplit::Train);
  const torch::Tensor centres = e.blocks.front().parameters.at("centres");  // [b, c, d]
  const torch::Tensor distances = torch::cdist(e.x, centres);               // [b, n, c]
  EXPECT_TRUE(torch::equal(distances.argmin(-1), e.labels));
  // One permutation shared by the batch: the generating class of position p is perm[p] % C.
  const torch::Tensor permutation = e.blocks.front().parameters.at("permutation");
  const torch::Tensor generating = permutation.remainder(2);
  EXPECT_EQ(generating.eq(0).sum().item<int64_t>(), 25);
  // Points sit near their generating centre more often than not.
  const torch::Tensor own = centres.index_select(1, generating);
  const torch::Tensor other = centres.index_select(1, 1 - generating);
  const double closer = (e.x - own)
                            .norm(2, {-1})
                            .lt((e.x - other).norm(2, {-1}))
                            .to(torch::kDouble)
                            .mean()
                            .item<double>();
  EXPECT_GT(closer, 0.7);
  // 64 x 50 labels: 0.05 is more than 5 standard errors.
  EXPECT_NEAR(fractionOfClassZero(e), 0.5, 0.05);
}

TEST(TaskSampler, protoTestAnchorsCarryTheirGeneratingClass) {
  TaskSampler sampler(defaultTask(), 4);
  const Episode e = sampler.sample(TaskFamily::Proto, 32, 20, TaskSplit::Test);
  const torch::Tensor order = e.blocks.front().parameters.at("anchor_order");
  EXPECT_TRUE(torch::equal(e.labels.narrow(1, 0, 2), order.unsqueeze(0).expand({32, 2})));
}

TEST(TaskSampler, aveLabelsFollowTheMeanOffsetRuleAndAnchorsAreFlipped) {
  TaskConfig task = defaultTask();
  task.ave.anchorsTrain = true;
  TaskSampler sampler(task, 5);
  const Episode e = sampler.sample(TaskFamily::Ave, 500, 20, TaskSplit::Train);
  const torch::Tensor w = e.blocks.front().parameters.at("w");  // [b, d]
  const torch::Tensor rule = (e.x - w.unsqueeze(1)).sum(-1).le(0).to(torch::kLong);
  EXPECT_TRUE(torch::equal(rule.narrow(1, 2, 18), e.labels.narrow(1, 2, 18)));
  // §2.4, §7.8: the anchor below w is labelled 0 although the rule says 1.
  const bool swapped = e.blocks.front().parameters.at("anchor_swap").item<int64_t>() != 0;
  const int64_t belowPosition = swapped ? 1 : 0;
  EXPECT_TRUE(e.labels.select(1, belowPosition).eq(0).all().item<bool>());
  const double ruleAgrees =
      rule.narrow(1, 0, 2).eq(e.labels.narrow(1, 0, 2)).to(torch::kDouble).mean().item<double>();
  EXPECT_LT(ruleAgrees, 0.2);  // ~92 % flipped at d = 2
}

TEST(TaskSampler, aveConsistentAnchorsFollowTheRule) {
  TaskConfig task = defaultTask();
  task.ave.literalAnchorLabels = false;
  TaskSampler sampler(task, 5);
  const Episode e = sampler.sample(TaskFamily::Ave, 100, 10, TaskSplit::Test);
  const torch::Tensor w = e.blocks.front().parameters.at("w");
  const torch::Tensor rule = (e.x - w.unsqueeze(1)).sum(-1).le(0).to(torch::kLong);
  EXPECT_TRUE(torch::equal(rule, e.labels));
}

TEST(TaskSampler, aveWithoutAnchorsIsBalanced) {
  TaskConfig task = defaultTask();
  task.ave.anchorsTrain = false;
  TaskSampler sampler(task, 6);
  const double zero =
      fractionOfClassZero(sampler.sample(TaskFamily::Ave, 2000, 20, TaskSplit::Train));
  EXPECT_NEAR(zero, 0.5, kBalance);
}

TEST(TaskSampler, radLabelsAreOutsideTheCircleAndBalanced) {
  TaskSampler sampler(defaultTask(), 8);
  const Episode e = sampler.sample(TaskFamily::Rad, 2000, 20, TaskSplit::Test);
  const torch::Tensor r = e.blocks.front().parameters.at("r");
  EXPECT_TRUE(r.ge(2.0).all().item<bool>() && r.le(4.0).all().item<bool>());
  const torch::Tensor outside = e.x.norm(2, {-1}).gt(r.unsqueeze(1));
  EXPECT_TRUE(torch::equal(outside.logical_not().to(torch::kLong), e.labels));
  EXPECT_NEAR(fractionOfClassZero(e), 0.5, kBalance);  // spec: 0.501
}

TEST(TaskSampler, mixtureFollowsUserWeights) {
  const auto counts = TaskSampler::mixtureCounts({{TaskFamily::Sim, 2.0},
                                                  {TaskFamily::Proto, 1.0},
                                                  {TaskFamily::Ave, 1.0},
                                                  {TaskFamily::Rad, 0.0}},
                                                 10);
  std::map<TaskFamily, int64_t> byFamily(counts.begin(), counts.end());
  EXPECT_EQ(byFamily[TaskFamily::Sim], 5);
  EXPECT_EQ(byFamily[TaskFamily::Proto] + byFamily[TaskFamily::Ave], 5);
  EXPECT_EQ(byFamily[TaskFamily::Rad], 0);
  TaskConfig task = defaultTask();
  task.mixture = {{TaskFamily::Sim, 0.0},
                  {TaskFamily::Proto, 3.0},
                  {TaskFamily::Ave, 1.0},
                  {TaskFamily::Rad, 0.0}};
  TaskSampler sampler(task, 9);
  const Episode e = sampler.sample(TaskFamily::Mix, 8, 10, TaskSplit::Train);
  ASSERT_EQ(e.blocks.size(), 2u);
  EXPECT_EQ(e.blocks[0].family, TaskFamily::Proto);
  EXPECT_EQ(e.blocks[0].count, 6);
  EXPECT_EQ(e.blocks[1].family, TaskFamily::Ave);
  EXPECT_EQ(e.blocks[1].begin, 6);
}

TEST(TaskSampler, equalThirdsOfPaperBatch) {
  const auto counts = TaskSampler::mixtureCounts(RunConfig().task.mixture, 126);
  for (const auto& [family, count] : counts) {
    EXPECT_EQ(count, family == TaskFamily::Rad ? 0 : 42) << familyName(family);
  }
}

TEST(TaskSampler, sameSeedSameTasksOtherSeedOtherTasks) {
  TaskSampler a(defaultTask(), 11);
  TaskSampler b(defaultTask(), 11);
  TaskSampler c(defaultTask(), 12);
  const Episode ea = a.sample(TaskFamily::Mix, 9, 12, TaskSplit::Train);
  const Episode eb = b.sample(TaskFamily::Mix, 9, 12, TaskSplit::Train);
  const Episode ec = c.sample(TaskFamily::Mix, 9, 12, TaskSplit::Train);
  EXPECT_TRUE(torch::equal(ea.x, eb.x) && torch::equal(ea.labels, eb.labels));
  EXPECT_FALSE(torch::equal(ea.x, ec.x));
}

TEST(TaskSampler, sigmaScalesSimInputs) {
  TaskConfig task = defaultTask();
  task.sigma = 3.0;
  TaskSampler sampler(task, 13);
  const Episode e = sampler.sample(TaskFamily::Sim, 500, 20, TaskSplit::Train);
  // 500 x 20 x 2 draws: the sample deviation's standard error is about 3 / sqrt(2 * 20000).
  EXPECT_NEAR(e.x.std().item<double>(), 3.0, 0.1);
}

namespace {
/// The same draws with and without task.mean_offset = @p offset.
std::pair<Episode, Episode> withAndWithoutOffset(TaskFamily family, double offset, uint64_t seed) {
  TaskConfig task = defaultTask();
  TaskSampler plain(task, seed);
  task.meanOffset = offset;
  TaskSampler moved(task, seed);
  return {plain.sample(family, 400, 20, TaskSplit::Test),
          moved.sample(family, 400, 20, TaskSplit::Test)};
}
}  // namespace

// task.mean_offset (#10): every input, anchors included, moves by the offset in every
// coordinate, because the offset is added to the family's location draw (sim, rad: the inputs;
// proto: the centres; ave: w) and the draws themselves are the same numbers. Exact up to the
// float32 rounding of one addition: half an ulp of the larger operand.
TEST(TaskSampler, meanOffsetMovesEveryInputOfEveryFamily) {
  const double offset = 2.5;
  for (TaskFamily family : baseFamilies()) {
    const auto [plain, moved] = withAndWithoutOffset(family, offset, 21);
    const torch::Tensor difference = (moved.x - plain.x).to(torch::kDouble);
    const torch::Tensor tolerance =
        (plain.x.abs().to(torch::kDouble) + offset + 1.0) * 2.0 * FLT_EPSILON;
    EXPECT_TRUE((difference - offset).abs().le(tolerance).all().item<bool>())
        << familyName(family) << ": largest deviation "
        << (difference - offset).abs().max().item<double>();
    // Hence the mean of the inputs moves by the offset, to within the same rounding (inputs
    // here stay below 20 in size: (20 + 3.5) x 2 x 1.2e-7 < 1e-5).
    EXPECT_NEAR(moved.x.to(torch::kDouble).mean().item<double>() -
                    plain.x.to(torch::kDouble).mean().item<double>(),
                offset, 1e-5)
        << familyName(family);
  }
}

// Labels follow each family's rule at the moved inputs, recomputed here from the parameters.
TEST(TaskSampler, meanOffsetLabelsFollowEachRuleAtTheMovedInputs) {
  const double offset = 1.5;
  {
    const auto [plain, moved] = withAndWithoutOffset(TaskFamily::Proto, offset, 22);
    const torch::Tensor centres = moved.blocks.front().parameters.at("centres");
    const torch::Tensor nearest = torch::cdist(moved.x, centres).argmin(-1);
    // Positions 0 and 1 are the anchors: labelled with their generating class.
    EXPECT_TRUE(torch::equal(nearest.narrow(1, 2, 18), moved.labels.narrow(1, 2, 18)));
  }
  {
    const auto [plain, moved] = withAndWithoutOffset(TaskFamily::Ave, offset, 23);
    const torch::Tensor w = moved.blocks.front().parameters.at("w");
    const torch::Tensor rule = (moved.x - w.unsqueeze(1)).sum(-1).le(0).to(torch::kLong);
    EXPECT_TRUE(torch::equal(rule.narrow(1, 2, 18), moved.labels.narrow(1, 2, 18)));
  }
  {
    const auto [plain, moved] = withAndWithoutOffset(TaskFamily::Sim, offset, 24);
    const torch::Tensor w = moved.blocks.front().parameters.at("W");
    const torch::Tensor u = (w / w.abs().pow(3).sum(-1, true).pow(1.0 / 3.0)).sum(2);
    EXPECT_TRUE(torch::equal(torch::einsum("bnd,bcd->bnc", {moved.x, u}).argmax(-1),
                             moved.labels));
  }
  {
    const auto [plain, moved] = withAndWithoutOffset(TaskFamily::Rad, offset, 25);
    const torch::Tensor r = moved.blocks.front().parameters.at("r");
    EXPECT_TRUE(torch::equal(moved.x.norm(2, {-1}).le(r.unsqueeze(1)).to(torch::kLong),
                             moved.labels));
    // Moved off the circle's centre, more inputs fall outside: class 0 grows.
    EXPECT_GT(fractionOfClassZero(moved), fractionOfClassZero(plain) + 0.05);
  }
}

// proto and ave move their whole task (centres, w) with the inputs, so the labels keep their
// law: they are the same labels, but for a float rounding that flips a near-tie.
TEST(TaskSampler, meanOffsetKeepsTheProtoAndAveLabelsInLaw) {
  for (TaskFamily family : {TaskFamily::Proto, TaskFamily::Ave}) {
    const auto [plain, moved] = withAndWithoutOffset(family, 3.0, 26);
    const double same = plain.labels.eq(moved.labels).to(torch::kDouble).mean().item<double>();
    EXPECT_GT(same, 0.999) << familyName(family);
  }
}
