#!/usr/bin/env bash
# Acceptance test of scripts/install.sh: installs into a temporary prefix, then runs the
# installed `bitext` from /tmp, with a clean environment (PATH=/usr/bin:/bin), and — in a
# private mount namespace (`unshare -m`, needs root) — with these folders hidden under empty
# tmpfs mounts, so that it cannot load anything from them:
#   the repository's .build (the build tree, the toolchain's resource bundles if any),
#   the repository's Sources (the language profiles' .txt files),
#   the Swift toolchain (the folder above `swift`'s bin, e.g. /opt/swift/usr).
# It segments corpora/sample/tram.fr.txt and aligns the sample (TSV and the HTML page), and
# compares the results with the build tree's bitext ($BITEXT, or `swift build`'s debug one):
# they must be identical. Then it checks the man page (every subcommand and option of the
# help is in it) and the three completion scripts, and that a second install changes nothing.
# Prints one line per check; exit status 0 when all hold, 1 otherwise.
# Usage: scripts/check-install.sh      (slow: a release build; the tests run it when
#                                       BITEXT_CHECK_INSTALL=1)
# BITEXT_BUILD_PATH, when set, is install.sh's build folder (hidden too); the tests set it
# to .build-install, since `swift test` keeps .build locked while it runs.
set -uo pipefail
cd "$(dirname "$0")/.."
repository=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
failures=0
pass() { echo "check-install: ok: $*"; }
failed() { echo "check-install: FAILED: $*"; failures=$((failures + 1)); }

reference=${BITEXT:-}
if [ -z "$reference" ]; then
  swift build --product bitext >&2 || { failed "the build tree's bitext does not build"; exit 1; }
  reference=$(swift build --show-bin-path)/bitext
fi

if scripts/install.sh "$prefix" >"$work/install.out" 2>&1; then
  pass "scripts/install.sh $prefix"
else
  failed "scripts/install.sh $prefix: $(tail -n1 "$work/install.out")"
  exit 1
fi
bitext=$prefix/bin/bitext

toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
if ldd "$bitext" | grep -q -E "not found|libswift|libFoundation|libdispatch|$toolchain"; then
  failed "ldd $bitext lists toolchain libraries: $(ldd "$bitext" | grep -E "not found|libswift|libFoundation|libdispatch|$toolchain" | tr -s ' \t\n' ' ')"
else
  pass "ldd: $(ldd "$bitext" | awk '{print $1}' | grep -v -E '^(linux-vdso|/)' | tr '\n' ' ')"
fi

# Runs the installed bitext with ARGS from /tmp, in a clean environment, with the build
# tree, the sources and the toolchain hidden when a private mount namespace is available.
hidden=("$repository/.build" "$repository/Sources" "$toolchain")
if [ -n "${BITEXT_BUILD_PATH:-}" ]; then hidden+=("$(readlink -f "$BITEXT_BUILD_PATH")"); fi
run_installed() {
  if [ "$isolation" = namespace ]; then
    unshare -m --propagation private /bin/bash -c '
      for folder in "${@:2:$1}"; do mount -t tmpfs -o ro,size=1k none "$folder" || exit 125; done
      shift $(($1 + 1)); cd /tmp && exec "$@"' _ "${#hidden[@]}" "${hidden[@]}" \
      env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$bitext" "$@"
  else
    (cd /tmp && env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$bitext" "$@")
  fi
}
isolation=plain
if [ "$(id -u)" -eq 0 ] && unshare -m --propagation private /bin/true 2>/dev/null; then
  isolation=namespace
  run_installed --version >/dev/null 2>&1
  [ $? -ne 125 ] || isolation=plain
fi
if [ "$isolation" = namespace ]; then
  pass "hidden while the installed bitext runs (private mount namespace): ${hidden[*]}"
else
  failed "cannot hide ${hidden[*]} (unshare -m needs root): the runs below only use a clean environment from /tmp"
fi

version=$(run_installed --version)
if [[ $version =~ ^0\.[0-9]+\.[0-9]+\ \(ICU\ [0-9.]+\)$ ]] && [ "$version" = "$("$reference" --version)" ]; then
  pass "bitext --version: $version"
else
  failed "bitext --version printed '$version', the build tree's '$("$reference" --version)'"
fi

sample=$repository/corpora/sample
# compare NAME FILE-FROM-INSTALLED FILE-FROM-BUILD-TREE
compare() {
  if [ -s "$2" ] && cmp -s "$2" "$3"; then
    pass "$1: identical to the build tree's ($(wc -l <"$2") lines)"
  else
    failed "$1: differs from the build tree's (or is empty)"
  fi
}
export BITEXT_DATA=$work/no-data  # the same (no) dictionaries for both
run_installed segment --lang fr "$sample/tram.fr.txt" >"$work/segment.installed" 2>&1
(cd /tmp && "$reference" segment --lang fr "$sample/tram.fr.txt") >"$work/segment.reference" 2>&1
compare "segment --lang fr corpora/sample/tram.fr.txt" "$work/segment.installed" "$work/segment.reference"

align=(align "$sample/tram.en.txt" "$sample/tram.fr.txt" --src-lang en --tgt-lang fr --format tsv)
run_installed "${align[@]}" --html "$work/installed.html" >"$work/align.installed" 2>&1
(cd /tmp && "$reference" "${align[@]}" --html "$work/reference.html") >"$work/align.reference" 2>&1
compare "align corpora/sample/tram.en.txt tram.fr.txt --format tsv" "$work/align.installed" "$work/align.reference"
compare "align --html (the review page)" "$work/installed.html" "$work/reference.html"

man=$prefix/share/man/man1/bitext.1
if [ -s "$man" ]; then
  # Every subcommand and every long option its help lists appears in the man page
  # (mdoc writes `--name` as `Fl -name`, and `-o, --output` as `Fl o , -output`).
  missing=
  text=$(sed 's/\\-/-/g; s/\\(hy/-/g' "$man")
  for command in $("$bitext" --help | sed -n '/^SUBCOMMANDS:/,/^$/p' | awk 'NR > 1 && /^  [a-z]/ {print $1}'); do
    grep -q -w -- "$command" <<<"$text" || missing+=" $command"
    for option in $("$bitext" help "$command" | grep -o -E -- '--[a-z][a-z0-9-]*' | sort -u); do
      grep -q -E -- "(^| )-${option#--}\b" <<<"$text" || missing+=" $command $option"
    done
  done
  if [ -z "$missing" ]; then
    pass "man page $man lists every subcommand and option of the help"
  else
    failed "man page $man lacks:$missing"
  fi
else
  failed "no man page at $man"
fi

for completion in share/bash-completion/completions/bitext share/zsh/site-functions/_bitext share/fish/vendor_completions.d/bitext.fish; do
  if [ -s "$prefix/$completion" ] && grep -q coverage "$prefix/$completion"; then
    pass "completion $prefix/$completion"
  else
    failed "no completion script at $prefix/$completion (or it lacks the subcommands)"
  fi
done

if scripts/install.sh "$prefix" >"$work/install-again.out" 2>&1 && ! grep -q "installed " "$work/install-again.out" &&
   [ "$(grep -c "up to date" "$work/install-again.out")" -eq 5 ]; then
  pass "a second scripts/install.sh changes nothing (5 files up to date)"
else
  failed "a second scripts/install.sh: $(grep -E "installed |error" "$work/install-again.out" | tr '\n' ' ')"
fi

if [ "$failures" -eq 0 ]; then
  echo "check-install: all checks passed"
else
  echo "check-install: $failures check(s) failed"
  exit 1
fi
