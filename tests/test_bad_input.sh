#!/usr/bin/env bash
# Bad inputs mixed with good ones through `geoevents map`: every bad input
# (invalid UTF-8, NUL bytes, a 50 MB single line, an empty file, a line that
# is not JSON, a line without text, a broken archive, a truncated .gz, a
# missing file, an unreadable file) gets exactly one message naming it (and
# its line), the run succeeds, the good articles are mapped, the summary
# counts the bad inputs, and --strict stops at the first one writing nothing.
set -uo pipefail
bin=$1; src=$2; tmp=$3

"$bin" map --help >/dev/null 2>&1 || { echo "geoevents map not usable yet"; exit 77; }
gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
[ -f "$gaz" ] || { echo "no gazetteer at $gaz"; exit 77; }
command -v ogrinfo >/dev/null || { echo "ogrinfo missing"; exit 77; }

rm -rf "$tmp"; mkdir -p "$tmp/in/sub"
in=$tmp/in
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# Good articles.
printf 'Heavy fighting was reported in Baghdad on Monday, officials said.\n' > "$in/good1.txt"
printf '<html><head><title>Paris protest</title></head><body><nav>Home</nav><p>Protesters gathered in Paris on Tuesday.</p></body></html>\n' > "$in/sub/good2.html"
printf '%s\n' '{"id":"good-jsonl-1","text":"Floods hit Dhaka in Bangladesh on Sunday."}' \
    'this line is not JSON' \
    '{"id":"no-text","title":"a line without text"}' \
    '{"id":"good-jsonl-4","text":"Talks were held in Geneva on Friday."}' > "$in/lines.jsonl"
# Invalid UTF-8 (Windows-1252): reported once, still mapped.
printf 'Clashes erupted in Tripoli, caf\xe9 owners said.\n' > "$in/cp1252.txt"
# Mojibake (UTF-8 read as Windows-1252): repaired with a message, not a bad input.
printf 'Protesters marched in Cairo, the city\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s governor said.\n' > "$in/mojibake.txt"
# Bad inputs that are skipped.
printf 'Fighting in Mosul\0\0\0 and more' > "$in/nul.txt"
: > "$in/empty.txt"
head -c 3000 /dev/urandom > "$in/broken.zip"
# A .gz cut in the middle of its compressed stream.
seq -f 'Shelling hit Kharkiv on day %g, the governor said.' 1 5000 | gzip -c > "$tmp/full.gz"
head -c $(( $(stat -c %s "$tmp/full.gz") / 2 )) "$tmp/full.gz" > "$in/cut.txt.gz"
# A 50 MB single line (no newline), generated here.
yes 'lorem ipsum dolor sit amet consectetur' | head -c 52428800 | tr '\n' ' ' > "$in/huge.txt"
# An unreadable file: root reads anything, so only as another user.
unreadable=0
if [ "$(id -u)" != 0 ]; then
    printf 'Secret text about Kabul.\n' > "$in/unreadable.txt"
    chmod 000 "$in/unreadable.txt"
    unreadable=1
fi

start=$(date +%s)
"$bin" map "$in" "$tmp/missing.txt" -o "$tmp/out.gpkg" 2> "$tmp/err.txt"
rc=$?
secs=$(( $(date +%s) - start ))
cat "$tmp/err.txt"
[ "$rc" = 3 ] || fail "exit status $rc with bad inputs in the batch (want 3: written, inputs skipped)"
[ "$secs" -le 120 ] || fail "took $secs s (the 50 MB line should be linear)"

# One message per bad input, naming the file (and the line).
once() { # pattern, what
    local n
    n=$(grep -c -F -- "$1" "$tmp/err.txt")
    [ "$n" = 1 ] || fail "$2: $n messages matching '$1' (want 1)"
}
once "geoevents: $in/cp1252.txt: " "invalid UTF-8"
once "geoevents: $in/nul.txt: " "NUL bytes"
once "geoevents: $in/mojibake.txt: " "mojibake repaired"
once "geoevents: $in/empty.txt: " "empty file"
once "geoevents: $in/broken.zip: " "broken archive"
once "geoevents: $in/cut.txt.gz: " "truncated .gz"
once "geoevents: $in/lines.jsonl:2: " "line that is not JSON"
once "geoevents: $in/lines.jsonl:3: " "line without text"
once "geoevents: $tmp/missing.txt: " "missing file"
[ "$unreadable" = 1 ] && once "geoevents: $in/unreadable.txt: " "unreadable file"
nbad=$(grep -c -E "^geoevents: ($in|$tmp/missing)" "$tmp/err.txt")
# The 50 MB line is over the default limit (4 MiB): one message, and the
# article is mapped truncated.
nhuge=$(grep -c -F "geoevents: $in/huge.txt: " "$tmp/err.txt")
[ "$nhuge" = 1 ] || fail "huge.txt: $nhuge messages (want 1: truncated)"
want=$((8 + unreadable + nhuge))
[ "$nbad" = "$((want + 1))" ] || fail "$nbad messages about inputs (want $((want + 1)): $want bad, 1 repaired)"
grep -q -E "[^0-9]$want bad inputs" "$tmp/err.txt" || fail "summary does not count $want bad inputs"
grep -q "lines.jsonl:5" "$tmp/err.txt" && fail "message about a good line"

