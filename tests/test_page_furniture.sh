#!/usr/bin/env bash
# test_page_furniture.sh -- a scraped page as it comes, in plain text: the
# places named in its furniture (a menu, the headlines under "Related
# Stories" and "Most Read", a reader's comment, the copyright line) are
# other stories' and no mentions, while the story's own, in its headline
# and its body, are. A label above the story heads no list: the headline
# under it stays. Skipped (77) without the gazetteer.
# Args: geoevents binary, source dir, scratch dir.
set -u
bin=$1 src=$2 tmp=$3
rm -rf "$tmp"; mkdir -p "$tmp"
gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
[ -f "$gaz" ] || { echo "test_page_furniture: skipped (no gazetteer at $gaz)"; exit 77; }
fail=0
# the mentions of a file: "name|place name|country" per line, in text order
mentions() {
    "$bin" map "$1" -f CSV -o "$tmp/m.csv" --layers mentions --overwrite -q \
        --gazetteer "$gaz" 2>/dev/null || { echo "map failed on $1"; return 1; }
    python3 - "$tmp/m.csv" <<'PY'
import csv, sys
for r in csv.DictReader(open(sys.argv[1])):
    print("|".join([r["name"], r["place_name"], r["country_code"]]))
PY
}
check() { # OUT REGEX present|absent
    if [ "$3" = absent ] && printf '%s\n' "$1" | grep -Eq "$2"; then
        echo "FAIL: /$2/ is a mention:"; printf '%s\n' "$1"; fail=1
    elif [ "$3" = present ] && ! printf '%s\n' "$1" | grep -Eq "$2"; then
        echo "FAIL: /$2/ is no mention:"; printf '%s\n' "$1"; fail=1
    fi
}
cat > "$tmp/page.txt" <<'TXT'
Home | World | Asia | Sport
Floods sweep through Sylhet as rivers burst their banks

SYLHET, Bangladesh, June 18 - Floodwaters swept through villages around Sylhet on Tuesday after days of heavy rain, officials said.

Rescue teams in Sunamganj used boats to reach families stranded on rooftops, the district administration said.

Related Stories
Storm batters Chittagong coast
Heatwave grips Rajshahi as schools close
Colombo trade talks resume

Comments (3)
Rahim: Stay safe everyone. My cousin lives in Khulna.

Most Read
1 Fuel prices rise in Dhaka
© 2026 The Daily Example. All rights reserved.
TXT
out=$(mentions "$tmp/page.txt")
# the headline's, the dateline's and the body's places
[ "$(printf '%s\n' "$out" | grep -c '^Sylhet|Sylhet|BD$')" = 2 ] ||
    { echo "FAIL: the headline's and the body's Sylhet:"; printf '%s\n' "$out"; fail=1; }
check "$out" '^SYLHET\|Sylhet\|BD$' present
check "$out" '^Sunamganj\|' present
# the menu's, the lists', the comment's
for w in Asia Chittagong Rajshahi Colombo Khulna Dhaka; do
    check "$out" "^$w\\|" absent
done
# "Most Read" above the story is a menu's heading: the headline under it
# is the story's
printf 'Most Read\nFloods sweep through Sylhet as rivers burst their banks\n\nRescue teams in Sunamganj used boats to reach families, officials said.\n' \
    > "$tmp/top.txt"
out=$(mentions "$tmp/top.txt")
check "$out" '^Sylhet\|Sylhet\|BD$' present
check "$out" '^Sunamganj\|' present
# other stories' headlines after the story with no label: two short lines
# in title case after the last sentence of prose are a sidebar; a story's
# own last line of prose is no headline
printf 'Floods sweep through Sylhet\n\nRescue teams in Sunamganj used boats to reach families stranded on rooftops, officials said.\n\nStorm Batters Chittagong Coast\nColombo Trade Talks Resume\n' \
    > "$tmp/tail.txt"
out=$(mentions "$tmp/tail.txt")
check "$out" '^Sunamganj\|' present
check "$out" '^Colombo\|' absent
check "$out" '^Chittagong\|' absent
[ $fail = 0 ] && echo "test_page_furniture: ok"
exit $fail
