#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# packaging/configure-gpu.sh: refuses a LibTorch without CUDA unless --allow-cpu, names a bad
# --torch folder and an unknown option, and passes --headless on to CMake.
# usage: check_configure_gpu.sh SOURCE_DIR TORCH_HAS_CUDA(ON|OFF)
set -uo pipefail
source_dir=$1
has_cuda=$2
script="$source_dir/packaging/configure-gpu.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # check NAME EXPECTED_RC PATTERN -- ARGS...
  local name=$1 expected=$2 pattern=$3
  shift 4
  local output rc
  output=$(bash "$script" "$@" 2>&1)
  rc=$?
  if [[ $rc -ne $expected ]] || ! grep -q -- "$pattern" <<<"$output"; then
    echo "FAIL $name: exit $rc (expected $expected), output lacks '$pattern':"
    echo "$output" | tail -5
    failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}
check unknown-option 2 "unknown option '--frobnicate'" -- --frobnicate
check bad-torch-dir 1 "not an unpacked LibTorch" -- --torch "$work/none" --build-dir "$work/b0"
if [[ $has_cuda == ON ]]; then
  check cuda-torch 0 "configured $work/b1" -- --torch debian --headless --build-dir "$work/b1"
else
  check cpu-only-refused 1 "has no CUDA" -- --torch debian --headless --build-dir "$work/b1"
fi
check allow-cpu-headless 0 "configured $work/b2 (window: OFF)" -- --torch debian --headless \
  --allow-cpu --build-dir "$work/b2"
if ! grep -q '^ICL_BUILD_GUI:BOOL=OFF' "$work/b2/CMakeCache.txt" 2>/dev/null; then
  echo "FAIL allow-cpu-headless: the cache does not say ICL_BUILD_GUI=OFF"
  failures=$((failures + 1))
fi
exit $((failures > 0))
