#!/usr/bin/env bash
# Archives of any size, the contract every engine uses: `map - -o -`
# streams JSON Lines in and features out (messages on stderr only, flushed
# per batch; formats that cannot stream refused), --shard K/N splits the
# articles by a stable hash of their ids, ids stay unique across shards,
# `geoevents merge` puts shard outputs back together as one run would have
# written them, and the output is the same for any --threads.
# Skipped (77) without the default gazetteer.
set -uo pipefail
source "$(dirname "$0")/lib_check.sh" "$@"
if [ ! -f "$gaz" ]; then
    echo "test_scale: skipped: no gazetteer at $gaz"
    exit 77
fi
cd "$tmp" || exit 1

# 700 made-up articles (three batches); every 7th has no id.
python3 "$src/tests/scale_corpus.py" corpus.jsonl 700
lines() { grep -c . "$1" 2>/dev/null || echo 0; }
# a layer of any OGR dataset as sorted CSV rows (no fid), for set equality
rows() { ogr2ogr -f CSV /vsistdout/ "$1" "$2" -lco GEOMETRY=AS_WKT 2>/dev/null | sort; }

# ---------------------------------------------------------------- 1. stream
"$bin" map corpus.jsonl -o file.geojsonl -q --threads 1
"$bin" map - -o - <corpus.jsonl >out.geojsonl 2>err.txt
check "stdin to stdout: exit 0" test $? -eq 0
"$bin" map - -o stdin.geojsonl -q <corpus.jsonl
check "stdout holds the features a file run writes" cmp -s out.geojsonl stdin.geojsonl
check "stdout is GeoJSON features, one a line" python3 -c "
import json, sys
n = 0
for l in open('out.geojsonl'):
    assert json.loads(l)['type'] == 'Feature'; n += 1
assert n > 700
"
check "stderr has the summary only" sh -c "grep -q '700 articles' err.txt && [ \$(wc -l <err.txt) -eq 1 ]"
check "no file named - or vsistdout" sh -c "[ ! -e ./- ] && [ ! -e ./vsistdout ] && [ ! -e /vsistdout ] && ! ls -a | grep -q tmp-"
"$bin" map corpus.jsonl -o /vsistdout/ -q >vsi.geojsonl
check "-o /vsistdout/ streams too" cmp -s vsi.geojsonl file.geojsonl
"$bin" map corpus.jsonl -o - -f GeoJSON -q >out.geojson
check "-f GeoJSON to stdout: one FeatureCollection" python3 -c "
import json; d = json.load(open('out.geojson')); assert d['type'] == 'FeatureCollection' and len(d['features']) > 700"
"$bin" map corpus.jsonl -o - -f CSV -q >out.csv
check "-f CSV to stdout: a header and a row per event" test "$(lines out.csv)" -eq $(( $(lines file.geojsonl) + 1 ))
check "no .csvt written for stdout" test ! -e vsistdout.csvt
"$bin" map corpus.jsonl -o - --format plover -q >out.jsonl
check "PLOVER JSON Lines to stdout" python3 -c "
import json; r = [json.loads(l) for l in open('out.jsonl')]; assert len(r) > 700 and all('event_type' in e for e in r)"
for f in GPKG FlatGeobuf "ESRI Shapefile" HTML; do
    "$bin" map corpus.jsonl -o - -f "$f" >refused.out 2>refused.err
    rc=$?
    check "$f to stdout refused" test $rc -ne 0
    check "$f: says standard output" grep -q "standard output" refused.err
    check "$f: nothing on stdout" test ! -s refused.out
done
"$bin" map corpus.jsonl -o - --layers events,mentions >refused.out 2>refused.err
check "--layers mentions to stdout refused" sh -c "[ $? -ne 0 ] && grep -q 'events layer' refused.err"
check "no Shapefile folder named -" test ! -e ./-

