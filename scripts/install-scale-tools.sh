#!/usr/bin/env bash
# install-scale-tools.sh -- installs the engines the scale-out tests drive:
# GNU parallel and Dask distributed (Debian's parallel, python3-distributed).
#
# Skips what is already installed, stays quiet and never fails: without an
# engine its test reports "skipped". About 60 MB the first time.
cd "$(dirname "$0")/.." || exit 0

say() { printf '==> %s\n' "$*" >&2; }

missing=""
for p in parallel python3-distributed; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo="sudo -n"
    else
        say "cannot install$missing (not root, no password-less sudo); scale-out tests will be skipped"
        exit 0
    fi
fi

say "installing the scale-out engines:$missing"
export DEBIAN_FRONTEND=noninteractive
lock="-o DPkg::Lock::Timeout=600"
log=$(mktemp)
# shellcheck disable=SC2086  # $missing is a word list on purpose
if ! $sudo apt-get $lock install -y -qq $missing >"$log" 2>&1; then
    $sudo apt-get $lock update -qq >>"$log" 2>&1
    if ! $sudo apt-get $lock install -y -qq $missing >>"$log" 2>&1; then
        say "installing$missing failed; scale-out tests will be skipped:"
        tail -n 5 "$log" >&2
        rm -f "$log"
        exit 0
    fi
fi
rm -f "$log"
say "scale-out engines installed"
exit 0
