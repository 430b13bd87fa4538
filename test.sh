#!/usr/bin/env bash
# test.sh -- the whole test suite: builds (via setup.sh --no-run), runs ctest
# on the normal build, then again on an AddressSanitizer + UBSan build.
#
#   ./test.sh               both builds
#   ./test.sh --fast        the normal build only
#
# Set GEOEVENTS_EVAL_DIR=../shared/eval to also score the public corpora
# against the quality floors (CI does).
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --no-run
jobs=$(nproc)
status=0

echo "== tests (RelWithDebInfo build)"
ctest --test-dir build --output-on-failure -j"$jobs" || status=1

if [ "${1:-}" != "--fast" ]; then
    echo "== tests (AddressSanitizer + UndefinedBehaviorSanitizer build)"
    if [ ! -f build-asan/CMakeCache.txt ]; then
        cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DGE_SANITIZE=ON >/dev/null
    fi
    cmake --build build-asan -j"$jobs" >/dev/null
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-asan --output-on-failure -j"$jobs" -LE "clients|engines" || status=1
fi
exit $status