# The good articles were mapped.
ids=$(ogrinfo -ro -q -sql "SELECT article_id FROM articles" "$tmp/out.gpkg" 2>&1 | sed -n 's/.*article_id (String) = //p')
# Six articles: five with places, and the 50 MB line (no place, so not in
# the articles layer).
grep -q -E "geoevents: 7 articles," "$tmp/err.txt" || fail "summary does not count 7 articles"
for id in good1 sub/good2 good-jsonl-1 good-jsonl-4 cp1252 mojibake; do
    grep -q -x -F -- "$id" <<<"$ids" || fail "article $id not mapped (got: $(echo $ids))"
done
for id in nul empty no-text broken cut; do
    grep -q -x -F -- "$id" <<<"$ids" && fail "bad input $id was mapped"
done
places=$(ogrinfo -ro -q -sql "SELECT article_id, name FROM mentions" "$tmp/out.gpkg" 2>&1)
for name in Baghdad Paris Dhaka Geneva Tripoli; do
    grep -q "name (String) = $name" <<<"$places" || fail "$name not among the mentions"
done

# A repaired article alone is no bad input: exit 0, even with --strict.
"$bin" map "$in/mojibake.txt" -o "$tmp/moji.geojson" --strict -q 2> "$tmp/moji.txt"
rc=$?
[ "$rc" = 0 ] || fail "a repaired (mojibake) article made exit status $rc (want 0)"
grep -q "Cairo" "$tmp/moji.geojson" || fail "the repaired article was not mapped"

# An archive scraped with mojibake in every article: the first five repairs
# are listed, one line says the rest are only counted, the summary counts
# them all, and a bad line among them is still named and counted.
for i in 1 2 3 4 5 6 7 8; do
    printf '{"id": "m%d", "text": "Protesters marched in Cairo, the city\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s governor said."}\n' "$i"
done > "$in/moji-archive.jsonl"
echo '{"id": "broken", "text": ' >> "$in/moji-archive.jsonl"
"$bin" map "$in/moji-archive.jsonl" -o "$tmp/moji8.geojson" 2> "$tmp/moji8.txt"
rc=$?
[ "$rc" = 3 ] || fail "mojibake archive with one bad line: exit status $rc (want 3)"
[ "$(grep -c 'read as Windows-1252 (mojibake); repaired' "$tmp/moji8.txt")" = 5 ] ||
    fail "want the first 5 repairs listed: $(cat "$tmp/moji8.txt")"
[ "$(grep -c 'further repairs are counted' "$tmp/moji8.txt")" = 1 ] ||
    fail "want one line saying further repairs are only counted"
grep -q "moji-archive.jsonl:9: " "$tmp/moji8.txt" || fail "the bad line 9 was not named"
grep -q "1 bad inputs, 8 repaired (mojibake)" "$tmp/moji8.txt" ||
    fail "summary does not count 1 bad input and 8 repairs: $(tail -1 "$tmp/moji8.txt")"
[ "$(grep -c '"type": "Feature"' "$tmp/moji8.geojson")" -ge 8 ] || fail "repaired articles not mapped"

# --strict: the first bad input is fatal and nothing is written.
"$bin" map "$in/good1.txt" "$in/empty.txt" -o "$tmp/strict.geojson" --strict -q 2> "$tmp/strict.txt"
rc=$?
[ "$rc" != 0 ] || fail "--strict with a bad input exited 0"
[ -e "$tmp/strict.geojson" ] && fail "--strict left an output"
grep -q -F "$in/empty.txt" "$tmp/strict.txt" || fail "--strict did not name the bad input"

if [ "$fails" != 0 ]; then
    echo "$fails failures"
    exit 1
fi
echo "bad inputs: all checks passed ($secs s)"
