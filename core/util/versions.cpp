#include "core/util/versions.h"

#include <torch/version.h>

namespace icl::core {

std::string libtorchVersion() { return TORCH_VERSION; }

}  // namespace icl::core
