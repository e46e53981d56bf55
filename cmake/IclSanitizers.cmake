# -DICL_SANITIZE=address,undefined: instruments every project target (LibTorch and Qt are not
# instrumented). UBSan findings abort (-fno-sanitize-recover) so that a finding fails the test.
# packaging/check-sanitizers.sh builds and runs the whole test suite this way.
set(ICL_SANITIZE "" CACHE STRING "Sanitizers for all project targets, e.g. address,undefined")
if(ICL_SANITIZE)
  add_compile_options(-fsanitize=${ICL_SANITIZE} -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=${ICL_SANITIZE})
  if(ICL_SANITIZE MATCHES "undefined")
    add_compile_options(-fno-sanitize-recover=undefined)
  endif()
  message(STATUS "ICL Lab: sanitizers ${ICL_SANITIZE}")
endif()

# -DICL_BUILD_FUZZERS=ON: libFuzzer targets in tests/fuzz (clang only). Every project target
# gets libFuzzer's coverage instrumentation, so the fuzzers see the branches of our parsers;
# combine with -DICL_SANITIZE=address,undefined (tests/fuzz/run-fuzzers.sh does).
option(ICL_BUILD_FUZZERS "libFuzzer targets in tests/fuzz (needs clang)" OFF)
if(ICL_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "ICL_BUILD_FUZZERS needs clang (libFuzzer); this build uses "
      "${CMAKE_CXX_COMPILER_ID}. Configure a separate build folder with "
      "-DCMAKE_CXX_COMPILER=clang++, as tests/fuzz/run-fuzzers.sh does.")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
