#!/usr/bin/env bash
# bench.sh -- throughput and memory of geoevents on the public corpora.
#
#   bench/bench.sh [CORPUS.jsonl ...]     (default: ../shared/eval/lgl.jsonl and wiktor.jsonl)
#
# Reports, per corpus: gazetteer open time; recognition + resolution alone
# (MB/s, articles/s) and with event extraction, from bench/bench.c (texts in
# memory, median of 5 runs); end to end `geoevents map CORPUS -o out.geojsonl`
# (articles/s, MB/s, median of 5 runs) and its peak RSS. One core: the
# tool is single-threaded.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/geoevents ] || ./setup.sh --no-run
cmake --build build --target ge_bench >/dev/null
gaz=${GEOEVENTS_GAZETTEER:-gazetteer/geoevents.gaz}
lex=${GEOEVENTS_LEXICON_DIR:-lexicon}
corpora=("$@")
[ ${#corpora[@]} -gt 0 ] || corpora=(../shared/eval/lgl.jsonl ../shared/eval/wiktor.jsonl)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
runs=5

for c in "${corpora[@]}"; do
    echo "== $(basename "$c")"
    build/ge_bench "$gaz" "$lex" "$c" $runs | sed 's/^/  /'
    n=$(wc -l < "$c"); bytes=$(stat -c %s "$c")
    times=()
    for i in $(seq $runs); do
        s=$(date +%s.%N)
        build/geoevents map "$c" -o "$tmp/out.geojsonl" --gazetteer "$gaz" --overwrite -q 2>/dev/null
        e=$(date +%s.%N)
        times+=("$(awk -v a="$s" -v b="$e" 'BEGIN{print b-a}')")
    done
    med=$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
    awk -v t="$med" -v n="$n" -v b="$bytes" \
        'BEGIN{printf "  end_to_end_s %.3f\n  end_to_end_articles_s %.0f\n  end_to_end_mb_s %.1f\n", t, n/t, b/1e6/t}'
    rss=$( { /usr/bin/time -f '%M' build/geoevents map "$c" -o "$tmp/out.geojsonl" --gazetteer "$gaz" --overwrite -q 2>&1 >/dev/null; } | tail -n1)
    awk -v k="$rss" 'BEGIN{printf "  peak_rss_mb %.1f\n", k/1024}'
done
