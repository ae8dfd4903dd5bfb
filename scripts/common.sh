# Shared by the evaluation and benchmark scripts (sourced, not run): moves to the
# repository, finds the shared data, builds the release `bitext`, and makes a work folder.
#   setup_release_run NAME PATH-UNDER-SHARED
# sets $shared, $bitext and $work (removed on exit) and points BITEXT_DATA to an empty
# folder, or stops with exit code 2 when
# $shared/PATH-UNDER-SHARED is missing.
setup_release_run() {
  local name=$1 required=$2
  cd "$(dirname "${BASH_SOURCE[0]}")/.."
  shared=${BITEXT_SHARED:-../shared}
  if [ ! -e "$shared/$required" ]; then
    echo "$name: $shared/$required not found; put the shared data beside the repository" >&2
    exit 2
  fi
  swift build -c release --product bitext >&2
  bitext=$(swift build -c release --show-bin-path)/bitext
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # Measure the defaults, not the dictionaries this machine's user installed.
  export BITEXT_DATA="$work/no-data"
}
