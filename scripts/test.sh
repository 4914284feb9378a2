#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), then runs the whole test suite through CTest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j2
