#include "core/evaluation/probe.h"

#include <torch/torch.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace icl::core {

std::vector<double> agreementByShot(const torch::Tensor& predictionsA,
                                    const torch::Tensor& predictionsB) {
  TORCH_CHECK(predictionsA.dim() == 2 && predictionsA.sizes() == predictionsB.sizes(),
              "agreementByShot: two [b, n] predictions of one shape expected, got ",
              predictionsA.sizes(), " and ", predictionsB.sizes());
  if (predictionsA.size(0) == 0) {
    throw std::invalid_argument("agreementByShot: no tasks (b = 0), agreement undefined");
  }
  const torch::Tensor agreement =
      predictionsA.eq(predictionsB.to(predictionsA.device())).to(torch::kFloat64).mean(0).cpu();
  const double* values = agreement.data_ptr<double>();
  return std::vector<double>(values, values + agreement.numel());
}

double chanceAgreement(double accuracyA, double accuracyB, int64_t classes) {
  if (classes < 2) {
    throw std::invalid_argument("chanceAgreement: classes = " + std::to_string(classes) +
                                ", expected >= 2");
  }
  for (const double accuracy : {accuracyA, accuracyB}) {
    if (!(accuracy >= 0.0 && accuracy <= 1.0)) {  // also rejects NaN
      throw std::invalid_argument("chanceAgreement: accuracy " + std::to_string(accuracy) +
                                  " outside [0, 1]");
    }
  }
  // Both right, or both wrong on the same one of the C - 1 other classes, each equally likely.
  return accuracyA * accuracyB +
         (1.0 - accuracyA) * (1.0 - accuracyB) / static_cast<double>(classes - 1);
}

}  // namespace icl::core
