// The fused ICL kernel compiled with -mavx2 -mfma (core/CMakeLists.txt); the dispatcher in
// icl_fused_kernel.cpp calls it only when the CPU reports both. See icl_fused_kernel_impl.h.
#define ICL_FUSED_NS avx2
#define ICL_FUSED_VARIANT kAvx2Variant
#define ICL_FUSED_VARIANT_NAME "avx2+fma"
#include "core/models/icl_fused_kernel_impl.h"
