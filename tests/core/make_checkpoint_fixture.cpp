// Writes one cross-version checkpoint fixture (tests/core/support/checkpoint_fixture.h) with
// this build's LibTorch. Not a test; run once per LibTorch version when the fixture changes:
//   ./build/tests/core/icl-make-checkpoint-fixture tests/core/data/icl-depth8-libtorch-1.13.pt
#include <torch/torch.h>

#include <iostream>

#include "core/models/checkpoint.h"
#include "core/models/learner_factory.h"
#include "tests/core/support/checkpoint_fixture.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: icl-make-checkpoint-fixture OUT.pt\n";
    return 2;
  }
  const auto learner = icl::core::makeLearner(icl::core::LearnerKind::Icl,
                                              icl::test::checkpointFixtureConfig(), torch::kCPU);
  {
    torch::NoGradGuard noGrad;
    int64_t index = 0;
    for (torch::Tensor& parameter : learner->module().parameters()) {
      parameter.copy_(icl::test::checkpointFixtureValues(index++, parameter));
    }
  }
  const icl::core::Status saved = icl::core::saveCheckpoint(*learner, argv[1]);
  if (!saved.ok()) {
    std::cerr << saved.error() << "\n";
    return 1;
  }
  std::cout << "wrote " << argv[1] << " with LibTorch " << TORCH_VERSION << "\n";
  return 0;
}
