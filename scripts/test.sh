#!/usr/bin/env bash
# Installs what the tests need, builds the dev preset (warnings are errors)
# and runs the whole test suite: CPU tests, headless GL tests (EGL, no X),
# and the windowed tests under a virtual X server; then the Debian package
# (scripts/test-package.sh: release build, cpack, lintian, apt-get install,
# a smoke test from /usr/bin, purge); then valgrind memcheck on
# a headless render; then the asan preset (clang, ASan + UBSan) runs the
# whole suite again, and the libFuzzer targets of that same build run for
# 60 s each (docs/reliability.md).
# Each stage's time is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

timings=()
stage() {
  local name=$1
  shift
  local start=$SECONDS
  echo "== $name"
  "$@"
  timings+=("$(printf '%-28s %4d s' "$name" $((SECONDS - start)))")
}

# xvfb-run gives the tests a DISPLAY; headless tests ignore it and use EGL.
suite() {
  xvfb-run -a -s "-screen 0 1280x1024x24" ctest --preset "$1" --output-on-failure --timeout 300
}

# One clang build for the sanitized suite and the fuzzers (the asan preset
# builds fuzz/ too); the sanitizer options are the test preset's.
asan_suite() {
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  suite asan
}

stage "install dependencies" ./scripts/install-deps.sh
stage "dev: configure and build" bash -c 'cmake --preset dev >/dev/null && cmake --build --preset dev'
stage "dev: test suite" suite dev
stage "package: build, install, purge" ./scripts/test-package.sh
stage "valgrind: headless render" ./scripts/valgrind.sh build/dev
stage "asan: build and test suite" asan_suite
stage "fuzz: 60 s per target" ./scripts/fuzz.sh "${CAGESCOPE_FUZZ_SECONDS:-60}"

echo "== stage times"
printf '%s\n' "${timings[@]}"
