// The fused ICL kernel with 16 tasks per AVX-512 vector, compiled with -mavx512f -mfma
// (core/CMakeLists.txt); the dispatcher in icl_fused_kernel.cpp calls it only when the CPU
// reports AVX-512F. See icl_fused_kernel_impl.h.
#define ICL_FUSED_NS avx512
#define ICL_FUSED_LANES 16
#define ICL_FUSED_VARIANT kAvx512Variant
#define ICL_FUSED_VARIANT_NAME "avx512"
#include "core/models/icl_fused_kernel_impl.h"
