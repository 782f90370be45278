#!/usr/bin/env bash
# Installs what the tests need, builds the dev preset (warnings are errors)
# and runs the whole test suite: CPU tests, headless GL tests (EGL, no X),
# and the windowed tests under a virtual X server.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
# xvfb-run gives the tests a DISPLAY; headless tests ignore it and use EGL.
xvfb-run -a -s "-screen 0 1280x1024x24" ctest --preset dev --output-on-failure --timeout 300
