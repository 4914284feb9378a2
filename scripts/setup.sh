#!/usr/bin/env bash
# Installs the Debian packages GoNoGo needs (only the missing ones), then configures and builds into build/.
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
    qt6-base-private-dev qt6-svg-dev libqt6sql6-sqlite qt6-pdf-dev libgl-dev fonts-dejavu-core sqlite3 libbenchmark-dev poppler-utils qpdf strace libmd4c-dev libyaml-dev groff-base python3 tzdata fonts-wqy-microhei fonts-lohit-deva fonts-symbola libssl-dev
    postgresql-15 libqt6sql6-psql faketime
)
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -f build/build.ninja ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build
