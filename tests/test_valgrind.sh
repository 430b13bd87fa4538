#!/usr/bin/env bash
# The whole pipeline under valgrind: map the bundled examples to a
# GeoPackage (all layers) and to the HTML map, and look a name up; any memory
# error or definite leak fails. Skipped without valgrind, and in the
# sanitizer build (ASan and valgrind do not mix; ASan checks that build).
set -uo pipefail
bin=$1; src=$2; tmp=$3
rm -rf "$tmp"; mkdir -p "$tmp"
command -v valgrind >/dev/null || { echo "test_valgrind: skipped (no valgrind)"; exit 77; }
# (no grep -q: it would close the pipe early, and pipefail would see ldd's SIGPIPE)
if ldd "$bin" 2>/dev/null | grep libasan >/dev/null; then
    echo "test_valgrind: skipped (sanitizer build)"; exit 77
fi
[ -f "$src/gazetteer/geoevents.gaz" ] || { echo "test_valgrind: skipped (no gazetteer)"; exit 77; }
pass=0; fail=0
run() {
    local what=$1; shift
    if valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9 "$@" \
        > "$tmp/out.txt" 2> "$tmp/err.txt"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1)); echo "FAIL: $what"; tail -30 "$tmp/err.txt"
    fi
}
run "map examples -> gpkg" "$bin" map "$src/examples" -o "$tmp/ex.gpkg" --date 2023-11-20 -q
run "map examples -> html" "$bin" map "$src/examples" -o "$tmp/ex.html" -q
# the program's own path, without GDAL: plain files to PLOVER JSON Lines
run "map files -> plover" "$bin" map "$src"/examples/*.* -o "$tmp/ex.jsonl" -q
run "gazetteer lookup" "$bin" gazetteer lookup Springfield
echo "test_valgrind: $pass passed, $fail failed"
[ "$fail" = 0 ]
