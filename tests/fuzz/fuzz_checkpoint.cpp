// Fuzzes loadCheckpoint, which the predictor and the trainers use to read <learner>-*.pt.
// Input: the checkpoint file's bytes, loaded into a small learner whose module has what the
// real ones have (nested modules, parameters, a buffer), so the fuzzer links only
// core/models/checkpoint.cpp and LibTorch instead of all of icl_core.
// ICL_FUZZ_WRITE_SEED=FILE makes the fuzzer save this learner's checkpoint there first (the
// seed corpus/fuzz_checkpoint/valid.pt was made so); ICL_FUZZ_VERBOSE=1 prints each result.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

#include <torch/torch.h>

#include "core/models/checkpoint.h"

namespace {

class TinyNet : public torch::nn::Module {
 public:
  TinyNet() {
    encoder = register_module(
        "encoder", torch::nn::Sequential(torch::nn::Linear(6, 8), torch::nn::ReLU(),
                                         torch::nn::Linear(8, 4)));
    norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({4})));
    scale = register_buffer("scale", torch::ones({1}));
  }
  torch::nn::Sequential encoder{nullptr};
  torch::nn::LayerNorm norm{nullptr};
  torch::Tensor scale;
};

class TinyLearner : public icl::core::Learner {
 public:
  icl::core::LearnerKind kind() const override { return icl::core::LearnerKind::Cnp; }
  torch::nn::Module& module() override { return *net_; }
  torch::Tensor forwardPrefixes(const torch::Tensor& x, const torch::Tensor&, int64_t) override {
    return x;
  }
  torch::Tensor forwardQueries(const torch::Tensor&, const torch::Tensor&,
                               const torch::Tensor& queryX) override {
    return queryX;
  }
  bool outputsProbabilities() const override { return false; }

 private:
  std::shared_ptr<TinyNet> net_ = std::make_shared<TinyNet>();
};

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  torch::set_num_threads(1);
  if (const char* seed = std::getenv("ICL_FUZZ_WRITE_SEED")) {
    TinyLearner learner;
    const icl::core::Status saved = icl::core::saveCheckpoint(learner, seed);
    std::cerr << "fuzz_checkpoint: seed " << seed << ": "
              << (saved ? std::string("written") : saved.error()) << "\n";
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  TinyLearner learner;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  const icl::core::Status loaded = icl::core::loadCheckpoint(learner, in, "fuzz.pt");
  static const bool verbose = std::getenv("ICL_FUZZ_VERBOSE") != nullptr;  // seed checks
  if (verbose) {
    std::cerr << (loaded ? std::string("loaded") : loaded.error()) << "\n";
  }
  if (!loaded && loaded.error().find("fuzz.pt") == std::string::npos) {
    std::cerr << "error does not name the file: " << loaded.error() << "\n";
    std::abort();
  }
  return 0;
}
