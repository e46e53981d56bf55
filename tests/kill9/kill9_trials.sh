#!/usr/bin/env bash
# Kill -9 at any moment (#8): start `icl-lab-cli run` on a small config with an evaluation and
# checkpoint every 8 of 48 steps, SIGKILL it, and check that the folder reads as interrupted, that
# `report` works, that the checkpoint is the last one the run finished, and that `resume`
# completes the run with the files of an unbroken run (eval.csv byte-identical, train.csv but
# wall_s). Trials aim at the checkpoint write and the evaluation using the test-only hook
# ICL_TEST_SLOW_MS (core/util/test_hooks.h), others land at random times; the phase of every
# kill is read back from the hook's log, not assumed.
# Usage: [KILL9_SEED=N] kill9_trials.sh PATH/TO/icl-lab-cli [TRIALS]
set -u
CLI=${1:?usage: kill9_trials.sh PATH/TO/icl-lab-cli [TRIALS]}
TRIALS=${2:-20}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
RANDOM=${KILL9_SEED:-8}  # reproducible kill times; KILL9_SEED=N for other ones
ARGS=(--preset quick-mixture --threads 1 --quiet --set train.steps=48 --set train.eval_every=8
      --set eval.tasks_per_family=16 --set learners.icl.depth=1)

strip_wall() { cut -d, -f1,3- "$1"; }
fail() { echo "kill9: trial $1: $2"; failures=$((failures + 1)); }

"$CLI" run "${ARGS[@]}" --out "$WORK/unbroken" > /dev/null &
pid=$!
while kill -0 "$pid" 2> /dev/null && [[ ! -f $WORK/unbroken/config.json ]]; do sleep 0.01; done
begin=$(date +%s%N)
wait "$pid" || { echo "kill9: reference run failed"; exit 1; }
# Random kills land within 80 % of the time an unbroken run spends after writing config.json.
span_ms=$((($(date +%s%N) - begin) / 1000000 * 8 / 10))
span_ms=$((span_ms > 0 ? span_ms : 1))

failures=0; in_checkpoint=0; in_evaluation=0; elsewhere=0; late=0
for ((t = 0; t < TRIALS; t++)); do
  dir="$WORK/t$t"; log="$WORK/t$t.log"; rm -rf "$dir"; : > "$log"
  case $((t % 3)) in
    0) target="checkpoint step"; slow=150 ;;
    1) target="evaluation step"; slow=150 ;;
    2) target=""; slow=0 ;;  # phases logged, no sleeps: kills land as often as phases last
  esac
  ICL_TEST_SLOW_MS=$slow "$CLI" run "${ARGS[@]}" --out "$dir" 2> "$log" > /dev/null &
  pid=$!
  if [[ -n $target ]]; then
    nth=$((RANDOM % 5 + 1))  # 7 evaluations (steps 0, 8, ..., 48): aim at one of the first 5
    while kill -0 "$pid" 2> /dev/null && (($(grep -c "test-hook: $target" "$log") < nth)); do
      sleep 0.01
    done
    sleep "0.0$((RANDOM % 10))"  # somewhere inside the 150 ms window
  else
    # From the moment the folder is a run (config.json written) to a random time after it.
    while kill -0 "$pid" 2> /dev/null && [[ ! -f $dir/config.json ]]; do sleep 0.01; done
    ms=$((RANDOM * 32768 + RANDOM)); ms=$((ms % span_ms))
    sleep "$((ms / 1000)).$(printf %03d $((ms % 1000)))"
  fi
  if ! kill -0 "$pid" 2> /dev/null && ((late < 10)); then
    # The run ended before the kill landed: not a trial; redo it (at most 10 times in all).
    wait "$pid"; late=$((late + 1)); t=$((t - 1)); continue
  fi
  kill -9 "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
  saved=$(grep "test-hook: checkpoint-saved step" "$log" | tail -n 1 | awk '{print $NF}')
  if [[ ! -f $dir/config.json ]]; then
    fail "$t" "killed before config.json was written; not a run folder yet"; continue
  fi
  report=$("$CLI" report "$dir" 2>&1) || { fail "$t" "report failed: $report"; continue; }
  if grep -q "Status: completed" <<< "$report" && ((late < 10)); then
    # The run had written its final summary before the kill landed: not a trial; redo it.
    late=$((late + 1)); t=$((t - 1)); continue
  fi
  last=$(grep "test-hook:" "$log" | tail -n 1)
  case $last in
    *"test-hook: checkpoint step"*) in_checkpoint=$((in_checkpoint + 1)) ;;
    *"test-hook: evaluation step"*) in_evaluation=$((in_evaluation + 1)) ;;
    *) elsewhere=$((elsewhere + 1)) ;;  # training steps, or between phases
  esac
  grep -q "Status: interrupted" <<< "$report" ||
    { fail "$t" "not interrupted: $(head -n 1 <<< "$report")"; continue; }
  # Nothing the run finished saving was lost: the checkpoint is the last one it completed, or
  # the one it was writing if the kill landed after the manifest switch but before the log line.
  started=$(grep "test-hook: checkpoint step" "$log" | tail -n 1 | awk '{print $NF}')
  if [[ -f $dir/checkpoint.json ]]; then
    step=$(grep -o '"step": [0-9]*' "$dir/checkpoint.json" | awk '{print $2}')
    [[ $step == "$saved" || $step == "$started" ]] ||
      { fail "$t" "checkpoint at step $step, last saved ${saved:-none}"; continue; }
  elif [[ -n $saved ]]; then
    fail "$t" "no checkpoint.json though step $saved was saved"; continue
  fi
  out=$("$CLI" resume "$dir" --quiet 2>&1) || { fail "$t" "resume failed: $out"; continue; }
  cmp -s "$dir/eval.csv" "$WORK/unbroken/eval.csv" || { fail "$t" "eval.csv differs"; continue; }
  cmp -s <(strip_wall "$dir/train.csv") <(strip_wall "$WORK/unbroken/train.csv") ||
    { fail "$t" "train.csv differs"; continue; }
done
echo "kill9: $TRIALS trials, $in_checkpoint during checkpoint, $in_evaluation during evaluation," \
     "$elsewhere elsewhere, $failures failures ($late redone: the run had ended before the kill)"
[[ $failures -eq 0 ]]
