#!/usr/bin/env python3
"""geoevents-dask.py -- run `geoevents map` over an archive on a Dask cluster.

Each Dask task runs one shard, `geoevents map INPUT... --shard K/N`, on a
worker; all of them read the same inputs (a path every worker sees: a shared
or copied folder, a URL GDAL reads such as /vsicurl/ or /vsis3/), so a
.tar.gz that cannot be split needs no coordination. Each task reports the
articles it has done after every batch (geoevents' --counters lines); the
driver prints the running total. When all shards are written, the driver
combines them with `geoevents merge` into OUTPUT.

  # one machine: a local cluster of 2 worker processes on 127.0.0.1
  scripts/geoevents-dask.py --workers 2 -o events.gpkg news.jsonl
  # a cluster: the same command given the scheduler's address
  scripts/geoevents-dask.py --scheduler tcp://10.0.0.1:8786 \\
      --workdir /shared/tmp -o /shared/events.gpkg /shared/news.tar.gz

Options after `--` go to every `geoevents map` (e.g. -- --date 2024-01-01).
Needs Dask distributed (Debian: python3-distributed) on the driver and the
workers, and geoevents on every worker (--geoevents PATH, or on PATH).
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

PROGRESS_QUEUE = "geoevents-progress"


def run_shard(geoevents, inputs, k, n, out, extra):
    """One Dask task: `geoevents map --shard k/n`, reporting progress through
    a distributed Queue; returns a small summary dict."""
    from distributed import Queue, get_worker

    queue = Queue(PROGRESS_QUEUE)
    worker = str(get_worker().name)
    cmd = [geoevents, "map", *inputs, "--shard", f"{k}/{n}", "-o", out,
           "--threads", "1", "--counters", "--overwrite", *extra]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, errors="replace")
    articles = events = 0
    messages = []
    for line in proc.stderr:
        if line.startswith("reporter:counter:geoevents,"):
            _, _, rest = line.strip().partition("reporter:counter:geoevents,")
            name, _, value = rest.partition(",")
            if name == "articles":
                articles += int(value)
                queue.put((k, articles))
            elif name == "events":
                events += int(value)
        else:
            messages.append(line.rstrip("\n"))
    rc = proc.wait()
    return {"shard": k, "worker": worker, "rc": rc, "articles": articles, "events": events,
            "output": out, "messages": messages[-20:]}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="inputs every worker can read")
    ap.add_argument("-o", "--output", required=True, help="the merged output")
    ap.add_argument("--scheduler", help="scheduler address (default: a local cluster)")
    ap.add_argument("--scheduler-file", help="scheduler file written by dask-scheduler")
    ap.add_argument("--workers", type=int, default=2,
                    help="local cluster: worker processes (default 2)")
    ap.add_argument("--wait-workers", type=int, default=1,
                    help="cluster: wait for this many workers (default 1)")
    ap.add_argument("--shards", type=int, default=0,
                    help="number of shards (default: the workers' threads)")
    ap.add_argument("--shard-format", default="fgb",
                    help="extension of the shard files (default fgb; for a .gpkg "
                    "output the shards hold all three layers, as sidecar files)")
    ap.add_argument("--workdir", help="folder for the shard files, seen by all "
                    "workers and the driver (default: beside the output)")
    ap.add_argument("--geoevents", default="geoevents", help="the geoevents program")
    ap.add_argument("--keep-shards", action="store_true", help="keep the shard files")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    args, extra = ap.parse_known_args()
    if extra and extra[0] == "--":
        extra = extra[1:]

    from distributed import Client, LocalCluster, Queue

    cluster = None
    if args.scheduler or args.scheduler_file:
        client = Client(args.scheduler, scheduler_file=args.scheduler_file)
        client.wait_for_workers(args.wait_workers)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                               processes=True, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    status = 1
    try:
        status = drive(client, args, extra, Queue(PROGRESS_QUEUE))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return status


def drive(client, args, extra, queue):
    nthreads = sum(client.nthreads().values()) or 1
    n = args.shards or nthreads
    out = os.path.abspath(args.output)
    workdir = args.workdir or os.path.dirname(out)
    shard_format = args.shard_format
    if out.lower().endswith(".gpkg") and "--layers" not in extra:
        extra = [*extra, "--layers", "all"]  # a GeoPackage holds all three layers
    parts = tempfile.mkdtemp(prefix=".geoevents-shards-", dir=workdir)
    inputs = [i if i.startswith("/vsi") or i == "-" else os.path.abspath(i)
              for i in args.inputs]
    geoevents = args.geoevents
    if os.path.sep in geoevents:
        geoevents = os.path.abspath(geoevents)
    t0 = time.monotonic()
    futures = [client.submit(run_shard, geoevents, inputs, k, n,
                             os.path.join(parts, f"part-{k:05d}.{shard_format}"),
                             extra, key=f"geoevents-shard-{k}-of-{n}", pure=False)
               for k in range(1, n + 1)]
    done = {}
    results = []
    last = ""

    def show():
        nonlocal last
        line = (f"geoevents-dask: {sum(done.values())} articles done "
                f"({len(results)}/{n} shards finished, {len(done)} started)")
        if line != last and not args.quiet:
            print(line, file=sys.stderr, flush=True)
            last = line

    while len(results) < n:
        time.sleep(0.3)
        for k, articles in queue.get(batch=True):  # what the workers said meanwhile
            done[k] = max(done.get(k, 0), articles)
        show()
        for fut in list(futures):
            if fut.done():
                futures.remove(fut)
                r = fut.result()
                results.append(r)
                done[r["shard"]] = r["articles"]
                for m in r["messages"]:
                    if not m.startswith("geoevents: ") or "articles," not in m:
                        print(f"shard {r['shard']}: {m}", file=sys.stderr)
    show()
    failed = [r for r in results if r["rc"] != 0]
    if failed:
        print(f"geoevents-dask: {len(failed)} shards failed; nothing merged "
              f"(shard files kept in {parts})", file=sys.stderr)
        return 1
    elapsed = time.monotonic() - t0
    outs = [r["output"] for r in sorted(results, key=lambda r: r["shard"])]
    t1 = time.monotonic()
    rc = subprocess.call([geoevents, "merge", out, *outs, "--overwrite", "-q"])
    merge_s = time.monotonic() - t1
    if not args.keep_shards and rc == 0:
        for f in os.listdir(parts):
            os.unlink(os.path.join(parts, f))
        os.rmdir(parts)
    total = sum(r["articles"] for r in results)
    per = {}
    for r in results:
        per.setdefault(r["worker"], []).append(r["articles"])
    print("geoevents-dask: per worker: " + ", ".join(
        f"{w} {len(a)} shards {sum(a)} articles" for w, a in sorted(per.items())),
        file=sys.stderr)
    print(f"geoevents-dask: {total} articles, {sum(r['events'] for r in results)} events "
          f"in {n} shards on {nthreads} worker threads: map {elapsed:.2f} s, "
          f"merge {merge_s:.2f} s -> {out}", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
