#!/usr/bin/env bash
# fuzz.sh -- runs the libFuzzer harnesses of fuzz/ (file reader, HTML
# stripping, text through the pipeline, gazetteer open, JSON Lines lines,
# PLOVER writer), each for the time given, one per core at a time
# (FUZZ_JOBS=6 runs all six at once: a wall-clock bound on a shared machine).
#
#   scripts/fuzz.sh HOURS          a long run: HOURS per harness (0.5, 1, 8...)
#   scripts/fuzz.sh --seconds N    a smoke run (CI: 60)
#
# Needs clang and libFuzzer (Debian: clang, libfuzzer-14-dev; installed here
# when missing) and the default gazetteer (./setup.sh --no-run builds it).
# Seeds come from examples/ and tests/data/; the corpus grows in
# build-fuzz/corpus/NAME. A crash or leak stops that harness, its input is
# kept in build-fuzz/crashes/NAME/, and the script exits 1: turn the input
# into a regression test, then fix.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--seconds" ]; then secs=${2:?seconds}; else
    hours=${1:?usage: scripts/fuzz.sh HOURS | --seconds N}
    secs=$(python3 -c "print(int(float('$hours') * 3600))")
fi
if ! command -v clang >/dev/null || ! dpkg-query -W -f='${Status}' libfuzzer-14-dev 2>/dev/null | grep -q "ok installed"; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang libfuzzer-14-dev >/dev/null
fi
[ -f gazetteer/geoevents.gaz ] || ./setup.sh --no-run
if [ ! -f build-fuzz/CMakeCache.txt ]; then
    CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGE_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build build-fuzz -j"$(nproc)" >/dev/null
targets=(fuzz_read fuzz_html fuzz_text fuzz_gazetteer fuzz_jsonl fuzz_plover)
seed() { # NAME: a seed corpus of the project's own inputs
    local dir=build-fuzz/corpus/$1
    mkdir -p "$dir"
    case $1 in
        fuzz_gazetteer) # the small fixture the unit tests build, else the head of the default one
            if [ -f build/tests/tmp_test_gazetteer/fixture.gaz ]; then cp build/tests/tmp_test_gazetteer/fixture.gaz "$dir/"
            else [ -n "$(ls -A "$dir")" ] || head -c 4096 gazetteer/geoevents.gaz > "$dir/head.gaz"; fi ;;
        fuzz_jsonl) cp examples/*.jsonl "$dir/" 2>/dev/null || true ;;
        *) find examples tests/data -type f -size -64k \( -name '*.txt' -o -name '*.html' -o -name '*.jsonl' \) \
               -exec cp {} "$dir/" \; 2>/dev/null || true ;;
    esac
}
run() { # NAME: one harness for $secs seconds
    local name=$1 log=build-fuzz/$1.log
    seed "$name"
    mkdir -p "build-fuzz/crashes/$name"
    if ASAN_OPTIONS=detect_leaks=1 "build-fuzz/fuzz/$name" "build-fuzz/corpus/$name" \
        -max_total_time="$secs" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
        -artifact_prefix="build-fuzz/crashes/$name/" -print_final_stats=1 >"$log" 2>&1; then
        echo "$name: $(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$') runs, $(grep -Eo 'cov: [0-9]+' "$log" | tail -1) edges, no finding"
    else
        echo "$name: FINDING (see $log and build-fuzz/crashes/$name/)"
        tail -n 30 "$log"
        return 1
    fi
}
export -f seed run
export secs
status=0
printf '%s\n' "${targets[@]}" | xargs -P "${FUZZ_JOBS:-$(nproc)}" -I{} bash -c 'run {}' || status=1
exit $status
