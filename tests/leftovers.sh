#!/usr/bin/env bash
# Temporaries of an interrupted write are cleaned up by the next write to the same name, and never those of a
# write still running:
# - kill -9 during new (at its first fsync) leaves a hidden .F.<id>.creating and its journal; the next new of F
#   removes them and creates F;
# - kill -9 during export-pdf (at the fsync of the PDF) leaves .out.pdf.writing-<id>; the next export removes it;
# - a temporary that another process holds (flock, as every write of gonogo does while it writes) is left alone;
# - a copy (gonogo copy) interrupted the same way leaves nothing behind after the next copy.
# Needs strace and flock (scripts/setup.sh installs strace; flock is in util-linux).
source "$(dirname "${BASH_SOURCE[0]}")/shelltest.sh"
command -v strace >/dev/null || fail "strace is not installed (scripts/setup.sh installs it)"
command -v flock >/dev/null || fail "flock is not installed (util-linux)"
cd "$work"
kill_at_fsync() { (strace -f -o /dev/null -e inject=fsync,fdatasync:signal=SIGKILL:when=1 "$g" "$@" >/dev/null 2>&1) 2>/dev/null || true; }
hidden() { find . -maxdepth 1 -name ".$1.*" -printf '%f\n' | sort; }

kill_at_fsync new launch.gonogo --title "Killed"
[ ! -e launch.gonogo ] || fail "the killed new left launch.gonogo in place"
left=$(hidden launch.gonogo)
[ -n "$left" ] || fail "the killed new left no temporary (strace did not stop gonogo where expected)"
"$g" new launch.gonogo --title "Second try" >/dev/null
left=$(hidden launch.gonogo)
[ -z "$left" ] || fail "new left the temporaries of the killed one: $left"
"$g" verify launch.gonogo >/dev/null || fail "the new file does not verify"

kill_at_fsync export-pdf launch.gonogo out.pdf
left=$(hidden out.pdf)
[ -n "$left" ] || fail "the killed export left no temporary (strace did not stop gonogo where expected)"
[ ! -e out.pdf ] || fail "the killed export left out.pdf"
# A write in flight: another process holds its temporary.
touch .out.pdf.writing-inflight
(exec 9<>.out.pdf.writing-inflight && flock 9 && exec sleep 600) >/dev/null 2>&1 &
holder=$!
trap 'kill "$holder" 2>/dev/null || true; cleanup' EXIT
for _ in $(seq 100); do
    held=$(flock -n .out.pdf.writing-inflight true 2>&1 && echo free || echo held)
    [ "$held" = held ] && break
    sleep 0.05 # waits for the other process to take its lock, not for gonogo
done
[ "$held" = held ] || fail "the holder did not take its lock"
"$g" export-pdf launch.gonogo out.pdf >/dev/null
left=$(hidden out.pdf)
kill "$holder"; wait "$holder" 2>/dev/null || true
[ "$left" = ".out.pdf.writing-inflight" ] || fail "export-pdf: expected only the held temporary to remain, found: $left"
rm .out.pdf.writing-inflight

kill_at_fsync copy launch.gonogo copy.gonogo
left=$(hidden copy.gonogo)
[ -n "$left" ] || fail "the killed copy left no temporary (strace did not stop gonogo where expected)"
"$g" copy launch.gonogo copy.gonogo >/dev/null
left=$(hidden copy.gonogo)
[ -z "$left" ] || fail "copy left the temporaries of the killed one: $left"
"$g" verify copy.gonogo >/dev/null || fail "the copy does not verify"
echo "leftovers: ok"
