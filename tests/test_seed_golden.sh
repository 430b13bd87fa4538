#!/usr/bin/env bash
# The user's seed article, end to end: map it to GeoPackage, GeoJSON and a
# Shapefile set, read every output back through OGR, and check the places
# issue 2 names (cities within 25 km, countries as countries), that no place
# comes from people, agencies or page boilerplate, and that all three formats
# hold the same events.
set -euo pipefail
bin=$1; src=$2; tmp=$3
rm -rf "$tmp"; mkdir -p "$tmp"
article=$src/examples/seed-article.txt
py=$(command -v python3)

"$bin" map "$article" -o "$tmp/seed.gpkg" --date 2023-11-20 -q
"$bin" map "$article" -o "$tmp/seed.geojson" --date 2023-11-20 -q
"$bin" map "$article" -o "$tmp/shp" --date 2023-11-20 -q

ogr2ogr -f GeoJSON "$tmp/mentions.json" "$tmp/seed.gpkg" mentions
ogr2ogr -f GeoJSON "$tmp/events_gpkg.json" "$tmp/seed.gpkg" events
ogr2ogr -f GeoJSON "$tmp/events_shp.json" "$tmp/shp/events.shp"
cp "$tmp/seed.geojson" "$tmp/events_geojson.json"

"$py" - "$tmp" <<'PY'
import json, math, sys
tmp = sys.argv[1]
fails = 0; passed = 0
def check(ok, what):
    global fails, passed
    if ok: passed += 1
    else:
        fails += 1; print("FAIL:", what)

def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2 +
         math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))

mentions = json.load(open(tmp + "/mentions.json"))["features"]
by_name = {}
for f in mentions:
    p = f["properties"]
    by_name.setdefault(p["name"], []).append(f)

cities = {"Baghdad": (33.3406, 44.4009), "Erbil": (36.1912, 44.0092)}
for name, (lat, lon) in cities.items():
    fs = by_name.get(name, [])
    check(len(fs) > 0, f"{name} recognised")
    for f in fs:
        x, y = f["geometry"]["coordinates"][:2]
        d = km(lat, lon, y, x)
        check(d <= 25, f"{name} within 25 km (got {d:.1f} km)")
        check(f["properties"]["country_code"] == "IQ", f"{name} in IQ")

countries = {"Syria": "SY", "Iraq": "IQ", "Iran": "IR"}
for name, cc in countries.items():
    fs = by_name.get(name, [])
    check(len(fs) > 0, f"{name} recognised")
    for f in fs:
        check(f["properties"]["country_code"] == cc and f["properties"]["precision"] == "country",
              f"{name} resolved to the country {cc}")
us = [f for n in ("United States", "US", "U.S.") for f in by_name.get(n, [])]
check(len(us) > 0, "United States recognised")
for f in us:
    check(f["properties"]["country_code"] == "US" and f["properties"]["precision"] == "country",
          "United States resolved to the country")
for bad in ("John", "Kirby", "John Kirby", "Hussein", "Taeb", "Hussein Taeb", "Reuters", "Guard",
            "Reply", "Back", "Leave", "Related"):
    check(bad not in by_name, f"no place from '{bad}'")
for f in mentions:
    p = f["properties"]
    check(p["end"] > p["start"], f"offsets of {p['name']}")

counts = {}
for fmt in ("gpkg", "geojson", "shp"):
    counts[fmt] = len(json.load(open(f"{tmp}/events_{fmt}.json"))["features"])
check(counts["gpkg"] > 0, "events written")
check(counts["gpkg"] == counts["geojson"] == counts["shp"], f"same events in every format {counts}")
print(f"test_seed_golden: {passed} passed, {fails} failed")
sys.exit(1 if fails else 0)
PY

# Offsets are code point offsets into the article text: check every mention.
"$py" - "$tmp/mentions.json" "$article" <<'PY'
import json, sys
text = open(sys.argv[2], encoding="utf-8", newline="").read()
bad = 0
for f in json.load(open(sys.argv[1]))["features"]:
    p = f["properties"]
    if text[p["start"]:p["end"]] != p["name"]:
        bad += 1
        print("FAIL: offsets", p["name"], p["start"], p["end"], repr(text[p["start"]:p["end"]]))
print(f"test_seed_golden offsets: {0 if bad else 1} passed, {bad} failed")
sys.exit(1 if bad else 0)
PY
