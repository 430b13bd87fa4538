#!/usr/bin/env bash
# bench.sh -- throughput and memory of geoevents on the public corpora.
#
#   bench/bench.sh [CORPUS.jsonl ...]     (default: ../shared/eval/lgl.jsonl and wiktor.jsonl)
#
# Environment: GE_BUILD_DIR (default build), GE_BENCH_RUNS (default 5),
# GEOEVENTS_GAZETTEER, GEOEVENTS_LEXICON_DIR.
#
# Reports, per corpus: gazetteer open time; recognition + resolution alone
# (MB/s, articles/s) and with event extraction, from bench/bench.c (texts in
# memory, median of the runs); end to end `geoevents map CORPUS -o out.geojsonl`
# (GeoJSONSeq; articles/s, MB/s of input, median of the runs) and its peak
# RSS (median of the same runs). One core by default: GE_BENCH_THREADS
# (default 1) is passed to `geoevents map --threads`.
# Throughputs are given on wall time and on CPU time (user + system, the
# _cpu_ keys); on a shared, loaded machine compare the CPU figures. The
# start-up cost (one article: loading GDAL, the gazetteer and the lexicon)
# is measured too, and the end-to-end rate is also given without it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${GE_BUILD_DIR:-build}
runs=${GE_BENCH_RUNS:-5}
threads=${GE_BENCH_THREADS:-1}
if [ ! -x "$build/geoevents" ]; then
    if [ "$build" = build ]; then ./setup.sh --no-run; else
        cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
        cmake --build "$build" -j2 >/dev/null
    fi
fi
cmake --build "$build" --target geoevents_cli ge_bench >/dev/null
gaz=${GEOEVENTS_GAZETTEER:-gazetteer/geoevents.gaz}
lex=${GEOEVENTS_LEXICON_DIR:-lexicon}
corpora=("$@")
[ ${#corpora[@]} -gt 0 ] || corpora=(../shared/eval/lgl.jsonl ../shared/eval/wiktor.jsonl)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

median() { sort -g | sed -n "$(( (runs + 1) / 2 ))p"; }

for c in "${corpora[@]}"; do
    echo "== $(basename "$c")"
    "$build/ge_bench" "$gaz" "$lex" "$c" "$runs" | sed 's/^/  /'
    n=$(grep -c . "$c"); bytes=$(stat -c %s "$c")
    : >"$tmp/times"; : >"$tmp/rss"; : >"$tmp/cpu"
    for _ in $(seq "$runs"); do
        s=$(date +%s.%N)
        /usr/bin/time -f '%M %U %S' -o "$tmp/rss1" "$build/geoevents" map "$c" -o "$tmp/out.geojsonl" \
            --gazetteer "$gaz" --threads "$threads" --overwrite -q >/dev/null 2>"$tmp/err" \
            || { echo "  geoevents map failed: $(tail -n 2 "$tmp/err")"; break; }
        e=$(date +%s.%N)
        awk -v a="$s" -v b="$e" 'BEGIN{print b-a}' >>"$tmp/times"
        tail -n 1 "$tmp/rss1" | awk '{print $1}' >>"$tmp/rss"
        tail -n 1 "$tmp/rss1" | awk '{print $2 + $3}' >>"$tmp/cpu"
    done
    [ -s "$tmp/times" ] || continue
    # start-up alone (GDAL/PROJ loading, gazetteer, lexicon): one article
    grep -m1 . "$c" >"$tmp/one.jsonl"; : >"$tmp/cpu1"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%U %S' -o "$tmp/t1" "$build/geoevents" map "$tmp/one.jsonl" \
            -o "$tmp/one.geojsonl" --gazetteer "$gaz" --threads "$threads" --overwrite -q >/dev/null 2>&1 || true
        tail -n 1 "$tmp/t1" | awk '{print $1 + $2}' >>"$tmp/cpu1"
    done
    cpu1=$(median <"$tmp/cpu1")
    med=$(median <"$tmp/times")
    rss=$(median <"$tmp/rss")
    cpu=$(median <"$tmp/cpu")
    features=$(grep -c . "$tmp/out.geojsonl" || true)
    awk -v t="$med" -v n="$n" -v b="$bytes" -v k="$rss" -v f="$features" -v c="$cpu" -v c1="$cpu1" 'BEGIN{
        printf "  end_to_end_s %.3f\n  end_to_end_articles_s %.0f\n  end_to_end_mb_s %.1f\n", t, n/t, b/1e6/t
        if (c > 0) printf "  end_to_end_cpu_s %.2f\n  end_to_end_cpu_articles_s %.0f\n  end_to_end_cpu_mb_s %.1f\n", c, n/c, b/1e6/c
        printf "  startup_cpu_s %.2f\n", c1
        if (c > c1) printf "  end_to_end_cpu_articles_s_after_startup %.0f\n", n/(c-c1)
        printf "  end_to_end_features %d\n  peak_rss_mb %.1f\n", f, k/1024 }'
done
