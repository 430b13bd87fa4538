#!/usr/bin/env bash
# Start-up (issue 12): the program geoevents links the core of the library
# only; GDAL comes in the module geoevents-gdal.so, loaded when a run needs
# it. Checks: no libgdal among the program's NEEDED libraries; PLOVER and
# HTML-map runs on plain files, folders and stdin, --version and --help load
# no libgdal (the dynamic loader's own log, LD_DEBUG=libs); the GIS formats,
# archives and merge still work through the module, also from an installed
# tree (cmake --install); a module that cannot be loaded is one clear
# message naming what needed it. The parts that map articles need the default
# gazetteer; they are skipped (exit 77) when it is missing.
set -uo pipefail
source "$(dirname "$0")/lib_check.sh" "$@"
status() { "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; }
# The libraries a run loads, as the dynamic loader logs them.
loaded() { LD_DEBUG=libs LD_DEBUG_OUTPUT="$tmp/ld" "$@" >/dev/null 2>&1; cat "$tmp"/ld.* 2>/dev/null; rm -f "$tmp"/ld.*; }
# (A log without libc would be no log at all: the check would pass idly.)
no_gdal() { local l; l=$(loaded "$@"); grep -q 'libc\.so' <<<"$l" && ! grep -q 'libgdal\.so' <<<"$l"; }
with_gdal() { loaded "$@" | grep -q 'libgdal\.so'; }

if command -v readelf >/dev/null; then
    check "the program needs no libgdal" sh -c "! readelf -d '$bin' | grep -q 'NEEDED.*libgdal'"
fi
# The loader's log is the check: it must say something at all.
check "LD_DEBUG logs the libraries" sh -c "LD_DEBUG=libs '$bin' --version 2>&1 | grep -q 'libc\.so'"
check "--version loads no libgdal" no_gdal "$bin" --version
check "--help loads no libgdal" no_gdal "$bin" --help

if [ ! -f "$gaz" ]; then
    echo "test_startup: no gazetteer; the runs skipped"
    echo "test_startup: $passes passed, $fails failed"
    [ $fails -eq 0 ] && exit 77 || exit 1
fi

in=$tmp/one.jsonl
printf '%s\n' '{"id":"a1","date":"2024-03-05","text":"Police arrested two men in Dublin on Monday after a bomb exploded near the city hall."}' \
              '{"id":"a2","text":"Protesters marched in Nairobi, Kenya, on Tuesday."}' > "$in"
printf 'Soldiers attacked a village near Mosul, Iraq.\n' > "$tmp/one.txt"
printf '<html><head><title>T</title></head><body><p>Police raided a house in Lyon, France.</p></body></html>\n' > "$tmp/one.html"

check "PLOVER from JSON Lines loads no libgdal" no_gdal "$bin" map "$in" -o "$tmp/p.jsonl" --format plover -q
check "-o FILE.jsonl loads no libgdal" no_gdal "$bin" map "$in" "$tmp/one.txt" "$tmp/one.html" -o "$tmp/p2.jsonl" -q
check "PLOVER to stdout loads no libgdal" no_gdal "$bin" map "$in" -o - -f plover -q
check "PLOVER from stdin loads no libgdal" no_gdal sh -c "exec '$bin' map - -o '$tmp/p3.jsonl' -f plover -q < '$in'"
check "PLOVER lines written" test "$(wc -l < "$tmp/p.jsonl")" -ge 2
check "the HTML map loads no libgdal" no_gdal "$bin" map "$in" -o "$tmp/m.html" -q
check "the HTML map written" grep -q '</html>' "$tmp/m.html"
mkdir -p "$tmp/dir/sub" "$tmp/dir/.hidden"
cp "$in" "$tmp/dir/sub/"; cp "$tmp/one.txt" "$tmp/dir/"; gzip -c "$in" > "$tmp/dir/.hidden/x.jsonl.gz"
check "a folder of plain files loads no libgdal" no_gdal "$bin" map "$tmp/dir" -o "$tmp/d.jsonl" -q
cp "$tmp/dir/.hidden/x.jsonl.gz" "$tmp/dir/sub/"
check "a folder holding a .gz goes through the module" with_gdal "$bin" map "$tmp/dir" -o "$tmp/d2.jsonl" -q
check "the .gz in the folder read" test "$(wc -l < "$tmp/d2.jsonl")" -gt "$(wc -l < "$tmp/d.jsonl")"

check "GeoJSON loads libgdal (through the module)" with_gdal "$bin" map "$in" -o "$tmp/g.geojson" -q
check "GeoJSON written" grep -q '"FeatureCollection"' "$tmp/g.geojson"
check "the default of -o - (GeoJSONSeq) goes through the module" with_gdal "$bin" map "$in" -o - -q
check "a .gz input goes through the module" sh -c "gzip -c '$in' > '$tmp/one.jsonl.gz' && '$bin' map '$tmp/one.jsonl.gz' -o '$tmp/gz.jsonl' -q && cmp -s '$tmp/gz.jsonl' '$tmp/p.jsonl'"
check "GPKG through the module" test "$(status "$bin" map "$in" -o "$tmp/g.gpkg" -q)" -eq 0
check "merge through the module" test "$(status "$bin" merge "$tmp/m.geojson" "$tmp/g.gpkg")" -eq 0

# A module that cannot be loaded: PLOVER runs on; the rest say why.
export GEOEVENTS_GDAL_MODULE=$tmp/none.so
check "no module: PLOVER still runs" test "$(status "$bin" map "$in" -o "$tmp/p4.jsonl" -q)" -eq 0
check "no module: the same PLOVER" cmp -s "$tmp/p4.jsonl" "$tmp/p.jsonl"
check "no module: GeoJSON exits 1" test "$(status "$bin" map "$in" -o "$tmp/g2.geojson" -q)" -eq 1
check "no module: the message names what needed GDAL" grep -q "writing GeoJSON.*needs GDAL.*geoevents-gdal.so" "$tmp/err"
check "no module: one line" test "$(wc -l < "$tmp/err")" -eq 1
check "no module: merge says so" sh -c "'$bin' merge '$tmp/m2.geojson' '$tmp/g.gpkg' 2>&1 | grep -q 'the merge command needs GDAL'"
unset GEOEVENTS_GDAL_MODULE

# An installed tree finds its module (relative to the program).
build=$(dirname "$bin")
if command -v cmake >/dev/null && [ -f "$build/cmake_install.cmake" ]; then
    if cmake --install "$build" --prefix "$tmp/inst" >/dev/null 2>&1; then
        ibin=$tmp/inst/bin/geoevents
        check "installed: the module is installed" sh -c "ls '$tmp'/inst/lib*/geoevents/geoevents-gdal.so >/dev/null"
        check "installed: GeoJSON through the module" test "$(status "$ibin" map "$in" -o "$tmp/i.geojson" -q)" -eq 0
        check "installed: the same GeoJSON" cmp -s "$tmp/i.geojson" "$tmp/g.geojson"
        check "installed: PLOVER loads no libgdal" no_gdal "$ibin" map "$in" -o "$tmp/i.jsonl" -q
    else
        fails=$((fails + 1)); echo "FAIL: cmake --install"
    fi
fi

echo "test_startup: $passes passed, $fails failed"
[ $fails -eq 0 ]
