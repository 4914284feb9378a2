#!/usr/bin/env bash
# A decision file on read-only media can be read, verified and exported, and every change is refused with words
# that say why (exit 8), leaving the file byte for byte as it was. Needs root to mount a tmpfs read-only.
source "$(dirname "${BASH_SOURCE[0]}")/shelltest.sh"
media=$work/media
mount_tmpfs "$media" 4m
"$g" new "$media/launch.gonogo" --title "On a USB stick" >/dev/null
mount -o remount,ro "$media"
before=$(sha256sum <"$media/launch.gonogo")
summary=$("$g" summary "$media/launch.gonogo") || fail "summary fails on read-only media"
grep -q "^On a USB stick$" <<<"$summary" || fail "summary does not read the file"
"$g" verify "$media/launch.gonogo" >/dev/null || fail "verify fails on read-only media"
"$g" export-pdf "$media/launch.gonogo" "$work/record.pdf" >/dev/null || fail "export to another folder fails"
set +e
out=$("$g" set "$media/launch.gonogo" --status PASS SEC-01 2>&1); rc=$?
set -e
[ "$rc" -eq 8 ] || fail "set on read-only media: exit $rc: $out"
grep -q "is read-only here" <<<"$out" || fail "set on read-only media: the message does not say why: $out"
[ "$(sha256sum <"$media/launch.gonogo")" = "$before" ] || fail "the file changed"
echo "1 passed, 0 failed"
