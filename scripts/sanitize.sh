#!/usr/bin/env bash
# Usage: bash scripts/sanitize.sh [CTEST-ARGS...]
# Builds the whole project with AddressSanitizer and UndefinedBehaviorSanitizer (GCC, -fno-sanitize-recover, so
# any finding fails) in build-asan/, then runs the whole test suite there, shell tests included (they use the
# sanitized gonogo). About 8 minutes on the reference machine (2 cores); too long to add to every CI run, so run it
# before a release and after changes to storage, importers or the report composer. Extra arguments go to ctest,
# e.g. -R tst_storage.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh >/dev/null
flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
if [ ! -f build-asan/CMakeCache.txt ]; then
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS="$flags" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined"
fi
cmake --build build-asan
cd build-asan
# Qt's own plugins are not instrumented; leaks inside Qt and fontconfig at exit are not ours.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS=suppressions=$PWD/../scripts/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1200 -j2 "$@"
echo "sanitize: the whole suite passed under ASan and UBSan"
