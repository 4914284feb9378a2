#!/usr/bin/env bash
# Whole-file writes are all or nothing, and only where the user pointed:
# - export-pdf on a nearly full disk (a small tmpfs, every amount of free space around the size of the record)
#   either writes a PDF that qpdf accepts and says so, or fails with exit 8 and leaves the old PDF byte for byte;
# - export-pdf onto a symbolic link or a device refuses (exit 7) and changes neither the link's target nor the
#   device; new onto a dangling link refuses and creates nothing.
# Needs root (mount) and qpdf: scripts/setup.sh installs qpdf, and CI runs as root.
source "$(dirname "${BASH_SOURCE[0]}")/shelltest.sh"
disk=$work/disk
command -v qpdf >/dev/null || fail "qpdf is not installed (scripts/setup.sh installs it)"

f=$work/launch.gonogo
"$g" new "$f" --title "Full disk" >/dev/null
"$g" export-pdf "$f" "$work/good.pdf" >/dev/null
size_kb=$(( ($(stat -c %s "$work/good.pdf") + 1023) / 1024 ))
mount_tmpfs "$disk" "$((size_kb * 2 + 256))k"

runs=0 failed_cleanly=0 written=0
for free in $(seq $((size_kb - 24)) 4 $((size_kb + 24))); do
    rm -rf "${disk:?}"/* "$disk"/.[!.]* 2>/dev/null || true
    cp "$work/good.pdf" "$disk/out.pdf"
    before=$(sha256sum <"$disk/out.pdf")
    avail=$(df -k --output=avail "$disk" | tail -1)
    if [ $((avail - free)) -gt 0 ]; then
        dd if=/dev/zero of="$disk/fill" bs=1k count=$((avail - free)) status=none 2>/dev/null || true
    fi
    set +e
    "$g" export-pdf "$f" "$disk/out.pdf" >"$work/out.txt" 2>&1
    rc=$?
    set -e
    runs=$((runs + 1))
    if [ "$rc" -eq 0 ]; then
        qpdf --check "$disk/out.pdf" >/dev/null 2>&1 || fail "free ${free} KB: exit 0 but qpdf rejects the PDF: $(cat "$work/out.txt")"
        written=$((written + 1))
    else
        [ "$rc" -eq 8 ] || fail "free ${free} KB: exit $rc, expected 8: $(cat "$work/out.txt")"
        [ "$(sha256sum <"$disk/out.pdf")" = "$before" ] || fail "free ${free} KB: the old PDF was changed"
        grep -q "No space left on device" "$work/out.txt" || fail "free ${free} KB: the message does not say why"
        failed_cleanly=$((failed_cleanly + 1))
    fi
    leftovers=$(find "$disk" -name '.out.pdf.writing-*' | wc -l)
    [ "$leftovers" -eq 0 ] || fail "free ${free} KB: a temporary file was left behind"
done
[ "$failed_cleanly" -gt 0 ] && [ "$written" -gt 0 ] || fail "the runs did not cover both sides ($failed_cleanly failed, $written written)"

# A link to the decision file, and a device.
ln -s "$f" "$work/link.pdf"
decision_before=$(sha256sum <"$f")
set +e
"$g" export-pdf "$f" "$work/link.pdf" >"$work/out.txt" 2>&1; rc=$?
set -e
[ "$rc" -eq 7 ] || fail "export-pdf onto a link: exit $rc"
grep -q "symbolic link" "$work/out.txt" || fail "export-pdf onto a link: $(cat "$work/out.txt")"
[ "$(sha256sum <"$f")" = "$decision_before" ] || fail "export-pdf onto a link changed the decision file"
mknod "$work/device" c 1 3
set +e
"$g" export-pdf "$f" "$work/device" >"$work/out.txt" 2>&1; rc=$?
set -e
[ "$rc" -eq 7 ] || fail "export-pdf onto a device: exit $rc"
[ -c "$work/device" ] || fail "export-pdf turned a device node into a regular file"
ln -s "$work/nowhere.gonogo" "$work/dangling.gonogo"
set +e
"$g" new "$work/dangling.gonogo" >"$work/out.txt" 2>&1; rc=$?
set -e
[ "$rc" -eq 7 ] || fail "new onto a dangling link: exit $rc"
[ ! -e "$work/nowhere.gonogo" ] || fail "new onto a dangling link created the link's target"

echo "$runs full-disk runs ($failed_cleanly refused, $written written), links and devices refused"
echo "1 passed, 0 failed"
