#!/usr/bin/env bash
# Rollback journals left by a crash: the file's own is replayed (a copy kept first, the user told); another file's
# (a twin made by the same steps, or one at another change count) is set aside and never replayed, and the file
# keeps every acknowledged change byte for byte. Crashes are made with strace killing gonogo at its third fsync,
# when SQLite has written the journal and started on the file. Needs strace (scripts/setup.sh installs it).
source "$(dirname "${BASH_SOURCE[0]}")/shelltest.sh"
command -v strace >/dev/null || fail "strace is not installed (scripts/setup.sh installs it)"
cd "$work"
crash() { strace -f -o /dev/null -e inject=fsync,fdatasync:signal=SIGKILL:when=3 "$g" "$@" >/dev/null 2>&1 || true; }
status() { "$g" items "$1" --json | python3 -c "import json,sys; print({i['id']: i['status'] for i in json.load(sys.stdin)}['$2'])"; }

# 1. The file's own journal: replayed, the interrupted change is not there, a copy from before is kept.
"$g" new own.gonogo >/dev/null
crash set own.gonogo --status PASS SEC-01
[ -s own.gonogo-journal ] || fail "the crash left no journal (strace did not stop gonogo where expected)"
out=$("$g" verify own.gonogo 2>&1) || fail "own journal: verify after recovery failed: $out"
grep -q "restored from its journal" <<<"$out" || fail "own journal: the user was not told: $out"
[ "$(status own.gonogo SEC-01)" = PENDING ] || fail "own journal: the interrupted change is there"
ls own.gonogo.before-recovery-* >/dev/null 2>&1 || fail "own journal: no copy was kept before recovery"
[ ! -e own.gonogo-journal ] || fail "own journal: still there after recovery"

# 2. A twin's journal: b made by the same steps, a one acknowledged change ahead.
"$g" new a.gonogo >/dev/null
"$g" set a.gonogo --status PASS SEC-02 >/dev/null
"$g" new b.gonogo >/dev/null
crash set b.gonogo --status PASS SEC-01
[ -s b.gonogo-journal ] || fail "the crash of b left no journal"
mv b.gonogo-journal a.gonogo-journal
before=$(sha256sum <a.gonogo)
out=$("$g" verify a.gonogo 2>&1) || fail "twin journal: a no longer verifies: $out"
grep -q "was not" <<<"$out" || fail "twin journal: the user was not told: $out"
[ "$(sha256sum <a.gonogo)" = "$before" ] || fail "twin journal: a was changed"
[ "$(status a.gonogo SEC-02)" = PASS ] || fail "twin journal: the acknowledged change of a was lost"
ls a.gonogo-journal.rejected-* >/dev/null 2>&1 || fail "twin journal: not set aside"

# 3. A journal of a file at another change count: refused before anything is replayed.
"$g" new c.gonogo >/dev/null
"$g" set c.gonogo --owner x SEC-03 >/dev/null
"$g" new d.gonogo >/dev/null
for id in SEC-04 SEC-05 SEC-06; do "$g" set d.gonogo --status FAIL "$id" >/dev/null; done
crash set d.gonogo --status PASS SEC-01
mv d.gonogo-journal c.gonogo-journal
before=$(sha256sum <c.gonogo)
out=$("$g" verify c.gonogo 2>&1) || fail "foreign journal: c no longer verifies: $out"
grep -q "was written at change" <<<"$out" || fail "foreign journal: not refused by its change count: $out"
[ "$(sha256sum <c.gonogo)" = "$before" ] || fail "foreign journal: c was changed"
ls c.gonogo.before-recovery-* >/dev/null 2>&1 && fail "foreign journal: treated as a recovery"

echo "1 passed, 0 failed"
