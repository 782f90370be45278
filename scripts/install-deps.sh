#!/usr/bin/env bash
# Installs every build and test dependency of cagescope on Debian 12.
# Idempotent: when everything is present it prints nothing and exits 0.
# Runs apt-get as root, or through sudo otherwise.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config git
  libimgui-dev libglfw3-dev libglm-dev catch2
  libepoxy-dev libegl-dev libegl-mesa0 libgl1-mesa-dri libgbm1
  libcli11-dev nlohmann-json3-dev libstb-dev fonts-dejavu-core
  zlib1g-dev xvfb xauth ffmpeg
  # vector figures (PDF through cairo, text through pango); their test readers
  libcairo2-dev libpango1.0-dev poppler-utils librsvg2-bin
  # glTF's test reader
  libtinygltf-dev
  # the web page: three.js r111, embedded at build time; the explorer's
  # compiler; the browser the web tests drive (scripts/install-browser-test-deps.sh
  # installs its driver, puppeteer-core, into the build tree)
  libjs-three emscripten chromium
  clang libclang-rt-14-dev valgrind
  # man pages at build time; the package test (scripts/test-package.sh)
  help2man dpkg-dev lintian man-db file bash-completion zsh
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
# node and npm run the browser tests; any install of them will do (a machine
# may have its own node), so Debian's are added only when there is none.
command -v npm >/dev/null || missing+=(nodejs npm)
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
