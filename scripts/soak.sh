#!/usr/bin/env bash
# The full soak: 10,000 headless frames cycling through every figure and every
# animation step, asserting 0 GL errors and under 2 MB of resident memory
# growth after warm-up (tests/hardening/soak_test.cpp). CI runs the same test
# with 1,000 frames as part of the suite.
#
#   scripts/soak.sh [FRAMES]   (default 10000; build dir: SOAK_BUILD_DIR or build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."

frames=${1:-10000}
build=${SOAK_BUILD_DIR:-build/dev}
if [[ $build == build/dev ]]; then
  cmake --preset dev >/dev/null
fi
cmake --build "$build" -j 2 --target cagescope_soak_tests
CAGESCOPE_SOAK_FRAMES=$frames "$build/tests/hardening/cagescope_soak_tests" --success "[soak]" | grep -E "^soak:|passed|failed"
