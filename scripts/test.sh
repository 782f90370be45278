#!/usr/bin/env bash
# Installs what the tests need, builds the dev preset (warnings are errors)
# and runs the whole test suite: CPU tests, headless GL tests (EGL, no X),
# and the windowed tests under a virtual X server; then the Debian package
# (scripts/test-package.sh: release build, cpack, lintian, apt-get install,
# a smoke test from /usr/bin, purge); then valgrind memcheck on
# a headless render; then the asan preset (clang, ASan + UBSan) runs the
# whole suite again, and the libFuzzer targets of that same build run for
# 60 s each (docs/reliability.md). The explorer (the web preset, emscripten)
# builds on one core beside those stages; beside the fuzzers, the browser
# tests open every figure's page and the explorer in Debian's chromium and
# validate every .glb.
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
# The browser tests run once, in their own stage.
suite() {
  xvfb-run -a -s "-screen 0 1280x1024x24" ctest --preset "$1" --output-on-failure --timeout 300 "${@:2}"
}

# Jobs beside the stages run in their own process groups, so that a failed
# stage or Ctrl-C stops them with everything they started (cmake, em++...).
background=()
stop_background() {
  local pid
  for pid in "${background[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
}
trap stop_background EXIT
trap 'exit 130' INT TERM  # through the EXIT trap

# The explorer's WebAssembly build, on one core, while the other stages run.
web_log=build/web-build.log
start_web_build() {
  mkdir -p build
  web_start=$SECONDS
  setsid bash -c 'cmake --preset web >/dev/null && cmake --build --preset web -j 1' >"$web_log" 2>&1 &
  web_pid=$!
  background+=("$web_pid")
}
wait_web_build() {
  if ! wait "$web_pid"; then
    tail -40 "$web_log" >&2
    echo "web: the explorer's build failed (the whole log: $web_log)" >&2
    return 1
  fi
  timings+=("$(printf '%-28s %4d s' "web: explorer (beside)" $((SECONDS - web_start)))")
}

# One clang build for the sanitized suite and the fuzzers (the asan preset
# builds fuzz/ too); the sanitizer options are the test preset's.
asan_suite() {
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  suite asan -LE browser
}

browser_suite() {
  wait_web_build || return 1  # (called in a condition, where set -e does not stop it)
  ctest --preset dev -L browser --output-on-failure --timeout 900
}

# The fuzzers use one core each in turn; the browser tests run beside them.
fuzz_and_browser() {
  local fuzz_log=build/fuzz-stage.log fuzz_status=0 browser_status=0
  setsid ./scripts/fuzz.sh "${CAGESCOPE_FUZZ_SECONDS:-60}" >"$fuzz_log" 2>&1 &
  local fuzz_pid=$!
  background+=("$fuzz_pid")
  browser_suite || browser_status=$?
  wait "$fuzz_pid" || fuzz_status=$?
  echo "-- fuzz"
  cat "$fuzz_log"
  [[ $fuzz_status -eq 0 && $browser_status -eq 0 ]]
}

stage "install dependencies" bash -c './scripts/install-deps.sh && ./scripts/install-browser-test-deps.sh build/dev'
stage "dev: configure and build" bash -c 'cmake --preset dev >/dev/null && cmake --build --preset dev'
start_web_build
stage "dev: test suite" suite dev -LE browser
stage "package: build, install, purge" ./scripts/test-package.sh
stage "valgrind: headless render" ./scripts/valgrind.sh build/dev
stage "asan: build and test suite" asan_suite
stage "fuzz 60 s each + browser" fuzz_and_browser

echo "== stage times"
printf '%s\n' "${timings[@]}"
