#!/bin/sh
# The screenshot tour at three screen sizes and in both languages, for looking at the window's
# fit (issue #11): quick-mixture, I1 and I2 before, during and after a short run, each size under
# its own xvfb-run with openbox (a real window manager: title bar, tooltips).
#   tests/ui/screenshot-matrix.sh OUT [BUILD_DIR]
# OUT/WxH-LANG/PRESET/ gets the tour's PNGs and log. Short --set overrides keep the whole matrix to a few
# minutes on two cores.
set -eu
out=${1:?usage: screenshot-matrix.sh OUT [BUILD_DIR]}
build=${2:-build}
tour=$build/tests/ui/icl-lab-screenshots
[ -x "$tour" ] || { echo "no $tour: build the icl-lab-screenshots target first" >&2; exit 2; }
titlebar=40  # px openbox's title bar and borders take from the screen's height

quick="--set train.steps=60 --set train.eval_every=20 --set eval.tasks_per_family=32 --no-evaluate"
i1="--set regression.steps=60 --set regression.curriculum.dims.interval=20"
i1="$i1 --set regression.eval.prompts=64 --set regression.eval.checkpoints=[30,60]"
i1="$i1 --set regression.eval.bootstrap=50"
i2="--set meta_meta.meta_steps=20 --set meta_meta.eval.domains=2 --set meta_meta.eval.bootstrap=50"
i2="$i2 --set meta_meta.eval.support_sizes=[16] --set regression.steps=40"

status=0
for screen in 1024x768 1280x800 1920x1080; do
  width=${screen%x*}
  height=${screen#*x}
  size="${width}x$((height - titlebar))"
  for lang in en zh_CN; do
    for run in "quick-mixture $quick" "i1-curriculum $i1" "i2-meta-meta $i2"; do
      preset=${run%% *}
      overrides=${run#* }
      dir="$out/$screen-$lang/$preset"
      mkdir -p "$dir"
      echo "== $screen $lang $preset"
      # shellcheck disable=SC2086  # the overrides are separate words
      if ! xvfb-run -a -s "-screen 0 ${screen}x24" sh -c \
        "openbox & sleep 1; exec '$tour' '$dir' --lang $lang --preset $preset --size $size \
         --during 2 $overrides" >"$dir/tour.log" 2>&1; then
        echo "   failed: see $dir/tour.log" >&2
        status=1
      fi
    done
  done
done
exit $status
