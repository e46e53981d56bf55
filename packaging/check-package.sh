#!/usr/bin/env bash
# Builds the Debian package and proves it works on a machine that has nothing but Debian: checks
# the package's files here (no RUNPATH, desktop entry and metainfo valid), then installs it with
# apt in a brand-new Debian root made by mmdebstrap (so apt resolves the Depends line; without
# Recommends, so the Depends line alone must be enough) and runs the installed programs there:
# icl-lab-cli --version, a 4-step training run, an installed preset, and the window under Xvfb on
# Qt's real xcb platform plugin, in Chinese, for 8 s.
#
# usage: packaging/check-package.sh [--build-dir DIR] [--deb FILE] [--release bookworm]
#                                   [--jobs N] [--keep] [--root DIR]
#   --build-dir DIR  build folder to make the package in (default: build); configured here as a
#                    Release build without tests if it is not one yet; the two programs are
#                    built (a no-op when they are up to date), then cpack makes the .deb
#   --deb FILE       check this .deb instead of building one
#   --jobs N         build jobs (default: nproc)
#   --keep           keep the Debian root afterwards (it is printed) instead of deleting it
#   --root DIR       make the Debian root there (default: a new folder under /tmp)
# Needs root (mmdebstrap, chroot, mount) and the network to Debian's mirrors; installs the tools
# it uses here (dpkg-dev, file, mmdebstrap, desktop-file-utils, appstream) if they are missing.
# Prints PASSED, or FAILED with the step; leaves no mount behind either way.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir="$source_dir/build"
deb=""
release=bookworm
jobs=$(nproc)
keep=0
root=""
while (($#)); do
  case "$1" in
    --build-dir) build_dir=$(realpath -m "$2"); shift 2 ;;
    --deb) deb=$(realpath "$2"); shift 2 ;;
    --release) release=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --root) root=$(realpath -m "$2"); shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "check-package: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if [[ $(id -u) -ne 0 ]]; then
  echo "check-package: needs root (mmdebstrap --mode=root, chroot, mount)" >&2
  exit 2
fi

seconds() { date +%s; }
t0=$(seconds)
current="setup"
fail() {
  echo "check-package: FAILED at step '$current'${1:+: $1}" >&2
  exit 1
}

# Tools used here, not by the package: dpkg-shlibdeps and file for cpack, mmdebstrap for the
# root, the validators for the package's desktop entry and metainfo.
tools=(dpkg-dev file mmdebstrap desktop-file-utils appstream)
missing=()
for tool in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$tool" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "check-package: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    >/dev/null
fi

# Everything made here goes in one scratch folder; the root is unmounted and deleted on any exit.
scratch=$(mktemp -d /tmp/icl-package-XXXXXX)
[[ -n $root ]] || root="$scratch/root"
mounted=()
cleanup() {
  local status=$? i pid
  set +e
  # Anything still running inside the root (a window, Xvfb) would keep its mounts busy.
  for i in /proc/[0-9]*; do
    pid=${i#/proc/}
    [[ $(readlink "$i/root" 2>/dev/null) == "$root" ]] && kill -9 "$pid" 2>/dev/null
  done
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}"
  done
  if grep -qF " $root/" /proc/mounts; then
    echo "check-package: mounts left under $root; not deleting it" >&2
    status=1
  elif ((keep)); then
    echo "check-package: root kept at $root"
  else
    rm -rf --one-file-system "$root" "$scratch"
  fi
  echo "check-package: cleaned up; $(($(seconds) - t0)) s in all"
  exit "$status"
}
interrupted() {
  echo "check-package: FAILED at step '$current': interrupted" >&2
  exit 130
}
trap cleanup EXIT
trap interrupted INT TERM

# 1. The package.
if [[ -z $deb ]]; then
  current="build"
  if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF ||
      fail "cmake configure"
  fi
  cmake --build "$build_dir" --target icl-lab icl-lab-cli -j"$jobs" || fail "cmake --build"
  current="cpack"
  rm -f "$build_dir"/packages/icl-lab_*.deb
  (cd "$build_dir" && cpack -G DEB -B "$build_dir/packages") || fail "cpack"
  deb=$(ls "$build_dir"/packages/icl-lab_*.deb 2>/dev/null) || fail "cpack made no icl-lab_*.deb"
fi
[[ -f $deb ]] || fail "no package at '$deb'"
echo "check-package: package $deb ($(du -h "$deb" | cut -f1)) after $(($(seconds) - t0)) s"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

# 2. Its files, here.
current="package contents"
contents="$scratch/contents"
dpkg-deb -x "$deb" "$contents"
for file in usr/bin/icl-lab usr/bin/icl-lab-cli usr/share/icl-lab/presets/quick-mixture.json \
  usr/share/applications/io.github.icl_lab.IclLab.desktop \
  usr/share/icons/hicolor/scalable/apps/io.github.icl_lab.IclLab.svg \
  usr/share/metainfo/io.github.icl_lab.IclLab.metainfo.xml \
  usr/share/doc/icl-lab/copyright usr/share/doc/icl-lab/README.md; do
  [[ -f $contents/$file ]] || fail "/$file is not in the package"
