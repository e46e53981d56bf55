#!/usr/bin/env bash
# Installs the Debian 12 or 13 packages ICL Lab builds and tests with, if any are missing
# (the same names on both: LibTorch 1.13 and Qt 6.4 on Debian 12, LibTorch 2.6 and Qt 6.8 on 13).
# OpenBLAS is mandatory: with Debian's reference BLAS, LibTorch runs about 20x slower.
set -euo pipefail

packages=(
  cmake g++ make ccache
  libgtest-dev        # GoogleTest, for the core tests (also without the GUI)
  libtorch-dev libopenblas0-pthread
  libeigen3-dev nlohmann-json3-dev
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqt6opengl6-dev  # Qt6Charts' CMake package needs Qt6OpenGL; qt6-charts-dev does not depend on it
  libxkbcommon-dev   # Qt6Gui's CMake package looks for XKB
  xvfb xauth
  dpkg-dev file       # dpkg-shlibdeps, for the .deb (cmake --build build --target package)
  fonts-wqy-microhei  # a CJK font, so the Chinese interface does not render as boxes
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}"
  as_root=()
  [[ $(id -u) -eq 0 ]] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
fi
# Debian selects the fastest installed BLAS by priority; say which one LibTorch will get.
blas=$(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3 2>/dev/null || true)
case "$blas" in
  *openblas*) ;;
  *) echo "bootstrap: warning: libblas.so.3 is $blas, not OpenBLAS; training will be slow" >&2 ;;
esac
