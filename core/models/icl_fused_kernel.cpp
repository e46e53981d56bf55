#include "core/models/icl_fused_kernel.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <atomic>
#include <cstdint>

#include "core/models/icl_fused_abi.h"

namespace icl::core {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

bool cpuHasAvx2() {
#if defined(ICL_FUSED_HAVE_AVX2)
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
  return false;
#endif
}

bool cpuHasAvx512() {
#if defined(ICL_FUSED_HAVE_AVX2)
  return cpuHasAvx2() && __builtin_cpu_supports("avx512f");
#else
  return false;
#endif
}

// AVX-512 (16 tasks per vector) measured about 1.6x faster than AVX2 on the 2-core reference
// machine (docs/results.md, Performance).
const fused::KernelVariant* autoVariant() {
#if defined(ICL_FUSED_HAVE_AVX2)
  if (cpuHasAvx512()) {
    return &fused::kAvx512Variant;
  }
  if (cpuHasAvx2()) {
    return &fused::kAvx2Variant;
  }
#endif
  return &fused::kGenericVariant;
}

std::atomic<const fused::KernelVariant*> gVariant{nullptr};

const fused::KernelVariant& variant() {
  const fused::KernelVariant* chosen = gVariant.load();
  if (chosen == nullptr) {
    chosen = autoVariant();
    gVariant.store(chosen);
  }
  return *chosen;
}

/// Float scratch aligned to 128 bytes (two AVX-512 vectors), one per worker.
class Scratch {
 public:
  explicit Scratch(std::size_t floats) : storage_(floats + 32, 0.0f) {
    auto address = reinterpret_cast<std::uintptr_t>(storage_.data());
    data_ = storage_.data() + ((128 - address % 128) % 128) / sizeof(float);
  }
  float* data() { return data_; }

 private:
  std::vector<float> storage_;
  float* data_ = nullptr;
};

/// The flat inputs of one call: tokens [b][n][w] and all weights, contiguous float32.
struct Prepared {
  torch::Tensor tokens;
  std::vector<float> weights;
  fused::KernelArgs args;
};

Prepared prepare(const torch::Tensor& x, const torch::Tensor& targets, int64_t start,
                 const IclFusedShape& shape, const variable_list& parameters) {
  Prepared p;
  p.tokens = torch::cat({x, targets}, -1).contiguous();
  fused::KernelArgs& a = p.args;
  a.inputDim = shape.inputDim;
  a.labelWidth = shape.labelWidth;
  a.width = shape.inputDim + shape.labelWidth;
  a.hidden = shape.ffHidden;
  a.depth = shape.depth;
  a.batch = x.size(0);
  a.length = x.size(1);
  a.start = start;
  const int64_t count = fused::parameterCount(a);
  p.weights.reserve(static_cast<std::size_t>(count));
  for (const torch::Tensor& parameter : parameters) {
    const torch::Tensor flat = parameter.detach().contiguous();
    const float* data = flat.data_ptr<float>();
    p.weights.insert(p.weights.end(), data, data + flat.numel());
  }
  TORCH_CHECK(static_cast<int64_t>(p.weights.size()) == count, "iclFused: ",
              p.weights.size(), " parameter values, the shape needs ", count);
  a.tokens = p.tokens.data_ptr<float>();
  a.weights = p.weights.data();
  return p;
}

class IclFusedFunction : public torch::autograd::Function<IclFusedFunction> {
 public:
  static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x,
                               const torch::Tensor& targets, int64_t start, int64_t depth,
                               int64_t ffHidden, at::TensorList parameters) {
    const IclFusedShape shape{x.size(2), targets.size(2), depth, ffHidden};
    const variable_list params = parameters.vec();
    Prepared p = prepare(x, targets, start, shape, params);
    torch::Tensor logits =
        torch::empty({p.args.batch, p.args.length - start, p.args.labelWidth}, x.options());
    p.args.logits = logits.data_ptr<float>();
    const fused::KernelVariant& kernel = variant();
    const fused::KernelArgs& args = p.args;
    at::parallel_for(0, fused::groupCount(args, kernel.lanes), 1, [&](int64_t begin, int64_t end) {
      Scratch scratch(kernel.scratchFloats(args, false));
      for (int64_t group = begin; group < end; ++group) {
        kernel.forwardGroup(args, group, scratch.data());
      }
    });
    variable_list saved = {x, targets};
    saved.insert(saved.end(), params.begin(), params.end());
    ctx->save_for_backward(saved);
    ctx->saved_data["start"] = start;
    ctx->saved_data["depth"] = depth;
    ctx->saved_data["ff_hidden"] = ffHidden;
    return logits;
  }

