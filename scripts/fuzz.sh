#!/usr/bin/env bash
# Builds the libFuzzer targets (asan preset: clang, ASan + UBSan; the same
# build as the sanitized test suite, so CI compiles the project once for
# both) and runs each on its seed corpus for a bounded time. Fails on any
# crash, sanitizer report, leak or timeout; the reproducer is left in
# build/asan/artifacts/.
#
#   scripts/fuzz.sh            every target, 60 s each (CI)
#   scripts/fuzz.sh 600 tour   one target, 10 minutes
#   FUZZ_BUILD_DIR=...         build elsewhere (default build/asan)
#   FUZZ_SEED=N                the mutation seed (default 1, so a CI run can be replayed)
#   JOBS=N                     parallel compile jobs (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(sidecar tour cli)
build=${FUZZ_BUILD_DIR:-build/asan}

cmake --preset asan -B "$build" >/dev/null
cmake --build "$build" -j "${JOBS:-2}" --target "${targets[@]/#/fuzz_}"

mkdir -p "$build/artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
root=$PWD
for t in "${targets[@]}"; do
  # New inputs go to a scratch copy of the seeds: the committed corpus stays small.
  work="$build/corpus-$t"
  log="$build/fuzz-$t.log"
  mkdir -p "$work"
  cp -n fuzz/corpus/"$t"/* "$work"/
  echo "fuzz: $t for ${seconds} s"
  status=0
  # Run inside the corpus directory: the CLI target may name relative files.
  ( cd "$work" && "$root/$build/fuzz/fuzz_$t" -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=4096 -print_final_stats=1 -artifact_prefix="$root/$build/artifacts/$t-" . ) >"$log" 2>&1 || status=$?
  grep -E "^#[0-9]+ +DONE|stat::(number_of_executed_units|peak_rss_mb)" "$log" || true
  if [[ $status -ne 0 ]]; then
    grep -E -A40 "ERROR|runtime error|uncaught|deadly signal" "$log" | head -80 >&2 || tail -40 "$log" >&2
    echo "fuzz: $t FAILED (exit $status); log $log, reproducer in $build/artifacts/" >&2
    exit 1
  fi
done
echo "fuzz: ${targets[*]}: no crash in ${seconds} s each"
