#!/usr/bin/env bash
# `geoevents map` as a command: --help/--version, usage errors (exit 2),
# stdin input, --format plover, -f, --layers, --date, --summary, -q and the
# summary line. The parts that map articles need the default gazetteer; they
# are skipped (exit 77) when it is missing.
set -uo pipefail
bin=$1; src=$2; tmp=$3
rm -rf "$tmp"; mkdir -p "$tmp"
fails=0; passes=0
check() { # check DESCRIPTION COMMAND...
    local what=$1; shift
    if "$@"; then passes=$((passes + 1)); else fails=$((fails + 1)); echo "FAIL: $what"; fi
}
status() { "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; }

# Help and version go to stdout with exit 0.
check "--help exits 0" test "$(status "$bin" map --help)" -eq 0
check "--help lists -o" grep -q -- "-o, --output" "$tmp/out"
check "--help lists -t_srs" grep -q -- "-t_srs" "$tmp/out"
check "--help lists --layers" grep -q -- "--layers" "$tmp/out"
check "-h exits 0" test "$(status "$bin" map -h)" -eq 0
check "geoevents --help mentions map" sh -c "'$bin' --help | grep -q '^  map'"
check "--version" sh -c "'$bin' --version | grep -Eq '^geoevents [0-9]+\.[0-9]+\.[0-9]+$'"

# Usage errors: exit 2 with a one-line reason and a pointer to --help.
usage_err() { # usage_err DESCRIPTION ARGS...
    local what=$1; shift
    check "$what: exit 2" test "$(status "$bin" map "$@")" -eq 2
    check "$what: says why" grep -q "geoevents: map: " "$tmp/err"
    check "$what: nothing on stdout" test ! -s "$tmp/out"
}
usage_err "no arguments"
usage_err "no -o" "$src/examples"
usage_err "no input" -o "$tmp/x.gpkg"
usage_err "-o without value" "$src/examples" -o
usage_err "unknown option" "$src/examples" -o "$tmp/x.gpkg" --frobnicate
usage_err "bad --layers" "$src/examples" -o "$tmp/x.gpkg" --layers events,places
usage_err "bad --date" "$src/examples" -o "$tmp/x.gpkg" --date 2026-13-45
usage_err "bad --format" "$src/examples" -o "$tmp/x.gpkg" --format acled
usage_err "bad --min-confidence" "$src/examples" -o "$tmp/x.gpkg" --min-confidence 1.5
check "usage errors write nothing" test ! -e "$tmp/x.gpkg"

gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
if [ ! -f "$gaz" ]; then
    echo "test_map_cli: $passes passed, $fails failed; the rest skipped: no gazetteer at $gaz"
    [ $fails -eq 0 ] || exit 1
    exit 77
fi
export GEOEVENTS_GAZETTEER=$gaz

# Standard input: "-" reads one article (plain text here).
check "stdin: exit 0" test "$(status "$bin" map - -o "$tmp/stdin.geojson" --layers events,mentions \
    --date 2023-11-20 < "$src/examples/seed-article.txt")" -eq 0
check "stdin: summary line on stderr" grep -Eq "1 articles?, [0-9]+ mentions resolved, [0-9]+ events" "$tmp/err"
check "stdin: summary names the output" grep -q "stdin.geojson" "$tmp/err"
check "stdin: events written" python3 -c "
import json,sys; fs=json.load(open('$tmp/stdin.geojson'))['features']; sys.exit(0 if fs else 1)"
check "stdin: mentions beside" python3 -c "
import json,sys; fs=json.load(open('$tmp/stdin.mentions.geojson'))['features']
sys.exit(0 if any(f['properties']['name']=='Baghdad' for f in fs) else 1)"
check "--date fills the publication date" python3 -c "
import json,sys; fs=json.load(open('$tmp/stdin.geojson'))['features']
sys.exit(0 if all(f['properties'].get('published','').startswith('2023-11-20') for f in fs) else 1)"

# JSON Lines from stdin with renamed fields.
printf '{"key": "a1", "body": "Police fired tear gas at protesters in Nairobi on Monday.", "day": "2026-01-05"}\n' |
    "$bin" map - -o "$tmp/renamed.gpkg" --id-field key --text-field body --date-field day \
        --keep-unlocated -q 2>"$tmp/err"
check "renamed JSONL fields: exit 0" test $? -eq 0
check "renamed JSONL fields: article id kept" sh -c \
    "ogrinfo -q '$tmp/renamed.gpkg' articles -sql \"SELECT article_id FROM articles\" | grep -q 'a1'"
check "-q prints no summary" test ! -s "$tmp/err"

# PLOVER JSON Lines: by extension and by --format.
check "-o FILE.jsonl" test "$(status "$bin" map "$src/examples" -o "$tmp/ev.jsonl" -q)" -eq 0
check "--format plover" test "$(status "$bin" map "$src/examples" -o "$tmp/ev.txt" --format plover -q)" -eq 0
check "PLOVER lines are JSON objects" python3 -c "
import json,sys
for f in ('$tmp/ev.jsonl', '$tmp/ev.txt'):
    rows=[json.loads(l) for l in open(f, encoding='utf-8') if l.strip()]
    assert rows and all(isinstance(r, dict) for r in rows), f"
check "--format plover = .jsonl" cmp -s "$tmp/ev.jsonl" "$tmp/ev.txt"

# -f picks the driver whatever the name; a bad driver is an error (exit 1).
check "-f GPKG" test "$(status "$bin" map "$src/examples" -o "$tmp/forced.dat" -f GPKG -q)" -eq 0
check "-f GPKG wrote a GeoPackage" sh -c "ogrinfo -q '$tmp/forced.dat' | grep -q events"
check "-f NoSuchDriver: exit 1" test "$(status "$bin" map "$src/examples" -o "$tmp/bad.dat" -f NoSuchDriver)" -eq 1
check "-f NoSuchDriver: says why" grep -q "NoSuchDriver" "$tmp/err"

# --summary: counts by type, country and day on stderr.
check "--summary" test "$(status "$bin" map "$src/examples" -o "$tmp/sum.gpkg" --summary)" -eq 0
check "--summary by type" grep -q "events by type" "$tmp/err"
check "--summary by country" grep -q "events by country" "$tmp/err"
check "--summary by day" grep -q "events by day" "$tmp/err"
check "--summary on stderr only" test ! -s "$tmp/out"

# A missing gazetteer given on the command line: exit 1, one reason.
check "--gazetteer missing: exit 1" test "$(status "$bin" map "$src/examples" -o "$tmp/g.gpkg" --gazetteer "$tmp/none.gaz")" -eq 1
check "--gazetteer missing: names it" grep -q "none.gaz" "$tmp/err"
check "--gazetteer missing: nothing written" test ! -e "$tmp/g.gpkg"

# --threads: the same output, byte for byte, whatever the number of threads
# (a JSON Lines corpus of 300 articles spans two batches).
python3 - "$src/examples/news.jsonl" "$tmp/many.jsonl" <<'PY'
import json, sys
arts = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i in range(300):
        a = dict(arts[i % len(arts)]); a["id"] = f"{a['id']}-{i}"
        f.write(json.dumps(a) + "\n")
PY
check "--threads 1" test "$(status "$bin" map "$tmp/many.jsonl" -o "$tmp/t1.geojsonl" --layers events,mentions --threads 1 -q)" -eq 0
check "--threads 3" test "$(status "$bin" map "$tmp/many.jsonl" -o "$tmp/t3.geojsonl" --layers events,mentions --threads 3 -q)" -eq 0
check "--threads: same events" cmp -s "$tmp/t1.geojsonl" "$tmp/t3.geojsonl"
check "--threads: same mentions" cmp -s "$tmp/t1.mentions.geojsonl" "$tmp/t3.mentions.geojsonl"
check "--threads: events written" test -s "$tmp/t1.geojsonl"
# --min-confidence: only the events at or above it, the rest untouched
check "--min-confidence 0.6" test "$(status "$bin" map "$tmp/many.jsonl" -o "$tmp/c6.jsonl" --min-confidence 0.6 -q)" -eq 0
check "--min-confidence: fewer events" test "$(wc -l < "$tmp/c6.jsonl")" -lt "$(wc -l < "$tmp/t1.geojsonl")"
check "--min-confidence: every event at or above it" python3 -c "
import json, sys
c = [json.loads(l)['confidence'] for l in open(sys.argv[1])]
sys.exit(0 if c and min(c) >= 0.6 else 1)" "$tmp/c6.jsonl"
# CSV: a cell that starts like a formula gets a leading ' (--csv-raw: as is)
printf '%s\n' '{"id":"=HYPERLINK(\"http://x\")","text":"Gunmen attacked a bus in Kano on Monday."}' > "$tmp/formula.jsonl"
check "CSV with a formula-like id" test "$(status "$bin" map "$tmp/formula.jsonl" -o "$tmp/f.csv" -q)" -eq 0
check "CSV: the formula is guarded" grep -q "'=HYPERLINK" "$tmp/f.csv"
check "CSV: no cell starts with =" sh -c "! grep -Eq '(^|,)\"?=' '$tmp/f.csv'"
check "--csv-raw" test "$(status "$bin" map "$tmp/formula.jsonl" -o "$tmp/r.csv" -q --csv-raw)" -eq 0
check "--csv-raw: as written" sh -c "grep -q '=HYPERLINK' '$tmp/r.csv' && ! grep -q \"'=HYPERLINK\" '$tmp/r.csv'"
check "--threads 0: usage error" test "$(status "$bin" map "$tmp/many.jsonl" -o "$tmp/t0.geojsonl" --threads 0)" -eq 2
# --home: the region the source covers, for articles without a "home" field
printf '%s\n' '{"id":"h1","text":"Police arrested a man in Dublin on Friday."}' \
    '{"id":"h2","home":"Georgia, United States","text":"Police arrested a man in Dublin on Friday."}' \
    > "$tmp/home.jsonl"
check "--home Ohio" test "$(status "$bin" map "$tmp/home.jsonl" -o "$tmp/home.csv" --layers mentions --home Ohio -q)" -eq 0
check "--home: Dublin, Ohio; the article's own home wins (Georgia)" python3 -c "
import csv, sys
rows = {r['article_id']: r['admin1'] for r in csv.DictReader(open(sys.argv[1]))}
sys.exit(0 if rows.get('h1') == 'Ohio' and rows.get('h2') == 'Georgia' else 1)" "$tmp/home.csv"
check "--home Narnia: refused" test "$(status "$bin" map "$tmp/home.jsonl" -o "$tmp/home2.csv" --home Narnia -q)" -eq 1
printf '%s\n' '{"id":"h3","home":"Narnia","text":"Police arrested a man in Dublin on Friday."}' > "$tmp/home3.jsonl"
check "an article's unknown home: a note naming its line, exit 0" test "$(status "$bin" map "$tmp/home3.jsonl" -o "$tmp/home3.csv" -q)" -eq 0
check "an article's unknown home: the message" grep -q "home3.jsonl:1: home 'Narnia'" "$tmp/err"

echo "test_map_cli: $passes passed, $fails failed"
[ $fails -eq 0 ]
