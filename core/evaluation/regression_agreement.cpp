#include "core/evaluation/regression_agreement.h"

namespace icl::core {

const std::vector<LearnerId>& agreementBaselines() {
  static const std::vector<LearnerId> kBaselines = {LearnerId::LeastSquares, LearnerId::Knn3,
                                                    LearnerId::Averaging};
  return kBaselines;
}

std::string predictionDifferenceMetric(LearnerId baseline) {
  return kPredictionDifferencePrefix + learnerName(baseline);
}

std::optional<LearnerId> predictionDifferenceBaseline(const std::string& metric) {
  for (LearnerId baseline : agreementBaselines()) {
    if (metric == predictionDifferenceMetric(baseline)) {
      return baseline;
    }
  }
  return std::nullopt;
}

}  // namespace icl::core
