#!/usr/bin/env bash
# test_mapjs.sh -- unit checks of the HTML map's URL-parameter guards
# (web/map.js escapeHtml, safeTileUrl) under Node, without a browser: an
# attribution with markup comes out as inert text, only http(s) tile URL
# templates are used. (tests/test_webmap.sh checks the page in Chromium.)
set -uo pipefail
src=$2
node=$(command -v node || command -v nodejs || true)
[ -n "$node" ] || { echo "SKIP: no node"; exit 77; }
"$node" - "$src/web/map.js" <<'JS'
const fs = require('fs');
const src = fs.readFileSync(process.argv[2], 'utf8');
function grab(name) {
  const m = src.match(new RegExp('function ' + name + '\\([^)]*\\) \\{[\\s\\S]*?\\n  \\}'));
  if (!m) throw new Error('no function ' + name + ' in map.js');
  return new Function(m[0] + '; return ' + name + ';')();
}
const escapeHtml = grab('escapeHtml'), safeTileUrl = grab('safeTileUrl');
let fails = 0;
function check(ok, what) { if (!ok) { fails++; console.log('FAIL: ' + what); } }
const attack = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const out = escapeHtml(attack);
check(!/[<>"]/.test(out), 'escapeHtml leaves markup: ' + out);
check(out.includes('&lt;script&gt;'), 'escapeHtml: ' + out);
check(escapeHtml("&copy; O'Brien") === '&amp;copy; O&#39;Brien', 'escapeHtml of & and quote');
check(safeTileUrl('https://tile.openstreetmap.org/{z}/{x}/{y}.png') !== '', 'https template refused');
check(safeTileUrl('http://a.example/{z}/{x}/{y}.png') !== '', 'http template refused');
for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//evil/{z}', 'https://a/"onload=x',
                   'https://a/<b>', 'https://a/ b', null, undefined, 42])
  check(safeTileUrl(bad) === '', 'tile URL accepted: ' + bad);
console.log('test_mapjs: ' + (fails ? fails + ' failure(s)' : 'all checks passed'));
process.exit(fails ? 1 : 0);
JS
