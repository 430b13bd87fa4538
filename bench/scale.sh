#!/usr/bin/env bash
# scale.sh -- how geoevents scales on this machine: threads of one process,
# and workers of a local Dask cluster through scripts/geoevents-dask.py.
#
#   bench/scale.sh [CORPUS.jsonl] [N]
#
# CORPUS (default ../shared/eval/lgl.jsonl, news articles of ordinary size)
# is repeated with fresh ids up to N articles (default 20000). Reports:
#   - `map` with --threads 1 and 2 to GeoJSONSeq, FlatGeobuf and GPKG:
#     wall seconds, articles/s, and the speed-up of 2 threads over 1;
#   - the Dask path (a local cluster on 127.0.0.1, 1, 2 and 4 worker
#     processes of one thread, as many shards as workers, FlatGeobuf shards
#     merged into one file): map and merge seconds, articles/s;
#   - a paper estimate for 100 million articles on 10 machines of this size.
# Needs Dask distributed for its part (Debian: python3-distributed; skipped
# without). Environment: GE_BUILD_DIR (default build).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${GE_BUILD_DIR:-build}
src=${1:-../shared/eval/lgl.jsonl}
n=${2:-20000}
[ -x "$build/geoevents" ] || ./setup.sh --no-run
bin=$(cd "$build" && pwd)/geoevents
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$src" "$n" "$tmp/corpus.jsonl" <<'EOF'
import json, sys
src, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
arts = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        a = dict(arts[i % len(arts)])
        a["id"] = f"rep-{i}"
        f.write(json.dumps(a) + "\n")
EOF
mb=$(awk -v b="$(stat -c %s "$tmp/corpus.jsonl")" 'BEGIN{printf "%.1f", b / 1e6}')
echo "corpus: $n articles ($mb MB) from $(basename "$src"); $(nproc) processors"

secs() { # COMMAND...: wall seconds of one run
    local s e
    s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    awk -v a="$s" -v b="$e" 'BEGIN{printf "%.2f", b - a}'
}
rate() { awk -v n="$n" -v s="$1" 'BEGIN{printf "%.0f", n / s}'; }

echo "== one process (geoevents map --threads T, median of 3)"
printf '%-10s %10s %10s %10s %10s %8s\n' format "1 thr s" "art/s" "2 thr s" "art/s" speedup
for ext in geojsonl fgb gpkg; do
    declare -A best=()
    for t in 1 2; do
        : >"$tmp/t"
        for _ in 1 2 3; do
            secs "$bin" map "$tmp/corpus.jsonl" -o "$tmp/out.$ext" --threads "$t" --overwrite -q >>"$tmp/t"
            echo >>"$tmp/t"
        done
        best[$t]=$(grep . "$tmp/t" | sort -g | sed -n 2p)
    done
    printf '%-10s %10s %10s %10s %10s %8s\n' "$ext" "${best[1]}" "$(rate "${best[1]}")" \
        "${best[2]}" "$(rate "${best[2]}")" "$(awk -v a="${best[1]}" -v b="${best[2]}" 'BEGIN{printf "%.2fx", a / b}')"
    [ "$ext" = fgb ] && one_fgb=${best[1]}
    unset best
done

py=""
for p in /usr/bin/python3 python3; do
    if "$p" -c "import distributed" >/dev/null 2>&1; then py=$p; break; fi
done
if [ -z "$py" ]; then
    echo "== Dask: skipped (no python3-distributed)"
    exit 0
fi
echo "== Dask distributed, local cluster (scripts/geoevents-dask.py --workers W, FlatGeobuf shards)"
printf '%-8s %10s %10s %10s %10s\n' workers "map s" "merge s" "total s" "art/s"
for w in 1 2 4; do
    "$py" scripts/geoevents-dask.py --workers "$w" --shards "$w" --geoevents "$bin" \
        --workdir "$tmp" -o "$tmp/dask.fgb" -q "$tmp/corpus.jsonl" 2>"$tmp/dask.err" >/dev/null || true
    line=$(grep 'geoevents-dask: .* articles, ' "$tmp/dask.err" | tail -1)
    m=$(echo "$line" | grep -Eo 'map [0-9.]+' | grep -Eo '[0-9.]+' || echo nan)
    g=$(echo "$line" | grep -Eo 'merge [0-9.]+' | grep -Eo '[0-9.]+' || echo nan)
    tot=$(awk -v a="$m" -v b="$g" 'BEGIN{printf "%.2f", a + b}')
    printf '%-8s %10s %10s %10s %10s\n' "$w" "$m" "$g" "$tot" "$(rate "$tot")"
    [ "$w" = 2 ] && { dask2_map=$m; dask2_merge=$g; }
done

echo "== paper estimate: 100 million articles, 10 machines like this one"
awk -v n="$n" -v one="$one_fgb" -v m2="$dask2_map" -v g2="$dask2_merge" 'BEGIN{
    per_core = n / one;               # articles/s, one thread, FlatGeobuf
    per_machine = n / m2;             # articles/s, two Dask workers on this machine
    map_h = 1e8 / (10 * per_machine) / 3600;
    merge_h = 1e8 * (g2 / n) / 3600;  # the merge runs on one machine
    printf "  per core %.0f art/s; per machine (2 Dask workers) %.0f art/s\n", per_core, per_machine;
    printf "  map on 10 machines: %.1f h; merge of all shards into one file on one machine: %.1f h\n", map_h, merge_h;
    printf "  (keeping the shards as a set of files, or merging per machine, avoids most of the merge)\n";
}'
