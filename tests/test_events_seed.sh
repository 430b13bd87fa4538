#!/usr/bin/env bash
# The seed article's event records (issue 4): PLOVER JSON Lines from
# `geoevents map --date 2023-11-20`, checked for the events the issue
# names, their places, dates and report modes, code point offsets, and
# nothing from the page boilerplate. Skipped (77) without the gazetteer.
set -euo pipefail
bin=$1; src=$2; tmp=$3
rm -rf "$tmp"; mkdir -p "$tmp"
gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
if [ ! -f "$gaz" ]; then
    echo "test_events_seed: skipped (no gazetteer at $gaz)"
    exit 77
fi
article=$src/examples/seed-article.txt
"$bin" map "$article" -o "$tmp/seed.jsonl" --date 2023-11-20 -q

python3 - "$tmp/seed.jsonl" "$article" <<'PY'
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
text = open(sys.argv[2], encoding="utf-8", newline="").read()
fails = passed = 0
def check(ok, what):
    global fails, passed
    if ok: passed += 1
    else:
        fails += 1; print("FAIL:", what)
def loc(e, key, default=None):
    return (e.get("location") or {}).get(key, default)

assault = [e for e in events if e["event_type"] == "ASSAULT"]
check(any(loc(e, "country_code") == "IQ" and loc(e, "precision") == "country" for e in assault),
      "ASSAULT located in Iraq")
for city in ("Baghdad", "Erbil"):
    check(any(loc(e, "name") == city and loc(e, "precision") == "city" and loc(e, "resolution") == 4
              for e in assault), f"ASSAULT at {city}, city precision")
consult = [e for e in events if e["event_type"] == "CONSULT" and loc(e, "name") == "Baghdad"]
check(len(consult) > 0, "CONSULT in Baghdad")
check(any("2023-11-13" <= (e["date"] or "") < "2023-11-20" and e["date_text"] == "a few days ago"
          for e in consult), "the meeting dated a few days before the publication date")
check(any(e["event_type"] in ("SUPPORT", "AID") and e["actor"]["country"] == "IRN" for e in events),
      "Iran funding and arming militias: SUPPORT/AID by IRN")
check(any(e["event_type"] == "REQUEST" for e in events), "Kirby's call on Iran: REQUEST")
check(any(e["event_type"] in ("THREATEN", "COERCE", "SANCTION") and e["mode_of_report"] == "hypothetical"
          for e in events), "the US considering deterring Iran: hypothetical")
counted = [e for e in assault if e["counts"]["count"] == 40]
check(len(counted) == 1 and counted[0]["counts"]["qualifier"] == "more than", "More than 40 attacks")
for bad in ("Leave a Reply", "Related Stories", "Back to top", "email address", "Short link"):
    check(not any(bad in (e["event_text"] or "") for e in events), f"no event from '{bad}'")
for e in events:
    t = e["trigger"]
    check(text[e["trigger_start"]:e["trigger_end"]] == t, f"trigger offsets of {t!r}")
    if e["location"]:
        check(text[e["place_start"]:e["place_end"]] == e["location"]["text"],
              f"place offsets of {e['location']['text']!r}")
    check(e["quad_code"] in (1, 2, 3, 4) and 0 <= e["confidence"] <= 1, "quad code and confidence")
    check(e["mode_of_report"] in ("asserted", "hypothetical", "planned", "denied"), "report mode")
    check(e["date_precision"] in ("day", "week", "month", "year"), "date precision")
print(f"test_events_seed: {passed} passed, {fails} failed ({len(events)} events)")
sys.exit(1 if fails else 0)
PY
