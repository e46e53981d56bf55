#include "core/tasks/task_sampler.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace icl::core {

namespace {
// Standard deviation of the rad inputs relative to r: 1/sqrt(2 ln 2) ~ 0.849 balances the two
// classes for d = 2 (design.md §2.6); upstream writes the rounded constant.
constexpr double kRadSpread = 0.849;
}  // namespace

Episode Episode::to(const torch::Device& device) const {
  Episode moved = *this;
  moved.x = x.to(device);
  moved.labels = labels.to(device);
  moved.targets = targets.to(device);
  return moved;
}

Episode Episode::slice(int64_t begin, int64_t count) const {
  Episode part;
  part.x = x.narrow(0, begin, count);
  part.labels = labels.narrow(0, begin, count);
  part.targets = targets.narrow(0, begin, count);
  return part;
}

TaskSampler::TaskSampler(const TaskConfig& config, uint64_t seed)
    : config_(config), generator_(at::detail::createCPUGenerator(seed)) {}

torch::Tensor TaskSampler::normal(at::IntArrayRef sizes) {
  return torch::randn(sizes, generator_, torch::kFloat32);
}

torch::Tensor TaskSampler::moved(torch::Tensor location) const {
  // Adding 0 would keep the values but not the sign of a -0.0: skip it, so the draws of a
  // config without an offset stay bit for bit what they were.
  return config_.meanOffset == 0.0 ? location : location + config_.meanOffset;
}

bool TaskSampler::coin() {
  return torch::rand({1}, generator_, torch::kFloat32).item<float>() < 0.5F;
}

std::vector<std::pair<TaskFamily, int64_t>> TaskSampler::mixtureCounts(
    const std::map<TaskFamily, double>& weights, int64_t tasks) {
  double total = 0.0;
  for (TaskFamily family : baseFamilies()) {
    const auto found = weights.find(family);
    total += found == weights.end() ? 0.0 : found->second;
  }
  if (!(total > 0.0)) {
    throw std::invalid_argument("mixture weights sum to 0");
  }
  std::vector<std::pair<TaskFamily, int64_t>> counts;
  std::vector<std::pair<double, std::size_t>> remainders;
  int64_t assigned = 0;
  for (TaskFamily family : baseFamilies()) {
    const auto found = weights.find(family);
    const double weight = found == weights.end() ? 0.0 : found->second;
    const double exact = static_cast<double>(tasks) * weight / total;
    const auto whole = static_cast<int64_t>(std::floor(exact));
    counts.emplace_back(family, whole);
    remainders.emplace_back(weight > 0.0 ? exact - static_cast<double>(whole) : -1.0,
                            counts.size() - 1);
    assigned += whole;
  }
  // Largest remainder first; ties go to the earlier family so the rounding is deterministic.
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; assigned < tasks; ++i, ++assigned) {
    counts[remainders[i % remainders.size()].second].second += 1;
  }
  return counts;
}

Episode TaskSampler::sample(TaskFamily family, int64_t tasks, int64_t length, TaskSplit split) {
  if (tasks < 1 || length < 1) {
    throw std::invalid_argument("TaskSampler::sample: need tasks >= 1 and length >= 1, got " +
                                std::to_string(tasks) + " and " + std::to_string(length));
  }
  if (family != TaskFamily::Mix) {
    return sampleBlock(family, tasks, length, split);
  }
  std::vector<torch::Tensor> xs;
  std::vector<torch::Tensor> labels;
  std::vector<FamilyBlock> blocks;
  int64_t begin = 0;
  for (const auto& [member, count] : mixtureCounts(config_.mixture, tasks)) {
    if (count == 0) {
      continue;
    }
    Episode part = sampleBlock(member, count, length, split);
    xs.push_back(part.x);
    labels.push_back(part.labels);
    FamilyBlock block = part.blocks.front();
    block.begin = begin;
    blocks.push_back(std::move(block));
    begin += count;
  }
  Episode mixed;
  mixed.x = torch::cat(xs, 0);
  mixed.labels = torch::cat(labels, 0);
  mixed.targets = torch::one_hot(mixed.labels, 2 * config_.classes).to(torch::kFloat32);
  mixed.blocks = std::move(blocks);
  return mixed;
}

Episode TaskSampler::sampleBlock(TaskFamily family, int64_t tasks, int64_t length,
                                 TaskSplit split) {
  const bool train = split == TaskSplit::Train;
  switch (family) {
    case TaskFamily::Sim:
      return sampleSim(tasks, length, train ? config_.sim.ncTrain : config_.sim.ncTest);
    case TaskFamily::Proto:
      return sampleProto(tasks, length,
                         train ? config_.proto.anchorsTrain : config_.proto.anchorsTest);
    case TaskFamily::Ave:
      return sampleAve(tasks, length, train ? config_.ave.anchorsTrain : config_.ave.anchorsTest);
    case TaskFamily::Rad:
      return sampleRad(tasks, length);
    case TaskFamily::Mix:
      break;
  }
  throw std::logic_error("sampleBlock: a mixture is not a single family");
}

Episode TaskSampler::finish(torch::Tensor x, torch::Tensor labels, TaskFamily family,
                            std::map<std::string, torch::Tensor> parameters) const {
  Episode episode;
  episode.x = std::move(x);
  episode.labels = std::move(labels);
  episode.targets = torch::one_hot(episode.labels, 2 * config_.classes).to(torch::kFloat32);
  episode.blocks.push_back(
      FamilyBlock{family, 0, episode.x.size(0), std::move(parameters)});
  return episode;
}

