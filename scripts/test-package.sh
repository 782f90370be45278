#!/usr/bin/env bash
# The Debian package as a user gets it. Builds the release preset (tests
# off), makes cagescope_VERSION_ARCH.deb with cpack, checks its files'
# owners and modes and has lintian find no error; installs it with apt-get,
# runs it from /usr/bin with no display (--version, numbers, a render, the
# man pages, bash completion of subcommands, figure ids and materials);
# then purges it and checks that none of its files is left behind.
# Installs and removes the package on this machine: root or sudo. Stops at
# the first failure with a message saying what failed.
# CAGESCOPE_PACKAGE_JOBS: build jobs (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "test-package: FAIL: $*" >&2
  exit 1
}
timings=()
step_name=""
step_start=$SECONDS
step() {
  [[ -n $step_name ]] && timings+=("$(printf '  %-38s %4d s' "$step_name" $((SECONDS - step_start)))")
  step_name=$1
  step_start=$SECONDS
  [[ -n $step_name ]] && echo "-- $step_name"
  return 0
}

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  fail "need root or sudo to install and purge the package"
fi
export DEBIAN_FRONTEND=noninteractive

if dpkg-query -W -f='${Status}' cagescope 2>/dev/null | grep -q 'install ok installed'; then
  fail "cagescope is installed already; this test installs and purges it: apt-get purge cagescope first"
fi
# Whatever happens, do not leave the package installed.
installed=0
cleanup() { [[ $installed -eq 1 ]] && "${as_root[@]}" apt-get purge -y -qq cagescope >/dev/null 2>&1 || true; }
trap cleanup EXIT

step "release build (tests off)"
build=build/release
cmake --preset release -DCAGESCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release -j "${CAGESCOPE_PACKAGE_JOBS:-2}"

