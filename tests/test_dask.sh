#!/usr/bin/env bash
# Dask distributed drives geoevents: the test starts a scheduler and two
# workers on 127.0.0.1, runs scripts/geoevents-dask.py against the
# scheduler (as on a cluster), and checks that the shards ran on both
# workers, that progress totals were shown, and that the merged GeoPackage
# equals one run's. Stops everything it started. Skipped (77) without
# Debian's python3-distributed or the default gazetteer.
set -uo pipefail
source "$(dirname "$0")/lib_check.sh" "$@"
py=""
for p in /usr/bin/python3 python3; do
    if "$p" -c "import distributed" >/dev/null 2>&1; then py=$p; break; fi
done
if [ -z "$py" ]; then
    echo "test_dask: skipped: Dask distributed is not installed (Debian: python3-distributed)"
    exit 77
fi
if [ ! -f "$gaz" ]; then
    echo "test_dask: skipped: no gazetteer at $gaz"
    exit 77
fi
cd "$tmp" || exit 1
pids=()
# Stops what the test started: SIGTERM, up to 10 s to exit, then SIGKILL.
# Never a bare `wait`: a Dask worker still waiting for its scheduler file
# spins in a loop that SIGTERM's handler cannot interrupt.
stop_all() {
    local p left
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    for _ in $(seq 50); do
        left=0
        for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && left=1; done
        [ $left -eq 0 ] && return
        sleep 0.2
    done
    for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
}
# On a failure, the logs say why (CI shows only the test's output).
show_logs() {
    local f
    for f in scheduler.log worker1.log worker2.log dask.err; do
        [ -f "$f" ] && { echo "--- $f (last lines)"; tail -n 15 "$f"; }
    done
}
trap stop_all EXIT

"$py" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port 0 \
    --dashboard-address :0 --scheduler-file sched.json >scheduler.log 2>&1 &
pids+=($!)
# A loaded machine (the sanitizer run beside another test) can take a while
# to import Dask: wait up to 90 s, and start no worker without a scheduler.
for _ in $(seq 450); do [ -s sched.json ] && break; sleep 0.2; done
if ! grep -q '"address": "tcp://127.0.0.1:' sched.json 2>/dev/null; then
    echo "FAIL: the Dask scheduler did not start within 90 s"
    show_logs
    exit 1
fi
passes=$((passes + 1))
for w in 1 2; do
    "$py" -m distributed.cli.dask_worker --scheduler-file sched.json --death-timeout 120 \
        --host 127.0.0.1 --nthreads 1 --nworkers 1 --name "w$w" --dashboard-address :0 \
        --no-nanny >worker$w.log 2>&1 &
    pids+=($!)
done

python3 "$src/tests/scale_corpus.py" corpus.jsonl 900
"$bin" map corpus.jsonl -o one.gpkg -q
timeout -k 5 300 "$py" "$src/scripts/geoevents-dask.py" --scheduler-file sched.json --wait-workers 2 \
    --shards 6 --geoevents "$bin" --workdir "$tmp" -o merged.gpkg corpus.jsonl >dask.out 2>dask.err
check "geoevents-dask.py: exit 0" test $? -eq 0
check "the driver showed the total across shards" grep -q "geoevents-dask: 900 articles done" dask.err
check "progress lines as shards ran" test "$(grep -c 'articles done' dask.err)" -ge 2
check "final line: 900 articles in 6 shards on 2 worker threads" grep -q "900 articles, .* in 6 shards on 2 worker threads" dask.err
check "both workers ran shards" sh -c "grep -q 'w1' dask.err && grep -q 'w2' dask.err"
check "shard files removed" sh -c "! ls -a | grep -q geoevents-shards"
rows() { ogr2ogr -f CSV /vsistdout/ "$1" "$2" -lco GEOMETRY=AS_WKT 2>/dev/null | sort; }
for l in events mentions articles; do
    rows one.gpkg $l >a.txt; rows merged.gpkg $l >b.txt
    check "Dask shards merged: $l as one run" cmp -s a.txt b.txt
done

stop_all
trap - EXIT
sleep 0.5
alive=0
for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
check "scheduler and workers stopped" test $alive -eq 0
[ $fails -eq 0 ] || show_logs
echo "test_dask: $passes passed, $fails failed"
[ $fails -eq 0 ]
