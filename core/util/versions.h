#pragma once
// Versions for provenance records and --version, without pulling torch headers into callers.

#include <string>

namespace icl::core {

/// @brief The LibTorch version this build compiled against ("1.13.1", "2.5.1", ...).
std::string libtorchVersion();

}  // namespace icl::core
