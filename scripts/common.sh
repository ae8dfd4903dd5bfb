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

# rewrite_set SET OUT FILE COMMAND...: copies each document folder of SET that has FILE into
# OUT, with FILE replaced by the output of COMMAND... given the original FILE's path last
# (a stand-in made from a dev set: another script, made-up words).
rewrite_set() {
  local set=$1 out=$2 file=$3 doc
  shift 3
  for doc in "$set"/*/; do
    doc=${doc%/}
    [ -f "$doc/$file" ] || continue
    mkdir -p "$out/$(basename "$doc")"
    cp "$doc"/* "$out/$(basename "$doc")/"
    "$@" "$doc/$file" > "$out/$(basename "$doc")/$file"
  done
}
