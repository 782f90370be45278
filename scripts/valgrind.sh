#!/usr/bin/env bash
# valgrind memcheck on a headless render (EGL surfaceless, llvmpipe): fails if
# any block is definitely lost, or on any memory error in cagescope's own code.
# scripts/valgrind.supp holds the suppressions, for Mesa and driver internals
# only, each justified there.
#
#   scripts/valgrind.sh [BUILD_DIR]   (default build/dev; its cagescope is used)
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/dev}
exe="$build/app/cagescope"
[[ -x $exe ]] || { echo "valgrind: build $exe first (cmake --preset dev && cmake --build --preset dev)" >&2; exit 1; }
out=$(mktemp -d /tmp/cagescope-valgrind-XXXXXX)
trap 'rm -rf "$out"' EXIT

# Small but complete: every pass (spheres, lines, meshes, labels, caption), 2x supersampling, PNG + sidecar.
# llvmpipe without AVX: valgrind 3.19 cannot decode some AVX forms LLVM emits
# for llvmpipe's geometry shaders (vmovq between registers, VEX 66 0F D6) and
# stops with SIGILL in the JIT code.
GALLIUM_OVERRIDE_CPU_CAPS=sse4.1 valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
  --track-origins=no --error-exitcode=99 --suppressions=scripts/valgrind.supp --gen-suppressions=all \
  --num-callers=30 --log-file="$out/memcheck.log" \
  "$exe" render --figure 2 --time 5 --size 160x120 --ssaa 2 --out "$out/fig2.png" --quiet || status=$?
status=${status:-0}
grep -E "ERROR SUMMARY|definitely lost|indirectly lost|possibly lost|still reachable|suppressed:" "$out/memcheck.log" | sed 's/^==[0-9]*== //'
if [[ $status -ne 0 ]]; then
  cat "$out/memcheck.log" >&2
  echo "valgrind: FAILED (exit $status)" >&2
  exit 1
fi
[[ -s $out/fig2.png ]] || { echo "valgrind: no image was written" >&2; exit 1; }
echo "valgrind: no definite leak and no memory error"
