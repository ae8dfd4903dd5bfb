# What Bitext needs from Debian and PyPI, in one place (sourced, not run). scripts/install.sh
# installs the build packages; scripts/test.sh (which .ci/run runs) installs both lists and
# the Python tools. To add a package, add it here and nowhere else.

# To build and run `bitext`: ICU's headers and libraries (the segmenter, the aligner's
# transliteration, language codes); libxml2's, for reading web pages (Sources/CBitextHTML);
# pkg-config, through which SwiftPM finds libxml2's flags; libcld2-dev to identify languages
# (Sources/CBitextLanguageID); zlib for ZIPFoundation (XLSX, DOCX); poppler-utils for pdftotext,
# which `bitext` runs to read PDF input.
BITEXT_BUILD_PACKAGES=(libicu-dev libcld2-dev libxml2-dev pkg-config poppler-utils zlib1g-dev)
# For the tests on top of those: python3 for the reference scorers and translate-toolkit,
# python3-venv for its virtual environment, xmllint to validate TMX against the DTD,
# chromium to render the HTML view (scripts/check-html-view.sh), GNU parallel to run the
# README's sharded-batch recipe (`batch --shard` then `bitext merge`).
BITEXT_TEST_PACKAGES=(python3 python3-venv libxml2-utils chromium parallel)
# Python packages, installed into .venv (put first on the PATH by scripts/test.sh):
# translate-toolkit, a real TMX and XLIFF client; openpyxl, a real XLSX reader.
BITEXT_PYTHON_PACKAGES=(translate-toolkit openpyxl)

# The packages among the arguments that dpkg does not list as installed.
missing_debian_packages() {
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
      printf '%s\n' "$package"
    fi
  done
}

# install_debian_packages NAME PACKAGE...: installs the packages that are missing with
# apt-get (through sudo when not root), after one `apt-get update`; does nothing, and runs
# no apt-get, when all are there. Prints what it does, prefixed with NAME; returns 1 with
# one line on standard error when it cannot install them.
install_debian_packages() {
  local name=$1
  shift
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "$name: not a Debian system (no dpkg-query): make sure these are installed: $*" >&2
    return 0
  fi
  local missing
  missing=$(missing_debian_packages "$@" | tr '\n' ' ')
  missing=${missing% }
  if [ -z "$missing" ]; then
    echo "$name: Debian packages already installed: $*"
    return 0
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "$name: error: missing Debian packages ($missing) and no sudo: run 'apt-get install -y $missing' as root" >&2
      return 1
    fi
    sudo=(sudo)
  fi
  echo "$name: installing Debian packages: $missing"
  # shellcheck disable=SC2086
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 ||
     ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >&2; then
    echo "$name: error: apt-get could not install: $missing" >&2
    return 1
  fi
}

# install_python_tools NAME VENV: makes VENV a virtual environment with
# BITEXT_PYTHON_PACKAGES installed (nothing is fetched when they import already).
install_python_tools() {
  local name=$1 venv=$2
  local package missing=0
  for package in "${BITEXT_PYTHON_PACKAGES[@]}"; do
    # (pip show succeeds when any of several packages is there: one at a time.)
    [ -x "$venv/bin/pip" ] && "$venv/bin/pip" show -q "$package" >/dev/null 2>&1 || missing=1
  done
  if [ "$missing" -eq 0 ]; then
    echo "$name: Python packages already installed in $venv: ${BITEXT_PYTHON_PACKAGES[*]}"
    return 0
  fi
  echo "$name: installing Python packages into $venv: ${BITEXT_PYTHON_PACKAGES[*]}"
  if ! python3 -m venv "$venv" >&2 || ! "$venv/bin/pip" install -q "${BITEXT_PYTHON_PACKAGES[@]}" >&2; then
    echo "$name: error: could not install ${BITEXT_PYTHON_PACKAGES[*]} into $venv" >&2
    return 1
  fi
}
