# Warnings for our own targets only (linked PRIVATE), never for third-party headers.
add_library(icl_warnings INTERFACE)
target_compile_options(icl_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(ICL_WARNINGS_AS_ERRORS)
  target_compile_options(icl_warnings INTERFACE -Werror)
endif()
