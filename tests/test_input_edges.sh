#!/usr/bin/env bash
# Inputs at the edges, each with one message naming the file: UTF-16 with an
# unpaired surrogate and an odd last byte; a tar member whose path leaves
# the archive (../); a tar cut on a 512-byte boundary (no end-of-archive
# blocks); an HTML page whose text starts past --max-bytes. The good parts
# are still mapped.
set -uo pipefail
bin=$1; src=$2; tmp=$3
rm -rf "$tmp"; mkdir -p "$tmp"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
python3 - "$tmp" <<'PY'
import io, sys, tarfile
tmp = sys.argv[1]
# UTF-16LE with a BOM, a lone high surrogate, and an odd last byte
body = "Protesters marched in Paris on Monday. ".encode("utf-16-le")
open(f"{tmp}/odd16.txt", "wb").write(b"\xff\xfe" + body + b"\x00\xd8" + b"A\x00" + b"\x41")
def member(tf, name, text):
    data = text.encode()
    ti = tarfile.TarInfo(name); ti.size = len(data)
    tf.addfile(ti, io.BytesIO(data))
with tarfile.open(f"{tmp}/evil.tar", "w", format=tarfile.GNU_FORMAT) as tf:
    member(tf, "good.txt", "Gunmen attacked a bus in Kano on Monday.")
    member(tf, "../escape.txt", "Talks were held in Geneva.")
raw = open(f"{tmp}/evil.tar", "rb").read()
# the same archive without its two end-of-archive blocks (and padding)
end = len(raw)
while end >= 512 and raw[end - 512:end] == b"\0" * 512:
    end -= 512
open(f"{tmp}/cut.tar", "wb").write(raw[:end])
# publication dates the calendar does not know
import json
with open(f"{tmp}/dates.jsonl", "w") as f:
    # lines 5 and 6: a year and a dash at the end of the string, or letters
    # after it (found by fuzz_read: it once read past the string's end);
    # line 7: a year and a month, a good date
    for i, d in enumerate(["2023-02-30", "-0001-01-01", "20231-01-01", "2023-02-28T10:00:00Z",
                           "4052-", "4052-Gld", "2023-05"]):
        f.write(json.dumps({"id": f"d{i}", "date": d, "text": "Police arrested two men in Kano."}) + "\n")
# an HTML page whose only text comes after 2,000 bytes of markup
open(f"{tmp}/late.html", "w").write("<html><body>" + "<div></div>" * 200 +
                                     "<p>Floods hit Dhaka.</p></body></html>")
PY
"$bin" map "$tmp/odd16.txt" "$tmp/evil.tar" "$tmp/cut.tar" "$tmp/late.html" -o "$tmp/out.jsonl" \
    --max-bytes 1000 2> "$tmp/err.txt"
cat "$tmp/err.txt"
once() { # pattern, what
    local n
    n=$(grep -c -F -- "$1" "$tmp/err.txt")
    [ "$n" = 1 ] || fail "$2: $n messages matching '$1' (want 1)"
}
once "$tmp/odd16.txt: UTF-16 with 2 unpaired" "UTF-16 surrogate and odd byte"
once "$tmp/evil.tar: member ../escape.txt: a path outside the archive" "../ member"
once "$tmp/cut.tar: archive ends without its end-of-archive blocks" "tar cut on a block boundary"
once "$tmp/late.html: no text in the first 1000 bytes" "HTML past the cut"
"$bin" map "$tmp/dates.jsonl" -o "$tmp/dates.jsonl.out" -f PLOVER 2> "$tmp/derr.txt"
for n in 1 2 3 5 6; do
    grep -q "dates.jsonl:$n: publication date .* is not a valid date" "$tmp/derr.txt" || fail "bad date on line $n not named"
done
grep -q "dates.jsonl:[47]:" "$tmp/derr.txt" && fail "a good date was refused"
[ "$(wc -l < "$tmp/dates.jsonl.out")" -ge 7 ] || fail "articles with bad dates are still mapped"
grep -q "ERROR" "$tmp/derr.txt" && fail "a raw GDAL error for a bad date"
grep -q '"trigger":"marched"' "$tmp/out.jsonl" || fail "the UTF-16 article is mapped"
[ "$(grep -c '"trigger":"attacked"' "$tmp/out.jsonl")" = 2 ] || fail "the good tar member is mapped from both archives"
grep -q 'Geneva' "$tmp/out.jsonl" && fail "the ../ member was read"
if [ "$fails" != 0 ]; then
    echo "$fails failures"
    exit 1
fi
echo "test_input_edges: all checks passed"
