#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs each one for
# SECONDS (default 600) or 1,000,000 executions, whichever comes first, on a copy of its seed
# corpus tests/fuzz/corpus/<target>/. Prints executions and time per target; exits non-zero on
# a crash, hang or leak (the input is saved in build-fuzz/fuzz-artifacts/<target>/).
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_config fuzz_run_folder fuzz_checkpoint)
build=build-fuzz

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DICL_BUILD_GUI=OFF -DICL_BUILD_FUZZERS=ON -DICL_SANITIZE=address,undefined >/dev/null
nice cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

# UBSan reports abort the input (it is compiled with -fno-sanitize-recover); leaks are checked.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
summary=""
for target in "${targets[@]}"; do
  work="$build/fuzz-work/$target"
  artifacts="$build/fuzz-artifacts/$target"
  rm -rf "$work"
  mkdir -p "$work" "$artifacts"
  cp tests/fuzz/corpus/"$target"/* "$work"/
  log="$build/fuzz-$target.log"
  start=$(date +%s)
  set +e
  nice "$build/tests/fuzz/$target" "$work" tests/fuzz/corpus/"$target" \
    -max_total_time="$seconds" -runs=1000000 -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  elapsed=$(( $(date +%s) - start ))
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  line=$(printf '%-16s %10s executions %5d s  rc=%d' "$target" "$runs" "$elapsed" "$rc")
  echo "$line"
  summary+="$line"$'\n'
  if [ "$rc" -ne 0 ]; then
    status=1
    echo "  finding: see $log and $artifacts/"
    grep -m3 -E 'ERROR|SUMMARY|runtime error|deadly signal' "$log" | sed 's/^/  /' || true
  fi
done
printf '\n%s' "$summary"
exit "$status"