// Spec §2.1: u_k = sum_m W_km / ||W_km||_p; label = argmax_k <x/||x||, u_k>.
Episode TaskSampler::sampleSim(int64_t tasks, int64_t length, int64_t nc) {
  const int64_t c = config_.classes;
  const int64_t d = config_.d;
  torch::Tensor w = normal({tasks, c, nc, d});
  torch::Tensor x = moved(normal({tasks, length, d}) * config_.sigma);
  torch::Tensor prototypes = (w / w.norm(config_.normP, {-1}, true)).sum(2);  // [b, c, d]
  torch::Tensor direction = x / x.norm(2, {-1}, true);
  torch::Tensor scores = torch::bmm(direction, prototypes.transpose(1, 2));  // [b, n, c]
  return finish(x, scores.argmax(-1), TaskFamily::Sim, {{"W", w}});
}

// Spec §2.2: generating class of position p is p mod C, then one permutation shared by the
// whole batch (§7.9); the label is the nearest centre. §2.4: the test version puts one sample
// per class first, labelled with its generating class, in a batch-level random order.
Episode TaskSampler::sampleProto(int64_t tasks, int64_t length, bool anchors) {
  const int64_t c = config_.classes;
  const int64_t d = config_.d;
  torch::Tensor centres = moved(normal({tasks, c, d}));
  torch::Tensor generating = torch::arange(length, torch::kLong).remainder(c);
  torch::Tensor permutation = torch::randperm(length, generator_, torch::kLong);
  generating = generating.index_select(0, permutation);
  torch::Tensor x = centres.index_select(1, generating) + normal({tasks, length, d}) * config_.sigma;
  torch::Tensor distances = (x.unsqueeze(2) - centres.unsqueeze(1)).pow(2).sum(-1);  // [b,n,c]
  torch::Tensor labels = distances.argmin(-1);
  std::map<std::string, torch::Tensor> parameters = {{"centres", centres},
                                                     {"permutation", permutation}};
  if (anchors) {
    torch::Tensor order = torch::randperm(c, generator_, torch::kLong);
    torch::Tensor anchorX =
        centres.index_select(1, order) + normal({tasks, c, d}) * config_.sigma;
    x = torch::cat({anchorX, x.narrow(1, c, length - c)}, 1);
    labels = torch::cat({order.unsqueeze(0).expand({tasks, c}), labels.narrow(1, c, length - c)},
                        1);
    parameters["anchor_order"] = order;
  }
  return finish(x, labels, TaskFamily::Proto, std::move(parameters));
}

// Spec §2.3: x ~ N(w, sigma^2 I); label 0 iff sum(x - w) > 0. §2.4 anchors: a0 near w - offset
// labelled 0 and a1 near w + offset labelled 1 (the rule would say the opposite, §7.8), one
// batch-level coin swapping their places.
Episode TaskSampler::sampleAve(int64_t tasks, int64_t length, bool anchors) {
  const int64_t d = config_.d;
  torch::Tensor w = moved(normal({tasks, d}));
  torch::Tensor x = w.unsqueeze(1) + normal({tasks, length, d}) * config_.sigma;
  auto ruleLabels = [&w](const torch::Tensor& points) {
    return (points - w.unsqueeze(1)).sum(-1).le(0).to(torch::kLong);
  };
  torch::Tensor labels = ruleLabels(x);
  std::map<std::string, torch::Tensor> parameters = {{"w", w}};
  if (anchors) {
    const double offset = config_.ave.anchorOffset;
    const double spread = config_.ave.anchorStd;
    torch::Tensor below = w - offset + normal({tasks, d}) * spread;
    torch::Tensor above = w + offset + normal({tasks, d}) * spread;
    const bool swap = coin();
    torch::Tensor anchorX = swap ? torch::stack({above, below}, 1) : torch::stack({below, above}, 1);
    torch::Tensor anchorLabels;
    if (config_.ave.literalAnchorLabels) {
      anchorLabels = torch::tensor(swap ? std::vector<int64_t>{1, 0} : std::vector<int64_t>{0, 1},
                                   torch::kLong)
                         .unsqueeze(0)
                         .expand({tasks, 2});
    } else {
      anchorLabels = ruleLabels(anchorX);
    }
    x = torch::cat({anchorX, x.narrow(1, 2, length - 2)}, 1);
    labels = torch::cat({anchorLabels, labels.narrow(1, 2, length - 2)}, 1);
    parameters["anchor_swap"] = torch::tensor(static_cast<int64_t>(swap), torch::kLong);
  }
  return finish(x, labels, TaskFamily::Ave, std::move(parameters));
}

// Spec §2.6: r ~ U(r_min, r_max); x ~ N(0, (0.849 r)^2 I); label 0 iff ||x|| > r.
Episode TaskSampler::sampleRad(int64_t tasks, int64_t length) {
  const int64_t d = config_.d;
  torch::Tensor r = config_.rad.rMin + (config_.rad.rMax - config_.rad.rMin) *
                                           torch::rand({tasks}, generator_, torch::kFloat32);
  torch::Tensor x = moved(normal({tasks, length, d}) * (kRadSpread * r).view({tasks, 1, 1}));
  torch::Tensor labels = x.norm(2, {-1}).le(r.unsqueeze(1)).to(torch::kLong);
  return finish(x, labels, TaskFamily::Rad, {{"r", r}});
}

}  // namespace icl::core
