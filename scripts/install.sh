#!/usr/bin/env bash
# Installs `bitext` for the current user (or into PREFIX):
#   PREFIX/bin/bitext                                  release build, Swift's standard library linked in
#   PREFIX/share/man/man1/bitext.1                     man page, generated from the commands' own help
#   PREFIX/share/bash-completion/completions/bitext    shell completions, from `bitext --generate-completion-script`
#   PREFIX/share/zsh/site-functions/_bitext
#   PREFIX/share/fish/vendor_completions.d/bitext.fish
# Usage: scripts/install.sh [PREFIX]   (default ~/.local)
# Installs the Debian packages the build needs when they are missing (scripts/dependencies.sh;
# apt-get through sudo when not root). Running it again changes nothing that is up to date.
# Prints what it did; on failure, one line on standard error and exit status 1.
# BITEXT_BUILD_PATH: SwiftPM's build folder (default .build); the install check run by
# `swift test` sets another, since `swift test` keeps .build locked while it runs.
set -euo pipefail
name=install
fail() {
  echo "$name: error: $*" >&2
  exit 1
}

prefix=${1:-$HOME/.local}
[ $# -le 1 ] || fail "usage: scripts/install.sh [PREFIX]"
[ -n "$prefix" ] || fail "empty PREFIX"
case $prefix in /*) ;; *) prefix=$PWD/$prefix ;; esac  # relative to where it was called from
cd "$(dirname "$0")/.."
source scripts/dependencies.sh
command -v swift >/dev/null 2>&1 || fail "swift is not on the PATH: install Swift 6.3 first (https://www.swift.org/install/linux/)"
install_debian_packages "$name" "${BITEXT_BUILD_PACKAGES[@]}" || exit 1

# Both products with the same flags, so that building one does not make the other rebuild.
build=(swift build -c release --static-swift-stdlib --scratch-path "${BITEXT_BUILD_PATH:-.build}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "${BITEXT_BUILD_PATH:-.build}" || fail "cannot create ${BITEXT_BUILD_PATH:-.build}"
log=$(cd "${BITEXT_BUILD_PATH:-.build}" && pwd)/install.log

# The release binary, with Swift's standard library and Foundation linked in statically so
# that it runs on a machine without the Swift toolchain (it still needs ICU, libc, libstdc++).
echo "$name: building bitext (release, static Swift standard library; log in $log)"
if ! "${build[@]}" --product bitext >"$log" 2>&1; then
  fail "swift build failed: $(grep -m1 -E 'error:' "$log" || tail -n1 "$log") (full log: $log)"
fi
built=$("${build[@]}" --show-bin-path)/bitext
[ -x "$built" ] || fail "no executable at $built after the build"

# Nothing from the toolchain may remain among the shared libraries it loads.
if ldd "$built" | grep -E 'not found|libswift|libFoundation|libdispatch|libBlocksRuntime|/opt/swift|/usr/lib/swift' >"$work/ldd"; then
  fail "$built still needs the toolchain's libraries: $(tr -s ' \t\n' ' ' <"$work/ldd")"
fi
echo "$name: it loads only system libraries: $(ldd "$built" | awk '{print $1}' | grep -v -E '^(linux-vdso|/)' | tr '\n' ' ')"

# installs SOURCE as TARGET with MODE, saying whether it changed.
install_file() {
  local source=$1 target=$2 mode=$3
  if [ -f "$target" ] && cmp -s "$source" "$target"; then
    echo "$name: up to date: $target"
  else
    mkdir -p "$(dirname "$target")" || fail "cannot create $(dirname "$target")"
    # A temporary file beside the target, then renamed: a running bitext is not overwritten.
    cp "$source" "$target.tmp.$$" && chmod "$mode" "$target.tmp.$$" && mv -f "$target.tmp.$$" "$target" ||
      fail "cannot write $target"
    echo "$name: installed $target"
  fi
}

install_file "$built" "$prefix/bin/bitext" 755
bitext=$prefix/bin/bitext

# The man page, from the installed binary's own help (`--experimental-dump-help`) by
# swift-argument-parser's generate-manual tool, the one its generate-manual plugin runs.
# Dated by the last commit, so that reinstalling the same version gives the same file.
"${build[@]}" --product generate-manual >>"$log" 2>&1 ||
  fail "could not build swift-argument-parser's generate-manual tool (full log: $log)"
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%Y-%m-%d)
"$("${build[@]}" --show-bin-path)/generate-manual" "$bitext" --date "$date" --output-directory "$work" >>"$log" 2>&1 ||
  fail "generate-manual failed (full log: $log)"
install_file "$work/bitext.1" "$prefix/share/man/man1/bitext.1" 644

for shell in bash zsh fish; do
  "$bitext" --generate-completion-script "$shell" >"$work/completion.$shell" || fail "no $shell completion script"
done
install_file "$work/completion.bash" "$prefix/share/bash-completion/completions/bitext" 644
install_file "$work/completion.zsh" "$prefix/share/zsh/site-functions/_bitext" 644
install_file "$work/completion.fish" "$prefix/share/fish/vendor_completions.d/bitext.fish" 644

echo "$name: $("$bitext" --version | head -n1) is in $prefix/bin$(case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo " (not on your PATH: add it, or run $bitext)";; esac)"
