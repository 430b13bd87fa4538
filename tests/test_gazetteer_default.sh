#!/usr/bin/env bash
# test_gazetteer_default.sh -- the default gazetteer (gazetteer/geoevents.gaz)
# answers the basic names right. Skipped (77) when it has not been built.
# Args: geoevents binary, source dir, scratch dir.
set -u
bin=$1 src=$2
gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
[ -f "$gaz" ] || { echo "skip: $gaz not built"; exit 77; }
fail=0
# first candidate line of a lookup: fields geonameid name... fcode cc ... level
first() { "$bin" gazetteer lookup "$1" --gazetteer "$gaz" | sed -n 3p; }
expect() { # NAME REGEX
    local line; line=$(first "$1")
    if ! printf '%s\n' "$line" | grep -Eq "$2"; then
        echo "FAIL: '$1' first candidate: $line (wanted /$2/)"; fail=1
    fi
}
expect "Baghdad" ' PPLC +IQ .* city '
expect "Iraq" ' PCL. +IQ .* country '
expect "Iraqi" ' IQ .* country .*demonym'
expect "Iraqis" ' IQ .* country .*demonym'
expect "Fla." '^ +[0-9]+ +Florida .* US +FL .* admin1 .*abbrev'
expect "Erbil" ' IQ '
expect "U.S." ' US .* country '
expect "Americans" ' US .* country .*demonym'
expect "Africa" ' continent '
expect "Canada" ' CA .* country .* 60\.0000,-95\.0000 '
# a demonym is no town's stray alternate name ("Thai" was Alor Setar), but
# a city of the demonym's own country stays ("Vatican")
expect "Thai" ' TH .* country .*demonym'
n=$("$bin" gazetteer lookup "Thai" --gazetteer "$gaz" | sed -n 1p)
printf '%s\n' "$n" | grep -q ': 1 candidate' || { echo "FAIL: Thai has other readings: $n"; fail=1; }
"$bin" gazetteer lookup "Vatican" --gazetteer "$gaz" | grep -q ' PPLC ' || { echo "FAIL: Vatican lost its city"; fail=1; }
# an ordinary word cut from an area's name is no name of it ("Free" of Free
# State, "Federal" of Federal District); a county's is ("Cook")
"$bin" gazetteer lookup "Free" --gazetteer "$gaz" | grep -q "Free State" && { echo "FAIL: Free is Free State"; fail=1; }
"$bin" gazetteer lookup "Federal" --gazetteer "$gaz" | grep -q "Federal District" && { echo "FAIL: Federal is Federal District"; fail=1; }
"$bin" gazetteer lookup "Cook" --gazetteer "$gaz" | grep -q "Cook County" || { echo "FAIL: Cook lost Cook County"; fail=1; }
# an exonym that is also an ordinary word is a curated alias
expect "Cologne" ' DE .* city '
# regions that only small namesakes abroad carry in the cities list, and a
# former country name
expect "Bohemia" ' CZ .* admin1 '
expect "Patagonia" ' AR .* admin1 '
expect "Zaire" ' CD .* country '
# an Arabic article inside a name, as it sounds or as "al" ("Jisr ash
# Shughur" is "Jisr al-Shughur", not Jisr ez Zarqa in Israel)
expect "Jisr al-Shughur" ' SY .* city '
expect "Jisr ash-Shughur" ' SY .* city '
# checksum and info
"$bin" gazetteer info "$gaz" --verify | grep -q '^checksum: ok' || { echo "FAIL: info --verify"; fail=1; }
# a name that is not there: exit 1 and says so
out=$("$bin" gazetteer lookup "Qwxzzy Nowhere" --gazetteer "$gaz"); rc=$?
[ $rc -eq 1 ] && printf '%s' "$out" | grep -q "not in the gazetteer" || { echo "FAIL: missing name rc=$rc"; fail=1; }
exit $fail