# Flushed per batch: the first batch's features arrive while stdin is still
# open (input is read in 64 KiB blocks: 700 articles are more than one).
check "features flushed per batch, before the input ends" python3 - "$bin" <<'PY'
import subprocess, sys, select, time
p = subprocess.Popen([sys.argv[1], "map", "-", "-o", "-", "-q", "--threads", "2"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
lines = open("corpus.jsonl", "rb").read().splitlines(True)
p.stdin.write(b"".join(lines)); p.stdin.flush()
ready, _, _ = select.select([p.stdout], [], [], 60)
got = bool(ready) and p.stdout.readline().startswith(b"{")
p.stdin.close(); p.stdout.read(); p.wait()
sys.exit(0 if got else 1)
PY

# ---------------------------------------------------------------- 2. shards
for k in 1 2 3; do
    "$bin" map corpus.jsonl --shard $k/3 -o s$k.geojsonl --layers all -q
done
cat s1.geojsonl s2.geojsonl s3.geojsonl | sort >union.txt; sort file.geojsonl >single.txt
check "shards together hold exactly the single run's events" cmp -s union.txt single.txt
check "every shard has some" sh -c "[ -s s1.geojsonl ] && [ -s s2.geojsonl ] && [ -s s3.geojsonl ]"
check "each article in exactly one shard" test "$(cat s1.articles.geojsonl s2.articles.geojsonl s3.articles.geojsonl | grep -o '"article_id": "[^"]*"' | sort | uniq -d | wc -l)" -eq 0
check "feature ids unique across shards" test "$(cat s?.geojsonl s?.mentions.geojsonl | grep -o '^{ "type": "Feature", "id": "[^"]*"' | sort | uniq -d | wc -l)" -eq 0
"$bin" map corpus.jsonl --shard 2/3 -o again.geojsonl -q
check "a shard is the same every run" cmp -s again.geojsonl s2.geojsonl
for bad in 0/3 4/3 x 3 1/0; do
    "$bin" map corpus.jsonl --shard $bad -o bad.geojsonl >/dev/null 2>&1
    check "--shard $bad: usage error" test $? -eq 2
done
# Articles without ids read from stdin in blocks get the same ids as in one run.
head -n 350 corpus.jsonl | "$bin" map - -o - -q >b1.geojsonl
tail -n +351 corpus.jsonl | "$bin" map - -o - -q >b2.geojsonl
check "stdin blocks: ids as in one stdin run" sh -c "cat b1.geojsonl b2.geojsonl | cmp -s - out.geojsonl"

# ---------------------------------------------------------------- 3. merge
"$bin" merge m.geojsonl s1.geojsonl s2.geojsonl s3.geojsonl -q
check "merge GeoJSONSeq shards: exit 0" test $? -eq 0
check "merged events = single run (as a set)" sh -c "sort m.geojsonl | cmp -s - single.txt"
"$bin" map corpus.jsonl -o all.geojsonl --layers all -q
sort m.mentions.geojsonl >a.txt; sort all.mentions.geojsonl >b.txt
check "merged mentions = single run (as a set)" cmp -s a.txt b.txt
# (a file's articles without an id are FILE:LINE, so the pieces get ids)
grep '"id"' corpus.jsonl >ided.jsonl
split -n l/3 -d ided.jsonl part
for p in part00 part01 part02; do
    "$bin" map $p -o $p.geojsonl --layers all -q
    "$bin" map $p -o $p.gpkg -q
    "$bin" map $p -o $p.fgb -q
done
"$bin" map ided.jsonl -o one.geojsonl --layers all -q
"$bin" merge mc.geojsonl part00.geojsonl part01.geojsonl part02.geojsonl -q
check "contiguous shards merged in order: events byte-identical" cmp -s mc.geojsonl one.geojsonl
check "... mentions byte-identical" cmp -s mc.mentions.geojsonl one.mentions.geojsonl
check "... articles byte-identical" cmp -s mc.articles.geojsonl one.articles.geojsonl
check "one .qml for the merged output" test -s mc.qml
"$bin" map ided.jsonl -o one.gpkg -q
"$bin" merge mg.gpkg part00.gpkg part01.gpkg part02.gpkg -q
for l in events mentions articles; do
    rows one.gpkg $l >a.txt; rows mg.gpkg $l >b.txt
    check "GPKG shards -> GPKG: $l as one run" cmp -s a.txt b.txt
    check "GPKG: $l not empty" test -s a.txt
done
check "GPKG: one layer_styles row per layer" test "$(ogrinfo -ro -q mg.gpkg -sql 'SELECT COUNT(*) - COUNT(DISTINCT f_table_name) AS n FROM layer_styles' | grep -o 'n (Integer) = [0-9]*')" = "n (Integer) = 0"
check "GPKG: feature ids 1..N in order" test "$(ogrinfo -ro -q mg.gpkg -sql 'SELECT MIN(fid) AS a, MAX(fid) AS b, COUNT(*) AS c FROM events' | grep -c -E '(a \(Integer(64)?\) = 1|b \(Integer(64)?\) = '"$(lines one.geojsonl)"')$')" -eq 2
"$bin" map ided.jsonl -o one.fgb -q
"$bin" merge mf.fgb part00.fgb part01.fgb part02.fgb -q
rows one.fgb events >a.txt; rows mf.fgb events >b.txt
check "FlatGeobuf shards -> FlatGeobuf: events as one run" cmp -s a.txt b.txt
"$bin" merge mx.gpkg part00.fgb part01.gpkg part02.geojsonl -q
check "mixed formats -> GPKG: events as one run" test "$(rows mx.gpkg events | wc -l)" -eq "$(rows one.gpkg events | wc -l)"
: >empty.geojsonl
"$bin" merge me.geojsonl part00.geojsonl empty.geojsonl -q
check "an empty shard is no error" cmp -s me.geojsonl part00.geojsonl
"$bin" merge mg.gpkg part00.gpkg -q 2>merge.err
check "existing output refused without --overwrite" sh -c "[ $? -eq 1 ] && grep -q overwrite merge.err"
echo "not a layer" >junk.geojsonl
"$bin" merge bad.gpkg part00.gpkg junk.geojsonl 2>merge.err
check "unreadable shard: exit 1, named, nothing written" sh -c "[ $? -eq 1 ] && grep -q junk.geojsonl merge.err && [ ! -e bad.gpkg ]"
"$bin" merge >/dev/null 2>&1
check "merge without arguments: usage error" test $? -eq 2

# ------------------------------------------------- 4. any --threads, same bytes
for f in gpkg fgb; do
    "$bin" map corpus.jsonl -o t1.$f -q --threads 1
    "$bin" map corpus.jsonl -o t2.$f -q --threads 2
    "$bin" map corpus.jsonl -o t4.$f -q --threads 4
done
check "GeoJSONSeq: --threads 2 and 4 as 1" sh -c "'$bin' map corpus.jsonl -o - -q --threads 2 | cmp -s - file.geojsonl && '$bin' map corpus.jsonl -o - -q --threads 4 | cmp -s - file.geojsonl"
check "FlatGeobuf: byte-identical for 1, 2, 4 threads" sh -c "cmp -s t1.fgb t2.fgb && cmp -s t1.fgb t4.fgb"
rows t1.gpkg events >a.txt; rows t2.gpkg events >b.txt; rows t4.gpkg events >c.txt
check "GPKG: same events for 1, 2, 4 threads" sh -c "cmp -s a.txt b.txt && cmp -s a.txt c.txt"
rows t1.gpkg mentions >a.txt; rows t4.gpkg mentions >b.txt
check "GPKG: same mentions for 1 and 4 threads" cmp -s a.txt b.txt

echo "test_scale: $passes passed, $fails failed"
[ $fails -eq 0 ]
