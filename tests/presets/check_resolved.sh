#!/usr/bin/env bash
# Every preset, a minimal file per experiment and a few --set overrides must resolve to the
# same JSON, byte for byte, as the files in resolved/ (written by the CLI before the config
# code was rewritten around one field table, #9). A difference is a behaviour change.
# Usage: check_resolved.sh ICL_LAB_CLI
set -u
cli=$1
here=$(cd "$(dirname "$0")" && pwd)
expected=$here/resolved
actual=$(mktemp -d)
trap 'rm -rf "$actual"' EXIT
failures=0

resolve() {  # NAME ARGS...: resolve with the CLI and compare with resolved/NAME.json
  local name=$1
  shift
  if ! "$cli" config "$@" > "$actual/$name.json" 2> "$actual/$name.err"; then
    echo "FAIL $name: icl-lab-cli config $* exited non-zero: $(cat "$actual/$name.err")"
    failures=$((failures + 1))
  elif ! diff -u "$expected/$name.json" "$actual/$name.json" > "$actual/$name.diff"; then
    echo "FAIL $name: resolved JSON differs from resolved/$name.json:"
    cat "$actual/$name.diff"
    failures=$((failures + 1))
  fi
}

presets=$("$cli" presets | awk '{print $1}')
[ -n "$presets" ] || { echo "FAIL: icl-lab-cli presets listed nothing"; exit 1; }
for preset in $presets; do
  [ -f "$expected/$preset.json" ] || { echo "FAIL $preset: no resolved/$preset.json"; failures=$((failures + 1)); continue; }
  resolve "$preset" --preset "$preset"
done
# A golden file without a preset means a preset disappeared.
for golden in "$expected"/*.json; do
  name=$(basename "$golden" .json)
  case $name in minimal-* | override-*) continue ;; esac
  grep -qx "$name" <<< "$presets" || { echo "FAIL $name: preset no longer listed"; failures=$((failures + 1)); }
done
for experiment in classification regression meta_meta; do
  resolve "minimal-$experiment" --config "$here/minimal-$experiment.json"
done
resolve override-quick-mixture --preset quick-mixture --set 'eval.families=["sim","rad"]' \
  --set learners.matchnet.enabled=false --set task.d=3 --set seed=12345678901
resolve override-i1 --preset i1-curriculum --set regression.curriculum.dims.inc=2 \
  --set 'regression.arms=["plain"]'

checked=$(ls "$actual"/*.json | wc -l)
if [ "$failures" -ne 0 ]; then
  echo "$failures of $checked resolved configs differ"
  exit 1
fi
echo "all $checked resolved configs are byte-identical to tests/presets/resolved/"
