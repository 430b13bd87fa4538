# lib_check.sh -- sourced by the shell tests with their three arguments:
#   source "$(dirname "$0")/lib_check.sh" "$@"
# Sets bin (the geoevents binary, an absolute path), src (the source
# folder), tmp (a fresh scratch folder of the test's own), gaz (the default
# gazetteer) and passes/fails, and defines check DESCRIPTION COMMAND...,
# which runs COMMAND and counts it as passed or failed (naming a failure).
bin=$1; src=$2; tmp=$3
rm -rf "$tmp"; mkdir -p "$tmp"
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
fails=0; passes=0
check() { # check DESCRIPTION COMMAND...
    local what=$1; shift
    if "$@"; then passes=$((passes + 1)); else fails=$((fails + 1)); echo "FAIL: $what"; fi
}
gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
