#!/usr/bin/env bash
# Round trip through every output format: map the bundled examples (and a
# small article with non-Latin names) to GeoJSON, GeoJSONSeq, a Shapefile
# folder, GPKG, FlatGeobuf, CSV, KML and MBTiles, read each back through OGR
# (ogr2ogr, ogrinfo), and check feature counts agree, field types, the CRS,
# reprojection, UTF-8 names, --overwrite refusal, atomic output and exit codes.
# Needs the default gazetteer (skipped, exit 77, when it is missing).
set -uo pipefail
bin=$1; src=$2; tmp=$3
gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
if [ ! -f "$gaz" ]; then
    echo "test_roundtrip: skipped: no gazetteer at $gaz (run ./setup.sh)"
    exit 77
fi
export GEOEVENTS_GAZETTEER=$gaz
rm -rf "$tmp"; mkdir -p "$tmp/in"
fails=0; passes=0
check() { # check DESCRIPTION COMMAND...
    local what=$1; shift
    if "$@"; then passes=$((passes + 1)); else fails=$((fails + 1)); echo "FAIL: $what"; fi
}

# A small article whose place names are not ASCII.
cat > "$tmp/in/utf8.jsonl" <<'EOF'
{"id": "utf8-1", "title": "Zürich, Tōkyō, Москва", "date": "2026-05-02", "text": "Thousands of workers marched through Zürich on Friday to protest against pension cuts. In Tōkyō, officials met trade envoys. Talks were also held in Москва and in São Paulo."}
EOF
cp -r "$src/examples" "$tmp/in/examples"
map() { "$bin" map "$tmp/in" -q --date 2026-05-01 "$@"; }

# 1. Every format, all three layers.
exts="geojson geojsonl gpkg fgb csv kml mbtiles"
for ext in $exts; do
    check "map to .$ext" map -o "$tmp/out.$ext" --layers events,mentions,articles
done
check "map to a Shapefile folder" map -o "$tmp/shp"
check "map to GPKG in EPSG:3857" map -o "$tmp/merc.gpkg" -t_srs EPSG:3857
check "map to PLOVER JSON Lines" map -o "$tmp/out.jsonl"
check "single-layer formats put the other layers beside" \
    test -f "$tmp/out.mentions.geojson" -a -f "$tmp/out.articles.fgb" -a -f "$tmp/out.mentions.kml"
check "Shapefile folder: .cpg and .prj for every layer" \
    test -f "$tmp/shp/events.cpg" -a -f "$tmp/shp/mentions.cpg" -a -f "$tmp/shp/articles.prj"

# 2. Read everything back through OGR as GeoJSON.
dump() { # dump SRC LAYER NAME
    ogr2ogr -f GeoJSON -t_srs EPSG:4326 "$tmp/back_$3.json" "$1" $2 2>"$tmp/ogr2ogr_$3.err" ||
        { echo "ogr2ogr $1 $2 failed:"; cat "$tmp/ogr2ogr_$3.err"; }
}
for layer in events mentions articles; do
    dump "$tmp/out.gpkg" "$layer" "gpkg_$layer"
    dump "$tmp/shp/$layer.shp" "" "shp_$layer"
    dump "$tmp/out.mbtiles" "$layer" "mbtiles_$layer"
    for ext in geojson geojsonl fgb csv kml; do
        f=$tmp/out.$ext
        [ "$layer" = events ] || f=$tmp/out.$layer.$ext
        dump "$f" "" "${ext}_$layer"
    done
done
dump "$tmp/merc.gpkg" events merc_events
ogr2ogr -f GeoJSON "$tmp/merc_native.json" "$tmp/merc.gpkg" events

python3 - "$tmp" "$exts shp" <<'PY'
import json, sys, math
tmp, fmts = sys.argv[1], sys.argv[2].split()
fails = passes = 0
def check(ok, what):
    global fails, passes
    if ok: passes += 1
    else: fails += 1; print("FAIL:", what)
def load(name):
    try: return json.load(open(f"{tmp}/back_{name}.json"))["features"]
    except Exception as e: check(False, f"read back {name}: {e}"); return []

for layer in ("events", "mentions", "articles"):
    ids = {}
    for fmt in fmts:
        fs = load(f"{fmt}_{layer}")
        key = {"events": "event_id", "mentions": None, "articles": "article_id"}[layer]
        if fmt == "mbtiles":   # tiles repeat points near tile edges: count distinct features
            seen = {json.dumps(f["properties"], sort_keys=True) for f in fs}
            ids[fmt] = len(seen)
        else:
            ids[fmt] = len(fs)
    check(ids["gpkg"] > 0, f"{layer}: features written ({ids})")
    check(len(set(ids.values())) == 1, f"{layer}: same count in every format {ids}")