  static variable_list backward(AutogradContext* ctx, variable_list gradOutputs) {
    const variable_list saved = ctx->get_saved_variables();
    const torch::Tensor& x = saved[0];
    const torch::Tensor& targets = saved[1];
    const variable_list params(saved.begin() + 2, saved.end());
    const int64_t start = ctx->saved_data["start"].toInt();
    const IclFusedShape shape{x.size(2), targets.size(2), ctx->saved_data["depth"].toInt(),
                              ctx->saved_data["ff_hidden"].toInt()};
    variable_list grads(5 + params.size());  // x, targets, start, depth, ffHidden: none
    if (!gradOutputs[0].defined()) {
      return grads;
    }
    Prepared p = prepare(x, targets, start, shape, params);
    const torch::Tensor gradLogits = gradOutputs[0].to(torch::kFloat).contiguous();
    p.args.gradLogits = gradLogits.data_ptr<float>();
    const fused::KernelVariant& kernel = variant();
    const fused::KernelArgs& args = p.args;
    const int64_t count = fused::parameterCount(args);
    const int64_t groups = fused::groupCount(args, kernel.lanes);
    std::vector<double> groupGradients(static_cast<std::size_t>(groups * count), 0.0);
    at::parallel_for(0, groups, 1, [&](int64_t begin, int64_t end) {
      Scratch scratch(kernel.scratchFloats(args, true));
      for (int64_t group = begin; group < end; ++group) {
        kernel.backwardGroup(args, group, scratch.data(), groupGradients.data() + group * count);
      }
    });
    std::vector<double> total(static_cast<std::size_t>(count), 0.0);
    for (int64_t group = 0; group < groups; ++group) {  // fixed order: thread-count independent
      const double* gradient = groupGradients.data() + group * count;
      for (int64_t index = 0; index < count; ++index) {
        total[index] += gradient[index];
      }
    }
    int64_t offset = 0;
    for (std::size_t index = 0; index < params.size(); ++index) {
      const torch::Tensor& parameter = params[index];
      torch::Tensor grad = torch::empty(parameter.sizes(), parameter.options());
      float* out = grad.data_ptr<float>();
      for (int64_t k = 0; k < parameter.numel(); ++k) {
        out[k] = static_cast<float>(total[offset + k]);
      }
      offset += parameter.numel();
      grads[5 + index] = grad;
    }
    return grads;
  }
};

/// Per-group sums of a kernel pass over the batch, added up in group order (so the result does
/// not depend on how groups were split over threads).
struct GroupSums {
  std::vector<double> gradient;  // parameterCount values
  double loss = 0.0;
};

/// The training loss and its parameter gradients in one kernel pass (lossGroup); the gradients
/// wait in the node until backward, which scales them by the incoming gradient.
class IclFusedLossFunction : public torch::autograd::Function<IclFusedLossFunction> {
 public:
  static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x,
                               const torch::Tensor& targets, int64_t start, int64_t depth,
                               int64_t ffHidden, double divisor, at::TensorList parameters) {
    const IclFusedShape shape{x.size(2), targets.size(2), depth, ffHidden};
    const variable_list params = parameters.vec();
    Prepared p = prepare(x, targets, start, shape, params);
    const fused::KernelVariant& kernel = variant();
    const fused::KernelArgs& args = p.args;
    const int64_t count = fused::parameterCount(args);
    const int64_t groups = fused::groupCount(args, kernel.lanes);
    std::vector<double> groupGradients(static_cast<std::size_t>(groups * count), 0.0);
    std::vector<double> groupLosses(static_cast<std::size_t>(groups), 0.0);
    at::parallel_for(0, groups, 1, [&](int64_t begin, int64_t end) {
      Scratch scratch(kernel.scratchFloats(args, true));
      for (int64_t group = begin; group < end; ++group) {
        kernel.lossGroup(args, group, scratch.data(), groupGradients.data() + group * count,
                         groupLosses.data() + group);
      }
    });
    // episodeLoss: the sum over tasks and positions divided by b x divisor.
    const double scale = 1.0 / (static_cast<double>(args.batch) * divisor);
    std::vector<double> total(static_cast<std::size_t>(count), 0.0);
    double loss = 0.0;
    for (int64_t group = 0; group < groups; ++group) {  // fixed order: thread-count independent
      const double* gradient = groupGradients.data() + group * count;
      for (int64_t index = 0; index < count; ++index) {
        total[index] += gradient[index];
      }
      loss += groupLosses[group];
    }
    std::vector<torch::Tensor> grads;
    int64_t offset = 0;
    for (const torch::Tensor& parameter : params) {
      torch::Tensor grad = torch::empty(parameter.sizes(), parameter.options());
      float* out = grad.data_ptr<float>();
      for (int64_t k = 0; k < parameter.numel(); ++k) {
        out[k] = static_cast<float>(total[offset + k] * scale);
      }
      offset += parameter.numel();
      grads.push_back(grad);
    }
    ctx->saved_data["grads"] = grads;
    return torch::tensor(static_cast<float>(loss * scale), x.options());
  }

  static variable_list backward(AutogradContext* ctx, variable_list gradOutputs) {
    const std::vector<torch::Tensor> grads = ctx->saved_data["grads"].toTensorVector();
    variable_list result(6 + grads.size());  // x, targets, start, depth, ffHidden, divisor: none
    if (!gradOutputs[0].defined()) {
      return result;
    }
    const torch::Tensor outer = gradOutputs[0].to(torch::kFloat);
    for (std::size_t index = 0; index < grads.size(); ++index) {
      result[6 + index] = grads[index] * outer;
    }
    return result;
  }
};

}  // namespace

