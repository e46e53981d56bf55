#!/usr/bin/env bash
# Builds the whole test suite with GCC's AddressSanitizer + UndefinedBehaviorSanitizer
# (-DICL_SANITIZE=address,undefined) in build-asan/ and runs ctest under it; prints the build
# and test times. A finding fails its test: ASan aborts, UBSan is built without recovery.
# LibTorch and Qt are not instrumented; suppressions for their own one-time allocations are in
# packaging/sanitizers/, each with the reason (none for our code).
#   packaging/check-sanitizers.sh [extra ctest arguments, e.g. -L core]
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-asan
supp="$PWD/packaging/sanitizers"

start=$(date +%s)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=g++ \
  -DICL_SANITIZE=address,undefined
cmake --build "$build" -j"$(nproc)"
built=$(date +%s)

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:check_initialization_order=1:strict_init_order=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
set +e
ctest --test-dir "$build" --output-on-failure "$@"
rc=$?
set -e
tested=$(date +%s)
echo "sanitizer build: $(( built - start )) s, tests: $(( tested - built )) s, ctest rc=$rc"
exit "$rc"
