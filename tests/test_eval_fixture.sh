#!/usr/bin/env bash
# `geoevents eval` on the project's own annotated fixture (tests/data/eval):
# quality floors (so a change that breaks geoparsing fails), the JSON and
# table outputs agree, the error file is well formed and its spans are the
# gold text, and bad arguments fail with a message. Skips without a gazetteer.
set -uo pipefail
bin=$1; src=$2; tmp=$3
rm -rf "$tmp"; mkdir -p "$tmp"

# Floors on the fixture: figure=minimum, one per line (raise as quality rises).
FLOORS="
overlap_f1=0.93
overlap_recall=0.93
acc161=0.90
e2e_acc161=0.88
"

fixture=$src/tests/data/eval/fixture.jsonl
gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# Argument errors first: they need no gazetteer.
"$bin" eval >/dev/null 2>&1; [ $? -eq 2 ] || fail "eval without corpus should exit 2"
"$bin" eval --bogus "$fixture" >/dev/null 2>"$tmp/err"; [ $? -eq 2 ] || fail "unknown option should exit 2"
grep -q -- "--bogus" "$tmp/err" || fail "unknown option not named in the message"
grep -q "acc@161\|161 km" <<<"$("$bin" eval --help)" || fail "--help does not describe the metrics"

if [ ! -f "$gaz" ]; then
    echo "test_eval_fixture: skipped (no gazetteer at $gaz)"
    exit 77
fi

"$bin" eval "$tmp/missing.jsonl" --gazetteer "$gaz" >/dev/null 2>"$tmp/err"
[ $? -ne 0 ] || fail "a missing corpus should fail"
grep -q "missing.jsonl" "$tmp/err" || fail "a missing corpus should be named"

"$bin" eval "$fixture" --gazetteer "$gaz" --json --errors "$tmp/errors.tsv" >"$tmp/out.json" 2>"$tmp/err" \
    || fail "eval --json failed: $(cat "$tmp/err")"
"$bin" eval "$fixture" --gazetteer "$gaz" >"$tmp/table.txt" 2>>"$tmp/err" || fail "eval (table) failed"
"$bin" eval "$fixture" --gazetteer "$gaz" --json --kinds toponym >"$tmp/toponyms.json" 2>>"$tmp/err" || fail "eval --kinds failed"
"$bin" eval "$fixture" --gazetteer "$gaz" --kinds toponym,bogus >/dev/null 2>&1; [ $? -eq 2 ] || fail "--kinds with a bad name should exit 2"
cat "$tmp/table.txt"

python3 - "$tmp/out.json" "$tmp/table.txt" "$tmp/errors.tsv" "$fixture" "$FLOORS" "$tmp/toponyms.json" <<'PY' || fails=$((fails + 1))
import json, sys
out, table, errors, fixture, floors = sys.argv[1:6]
bad = 0
def check(ok, what):
    global bad
    if not ok:
        bad += 1
        print("FAIL:", what)

res = json.load(open(out))
c = res["corpora"][0]
docs = [json.loads(l) for l in open(fixture, encoding="utf-8")]
gold = sum(len(d["toponyms"]) for d in docs)
coords = sum(1 for d in docs for t in d["toponyms"] if t["lat"] is not None)
check(c["corpus"] == "fixture", "corpus name from the file")
check(c["docs"] == len(docs), f"docs {c['docs']} != {len(docs)}")
check(c["gold"] == gold, f"gold {c['gold']} != {gold}")
check(c["gold_with_coords"] == coords, f"gold with coords {c['gold_with_coords']} != {coords}")
check(c["precision_meaningful"] is True, "precision meaningful on the fixture")
check(c["exact_recall"] <= c["overlap_recall"] + 1e-12, "exact recall <= overlap recall")
check(c["resolved_n"] <= coords, "resolved <= gold with coordinates")
check(abs(c["e2e_acc161"] * coords - c["acc161"] * c["resolved_n"]) < 1e-6, "e2e = acc161 * resolved / coords")
check(0 <= c["auc"] <= 1.0001, "AUC in [0, 1]")
t = json.load(open(sys.argv[6]))["corpora"][0]
check(t["predicted"] <= c["predicted"] and t["gold"] == c["gold"], "--kinds toponym scores a subset of the predictions")

# the table prints the same figures
row = [l for l in open(table) if l.startswith("fixture")]
check(len(row) == 1, "one table row for the fixture")
if row:
    f = row[0].replace("|", " ").split()
    check(int(f[1]) == c["docs"] and int(f[2]) == gold and int(f[3]) == c["predicted"], "table counts")
    check(abs(float(f[9]) - c["overlap_f1"]) < 0.0006, "table overlap F1")

# error file: header, 19 columns, gold text for misses, counts consistent
lines = open(errors, encoding="utf-8").read().split("\n")
check(lines[0].startswith("corpus\tdoc\tkind"), "error file header")
rows = [l.split("\t") for l in lines[1:] if l]
check(all(len(r) == 19 for r in rows), "19 columns on every error line")
text = {d["id"]: d for d in docs}
kinds = {}
for r in rows:
    kinds[r[2]] = kinds.get(r[2], 0) + 1
    d = text.get(r[1])
    check(d is not None, f"error line names a fixture doc: {r[1]}")
    if d is None:
        continue
    s, e = int(r[3]), int(r[4])
    check(d["text"][s:e].replace("\n", " ") == r[5], f"span text {r[5]!r} at {s}:{e}")
    if r[2] == "MISS":
        check(any(t["start"] == s and t["end"] == e for t in d["toponyms"]), "MISS is a gold span")
    if r[2] in ("WRONG",):
        check(float(r[18]) > 161, "WRONG is over 161 km")
check(kinds.get("MISS", 0) == gold - round(c["overlap_recall"] * gold), "MISS lines = gold not recognised")
check(kinds.get("FP", 0) == c["predicted"] - round(c["overlap_precision"] * c["predicted"]), "FP lines = unmatched predictions")

for line in floors.split():
    k, v = line.split("=")
    check(c[k] >= float(v), f"{k} {c[k]:.3f} below the floor {v}")
print(f"test_eval_fixture: overlap F1 {c['overlap_f1']:.3f} (P {c['overlap_precision']:.3f} "
      f"R {c['overlap_recall']:.3f}), acc@161 {c['acc161']:.3f}, e2e {c['e2e_acc161']:.3f}, "
      f"{len(rows)} error lines")
sys.exit(1 if bad else 0)
PY

echo "test_eval_fixture: $fails failure(s)"
[ $fails -eq 0 ]