bool iclFusedSupports(const torch::Tensor& x, const torch::Tensor& targets) {
  return x.device().is_cpu() && targets.device().is_cpu() &&
         x.scalar_type() == torch::kFloat && targets.scalar_type() == torch::kFloat &&
         !x.requires_grad() && !targets.requires_grad();
}

namespace {

/// @throws c10::Error naming the first input that does not fit the fused kernel
void checkInputs(const char* caller, const torch::Tensor& x, const torch::Tensor& targets,
                 int64_t start, const IclFusedShape& shape,
                 const std::vector<torch::Tensor>& parameters) {
  TORCH_CHECK(iclFusedSupports(x, targets), caller,
              ": needs CPU float32 inputs that require no gradient");
  TORCH_CHECK(x.dim() == 3 && targets.dim() == 3 && x.size(2) == shape.inputDim &&
                  targets.size(2) == shape.labelWidth && x.size(1) == targets.size(1) &&
                  x.size(0) == targets.size(0),
              caller, ": x [b, n, d] and targets [b, n, 2c] do not match");
  TORCH_CHECK(shape.inputDim + shape.labelWidth <= fused::kMaxWidth, caller,
              ": token width above ", fused::kMaxWidth);
  TORCH_CHECK(start >= 0 && start < x.size(1), caller, ": start ", start, " outside [0, ",
              x.size(1), ")");
  TORCH_CHECK(static_cast<int64_t>(parameters.size()) == 7 * shape.depth + 1, caller,
              ": expected ", 7 * shape.depth + 1, " parameters, got ", parameters.size());
  const int64_t w = shape.inputDim + shape.labelWidth;
  const int64_t h = shape.ffHidden;
  const std::vector<std::vector<int64_t>> layerShapes = {{w, w}, {w, w}, {w, w}, {h, w},
                                                         {h},    {w, h}, {w}};
  for (std::size_t index = 0; index < parameters.size(); ++index) {
    const torch::Tensor& parameter = parameters[index];
    const std::vector<int64_t> expected = index + 1 == parameters.size()
                                              ? std::vector<int64_t>{shape.labelWidth, w}
                                              : layerShapes[index % 7];
    TORCH_CHECK(parameter.device().is_cpu() && parameter.scalar_type() == torch::kFloat &&
                    parameter.sizes().vec() == expected,
                caller, ": parameter ", index, " must be CPU float32 of shape ", expected,
                ", got ", parameter.sizes());
  }
}

}  // namespace

torch::Tensor iclFusedForwardPrefixes(const torch::Tensor& x, const torch::Tensor& targets,
                                      int64_t start, const IclFusedShape& shape,
                                      const std::vector<torch::Tensor>& parameters) {
  checkInputs("iclFusedForwardPrefixes", x, targets, start, shape, parameters);
  return IclFusedFunction::apply(x, targets, start, shape.depth, shape.ffHidden,
                                 at::TensorList(parameters));
}

torch::Tensor iclFusedTrainingLoss(const torch::Tensor& x, const torch::Tensor& targets,
                                   int64_t start, double divisor, const IclFusedShape& shape,
                                   const std::vector<torch::Tensor>& parameters) {
  checkInputs("iclFusedTrainingLoss", x, targets, start, shape, parameters);
  TORCH_CHECK(divisor > 0.0, "iclFusedTrainingLoss: divisor must be > 0, got ", divisor);
  return IclFusedLossFunction::apply(x, targets, start, shape.depth, shape.ffHidden, divisor,
                                     at::TensorList(parameters));
}

bool setIclFusedIsa(IclFusedIsa isa) {
  switch (isa) {
    case IclFusedIsa::Auto:
      gVariant.store(autoVariant());
      return true;
    case IclFusedIsa::Generic:
      gVariant.store(&fused::kGenericVariant);
      return true;
    case IclFusedIsa::Avx2:
#if defined(ICL_FUSED_HAVE_AVX2)
      if (cpuHasAvx2()) {
        gVariant.store(&fused::kAvx2Variant);
        return true;
      }
#endif
      return false;
    case IclFusedIsa::Avx512:
#if defined(ICL_FUSED_HAVE_AVX2)
      if (cpuHasAvx512()) {
        gVariant.store(&fused::kAvx512Variant);
        return true;
      }
#endif
      return false;
  }
  return false;
}

std::vector<float> iclFusedMath(IclFusedMath function, const std::vector<float>& x) {
  std::vector<float> y(x.size());
  variant().evaluateMath(function == IclFusedMath::Exp ? 0 : 1, x.data(), y.data(),
                         static_cast<int64_t>(x.size()));
  return y;
}

std::string iclFusedIsaName() { return variant().name; }

}  // namespace icl::core
