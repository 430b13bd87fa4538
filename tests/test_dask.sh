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
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; }
trap stop_all EXIT

"$py" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port 0 --dashboard-address :0 \
    --scheduler-file sched.json >scheduler.log 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -s sched.json ] && break; sleep 0.2; done
check "scheduler started on 127.0.0.1" grep -q '"address": "tcp://127.0.0.1:' sched.json
for w in 1 2; do
    "$py" -m distributed.cli.dask_worker --scheduler-file sched.json --host 127.0.0.1 \
        --nthreads 1 --nworkers 1 --name "w$w" --dashboard-address :0 --no-nanny >worker$w.log 2>&1 &
    pids+=($!)
done

python3 "$src/tests/scale_corpus.py" corpus.jsonl 900
"$bin" map corpus.jsonl -o one.gpkg -q
timeout 300 "$py" "$src/scripts/geoevents-dask.py" --scheduler-file sched.json --wait-workers 2 \
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
echo "test_dask: $passes passed, $fails failed"
[ $fails -eq 0 ]
