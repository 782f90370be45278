#!/usr/bin/env bash
# Installs, builds the release preset and runs cagescope's main job: with a
# display it opens the viewer; without one it exports every figure headless
# to ./out (PNG + JSON sidecar each). Extra arguments go to `cagescope`.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exe=build/release/app/cagescope
if [[ $# -gt 0 ]]; then
  exec "$exe" "$@"
elif [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]] && "$exe" view --help >/dev/null 2>&1; then
  exec "$exe" view
else
  exec "$exe" render --all --out-dir out
fi
