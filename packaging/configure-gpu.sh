#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures a build of ICL Lab against a CUDA LibTorch (README: "Training on an NVIDIA GPU").
#
# usage: bash packaging/configure-gpu.sh [--torch auto|debian|pip|DIR] [--headless|--gui]
#                                        [--build-dir DIR] [--allow-cpu] [-- CMAKE_ARGS...]
#   --torch debian  Debian 13's libtorch-cuda-dev (contrib), found by CMake in /usr
#   --torch pip     the LibTorch inside a pip-installed `torch` (torch.utils.cmake_prefix_path)
#   --torch DIR     an unpacked LibTorch archive from pytorch.org (DIR holds share/cmake/Torch)
#   --torch auto    (default) pip if `python3 -c 'import torch'` finds a CUDA torch, else debian
#   --headless      no window: -DICL_BUILD_GUI=OFF, for a GPU server without Qt (CLI + core tests)
#   --gui           the window too (needs the Qt packages of packaging/bootstrap.sh)
#                   (default: --gui where Qt 6's CMake package is installed, else --headless)
#   --build-dir DIR (default build-gpu)
#   --allow-cpu     configure even if the LibTorch found has no CUDA (to try the script)
# Everything after `--` goes to CMake unchanged.
set -euo pipefail

torch=auto
gui=""
build_dir=build-gpu
allow_cpu=0
extra=()
while (($#)); do
  case "$1" in
    --torch) torch=$2; shift 2 ;;
    --headless) gui=OFF; shift ;;
    --gui) gui=ON; shift ;;
    --build-dir) build_dir=$2; shift 2 ;;
    --allow-cpu) allow_cpu=1; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "configure-gpu: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

fail() { echo "configure-gpu: $*" >&2; exit 1; }
source_dir=$(cd "$(dirname "$0")/.." && pwd)
cmake_args=(-S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release)

# A pip torch: its bundled LibTorch's CMake package, whether it has CUDA, and its C++ ABI.
pip_torch() {
  python3 - <<'EOF' 2>/dev/null
import torch
print(torch.utils.cmake_prefix_path)
print(torch.version.cuda or "")
print(int(torch.compiled_with_cxx11_abi()))
EOF
}

if [[ $torch == auto ]]; then
  if info=$(pip_torch) && [[ -n $(sed -n 2p <<<"$info") ]]; then
    torch=pip
  elif [[ -e /usr/lib/x86_64-linux-gnu/libtorch_cuda.so ]]; then
    torch=debian
  else
    fail "no CUDA LibTorch found. Install one of: Debian 13's libtorch-cuda-dev (contrib),
  a pip torch with CUDA (python3 -c 'import torch' must work), or PyTorch's LibTorch archive
  (then --torch /path/to/libtorch). See README.md, \"Training on an NVIDIA GPU\"."
  fi
fi

old_abi=0
case "$torch" in
  debian)
    echo "configure-gpu: LibTorch from Debian's packages (/usr)"
    ;;
  pip)
    info=$(pip_torch) || fail "--torch pip: python3 cannot import torch"
    prefix=$(sed -n 1p <<<"$info")
    echo "configure-gpu: LibTorch of pip torch (CUDA $(sed -n 2p <<<"$info"), $prefix)"
    cmake_args+=("-DCMAKE_PREFIX_PATH=$prefix")
    [[ $(sed -n 3p <<<"$info") == 1 ]] || old_abi=1
    ;;
  *)
    [[ -d $torch/share/cmake/Torch ]] ||
      fail "--torch $torch: not an unpacked LibTorch (no share/cmake/Torch inside)"
    echo "configure-gpu: LibTorch archive at $torch"
    cmake_args+=("-DTorch_DIR=$(cd "$torch" && pwd)/share/cmake/Torch")
    # The pre-C++11-ABI archives ship libtorch_cpu.so without the new std::string symbols.
    if symbols=$(nm -DC "$torch/lib/libtorch_cpu.so" 2>/dev/null) &&
      ! grep -q '__cxx11::basic_string' <<<"$symbols"; then
      old_abi=1
    fi
    ;;
esac

if [[ -z $gui ]]; then
  if compgen -G "/usr/lib/*/cmake/Qt6/Qt6Config.cmake" >/dev/null; then gui=ON; else gui=OFF; fi
fi
if ((old_abi)); then
  # Debian's Qt and GoogleTest use the C++11 ABI; a pre-C++11-ABI LibTorch cannot link with
  # them. The CLI and the core tests still build, with GoogleTest compiled from source.
  [[ $gui == ON && " ${extra[*]-} " != *" -DICL_BUILD_GUI=ON "* ]] && echo \
    "configure-gpu: this LibTorch uses the old (pre-C++11) string ABI, which Debian's Qt cannot" \
    "link with: building without the window (CLI and core tests). For the window, use PyTorch's" \
    "cxx11-ABI LibTorch archive, a pip torch 2.7 or later, or Debian 13's libtorch-cuda-dev."
  gui=OFF
  [[ -d /usr/src/googletest ]] ||
    fail "this LibTorch uses the old string ABI: GoogleTest must be built from source; install
  Debian's googletest package (/usr/src/googletest) or pass -- -DBUILD_TESTING=OFF"
  cmake_args+=(-DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON -DICL_GTEST_SOURCE_DIR=/usr/src/googletest)
fi
cmake_args+=("-DICL_BUILD_GUI=$gui")

# CMake's CUDA support (used by a CUDA LibTorch's package) looks for nvcc.
if ! command -v nvcc >/dev/null && [[ -x /usr/local/cuda/bin/nvcc ]]; then
  cmake_args+=(-DCMAKE_CUDA_COMPILER=/usr/local/cuda/bin/nvcc)
fi

echo "configure-gpu: cmake ${cmake_args[*]} ${extra[*]-}"
cmake "${cmake_args[@]}" "${extra[@]}"

has_cuda=$(sed -n 's/^ICL_TORCH_CUDA:INTERNAL=//p' "$build_dir/CMakeCache.txt")
if [[ $has_cuda != ON ]]; then
  ((allow_cpu)) || fail "the LibTorch CMake found has no CUDA (see 'ICL Lab: LibTorch' above);
  the build in $build_dir would train on the CPU only"
  echo "configure-gpu: note: this LibTorch has no CUDA (--allow-cpu)"
fi
cli=$build_dir/app/icl-lab-cli
[[ $cli == /* ]] || cli=./$cli
echo "configure-gpu: configured $build_dir (window: $gui). Next:
  cmake --build $build_dir -j\"\$(nproc)\"
  ctest --test-dir $build_dir -L cuda --output-on-failure   # the GPU tests (skipped without a GPU)
  $cli bench --device cuda --setting paper"
