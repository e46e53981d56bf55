// The fused ICL kernel for any x86-64 (SSE2) or other CPU; see icl_fused_kernel_impl.h.
#define ICL_FUSED_NS generic
#define ICL_FUSED_VARIANT kGenericVariant
#define ICL_FUSED_VARIANT_NAME "generic"
#include "core/models/icl_fused_kernel_impl.h"
