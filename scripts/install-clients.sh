#!/usr/bin/env bash
# install-clients.sh -- installs the real client programs the client tests
# drive: headless QGIS (Debian's qgis + python3-qgis) and Chromium.
#
# Skips what is already installed, runs apt-get update at most once, stays
# quiet, and never fails: without a client its test reports "skipped".
# About 1 GB and 2-3 minutes the first time; nothing the second time.
cd "$(dirname "$0")/.." || exit 0

say() { printf '==> %s\n' "$*" >&2; }

missing=""
for p in qgis python3-qgis chromium; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
if [ -z "$missing" ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo="sudo -n"
    else
        say "cannot install$missing (not root, no password-less sudo); client tests will be skipped"
        exit 0
    fi
fi

say "installing client programs for the client tests:$missing (about 1 GB, once)"
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt/dpkg run to finish rather than failing on its lock.
lock="-o DPkg::Lock::Timeout=600"
log=$(mktemp)
if ! $sudo apt-get $lock update -qq >"$log" 2>&1; then
    say "apt-get update failed (see below); trying the install anyway"
    tail -n 5 "$log" >&2
fi
# shellcheck disable=SC2086  # $missing is a word list on purpose
if ! $sudo apt-get $lock install -y -qq $missing >"$log" 2>&1; then
    say "installing$missing failed; client tests will be skipped:"
    tail -n 5 "$log" >&2
    rm -f "$log"
    exit 0
fi
rm -f "$log"
say "client programs installed"
exit 0
