#!/usr/bin/env bash
# GNU parallel drives geoevents on one machine, the two ways the README
# gives: `parallel --pipe` cuts one JSON Lines archive into blocks fed to
# `map - -o -` (output in order, equal to one run byte for byte), and
# `--shard {}/N` workers reading the same file, combined by `geoevents
# merge` into one GeoPackage equal to one run's. Skipped (77) without
# Debian's parallel or the default gazetteer.
set -uo pipefail
source "$(dirname "$0")/lib_check.sh" "$@"
if ! command -v parallel >/dev/null 2>&1 || ! grep -q 'GNU parallel' <<<"$(parallel --version 2>/dev/null)"; then
    echo "test_parallel: skipped: GNU parallel is not installed (Debian: parallel)"
    exit 77
fi
if [ ! -f "$gaz" ]; then
    echo "test_parallel: skipped: no gazetteer at $gaz"
    exit 77
fi
cd "$tmp" || exit 1
rows() { ogr2ogr -f CSV /vsistdout/ "$1" "$2" -lco GEOMETRY=AS_WKT 2>/dev/null | sort; }
python3 "$src/tests/scale_corpus.py" corpus.jsonl 900

# 1. Blocks of stdin: every article without an id gets the same content-hash
#    id in its block as in one run, and -k keeps the blocks in order.
"$bin" map - -o - -q <corpus.jsonl >one.geojsonl
parallel --will-cite --pipe --block 20k -k -j 2 "'$bin' map - -o - -q --threads 1" \
    <corpus.jsonl >blocks.geojsonl 2>blocks.err
check "parallel --pipe: exit 0" test $? -eq 0
check "parallel --pipe: features = one run, byte for byte" cmp -s blocks.geojsonl one.geojsonl
check "parallel --pipe: nothing but messages on stderr" sh -c "! grep -v '^geoevents:' blocks.err"
check "parallel --pipe: several blocks ran" test "$(parallel --will-cite --pipe --block 20k -k -j 2 wc -l <corpus.jsonl | wc -l)" -gt 2

# 2. Workers on the same file by --shard, merged into one GeoPackage.
"$bin" map corpus.jsonl -o one.gpkg -q
parallel --will-cite -j 2 "'$bin' map corpus.jsonl --shard {}/4 -o part{}.fgb --layers all -q" ::: 1 2 3 4
check "parallel --shard: four shard files" test "$(ls part?.fgb | wc -l)" -eq 4
"$bin" merge merged.gpkg part1.fgb part2.fgb part3.fgb part4.fgb -q
check "merge: exit 0" test $? -eq 0
for l in events mentions articles; do
    rows one.gpkg $l >a.txt; rows merged.gpkg $l >b.txt
    check "shards merged: $l as one run" cmp -s a.txt b.txt
done
check "merge: one layer_styles row per layer" test "$(ogrinfo -ro -q merged.gpkg -sql 'SELECT COUNT(*) - COUNT(DISTINCT f_table_name) AS n FROM layer_styles' | grep -o 'n (Integer) = [0-9]*')" = "n (Integer) = 0"

echo "test_parallel: $passes passed, $fails failed"
[ $fails -eq 0 ]