done
for program in icl-lab icl-lab-cli; do
  if readelf -d "$contents/usr/bin/$program" | grep -E 'R(UN)?PATH'; then
    fail "/usr/bin/$program has an RPATH or RUNPATH"
  fi
done
current="desktop-file-validate"
desktop-file-validate "$contents/usr/share/applications/io.github.icl_lab.IclLab.desktop" || fail
current="appstreamcli validate"
appstreamcli validate --no-net "$contents/usr/share/metainfo/io.github.icl_lab.IclLab.metainfo.xml" ||
  fail

# 3. A fresh Debian root.
current="mmdebstrap"
t_root=$(seconds)
rmdir "$root" 2>/dev/null || true
mmdebstrap --quiet --variant=apt --mode=root "$release" "$root" || fail
echo "check-package: Debian $release root made in $(($(seconds) - t_root)) s"
mkdir -p "$root/tmp/package"
cp "$deb" "$root/tmp/package/"
mount -t proc proc "$root/proc"
mounted+=("$root/proc")
mount --bind /dev "$root/dev"
mounted+=("$root/dev")
mount --bind /dev/pts "$root/dev/pts"
mounted+=("$root/dev/pts")
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

# One step in the root, timed; QT_QPA_PLATFORM is not set, so the window gets the real xcb plugin.
step() {
  local what=$1 command=$2 start status
  current=$what
  start=$(seconds)
  echo "check-package: [$what] $command"
  set +e
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive bash -c "cd /tmp && $command"
  status=$?
  set -e
  echo "check-package: [$what] exit $status after $(($(seconds) - start)) s"
  ((status == 0)) || fail "exit $status"
}

package=$(basename "$deb")
step "apt install" "apt-get update -qq && apt-get install -y --no-install-recommends \
  ./package/$package >/tmp/apt.log 2>&1 && grep -E '^[0-9]+ upgraded' /tmp/apt.log || \
  { tail -n 30 /tmp/apt.log; exit 1; }"
step "OpenBLAS is the BLAS" \
  "blas=\$(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3); echo \"libblas.so.3: \$blas\"; \
  [[ \$blas == *openblas* ]]"
step "icl-lab-cli --version" "icl-lab-cli --version"
step "CLI run" "icl-lab-cli run --preset quick-mixture --set train.steps=4 --set train.eval_every=2 \
  --set eval.tasks_per_family=16 --out /tmp/r --quiet && grep -E '\"status\": *\"completed\"' /tmp/r/summary.json"
step "installed preset" "icl-lab-cli config --config /usr/share/icl-lab/presets/p2-mixture.json >/dev/null"
# Test tools, not dependencies: Xvfb, and xwininfo/xprop to look at the window.
step "install xvfb" "apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils >/dev/null"
# An unknown language must be reported (so that the next step can see a missing translation)...
step "window: unknown language is reported" \
  "xvfb-run -a -f /tmp/xauth-xx timeout 4 icl-lab --lang xx_XX 2>/tmp/xx.err; cat /tmp/xx.err >&2; \
  grep -q 'no translation' /tmp/xx.err"
# ...and the Chinese one, compiled into the installed program, must load. The window must still
# be running when timeout stops it (exit 124) and be mapped with its title and its icon.
cat >"$root/tmp/window.sh" <<'EOF'
# Runs under xvfb-run: the window for 8 s; after 6 s its X window and icon are looked up.
timeout 8 icl-lab --lang zh_CN 2>/tmp/zh.err &
window=$!
sleep 6
xwininfo -root -tree | grep -F '("icl-lab" "ICL Lab")' >/tmp/windows
xprop -id "$(awk '{ print $1; exit }' /tmp/windows)" _NET_WM_ICON | head -c 50 >/tmp/icon
wait "$window"
EOF
cat >"$root/tmp/window-check.sh" <<'EOF'
xvfb-run -a -f /tmp/xauth-zh -e /tmp/xvfb.err bash /tmp/window.sh
status=$?
cat /tmp/zh.err >&2
echo "window: exit $status (124: still running when stopped)"
if ((status != 124)); then cat /tmp/xvfb.err >&2; exit 1; fi
if grep 'no translation' /tmp/zh.err; then exit 1; fi
echo "window: $(cat /tmp/windows)"
[[ -s /tmp/windows ]] || exit 1
echo "window icon: $(tr -s '\n\t ' ' ' </tmp/icon)"
grep -q CARDINAL /tmp/icon
EOF
step "window in Chinese on xcb for 8 s" "bash /tmp/window-check.sh"

current="done"
echo "check-package: PASSED ($package, Debian $release) in $(($(seconds) - t0)) s"
