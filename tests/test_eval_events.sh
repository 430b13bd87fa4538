#!/usr/bin/env bash
# geoevents eval-events: exact figures on a small hand-written fixture
# (event_location and PLOVER lines, one bad line), the error file, and, when
# GEOEVENTS_EVAL_DIR points at ../shared/eval, floors on the real dev corpora
# just under the figures reached. Skipped (77) without the default gazetteer.
set -euo pipefail
bin=$1; src=$2; tmp=$3
rm -rf "$tmp"; mkdir -p "$tmp"
gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
if [ ! -f "$gaz" ]; then
    echo "test_eval_events: skipped (no gazetteer at $gaz)"
    exit 77
fi
py=$(command -v python3)

"$bin" eval-events "$src/tests/data/events_fixture.jsonl" --json --errors "$tmp/errors.tsv" \
    > "$tmp/fixture.json" 2> "$tmp/stderr.txt"
"$bin" eval-events "$src/tests/data/events_fixture.jsonl" > "$tmp/table.txt" 2>/dev/null

# usage errors
if "$bin" eval-events 2>/dev/null; then echo "FAIL: no corpus accepted"; exit 1; fi
if "$bin" eval-events --bogus x.jsonl 2>/dev/null; then echo "FAIL: unknown option accepted"; exit 1; fi

"$py" - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
fails = passed = 0
def check(ok, what):
    global fails, passed
    if ok: passed += 1
    else:
        fails += 1; print("FAIL:", what)
rows = {r["subset"]: r for r in json.load(open(tmp + "/fixture.json"))}
a, c = rows.get("all"), rows.get("without Masdar_RA")
check(a is not None and c is not None, "both subsets reported")
# 5 event_location lines: 4 triggers are event verbs, "said" is not
check(a["lines"] == 5 and abs(a["trigger_recall"] - 0.8) < 1e-9, f"trigger recall 4/5: {a['trigger_recall']}")
check(c["lines"] == 4 and c["trigger_recall"] == 1, "the excluded batch is left out")
check(a["location_recall"] >= 0.75, f"places of 3 of the 4 located events at least: {a['location_recall']}")
check(a["location_precision"] >= 0.75, f"location precision: {a['location_precision']}")
check(abs(a["end_to_end_accuracy"] - a["trigger_recall"] * a["location_accuracy"]) < 1e-9,
      "end to end = matched and located")
# 4 PLOVER lines: protest, accuse, agree, and a hunger strike coded with the
# PLOVER 0.5b1 mode name "strike-hun" (now "hunger")
check(a["sentences"] == 4 and a["event_found"] == 1, "an event in every PLOVER sentence")
check(a["event_type_accuracy"] == 1, f"PLOVER types: {a['event_type_accuracy']}")
check(a["mode_accuracy"] == 1, f"0.5b1 mode names mapped to current ones: {a['mode_accuracy']}")
check(a["bad_lines"] == 1, "the bad line is counted")
err = open(tmp + "/stderr.txt").read()
check("events_fixture.jsonl:6:" in err, "the bad line is reported with file and line")
lines = open(tmp + "/errors.tsv").read().splitlines()
check(lines[0].startswith("what\t"), "error file header")
check(any(l.startswith("NOTRIGGER\tfx-4\t") for l in lines), "the miss is in the error file")
table = open(tmp + "/table.txt").read()
check("without Masdar_RA" in table and "type acc" in table, "table output")
print(f"test_eval_events fixture: {passed} passed, {fails} failed")
sys.exit(1 if fails else 0)
PY

# completely annotated articles (events_full and indiapolice shapes)
"$bin" eval-events "$src/tests/data/events_full_fixture.jsonl" --json --errors "$tmp/ferr.tsv" \
    > "$tmp/full.json" 2>/dev/null
"$py" - "$tmp/full.json" "$tmp/ferr.tsv" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))[0]
errs = [l.split("\t")[0] for l in open(sys.argv[2]).read().splitlines()[1:]]
fails = 0
def check(c, what):
    global fails
    fails += not c
    print(("ok   " if c else "FAIL ") + what)
check(r["articles"] == 3 and r["gold_events"] == 1, "three articles, one gold event")
check(r["detection_recall"] == 1.0, "the arrest retold in the headline and the lede is found")
matched = round(r["detection_precision"] * r["records"])
check(matched == 1 and r["duplicates"] + r["no_event"] + matched == r["records"],
      "every record is a match, a duplicate or no event")
check(errs.count("DUPLICATE") == r["duplicates"] and errs.count("FALSEPOS") == r["no_event"],
      "the error file lists every duplicate and false positive")
check(r["ARREST_recall"] == 1.0 and r["ANY_ACTION_recall"] == 1.0, "the police arrest sentence is labelled")
check(sum(b["records"] for b in r["reliability"]) == r["records"], "the reliability table covers every record")
sys.exit(1 if fails else 0)
PY

