#!/usr/bin/env bash
# Usage: bash scripts/run.sh [--help]
#
# Installs what is missing (Debian packages), builds GoNoGo, makes the demo decision demo/launch-demo.gonogo (a
# launch team's Go/No-Go meeting with a few gaps, a risk register, a recorded GO WITH CAUTION with conditions, and
# sign-offs from the five roles, one with dissent), then:
#   - with a display (DISPLAY or WAYLAND_DISPLAY set): opens it in the window;
#   - without one (a server, a container, CI): does the main job headless and exits 0: prints the summary
#     (recommendation, scores, reasons, risks, record status) and the sign-offs, verifies the file, writes the
#     PDF decision record next to it (demo/launch-demo.pdf), and says how to open the window on a desktop.
# GONOGO_DEMO_DIR puts the demo files in another folder (default: demo/ in this checkout).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
    exit 0
fi
bash scripts/setup.sh
dir=${GONOGO_DEMO_DIR:-demo}
demo=$dir/launch-demo.gonogo
pdf=$dir/launch-demo.pdf
# A demo made by an older script is made again, so that it shows what this version can do.
if [ ! -f "$demo" ] || [ scripts/make-demo.sh -nt "$demo" ]; then
    rm -f "$demo"
    bash scripts/make-demo.sh "$demo"
fi
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/gonogo "$demo"
fi

echo
build/gonogo summary "$demo"
echo
build/gonogo signoffs "$demo"
echo
build/gonogo verify "$demo"
echo
build/gonogo export-pdf "$demo" "$pdf"
echo
echo "run: there is no display here, so the window did not open. On a desktop: build/gonogo $demo"
echo "run: the PDF decision record is $(cd "$(dirname "$pdf")" && pwd)/$(basename "$pdf")"
