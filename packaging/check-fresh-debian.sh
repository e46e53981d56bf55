#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the README's two set-up commands, exactly as written there, in a brand-new Debian root
# made by mmdebstrap: the only way to see a missing install step, since every machine a
# developer or CI uses already has whatever was once installed by hand on it.
#
# The commands are read from the README's code blocks marked `<!-- fresh-root: run -->` and
# `<!-- fresh-root: test -->`, so the check and the documentation cannot drift apart.
#
# usage: packaging/check-fresh-debian.sh [--release bookworm|trixie] [--stage configure|test|all]
#                                        [--uncommitted] [--keep] [--root DIR]
#   --stage configure  bootstrap and CMake configure of the test command only (CI, minutes)
#   --stage test       the whole test command: bootstrap, configure, build, ctest
#   --stage all        (default) the test command, then the run command with the window
#                      started offscreen for 20 s (it must still be up when stopped)
#   --uncommitted      copy the working tree's tracked files as they are, not HEAD
#   --keep             keep the root afterwards (it is printed) instead of deleting it
# Needs root (mmdebstrap, chroot, mount) and the network to Debian's mirrors.
set -euo pipefail

release=bookworm
stage=all
uncommitted=0
keep=0
root=""
while (($#)); do
  case "$1" in
    --release) release=$2; shift 2 ;;
    --stage) stage=$2; shift 2 ;;
    --uncommitted) uncommitted=1; shift ;;
    --keep) keep=1; shift ;;
    --root) root=$2; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "check-fresh-debian: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
case "$stage" in configure|test|all) ;; *)
  echo "check-fresh-debian: --stage must be configure, test or all, not '$stage'" >&2; exit 2 ;;
esac
if [[ $(id -u) -ne 0 ]]; then
  echo "check-fresh-debian: needs root (mmdebstrap --mode=root, chroot, mount)" >&2
  exit 2
fi

source_dir=$(cd "$(dirname "$0")/.." && pwd)
readme="$source_dir/README.md"

# The command in the fenced block right after the marker line.
readme_command() {
  awk -v marker="<!-- fresh-root: $1 -->" '
    $0 == marker { found = 1; next }
    found && /^```/ { if (inside) exit; inside = 1; next }
    inside { print; exit }' "$readme"
}
run_command=$(readme_command run)
test_command=$(readme_command test)
if [[ -z $run_command || -z $test_command ]]; then
  echo "check-fresh-debian: README.md lacks the marked run or test command" >&2
  exit 2
fi

if ! command -v mmdebstrap >/dev/null; then
  echo "check-fresh-debian: installing mmdebstrap"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
fi

[[ -n $root ]] || root=$(mktemp -d /tmp/icl-fresh-XXXXXX)
mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
  if ((keep)); then
    echo "check-fresh-debian: root kept at $root"
  else
    rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT

seconds() { date +%s; }
t0=$(seconds)
echo "check-fresh-debian: making a fresh Debian $release root in $root"
rmdir "$root" 2>/dev/null || true
mmdebstrap --quiet --variant=apt --mode=root "$release" "$root"
echo "check-fresh-debian: root made in $(($(seconds) - t0)) s"

# The committed tree (or the tracked files as they are now), nothing the developer has besides.
mkdir -p "$root/src/icl-lab"
if ((uncommitted)); then
  git -C "$source_dir" ls-files -z --cached | (cd "$source_dir" && xargs -0 tar -cf - --) |
    tar -xf - -C "$root/src/icl-lab"
else
  git -C "$source_dir" archive HEAD | tar -xf - -C "$root/src/icl-lab"
fi

mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --bind /dev "$root/dev" && mounted+=("$root/dev")
mount --bind /dev/pts "$root/dev/pts" && mounted+=("$root/dev/pts")
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

# One step of a command: its text, its time, and a clear verdict if it fails.
step() {
  local what=$1 command=$2 start status
  start=$(seconds)
  echo "check-fresh-debian: [$what] $command"
  set +e
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen bash -c "cd /src/icl-lab && $command"
  status=$?
  set -e
  echo "check-fresh-debian: [$what] exit $status after $(($(seconds) - start)) s"
  return "$status"
}

# Split a README command at its '&&' into steps so the report names the one that failed.
run_steps() {
  local label=$1 command=$2 until=${3:-} part
  local IFS=$'\n'
  for part in $(sed 's/ && /\n/g' <<<"$command"); do
    if ! step "$label" "$part"; then
      echo "check-fresh-debian: FAILED in a fresh Debian $release root: $part" >&2
      return 1
    fi
    if [[ -n $until && $part == $until* ]]; then
      return 0
    fi
  done
}

case "$stage" in
  configure) run_steps test "$test_command" "cmake -S" ;;
  test) run_steps test "$test_command" ;;
  all)
    run_steps test "$test_command"
    # The run command ends by starting the window; it must still be running after 20 s.
    run_steps run "${run_command% && *}"
    window=${run_command##* && }
    echo "check-fresh-debian: [run] $window (offscreen, stopped after 20 s)"
    set +e
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 \
      QT_QPA_PLATFORM=offscreen bash -c "cd /src/icl-lab && timeout 20 $window"
    status=$?
    set -e
    if [[ $status -ne 124 ]]; then
      echo "check-fresh-debian: FAILED: the window exited with $status within 20 s" >&2
      exit 1
    fi
    ;;
esac
echo "check-fresh-debian: PASSED (stage $stage, Debian $release) in $(($(seconds) - t0)) s"
