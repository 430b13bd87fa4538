#!/usr/bin/env bash
# tsan.sh -- builds geoevents with ThreadSanitizer (clang) in build-tsan/ and
# runs `geoevents map --threads 4` over the given JSON Lines corpora (default:
# the bundled examples) into GeoPackage, GeoJSON, a GeoJSON Sequence (written
# from parts, on the processing threads), a Shapefile folder and PLOVER on
# standard output. Exits 1 when ThreadSanitizer reports anything
# but the lock-order note inside GDAL listed in scripts/tsan.supp.
#
#   scripts/tsan.sh [CORPUS.jsonl ...]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang >/dev/null || { echo "tsan.sh: needs clang (Debian: apt-get install clang)" >&2; exit 2; }
[ -f gazetteer/geoevents.gaz ] || ./setup.sh --no-run
if [ ! -f build-tsan/CMakeCache.txt ]; then
    CC=clang cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF \
        -DCMAKE_C_FLAGS="-fsanitize=thread" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" >/dev/null
fi
cmake --build build-tsan -j"$(nproc)" --target geoevents_cli >/dev/null
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(examples/*.jsonl)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export TSAN_OPTIONS="halt_on_error=0 exitcode=66 suppressions=$PWD/scripts/tsan.supp"
status=0
for target in events.gpkg events.geojson events.geojsonl shp plover; do
    log=$out/$target.log
    if [ "$target" = plover ]; then
        build-tsan/geoevents map "${inputs[@]}" -o - -f PLOVER --threads 4 -q >/dev/null 2>"$log" || true
    else
        build-tsan/geoevents map "${inputs[@]}" -o "$out/$target" --threads 4 -q 2>"$log" || true
    fi
    n=$(grep -c 'WARNING: ThreadSanitizer' "$log" || true)
    if [ "$n" -ne 0 ]; then
        echo "$target: $n ThreadSanitizer report(s)"
        grep -A12 'WARNING: ThreadSanitizer' "$log" | head -60
        status=1
    else
        echo "$target: no ThreadSanitizer report"
    fi
done
exit $status