dir=${GEOEVENTS_EVAL_DIR:-}
if [ -z "$dir" ]; then
    echo "test_eval_events: real corpora skipped (GEOEVENTS_EVAL_DIR not set)"
    exit 0
fi
"$bin" eval-events "$dir/event_location_dev.jsonl" "$dir/plover_gsr.jsonl" \
    "$dir/events_full_dev.jsonl" "$dir/indiapolice_dev.jsonl" --json > "$tmp/real.json"
"$py" - "$tmp/real.json" <<'PY'
import json, sys
rows = {(r["corpus"], r.get("subset", "all")): r for r in json.load(open(sys.argv[1]))}
# floors just under the figures reached (see the README's Accuracy section)
floors = [
    (("event_location_dev.jsonl", "without Masdar_RA"), "trigger_recall", 0.85),
    (("event_location_dev.jsonl", "without Masdar_RA"), "location_precision", 0.74),
    # (location figures overlap spans, not points: a wrong-continent reading of
    # "Al" in "Al-Qal'at" used to count; left unresolved now, it does not)
    # (an unmapped village named with its container is mapped there, its
    # span the village's: "the village of Yelwata in Guma")
    (("event_location_dev.jsonl", "without Masdar_RA"), "location_recall", 0.66),
    (("event_location_dev.jsonl", "without Masdar_RA"), "end_to_end_accuracy", 0.59),
    # (election results are no events by EVENT-ANNOTATION.md: "captured 19
    # percent of the vote", marked as verbs here, cost 0.001)
    (("event_location_dev.jsonl", "all"), "trigger_recall", 0.865),
    (("plover_gsr.jsonl", "all"), "event_type_accuracy", 0.73),
    (("plover_gsr.jsonl", "all"), "mode_accuracy", 0.42),
    # completely annotated articles: precision counts records that should not exist
    (("events_full_dev.jsonl", "all"), "detection_precision", 0.49),
    (("events_full_dev.jsonl", "all"), "detection_recall", 0.70),
    (("events_full_dev.jsonl", "all"), "typed_f1", 0.43),
    (("indiapolice_dev.jsonl", "all"), "ARREST_f1", 0.74),
    (("indiapolice_dev.jsonl", "all"), "FORCE_f1", 0.69),
    (("indiapolice_dev.jsonl", "all"), "KILL_f1", 0.62),
    (("indiapolice_dev.jsonl", "all"), "ANY_ACTION_f1", 0.25),
]
fails = 0
for key, metric, floor in floors:
    got = rows[key][metric]
    ok = got >= floor
    fails += not ok
    print(f"{'ok  ' if ok else 'FAIL'} {key[0]} [{key[1]}] {metric} = {got:.4f} (floor {floor})")
# calibration: a confidence band with enough records is not overconfident:
# its observed precision is not significantly below the band's lower end
# (the upper end of its 95 % Wilson interval reaches it; a fixed margin of
# 0.05 failed bands of 60 records on one record's move, within the noise)
import math
for b in rows[("events_full_dev.jsonl", "all")]["reliability"]:
    n = b["records"]
    if n < 15:
        continue
    p, z = b["precision"], 1.96
    upper = (p + z * z / (2 * n) + z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))) / (1 + z * z / n)
    ok = upper >= b["from"]
    fails += not ok
    print(f"{'ok  ' if ok else 'FAIL'} events_full_dev.jsonl confidence {b['from']:.1f}+: "
          f"{n} records, precision {p:.4f} (95 % upper {upper:.4f})")
sys.exit(1 if fails else 0)
PY

# The shipped event model is what train-events makes of the dev data: its
# provenance holds (anyone can retrain it and get the same weights).
"$bin" train-events "$dir/events_full_dev.jsonl" "$dir/plover_gsr.jsonl" \
    "$dir/event_location_dev.jsonl" --threshold 0.27 --second 0.4 -o "$tmp/model.txt" 2>/dev/null
"$py" - "$tmp/model.txt" "$src/lexicon/event-model.txt" <<'PY'
import sys
def weights(path):
    w, on = {}, False
    for line in open(path):
        line = line.split("#")[0].strip()
        if line == "[model]":
            on = True
        elif on and line:
            k, v = line.split()
            w[k] = float(v)
    return w
a, b = weights(sys.argv[1]), weights(sys.argv[2])
ok = a.keys() == b.keys() and all(abs(a[k] - b[k]) < 1e-3 for k in a)
print(("ok   " if ok else "FAIL ") + "train-events reproduces lexicon/event-model.txt"
      + ("" if ok else " (retrain it: see the README)"))
sys.exit(0 if ok else 1)
PY
