#!/usr/bin/env bash
# Installs the web tests' npm packages, puppeteer-core and gltf-validator
# (the versions pinned in tests/web/package-lock.json), into
# BUILD_DIR/browser-tests: in the build tree, never globally. puppeteer-core
# drives Debian's chromium, so no browser is downloaded. Prints nothing when
# the pinned versions are there.
#   scripts/install-browser-test-deps.sh [BUILD_DIR]   (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
dest="${1:-build/dev}/browser-tests"
# The lock is copied last, after a complete install: a stale or partial one
# is installed again.
installed="$dest/installed-package-lock.json"
if [[ -d "$dest/node_modules/puppeteer-core" && -d "$dest/node_modules/gltf-validator" ]] &&
   cmp -s tests/web/package-lock.json "$installed"; then
  exit 0
fi
command -v npm >/dev/null || { echo "install-browser-test-deps: npm is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
mkdir -p "$dest"
rm -f "$installed"
cp tests/web/package.json tests/web/package-lock.json "$dest"/
echo "install-browser-test-deps: npm ci in $dest"
# --ignore-scripts: no install hooks run; puppeteer-core has none that fetch a browser.
(cd "$dest" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
cp tests/web/package-lock.json "$installed"
