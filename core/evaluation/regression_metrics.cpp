#include "core/evaluation/regression_metrics.h"

#include <torch/torch.h>

#include <Eigen/Dense>

#include <algorithm>
#include <numeric>
#include <random>

namespace icl::core {

namespace {

using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;

struct PromptView {
  torch::Tensor xs;  // [b, n, d] double, CPU, contiguous
  torch::Tensor ys;  // [b, n]
  int64_t b, n, d;
};

PromptView view(const RegressionPrompts& prompts) {
  PromptView v;
  v.xs = prompts.xs.to(torch::kCPU, torch::kDouble).contiguous();
  v.ys = prompts.ys.to(torch::kCPU, torch::kDouble).contiguous();
  v.b = v.xs.size(0);
  v.n = v.xs.size(1);
  v.d = v.xs.size(2);
  return v;
}

// Percentile with linear interpolation between order statistics (numpy's default).
double percentile(std::vector<double> values, double q) {
  std::sort(values.begin(), values.end());
  const double position = q * static_cast<double>(values.size() - 1);
  const auto lower = static_cast<std::size_t>(position);
  const std::size_t upper = std::min(lower + 1, values.size() - 1);
  const double fraction = position - static_cast<double>(lower);
  return values[lower] + fraction * (values[upper] - values[lower]);
}

}  // namespace

torch::Tensor leastSquaresPredictions(const RegressionPrompts& prompts) {
  const PromptView v = view(prompts);
  torch::Tensor out = torch::zeros({v.b, v.n}, torch::kDouble);
  auto xs = v.xs.accessor<double, 3>();
  auto ys = v.ys.accessor<double, 2>();
  auto pred = out.accessor<double, 2>();
  for (int64_t p = 0; p < v.b; ++p) {
    for (int64_t i = 1; i < v.n; ++i) {
      Matrix x(i, v.d);
      Vector y(i);
      for (int64_t j = 0; j < i; ++j) {
        for (int64_t c = 0; c < v.d; ++c) {
          x(j, c) = xs[p][j][c];
        }
        y(j) = ys[p][j];
      }
      const Vector w = x.completeOrthogonalDecomposition().solve(y);
      double value = 0.0;
      for (int64_t c = 0; c < v.d; ++c) {
        value += xs[p][i][c] * w(c);
      }
      pred[p][i] = value;
    }
  }
  return out.to(prompts.ys.dtype());
}

torch::Tensor nearestNeighbourPredictions(const RegressionPrompts& prompts, int64_t k) {
  const PromptView v = view(prompts);
  torch::Tensor out = torch::zeros({v.b, v.n}, torch::kDouble);
  auto xs = v.xs.accessor<double, 3>();
  auto ys = v.ys.accessor<double, 2>();
  auto pred = out.accessor<double, 2>();
  std::vector<std::pair<double, int64_t>> distances;
  for (int64_t p = 0; p < v.b; ++p) {
    for (int64_t i = 1; i < v.n; ++i) {
      distances.clear();
      for (int64_t j = 0; j < i; ++j) {
        double sq = 0.0;
        for (int64_t c = 0; c < v.d; ++c) {
          const double diff = xs[p][i][c] - xs[p][j][c];
          sq += diff * diff;
        }
        distances.emplace_back(sq, j);
      }
      const auto used = static_cast<std::size_t>(std::min<int64_t>(k, i));
      // Pairs compare by distance, then index: ties go to the earlier point.
      std::partial_sort(distances.begin(), distances.begin() + static_cast<std::ptrdiff_t>(used),
                        distances.end());
      double sum = 0.0;
      for (std::size_t m = 0; m < used; ++m) {
        sum += ys[p][distances[m].second];
      }
      pred[p][i] = sum / static_cast<double>(used);
    }
  }
  return out.to(prompts.ys.dtype());
}

torch::Tensor averagingPredictions(const RegressionPrompts& prompts) {
  const torch::Tensor xs = prompts.xs.to(torch::kDouble);
  const torch::Tensor ys = prompts.ys.to(torch::kDouble);
  const int64_t n = xs.size(1);
  // Running sums of x_j y_j over j < i: [b, n, d], shifted by one position.
  const torch::Tensor products = xs * ys.unsqueeze(2);
  torch::Tensor before = torch::cumsum(products, 1) - products;
  const torch::Tensor counts =
      torch::arange(n, torch::TensorOptions().dtype(torch::kDouble)).clamp_min(1.0);
  before = before / counts.view({1, n, 1});
  return (before * xs).sum(2).to(prompts.ys.dtype());
}

torch::Tensor zeroPredictions(const RegressionPrompts& prompts) {
  return torch::zeros_like(prompts.ys);
}

std::vector<EvalRecord> squaredErrorRecords(const torch::Tensor& errors,
                                            const EvalRecord& prototype, int64_t resamples,
                                            uint64_t seed) {
  const torch::Tensor e = errors.to(torch::kCPU, torch::kDouble).contiguous();
  const int64_t b = e.size(0);
  const int64_t n = e.size(1);
  auto values = e.accessor<double, 2>();
  // One set of resampled prompt indices, shared by every position (as resampling prompts).
  std::mt19937_64 generator(seed);
  std::vector<std::vector<int64_t>> draws(static_cast<std::size_t>(resamples));
  for (auto& draw : draws) {
    draw.resize(static_cast<std::size_t>(b));
    for (int64_t& index : draw) {
      // Modulo keeps the draw identical across standard libraries; the bias is < b / 2^64.
      index = static_cast<int64_t>(generator() % static_cast<uint64_t>(b));
    }
  }
  std::vector<EvalRecord> records;
  std::vector<double> means(static_cast<std::size_t>(resamples));
  for (int64_t i = 0; i < n; ++i) {
    double total = 0.0;
    for (int64_t p = 0; p < b; ++p) {
      total += values[p][i];
    }
    for (std::size_t r = 0; r < draws.size(); ++r) {
      double sum = 0.0;
      for (int64_t index : draws[r]) {
        sum += values[index][i];
      }
      means[r] = sum / static_cast<double>(b);
    }
    EvalRecord record = prototype;
    record.shots = i;
    record.metric = "sq_error";
    record.value = total / static_cast<double>(b);
    record.ciLow = percentile(means, 0.05);
    record.ciHigh = percentile(means, 0.95);
    record.nTasks = b;
    records.push_back(record);
  }
  return records;
}

std::vector<EvalRecord> predictionDifferenceRecords(const torch::Tensor& predictions,
                                                    const torch::Tensor& reference, double d,
                                                    const EvalRecord& prototype,
                                                    const std::string& metric, int64_t resamples,
                                                    uint64_t seed) {
  TORCH_CHECK(predictions.sizes() == reference.sizes(),
              "predictionDifferenceRecords: predictions ", predictions.sizes(),
              " and reference ", reference.sizes(), " differ in shape");
  TORCH_CHECK(d > 0.0, "predictionDifferenceRecords: d must be positive, got ", d);
  // In double: two close float predictions must not lose their difference to rounding.
  const torch::Tensor differences =
      (predictions.to(torch::kCPU, torch::kDouble) - reference.to(torch::kCPU, torch::kDouble))
          .square() /
      d;
  std::vector<EvalRecord> records = squaredErrorRecords(differences, prototype, resamples, seed);
  for (EvalRecord& record : records) {
    record.metric = metric;
  }
  return records;
}

double meanValue(const std::vector<EvalRecord>& records) {
  if (records.empty()) {
    return 0.0;
  }
  double sum = 0.0;
  for (const EvalRecord& record : records) {
    sum += record.value;
  }
  return sum / static_cast<double>(records.size());
}

}  // namespace icl::core
