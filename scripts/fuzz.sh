#!/usr/bin/env bash
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]
# Fuzzes the checklist importers (JSON, CSV, Markdown, YAML) and the decision-file opener with libFuzzer, AddressSanitizer
# and UndefinedBehaviorSanitizer (clang-14), SECONDS each (default 60), starting from fuzz/corpus/. New inputs go to
# build-fuzz/corpus/<target>; a crash is saved as build-fuzz/crash-<target>-* and the script exits 1. To keep an
# input as a regression test, copy it into fuzz/corpus/<format>/: the ordinary test suite replays that folder.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-60}
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: SECONDS is a whole number above 0, not \"$seconds\"" >&2; exit 2; }
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_import_json fuzz_import_csv fuzz_import_markdown fuzz_import_yaml fuzz_open)
bash scripts/setup.sh >/dev/null
missing=()
for p in clang-14 libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -f build-fuzz/build.ninja ]; then
    CXX=clang++-14 CC=clang-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGONOGO_FUZZ=ON
fi
cmake --build build-fuzz --target "${targets[@]}"
declare -A format=([fuzz_import_json]=json [fuzz_import_csv]=csv [fuzz_import_markdown]=markdown [fuzz_import_yaml]=yaml [fuzz_open]=open)
status=0
for t in "${targets[@]}"; do
    corpus=build-fuzz/corpus/$t
    mkdir -p "$corpus"
    echo "fuzz: $t for $seconds s"
    if ! QT_QPA_PLATFORM=offscreen "build-fuzz/fuzz/$t" "$corpus" "fuzz/corpus/${format[$t]}" \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="build-fuzz/crash-$t-" -print_final_stats=1 2>"build-fuzz/$t.log"; then
        echo "fuzz: $t found a problem; see build-fuzz/$t.log and build-fuzz/crash-$t-*"
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/$t.log" | sed "s/^/fuzz: $t /" || true
done
exit $status
