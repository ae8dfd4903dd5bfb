#!/usr/bin/env bash
# Installs everything the tests need and runs every test: the Debian packages and Python
# tools listed in scripts/dependencies.sh (apt-get through sudo when not root; nothing is
# installed when all are there), then `swift test` with translate-toolkit's virtual
# environment first on the PATH and BITEXT_REQUIRE_TOOLS=1, so that a check whose program
# is missing fails instead of being skipped. Checks on the shared data sets still skip,
# with a message, where ../shared (or $BITEXT_SHARED) is absent.
# Usage: scripts/test.sh [SWIFT TEST OPTIONS...]   (e.g. --filter TMXClientTests)
# .ci/run runs exactly this script.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh

name=test
fail() {
  echo "$name: error: $*" >&2
  exit 1
}

command -v swift >/dev/null 2>&1 || fail "swift is not on the PATH: install Swift 6.3 first (https://www.swift.org/install/linux/)"
install_debian_packages "$name" "${BITEXT_BUILD_PACKAGES[@]}" "${BITEXT_TEST_PACKAGES[@]}" || exit 1
install_python_tools "$name" "$PWD/.venv" || exit 1
export PATH="$PWD/.venv/bin:$PATH"

# The programs the tests look for, found the way they look for them (on the PATH).
for tool in python3 xmllint chromium pdftotext parallel; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is not on the PATH after installing: the tests that need it would fail"
done
python3 -c "import translate.storage.tmx" 2>/dev/null || fail "the python3 on the PATH cannot import translate-toolkit"

export BITEXT_REQUIRE_TOOLS=1
echo "$name: swift test${*:+ $*}"
exec swift test "$@"