# Coordinates agree between formats (events, lon/lat).
def coords(fmt):
    out = []
    for f in load(f"{fmt}_events"):
        g = f.get("geometry")
        if g:
            c = g["coordinates"]
            if g["type"] == "MultiPoint": c = c[0]
            out.append((round(c[0], 3), round(c[1], 3)))
    return sorted(out)
ref = coords("gpkg")
check(all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ref), "GPKG lon/lat in range")
for fmt in ("geojson", "geojsonl", "fgb", "csv", "kml", "shp"):
    check(coords(fmt) == ref, f"{fmt}: same coordinates as GPKG")

# Reprojection: the EPSG:3857 GPKG holds metres that map back to the same points.
native = json.load(open(f"{tmp}/merc_native.json"))["features"]
check(len(native) == len(ref) and len(native) > 0, "EPSG:3857 GPKG: same events")
check(any(abs(f["geometry"]["coordinates"][0]) > 1000 for f in native), "EPSG:3857 coordinates in metres")
check(coords("merc") == ref, "EPSG:3857 back to EPSG:4326 gives the same points")

# Non-Latin names survive every format that holds the mentions layer (KML
# keeps `name` as the placemark's <name>, read back as `Name`).
def mname(f):
    p = f["properties"]
    return p.get("name", p.get("Name"))
for fmt in fmts:
    names = {mname(f) for f in load(f"{fmt}_mentions")}
    check("Zürich" in names, f"{fmt}: 'Zürich' survives ({sorted(n for n in names if n and not n.isascii())})")
    titles = {f["properties"].get("title") for f in load(f"{fmt}_articles")}
    check("Zürich, Tōkyō, Москва" in titles, f"{fmt}: non-Latin title survives")
gp = {f["properties"]["name"] for f in load("gpkg_mentions")}
for n in ("Tōkyō", "Москва", "São Paulo"):
    if n in gp:
        for fmt in fmts:
            check(n in {mname(f) for f in load(f"{fmt}_mentions")}, f"{fmt}: '{n}' survives")

# Offsets in every format are code point offsets into the text.
texts = {}
for line in open(f"{tmp}/in/utf8.jsonl", encoding="utf-8"):
    d = json.loads(line); texts[d["id"]] = d["text"]
for fmt in ("gpkg", "shp", "geojson", "csv"):
    for f in load(f"{fmt}_mentions"):
        p = f["properties"]
        if p.get("article_id") in texts:
            t = texts[p["article_id"]]
            check(t[int(p["start"]):int(p["end"])] == p["name"], f"{fmt}: offsets of {p['name']}")

# PLOVER JSON Lines: one record a line for every event (located or not).
lines = [json.loads(l) for l in open(f"{tmp}/out.jsonl", encoding="utf-8") if l.strip()]
check(len(lines) >= len(ref), f"JSON Lines: {len(lines)} records for {len(ref)} located events")

# GeoJSON as web maps want it: RFC 7946, no crs member, an id on each feature.
gj = json.load(open(f"{tmp}/out.geojson"))
check("crs" not in gj, "GeoJSON has no crs member")
check(all("id" in f for f in gj["features"]), "GeoJSON features have an id")
check(all(len(str(c).split(".")[-1]) <= 6 for f in gj["features"] if f["geometry"]
          for c in f["geometry"]["coordinates"]), "GeoJSON coordinates have at most 6 decimals")
print(f"test_roundtrip (read back): {passes} passed, {fails} failed")
sys.exit(1 if fails else 0)
PY
py=$?
[ $py -eq 0 ] || fails=$((fails + 1))

# 3. Field types as OGR reads them back.
ftype() { ogrinfo -so "$1" $2 2>/dev/null | sed -n "s/^$3: \([A-Za-z0-9]*\).*/\1/p" | head -n1; }
check "GPKG event_date is Date" test "$(ftype "$tmp/out.gpkg" events event_date)" = Date
check "GPKG published is DateTime" test "$(ftype "$tmp/out.gpkg" events published)" = DateTime
check "GPKG count is Integer" test "$(ftype "$tmp/out.gpkg" events count)" = Integer
check "GPKG quad_code is Integer" test "$(ftype "$tmp/out.gpkg" events quad_code)" = Integer
check "GPKG confidence is Real" test "$(ftype "$tmp/out.gpkg" events confidence)" = Real
check "GPKG mentions.population is Integer64" test "$(ftype "$tmp/out.gpkg" mentions population)" = Integer64
check "Shapefile event_date is Date" test "$(ftype "$tmp/shp/events.shp" events event_date)" = Date
check "Shapefile trig_start is Integer" test "$(ftype "$tmp/shp/events.shp" events trig_start)" = Integer
check "GeoJSON event_date is Date" test "$(ftype "$tmp/out.geojson" events event_date)" = Date
check "GeoJSON fatalities is Integer" test "$(ftype "$tmp/out.geojson" events fatalities)" = Integer
check "CSV event_date is Date (.csvt)" test "$(ftype "$tmp/out.csv" out event_date)" = Date
check "FlatGeobuf count is Integer" test "$(ftype "$tmp/out.fgb" events count)" = Integer

