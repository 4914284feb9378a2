#!/usr/bin/env bash
# Makes the user guide's screenshots again from the real window (tst_guide, English and Spanish) and copies them
# into docs/images, where the guide, Help > User Guide and the AppStream metainfo take them from. Run after a
# change that the guide's pictures show; then rebuild, since the program carries the guide inside it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh >/dev/null
mkdir -p docs/images
# The test fails on pictures missing from docs/images; the first time, it still makes them all.
(cd build && QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 GONOGO_LANG=en ./tests/tst_guide >/dev/null) || true
ls build/guide-images/*.png >/dev/null
cp build/guide-images/*.png docs/images/
cmake --build build >/dev/null
(cd build && QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 GONOGO_LANG=en ./tests/tst_guide >/dev/null)
echo "guide-images: $(ls docs/images/*.png | wc -l) pictures in docs/images"
