#!/usr/bin/env bash
# Sets up and builds, makes the demo decision file if it is not there yet, and opens it in the window.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
demo=demo/launch-demo.gonogo
if [ ! -f "$demo" ]; then
    bash scripts/make-demo.sh "$demo"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: GoNoGo is built and the demo file is ready ($demo), but there is no display to open the window on." >&2
    echo "run: on a desktop run: build/gonogo $demo    or without a display: build/gonogo summary $demo" >&2
    exit 1
fi
exec build/gonogo "$demo"
