// The fused ICL kernel's vectorised exp and erf (core/models/icl_fused_simd.h; #13 changed how
// exp rounds) against the C library in double over dense grids, on every instruction-set
// variant: the kernel's accuracy rests on them.
#include <gtest/gtest.h>

#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "core/models/icl_fused_kernel.h"
#include "tests/core/support/icl_fused_cases.h"

using namespace icl::core;

namespace {

constexpr double kUlp = 1.0 / 16777216.0;  // 2^-24: float's unit roundoff

/// A dense grid over [from, to]: @p count evenly spaced floats.
std::vector<float> grid(double from, double to, int count) {
  std::vector<float> x(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    x[static_cast<std::size_t>(i)] = static_cast<float>(from + (to - from) * i / (count - 1));
  }
  return x;
}

class IclFusedMathVariant : public ::testing::TestWithParam<IclFusedIsa> {
 protected:
  void SetUp() override {
    if (!setIclFusedIsa(GetParam())) {
      GTEST_SKIP() << "this CPU (or build) lacks this instruction set";
    }
  }
  void TearDown() override { setIclFusedIsa(IclFusedIsa::Auto); }
};

std::string isaName(const ::testing::TestParamInfo<IclFusedIsa>& info) {
  return icl::test::isaLabel(info.param);
}

}  // namespace

INSTANTIATE_TEST_SUITE_P(Variants, IclFusedMathVariant,
                         ::testing::Values(IclFusedIsa::Generic, IclFusedIsa::Avx2,
                                           IclFusedIsa::Avx512),
                         isaName);

// Every exp in the kernel takes x <= 0 (softmax shifted by its maximum, GELU's -z^2/2), but
// the function is checked on its whole clamp-free range. Relative error within 4 ulp of the
// exact value: Cephes' polynomial is ~1 ulp, plus the rounding of the reduction and scaling.
TEST_P(IclFusedMathVariant, expIsAccurateToAFewUlp) {
  const std::vector<float> x = grid(-87.0, 88.0, 2000001);
  const std::vector<float> y = iclFusedMath(IclFusedMath::Exp, x);
  double worst = 0.0;
  float at = 0.0f;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double exact = std::exp(static_cast<double>(x[i]));
    const double error = std::abs(static_cast<double>(y[i]) - exact) / exact;
    if (error > worst) {
      worst = error;
      at = x[i];
    }
  }
  EXPECT_LE(worst, 4.0 * kUlp) << "worst relative error " << worst / kUlp << " ulp at x = " << at;
  std::cout << "exp: worst relative error " << worst / kUlp << " ulp at x = " << at << "\n";
  // Clamped ends: far below the range gives exp(-87.3) (tiny, not NaN or garbage).
  const std::vector<float> ends = iclFusedMath(IclFusedMath::Exp, {-1000.0f, -87.3f, 0.0f});
  EXPECT_GE(ends[0], 0.0f);
  EXPECT_LT(ends[0], 1e-37f);
  EXPECT_EQ(ends[2], 1.0f);
}

// GELU uses erf(z / sqrt 2) over all z. The model tests' float32 bounds (tst_icl_fused.cpp)
// allow kSafety = 8 roundings per operation, so that is the budget here: absolute error within
// 8 ulp of 1 everywhere (erf's values are at most 1) and relative error within 8 ulp where
// |x| > 1e-3 (near 0 erf ~ x). Eigen's rational approximation, unchanged by #13, uses ~7.
TEST_P(IclFusedMathVariant, erfIsAccurateToAFewUlp) {
  const std::vector<float> x = grid(-6.0, 6.0, 2000001);
  const std::vector<float> y = iclFusedMath(IclFusedMath::Erf, x);
  double worstAbsolute = 0.0;
  double worstRelative = 0.0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double exact = std::erf(static_cast<double>(x[i]));
    const double error = std::abs(static_cast<double>(y[i]) - exact);
    worstAbsolute = std::max(worstAbsolute, error);
    if (std::abs(x[i]) > 1e-3) {
      worstRelative = std::max(worstRelative, error / std::abs(exact));
    }
  }
  EXPECT_LE(worstAbsolute, 8.0 * kUlp) << worstAbsolute / kUlp << " ulp";
  EXPECT_LE(worstRelative, 8.0 * kUlp) << worstRelative / kUlp << " ulp";
  std::cout << "erf: worst absolute error " << worstAbsolute / kUlp << " ulp, relative "
            << worstRelative / kUlp << " ulp\n";
}
