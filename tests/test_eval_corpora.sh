#!/usr/bin/env bash
# `geoevents eval` on the public corpora LGL and GeoVirus, when
# GEOEVENTS_EVAL_DIR points at them (CI sets ../shared/eval): fails below the
# floors, so geoparsing quality can only ratchet up. Skipped otherwise.
set -uo pipefail
bin=$1; src=$2; tmp=$3

# Floors, one line per corpus: file, then figure=minimum (from `geoevents eval --json`),
# or figure<maximum (far_errors: the share of resolved mentions > 1,000 km off).
# Set just beyond the figures reached; tighten them when quality improves.
# An option of `geoevents eval` may come first (--lowercase, --uppercase: the
# corpus's text as lower-case archives and archives in capitals come).
FLOORS="
lgl.jsonl      overlap_f1=0.84 acc161=0.885 e2e_acc161=0.81 far_errors<0.046
geovirus.jsonl overlap_f1=0.875 acc161=0.855 e2e_acc161=0.81 far_errors<0.011
lgl.jsonl      --lowercase exact_f1=0.74 acc161=0.88 far_errors<0.045
lgl.jsonl      --uppercase exact_f1=0.74 acc161=0.88 far_errors<0.045
"

dir=${GEOEVENTS_EVAL_DIR:-}
if [ -z "$dir" ]; then
    echo "test_eval_corpora: skipped (GEOEVENTS_EVAL_DIR not set)"
    exit 77
fi
[ -d "$dir" ] || [ ! -d "$src/$dir" ] || dir=$src/$dir
if [ ! -d "$dir" ]; then
    echo "FAIL: GEOEVENTS_EVAL_DIR=$dir is not a directory"
    exit 1
fi
gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
if [ ! -f "$gaz" ]; then
    echo "test_eval_corpora: skipped (no gazetteer at $gaz)"
    exit 77
fi
rm -rf "$tmp"; mkdir -p "$tmp"

fails=0
n=0
while read -r file rest; do
    [ -n "$file" ] || continue
    if [ ! -f "$dir/$file" ]; then
        echo "FAIL: $dir/$file missing"; fails=$((fails + 1)); continue
    fi
    opt=
    case $rest in --*) opt=${rest%% *}; rest=${rest#* } ;; esac
    n=$((n + 1)); out=$tmp/$n.$file
    if ! "$bin" eval "$dir/$file" --gazetteer "$gaz" --json $opt >"$out.json" 2>"$out.err"; then
        echo "FAIL: geoevents eval $dir/$file $opt: $(tail -n 3 "$out.err")"; fails=$((fails + 1)); continue
    fi
    [ -z "$opt" ] || echo -n "($opt) "
    python3 - "$out.json" $rest <<'PY' || fails=$((fails + 1))
import json, sys
c = json.load(open(sys.argv[1]))["corpora"][0]
print(f"{c['corpus']}: docs {c['docs']} gold {c['gold']} predicted {c['predicted']} | "
      f"overlap P {c['overlap_precision']:.3f} R {c['overlap_recall']:.3f} F1 {c['overlap_f1']:.3f} | "
      f"exact F1 {c['exact_f1']:.3f} | acc@161 {c['acc161']:.3f} (n {c['resolved_n']}) "
      f"mean {c['mean_km']:.0f} km median {c['median_km']:.1f} km AUC {c['auc']:.3f} | "
      f"e2e acc@161 {c['e2e_acc161']:.3f} | {c['seconds']:.2f} s")
bad = 0
for kv in sys.argv[2:]:
    if "<" in kv:
        k, v = kv.split("<")
        if c[k] >= float(v):
            print(f"FAIL: {c['corpus']} {k} {c[k]:.3f} not below {v}")
            bad += 1
        continue
    k, v = kv.split("=")
    if c[k] < float(v):
        print(f"FAIL: {c['corpus']} {k} {c[k]:.3f} below the floor {v}")
        bad += 1
sys.exit(1 if bad else 0)
PY
done <<<"$FLOORS"
echo "test_eval_corpora: $fails failure(s)"
[ $fails -eq 0 ]
