# Shared by the shell tests (sourced, not run): the binary under test, a scratch folder removed at exit together
# with anything mounted below it, and fail().
set -euo pipefail
g=${GONOGO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build/gonogo}
work=$(mktemp -d)
mounts=()
cleanup() {
    for m in "${mounts[@]}"; do umount "$m" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
# mount_tmpfs DIR SIZE: a small file system of its own, for full disks and read-only media (needs root).
mount_tmpfs() {
    [ "$(id -u)" -eq 0 ] || fail "this test mounts a tmpfs and needs root (CI runs as root)"
    mkdir -p "$1"
    mount -t tmpfs -o "size=$2" tmpfs "$1"
    mounts+=("$1")
}
