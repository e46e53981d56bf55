#pragma once
// What the UI may ask about devices without including LibTorch headers.

namespace icl::core {

/// @brief Whether this LibTorch build sees a CUDA device (for the UI's device list).
bool cudaAvailable();

}  // namespace icl::core