# 4. The CRS.
srs_code() { ogrinfo -so "$1" $2 2>/dev/null | grep -o 'ID\["EPSG",[0-9]*\]' | tail -n1; }
check "GPKG is EPSG:4326" test "$(srs_code "$tmp/out.gpkg" events)" = 'ID["EPSG",4326]'
check "Shapefile is EPSG:4326" test "$(srs_code "$tmp/shp/events.shp" events)" = 'ID["EPSG",4326]'
check "FlatGeobuf is EPSG:4326" test "$(srs_code "$tmp/out.fgb" events)" = 'ID["EPSG",4326]'
check "-t_srs EPSG:3857 GPKG is EPSG:3857" test "$(srs_code "$tmp/merc.gpkg" events)" = 'ID["EPSG",3857]'
check "MBTiles is EPSG:3857" test "$(srs_code "$tmp/out.mbtiles" events)" = 'ID["EPSG",3857]'

# 5. An existing output is refused without --overwrite, and left untouched.
sum=$(sha256sum "$tmp/out.gpkg" | cut -d' ' -f1)
map -o "$tmp/out.gpkg" 2>"$tmp/refuse.err"; rc=$?
check "existing output refused (exit 1)" test $rc -eq 1
check "refusal says --overwrite" grep -q -- "--overwrite" "$tmp/refuse.err"
check "refused output untouched" test "$(sha256sum "$tmp/out.gpkg" | cut -d' ' -f1)" = "$sum"
map -o "$tmp/shp" 2>/dev/null; rc=$?
check "existing Shapefile set refused" test $rc -eq 1
check "--overwrite replaces" map -o "$tmp/out.gpkg" --overwrite

# 6. Atomic: a failing run (--strict on a bad input) leaves the old output as it was.
sum=$(sha256sum "$tmp/out.gpkg" | cut -d' ' -f1)
printf '{"id": "bad", "text": ' > "$tmp/bad.jsonl"
"$bin" map "$tmp/in" "$tmp/bad.jsonl" -o "$tmp/out.gpkg" --overwrite --strict -q 2>/dev/null; rc=$?
check "--strict with a bad input fails (exit 1)" test $rc -eq 1
check "failed run leaves the old output untouched" test "$(sha256sum "$tmp/out.gpkg" | cut -d' ' -f1)" = "$sum"
check "no temporary files left" test -z "$(ls -A "$tmp" | grep '\.tmp-')"
"$bin" map "$tmp/in" "$tmp/bad.jsonl" -o "$tmp/lenient.gpkg" -q 2>"$tmp/lenient.err"; rc=$?
check "without --strict a bad input is reported and skipped (exit 3)" test $rc -eq 3
check "the message names the file" grep -q "bad.jsonl" "$tmp/lenient.err"

# 7. Interrupted (SIGINT) while reading stdin: old output untouched, temp removed.
sum=$(sha256sum "$tmp/out.gpkg" | cut -d' ' -f1)
mkfifo "$tmp/fifo"
"$bin" map - -o "$tmp/out.gpkg" --overwrite -q < "$tmp/fifo" 2>/dev/null &
pid=$!
exec 7>"$tmp/fifo"
head -n 2 "$src/examples/news.jsonl" >&7
sleep 1
kill -INT $pid
sleep 0.5
exec 7>&-
wait $pid; rc=$?
check "interrupted run fails (exit $rc)" test $rc -ne 0
check "interrupted run leaves the old output untouched" test "$(sha256sum "$tmp/out.gpkg" | cut -d' ' -f1)" = "$sum"
check "interrupted run leaves no temporary files" test -z "$(ls -A "$tmp" | grep '\.tmp-')"

# 8. Exit codes.
"$bin" map "$tmp/in" -q 2>/dev/null; check "no -o is a usage error (2)" test $? -eq 2
"$bin" map "$tmp/no-such-file.txt" -o "$tmp/none.gpkg" -q 2>/dev/null
check "only unreadable inputs: exit 1" test $? -eq 1
check "and nothing written" test ! -e "$tmp/none.gpkg"
"$bin" map "$tmp/in" -o "$tmp/x.unknownext" -q 2>/dev/null
check "unknown extension: exit 1" test $? -eq 1
"$bin" map "$tmp/in" -o "$tmp/nodir/x.gpkg" -q 2>/dev/null
check "missing output folder: exit 1" test $? -eq 1
"$bin" map "$tmp/in" -o "$tmp/x.gpkg" -t_srs EPSG:0 -q 2>/dev/null
check "unknown CRS: exit 1" test $? -eq 1

echo "test_roundtrip: $passes passed, $fails failed"
[ $fails -eq 0 ]