step "cpack -G DEB"
rm -f "$build"/cagescope_*.deb
(cd "$build" && cpack -G DEB >/dev/null) || fail "cpack -G DEB failed (run it in $build to see why)"
version=$(sed -n 's/^project(cagescope VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
deb=$build/cagescope_${version}_$(dpkg --print-architecture).deb
[[ -f $deb ]] || fail "cpack wrote no $deb"
echo "$deb: $(du -h "$deb" | cut -f1)"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
for lib in libc6 libglfw3 libepoxy0 libegl1 libgl1; do
  dpkg-deb -f "$deb" Depends | grep -qw "$lib" || fail "Depends lacks $lib"
done

step "owners and modes"
# root/root everywhere; directories 755, files 644, the program 755.
bad=$(dpkg-deb -c "$deb" | awk '
  $2 != "root/root" { print "owner " $2 ": " $NF; next }
  /^d/ && $1 != "drwxr-xr-x" { print "mode " $1 ": " $NF; next }
  /^-/ && $NF == "./usr/bin/cagescope" { if ($1 != "-rwxr-xr-x") print "mode " $1 ": " $NF; next }
  /^-/ && $1 != "-rw-r--r--" { print "mode " $1 ": " $NF }')
[[ -z $bad ]] || fail "package files with a wrong owner or mode:"$'\n'"$bad"

step "lintian"
# Every tag lintian finds is shown; an error (E:) fails the test.
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1) || true
[[ -n $lintian_out ]] && echo "$lintian_out"
if grep -q '^E: ' <<<"$lintian_out"; then fail "lintian reports errors on $deb"; fi
echo "lintian: no error ($(grep -c '^W: ' <<<"$lintian_out" || true) warnings)"

step "apt-get install"
"${as_root[@]}" apt-get install -y -qq "./$deb" >/dev/null || fail "apt-get install ./$deb failed"
installed=1
files_before=$(dpkg -L cagescope)

step "smoke test from /usr/bin, no display"
unset DISPLAY WAYLAND_DISPLAY
[[ $(command -v cagescope) == /usr/bin/cagescope ]] || fail "cagescope is not /usr/bin/cagescope on PATH"
got=$(/usr/bin/cagescope --version)
echo "$got"
[[ $got =~ ^cagescope\ ${version//./\\.}\ \(commit\ ([0-9a-f]+|unknown),\ build\ type\ Release\)$ ]] ||
  fail "--version: expected 'cagescope $version (commit ..., build type Release)', got '$got'"
work=$(mktemp -d)
trap 'rm -rf "$work"; cleanup' EXIT
/usr/bin/cagescope numbers >"$work/numbers.txt" || fail "cagescope numbers failed"
grep -q 'derived' "$work/numbers.txt" || fail "cagescope numbers printed no derivation table"
/usr/bin/cagescope render --figure 7 --size 320x240 --out "$work/f7.png" || fail "cagescope render --figure 7 failed"
file "$work/f7.png" | grep -q 'PNG image data, 320 x 240' || fail "f7.png is not a 320x240 PNG: $(file "$work/f7.png")"
[[ -s $work/f7.json ]] || fail "render wrote no sidecar f7.json"
# The web page carries three.js from the binary: nothing of libjs-three is installed.
/usr/bin/cagescope render --figure 7 --out "$work/f7.html" || fail "cagescope render --figure 7 --out f7.html failed"
grep -q 'REVISION="111"' "$work/f7.html" || fail "f7.html does not carry three.js r111"

step "man pages"
for page in cagescope cagescope-render cagescope-numbers; do
  path=$(man -w "$page" 2>/dev/null) || {
    grep -rs 'path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d/ &&
      fail "dpkg on this machine is set not to install man pages (/etc/dpkg/dpkg.cfg.d above)"
    fail "man -w $page finds no page"
  }
  echo "man -w $page: $path"
done
man_text=$(MANWIDTH=80 man -P cat cagescope-render 2>/dev/null) || fail "man cagescope-render does not format"
grep -q -- '--figure' <<<"$man_text" || fail "man cagescope-render does not describe --figure"

step "bash completion"
completion=/usr/share/bash-completion/completions/cagescope
[[ -f $completion ]] || fail "no $completion"
# complete WORD...: what Tab offers after `cagescope WORD...` (the last word
# is the one being completed), one per line.
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=(cagescope "$@"); COMP_CWORD=$#; _cagescope; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$completion" "$@"
}
ids=$(/usr/bin/cagescope render --help | sed -n 's/.*Figure to draw: //p' | tr -d ',')
[[ -n $ids ]] || fail "no figure ids in cagescope render --help"
offered=$(complete_words render --figure "")
for id in $ids; do
  grep -qx -- "$id" <<<"$offered" || fail "completion of 'render --figure ' lacks figure $id (offers: $(echo $offered))"
done
echo "render --figure <Tab>: $(echo $offered)"
[[ $(complete_words render --figure 3 | LC_ALL=C sort | tr '\n' ' ') == "3a 3b 3c " ]] || fail "completion of 'render --figure 3' is not 3a 3b 3c"
[[ $(complete_words ren) == render ]] || fail "completion of 'cagescope ren' is not render"
[[ $(complete_words render --material "" | LC_ALL=C sort | tr '\n' ' ') == "As2S3 PE PP " ]] ||
  fail "completion of --material is not As2S3 PE PP"
grep -qx -- --omega-z <<<"$(complete_words render --)" || fail "completion of 'render --' lacks --omega-z"
# bash-completion (when installed) finds the file by the command's name.
if [[ -f /usr/share/bash-completion/bash_completion ]]; then
  bash -c 'source /usr/share/bash-completion/bash_completion; _completion_loader cagescope; complete -p cagescope' |
    grep -q '_cagescope cagescope$' || fail "bash-completion does not load $completion for cagescope"
fi

step "zsh completion"
if command -v zsh >/dev/null; then
  zsh -n /usr/share/zsh/vendor-completions/_cagescope || fail "_cagescope is not valid zsh"
  # An interactive zsh on a pseudo-terminal (zpty): type the words, press
  # Tab, and keep what it lists (each terminal escape turned into a space, so the
  # last id listed stays a word of its own before the prompt that follows it).
  cat >"$work/tab.zsh" <<'ZSH'
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z 'PROMPT= ; autoload -Uz compinit; compinit -u -D; print SETUP-DONE'
zpty -r z line '*SETUP-DONE*'
zpty -n -w z "$1"$'\t'
sleep 2
zpty -w z $'\C-c'
zpty -w z 'print END-MARK'
zpty -r z out '*END-MARK*'
print -r -- "$out"
zpty -d z
ZSH
  listed=$(timeout 30 zsh -f "$work/tab.zsh" "cagescope render --figure " | sed 's/\x1b\[[0-9;?]*[A-Za-z]/ /g' | tr -d '\r')
  for id in $ids; do
    grep -qw -- "$id" <<<"$listed" || fail "zsh completion of 'render --figure ' lacks figure $id"
  done
  echo "zsh: render --figure <Tab> lists every figure id"
else
  echo "zsh is not installed: its completion is not tried"
fi

step "apt-get purge"
"${as_root[@]}" apt-get purge -y -qq cagescope >/dev/null || fail "apt-get purge cagescope failed"
installed=0
dpkg -L cagescope >/dev/null 2>&1 && fail "dpkg -L still lists cagescope after the purge"
# Every path the package had must be gone, but directories other packages own.
left=""
while IFS= read -r path; do
  [[ $path == /. ]] && continue
  [[ -e $path || -L $path ]] || continue
  [[ -d $path && ! -L $path ]] && dpkg -S "$path" >/dev/null 2>&1 && continue
  left+="  $path"$'\n'
done <<<"$files_before"
[[ -z $left ]] || fail "left behind after apt-get purge cagescope:"$'\n'"$left"
echo "purged: none of its $(wc -l <<<"$files_before") paths is left (but directories other packages own)"

step ""
echo "test-package: PASS"
printf '%s\n' "${timings[@]}"
