#!/usr/bin/env bash
# `geoevents map` in a GIS user's hands: exit status 3 when an input was
# skipped or a feature dropped, GDAL/PROJ errors in the tool's words (raw
# lines only with --debug), ogr2ogr options (-lco, -dsco, -nln, -append,
# -progress, -f GPX), --layers for every format.
set -uo pipefail
bin=$1; src=$2; tmp=$3
rm -rf "$tmp"; mkdir -p "$tmp"
fails=0; passes=0
check() { # check DESCRIPTION COMMAND...
    local what=$1; shift
    if "$@"; then passes=$((passes + 1)); else fails=$((fails + 1)); echo "FAIL: $what"; fi
}
status() { "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; }
gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
[ -f "$gaz" ] || { echo "test_gis_cli: skipped, no gazetteer at $gaz"; exit 77; }
export GEOEVENTS_GAZETTEER=$gaz
py() { python3 -c "$@"; }

mkdir -p "$tmp/in"
printf 'Militants attacked a police station in Baghdad on Tuesday, killing five people.\n' > "$tmp/in/a.txt"
printf 'Protesters marched in Honolulu on Monday. Officials met in Auckland to discuss trade.\n' > "$tmp/in/b.txt"
D="--date 2023-11-20"

# --- exit status ---------------------------------------------------------
check "all good: exit 0" test "$(status "$bin" map "$tmp/in" -o "$tmp/ok.geojson" $D)" -eq 0
check "missing input beside good ones: exit 3" \
    test "$(status "$bin" map "$tmp/in" "$tmp/nope.txt" -o "$tmp/miss.geojson" $D)" -eq 3
check "missing input: named once" test "$(grep -c 'nope.txt' "$tmp/err")" -eq 1
check "missing input: the good ones are written" test -s "$tmp/miss.geojson"
check "missing input: exit status explained" grep -q "exit status 3" "$tmp/err"
check "--strict with a missing input: exit 1" \
    test "$(status "$bin" map "$tmp/in" "$tmp/nope.txt" -o "$tmp/strict.geojson" --strict $D)" -eq 1
check "--keep-going is accepted (the default)" \
    test "$(status "$bin" map "$tmp/in" "$tmp/nope.txt" -o "$tmp/kg.geojson" --keep-going $D)" -eq 3

# A CRS that cannot represent the far side of the Earth drops those points.
ORTHO="+proj=ortho +lat_0=0 +lon_0=0"
check "reprojection drops: exit 3" test "$(status "$bin" map "$tmp/in" -o "$tmp/ortho.geojson" \
    --layers events,mentions,articles -t_srs "$ORTHO" $D)" -eq 3
check "drops: one message naming the places" \
    test "$(grep -c 'cannot represent their place' "$tmp/err")" -eq 1
check "drops: Honolulu named once" test "$(grep -o 'Honolulu' "$tmp/err" | wc -l)" -eq 1
check "drops: counted per layer" grep -Eq "[0-9]+ events, [0-9]+ mentions, [0-9]+ articles dropped" "$tmp/err"
check "drops: counted in the summary line" grep -q "features dropped" "$tmp/err"
check "drops: no raw GDAL line" bash -c "! grep -Eq '^(ERROR|Warning) [0-9]|GDAL error' '$tmp/err'"
check "drops: Baghdad kept" py "
import json,sys; fs=json.load(open('$tmp/ortho.geojson'))['features']
sys.exit(0 if fs and all(f['properties']['place_name']=='Baghdad' for f in fs) else 1)"
status "$bin" map "$tmp/in" -o "$tmp/ortho2.geojson" -t_srs "$ORTHO" $D -q >/dev/null
check "-q: no raw GDAL line" bash -c "! grep -Eq 'GDAL|ERROR' '$tmp/err'"
status "$bin" map "$tmp/in" -o "$tmp/ortho3.geojson" -t_srs "$ORTHO" $D --debug >/dev/null
check "--debug: GDAL's own lines too" grep -q "GDAL error" "$tmp/err"
check "--strict with drops: exit 1, nothing written" \
    test "$(status "$bin" map "$tmp/in" -o "$tmp/ortho4.geojson" -t_srs "$ORTHO" $D --strict)" -eq 1
check "--strict with drops: nothing written" test ! -e "$tmp/ortho4.geojson"
check "bad driver option value: one line in the tool's words" \
    test "$(status "$bin" map "$tmp/in" -o "$tmp/bad.gpkg" -t_srs EPSG:999999 $D)" -eq 1
check "bad CRS: no raw GDAL line" bash -c "! grep -Eq '^ERROR [0-9]' '$tmp/err'"

# --- ogr2ogr conventions --------------------------------------------------
check "-nln names the events layer" test "$(status "$bin" map "$tmp/in" -o "$tmp/nln.gpkg" -nln incidents $D -q)" -eq 0
check "-nln: layers incidents, mentions, articles" sh -c "ogrinfo -q '$tmp/nln.gpkg' | grep -q '1: incidents' && ogrinfo -q '$tmp/nln.gpkg' | grep -q 'mentions'"
"$bin" map "$tmp/in" -o "$tmp/lco.geojson" -lco COORDINATE_PRECISION=1 -lco WRITE_BBOX=YES $D -q
check "-lco reaches the driver (precision)" grep -q '"coordinates": \[ 44.4, 33.3 \]' "$tmp/lco.geojson"
check "-lco reaches the driver (bbox)" grep -q '"bbox"' "$tmp/lco.geojson"
check "-lco without = is a usage error" test "$(status "$bin" map "$tmp/in" -o "$tmp/x.geojson" -lco FOO)" -eq 2
check "-dsco reaches the driver (GPX without extensions refuses our fields)" \
    test "$(status "$bin" map "$tmp/in" -o "$tmp/x.gpx" -dsco GPX_USE_EXTENSIONS=NO $D -q)" -eq 1
check "-f GPX works by default" test "$(status "$bin" map "$tmp/in" -o "$tmp/ev.gpx" -f GPX $D -q)" -eq 0
check "GPX: waypoints with our fields" sh -c "ogrinfo -q '$tmp/ev.gpx' waypoints | grep -q 'ogr_event_type (String) = ASSAULT'"
for ext in gpkg geojson csv; do
    "$bin" map "$tmp/in/a.txt" -o "$tmp/app.$ext" $D -q
    n1=$(ogrinfo -so -al "$tmp/app.$ext" | grep -m1 "Feature Count" | grep -o '[0-9]*')
    check "-append $ext: exit 0" test "$(status "$bin" map "$tmp/in/b.txt" -o "$tmp/app.$ext" -append $D -q)" -eq 0
    n2=$(ogrinfo -so -al "$tmp/app.$ext" | grep -m1 "Feature Count" | grep -o '[0-9]*')
    check "-append $ext: features added ($n1 -> $n2)" test "$n2" -gt "$n1"
    check "-append $ext: event ids unique" test "$(ogrinfo -q -al "$tmp/app.$ext" | grep -c 'event_id (String)')" -eq \
        "$(ogrinfo -q -al "$tmp/app.$ext" | grep 'event_id (String)' | sort -u | wc -l)"
done
check "-append geojson: every feature keeps an id, all unique" py "
import json, sys
ids = [f.get('id') for f in json.load(open('$tmp/app.geojson'))['features']]
sys.exit(0 if ids and None not in ids and len(set(ids)) == len(ids) else print(ids) or 1)"
check "-append gpkg: feature ids unique" sh -c "ogrinfo -q '$tmp/app.gpkg' -sql 'select count(distinct fid) = count(*) as ok from events' | grep -q 'ok (Integer) = 1'"
check "-append: no temporary folder left" test -z "$(ls -A "$tmp" | grep '\.tmp-')"
check "-append to PLOVER is refused" test "$(status "$bin" map "$tmp/in" -o "$tmp/x.jsonl" -append $D -q)" -eq 1
"$bin" map "$tmp/in/a.txt" -o "$tmp/prog.geojson" -progress $D -q
status "$bin" map "$tmp/in/a.txt" -o "$tmp/prog.geojson" --overwrite -progress $D >/dev/null
check "-progress: GDAL-style progress on stderr" grep -q "0\.\.\.10\.\.\.20.*100 - done" "$tmp/err"
check "no -progress when stderr is not a terminal" bash -c "! grep -q '0\.\.\.10' <(\"$bin\" map '$tmp/in/a.txt' -o '$tmp/prog2.geojson' $D 2>&1)"

# --- --layers, every format ------------------------------------------------
for ext in geojson csv fgb kml; do
    "$bin" map "$tmp/in" -o "$tmp/lay.$ext" --layers mentions $D -q
    check "--layers mentions, $ext: the path holds mentions" sh -c "ogrinfo -q -al '$tmp/lay.$ext' | grep -q 'kind (String) = toponym'"
    check "--layers mentions, $ext: no events anywhere" sh -c "! ls '$tmp' | grep -q '^lay\.events\.' && ! ogrinfo -q -al '$tmp/lay.$ext' | grep -q event_type"
done
"$bin" map "$tmp/in" -o "$tmp/lay2.geojson" --layers mentions,articles $D -q
check "--layers mentions,articles: articles beside" test -s "$tmp/lay2.articles.geojson"
check "--layers mentions to PLOVER is refused" test "$(status "$bin" map "$tmp/in" -o "$tmp/x.jsonl" --layers mentions $D -q)" -eq 1

# --- stable schemas, clean numbers, ISO dates ------------------------------
printf 'Police arrested ten protesters in Lima.\n' > "$tmp/nodate.txt"
"$bin" map "$tmp/nodate.txt" -o "$tmp/nodate.geojson" -q
"$bin" map "$tmp/in/a.txt" -o "$tmp/dated.geojson" $D -q
check "GeoJSON: the same fields with and without dates" py "
import json,sys
k1=[set(f['properties']) for f in json.load(open('$tmp/nodate.geojson'))['features']]
k2=[set(f['properties']) for f in json.load(open('$tmp/dated.geojson'))['features']]
sys.exit(0 if k1 and k2 and all(k==k2[0] for k in k1+k2) and 'event_date' in k2[0] else 1)"
check "GeoJSON: unknown values are null" py "
import json,sys; p=json.load(open('$tmp/nodate.geojson'))['features'][0]['properties']
sys.exit(0 if p['event_date'] is None and p['title'] is None else 1)"
check "GeoJSON: reals shortest round-trip (no 0.69999998807907104)" bash -c \
    "! grep -Eq '\"(confidence|score)\": [0-9]\.[0-9]{8,}' '$tmp/dated.geojson'"
"$bin" map "$tmp/in" -o "$tmp/iso.csv" $D -q
check "CSV: ISO dates" sh -c "grep -q ',2023-11-20,' '$tmp/iso.csv' && ! grep -q '2023/11' '$tmp/iso.csv'"
check "CSV: coordinates without float noise" bash -c "! grep -Eq '^-?[0-9]+\.[0-9]{8,},' '$tmp/iso.csv'"
check "CSV: .csvt types the dates" grep -q "DateTime,Date,Date,Date" "$tmp/iso.csvt"
check "CSV: dates read back as dates" sh -c "ogrinfo -q -al '$tmp/iso.csv' | grep -q 'event_date (Date) = 2023/11/'"
printf 'A bomb exploded in Kabul last month.\n' > "$tmp/month.txt"
"$bin" map "$tmp/month.txt" -o "$tmp/month.geojson" $D -q
check "event_date_start/end: a month-precision event spans its month" py "
import json,sys; p=json.load(open('$tmp/month.geojson'))['features'][0]['properties']
sys.exit(0 if (p['date_precision'],p['event_date_start'],p['event_date_end'])==('month','2023-10-01','2023-10-31') else 1)"
check "event_date_start/end: a day-precision event spans its day" py "
import json,sys; p=json.load(open('$tmp/dated.geojson'))['features'][0]['properties']
sys.exit(0 if p['date_precision']=='day' and p['event_date_start']==p['event_date_end']==p['event_date'] else 1)"

# --- a QGIS style for every layer --------------------------------------------
"$bin" map "$tmp/in" -o "$tmp/sty.geojson" --layers events,mentions,articles $D -q
for q in sty.qml sty.events.qml sty.mentions.qml sty.articles.qml; do
    check "style file $q" test -s "$tmp/$q"
done
check "mentions style: by precision" grep -q 'attr="precision"' "$tmp/sty.mentions.qml"
check "events style: by event type" grep -q 'attr="event_type"' "$tmp/sty.events.qml"
"$bin" map "$tmp/in" -o "$tmp/sty.gpkg" $D -q
check "GPKG: a default style per layer" sh -c "ogrinfo -q '$tmp/sty.gpkg' -sql \"select count(distinct f_table_name) as n from layer_styles where useAsDefault\" | grep -q 'n (Integer) = 3'"
"$bin" map "$tmp/in" -o "$tmp/styshp" $D -q
check "Shapefile folder: a .qml per layer" sh -c "ls '$tmp/styshp' | grep -c qml | grep -q 3"

# --- KML: names, descriptions, time spans, a style per quad class -----------
"$bin" map "$tmp/in" -o "$tmp/ev.kml" --layers events,mentions $D -q
check "KML: placemark names say type and place" grep -q "<name>ASSAULT at Baghdad</name>" "$tmp/ev.kml"
check "KML: a TimeSpan per event" grep -q "<TimeSpan>" "$tmp/ev.kml"
check "KML: a shared style per quad class" sh -c "grep -q '<Style id=\"quad4\">' '$tmp/ev.kml' && grep -q '<styleUrl>#quad4</styleUrl>' '$tmp/ev.kml'"
check "KML: descriptions" grep -q "<description>2023-11-14: Militants attacked" "$tmp/ev.kml"
check "KML: offsets survive a read back (no field named end)" sh -c "ogrinfo -q -al '$tmp/ev.kml' | grep -q 'sentence_end (Integer) = 79'"
check "KML: mentions beside, with names" grep -q "<name>Baghdad</name>" "$tmp/ev.mentions.kml"

# --- --summary top-N, --summary-json ------------------------------------------
status "$bin" map "$src/examples" -o "$tmp/sum.gpkg" --summary --top 2 --summary-json "$tmp/sum.json" -q >/dev/null
check "--top 2: two types listed, the rest counted" sh -c "sed -n '/events by type/,/events by country/p' '$tmp/err' | grep -Ec '^  [A-Z]+ +[0-9]+$' | grep -qx 2 && grep -q 'more; --top 0 lists all' '$tmp/err'"
check "--summary-json: counts as JSON" py "
import json,sys; s=json.load(open('$tmp/sum.json'))
ok = s['events'] == sum(s['events_by_type'].values()) > 0 and s['articles'] > 0 and s['features_dropped'] == 0
sys.exit(0 if ok else 1)"
check "--summary-json -: JSON on stdout" sh -c "'$bin' map '$tmp/in' -o '$tmp/sum2.geojson' $D -q --summary-json - | python3 -c 'import json,sys; json.load(sys.stdin)'"

# --- MBTiles: one feature per event and zoom, tiles in range -------------------
printf 'Fiji and Russia held talks in Suva. Officials in Chukotka met envoys from Tonga and Samoa.\n' > "$tmp/in/c.txt"
"$bin" map "$tmp/in" -o "$tmp/t.mbtiles" $D -q
nev=$("$bin" map "$tmp/in" -o "$tmp/t.geojson" $D -q && py "import json; print(len(json.load(open('$tmp/t.geojson'))['features']))")
check "MBTiles: one feature per event at zoom 8 (no copies in tile buffers)" py "
import sqlite3, subprocess, sys
n = int(subprocess.run(['ogrinfo', '-ro', '-so', '-oo', 'ZOOM_LEVEL=8', '$tmp/t.mbtiles', 'events'],
                       capture_output=True, text=True).stdout.split('Feature Count: ')[1].split()[0])
sys.exit(0 if n == $nev else print(n, 'features for', $nev, 'events') or 1)"
check "MBTiles: events and articles by default, mentions on request" sh -c "
    ogrinfo -ro -q '$tmp/t.mbtiles' | grep -q events && ogrinfo -ro -q '$tmp/t.mbtiles' | grep -q articles &&
    ! ogrinfo -ro -q '$tmp/t.mbtiles' | grep -q mentions &&
    '$bin' map '$tmp/in' -o '$tmp/tm.mbtiles' $D -q --layers all && ogrinfo -ro -q '$tmp/tm.mbtiles' | grep -q mentions"
check "MBTiles: every tile inside its zoom level's grid (antimeridian)" py "
import sqlite3, sys
db = sqlite3.connect('$tmp/t.mbtiles')
bad = db.execute('select count(*) from tiles where tile_column >= (1 << zoom_level) or tile_row >= (1 << zoom_level) or tile_column < 0').fetchone()[0]
sys.exit(1 if bad else 0)"

# --- impossible dates: left null, named with file and line, exit 3 ------------
printf '{"id":"x","date":"2023-02-30","text":"Militants attacked a police station in Baghdad."}\n{"id":"y","date":"12345-01-01","text":"Protesters marched in Lima."}\n' > "$tmp/baddate.jsonl"
check "impossible dates: exit 3" test "$(status "$bin" map "$tmp/baddate.jsonl" -o "$tmp/baddate.geojson")" -eq 3
check "impossible dates: named with file and line" sh -c "grep -q 'baddate.jsonl:1: .*2023-02-30' '$tmp/err' && grep -q 'baddate.jsonl:2: .*12345' '$tmp/err'"
check "impossible dates: no raw GDAL line" bash -c "! grep -Eq '^ERROR [0-9]' '$tmp/err'"
check "impossible dates: written as null" py "
import json,sys; fs=json.load(open('$tmp/baddate.geojson'))['features']
sys.exit(0 if fs and all(f['properties']['published'] is None for f in fs) else 1)"

# --- help ----------------------------------------------------------------
"$bin" map --help > "$tmp/help"
for o in -lco -dsco -nln -append -progress --debug --keep-going "exit status\|Exit status"; do
    check "--help documents $o" grep -q -- "$o" "$tmp/help"
done

# The man page and the bash completion know every option --help lists.
for o in $(grep -Eo '^  (-[a-z_-]+)' "$tmp/help" | sort -u); do
    check "man page documents $o" grep -q -- "$(printf '%s' "$o" | sed 's/-/\\\\-/g')" "$src/docs/geoevents.1"
    check "bash completion knows $o" grep -q -- " $o\b\|^ *$o\b\|\"$o " "$src/scripts/geoevents-completion.bash"
done
check "bash completion parses" bash -n "$src/scripts/geoevents-completion.bash"

echo "test_gis_cli: $passes passed, $fails failed"
[ $fails -eq 0 ]
