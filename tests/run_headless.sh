#!/usr/bin/env bash
# The first command on a machine without a display: scripts/run.sh must do the main job and exit 0, print the
# recommendation, and leave a PDF decision record that pdfinfo reads.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
log=$out/run.log
if ! env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM GONOGO_DEMO_DIR="$out/demo" \
    bash "$top/scripts/run.sh" >"$log" 2>&1; then
    echo "FAIL: scripts/run.sh exited non-zero without a display"; cat "$log"; exit 1
fi
grep -q "^Recommendation: GO WITH CAUTION$" "$log" || { echo "FAIL: no recommendation printed"; cat "$log"; exit 1; }
grep -q "^Record status: FINAL$" "$log" || { echo "FAIL: no record status printed"; cat "$log"; exit 1; }
grep -q "OK (file format" "$log" || { echo "FAIL: the demo file was not verified"; cat "$log"; exit 1; }
grep -q "CONCUR WITH DISSENT" "$log" || { echo "FAIL: the dissent is not shown"; cat "$log"; exit 1; }
grep -q "On a desktop: build/gonogo" "$log" || { echo "FAIL: no word on how to open the window"; cat "$log"; exit 1; }
pages=$(pdfinfo "$out/demo/launch-demo.pdf" | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" -ge 5 ] || { echo "FAIL: pdfinfo reads ${pages:-no} pages"; exit 1; }
text=$(pdftotext "$out/demo/launch-demo.pdf" -)
grep -q "DECISION: GO WITH CAUTION" <<<"$text" || { echo "FAIL: no decision in the PDF"; exit 1; }
echo "1 passed, 0 failed"
