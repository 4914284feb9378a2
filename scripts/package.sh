#!/usr/bin/env bash
# Builds the Debian package from the project's install rules, checks it with Debian's and freedesktop.org's
# validators, installs it into a clean place and uses the installed program there.
#
#   bash scripts/package.sh            # package, validate, install into a fresh dpkg root (the test suite runs this)
#   bash scripts/package.sh --chroot   # the same, then apt-get install into a minimal Debian 12 made by debootstrap
#                                      # (downloads about 100 MB the first time; kept in /var/tmp for later runs)
#
# Exits non-zero, naming the step, on any failure: a lintian error, a validator's complaint, a file missing from
# the package, or an installed gonogo that cannot create a decision and export its record.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root_dir=$(pwd)

chroot_check=0
for arg in "$@"; do
    case "$arg" in
    --chroot) chroot_check=1 ;;
    -h | --help)
        sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "package.sh: unknown option \"$arg\" (try --help)" >&2
        exit 2
        ;;
    esac
done

step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "package.sh: $*" >&2
    exit 1
}

# The tools: packaging and validators (the build's own packages come from setup.sh).
tools=(desktop-file-utils appstream lintian dpkg-dev fakeroot shared-mime-info)
if ((chroot_check)); then
    tools+=(debootstrap)
fi
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "package.sh: installing ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

build=${GONOGO_BUILD:-$root_dir/build}
if [ ! -f "$build/CMakeCache.txt" ]; then
    bash scripts/setup.sh
fi
cmake --build "$build" >/dev/null

step "cpack -G DEB"
rm -f "$build"/gonogo_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/gonogo_*.deb)
echo "$deb ($(stat -c %s "$deb") bytes)"
dpkg-deb -f "$deb" Package Version Depends Recommends

step "What the package holds"
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
for want in ./usr/bin/gonogo ./usr/share/applications/org.gonogo.GoNoGo.desktop \
    ./usr/share/metainfo/org.gonogo.GoNoGo.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/org.gonogo.GoNoGo.svg \
    ./usr/share/mime/packages/org.gonogo.GoNoGo.xml ./usr/share/man/man1/gonogo.1.gz \
    ./usr/share/man/es/man1/gonogo.1.gz ./usr/share/doc/gonogo/copyright ./usr/share/doc/gonogo/changelog.gz \
    ./usr/share/doc/gonogo/user-guide.md ./usr/share/doc/gonogo/guia-del-usuario.md \
    ./usr/share/doc/gonogo/images/guide-workspace.png; do
    grep -qxF "$want" <<<"$listing" || fail "the package lacks $want"
done
unexpected=$(grep -v -e '/$' -e '^./usr/bin/gonogo$' -e '^./usr/share/' <<<"$listing" || true)
[ -z "$unexpected" ] || fail "the package holds files outside /usr/bin and /usr/share: $unexpected"
echo "$(grep -vc '/$' <<<"$listing") files, all under /usr/bin and /usr/share"

step "Validators"
desktop-file-validate resources/desktop/org.gonogo.GoNoGo.desktop
echo "desktop-file-validate: no complaints"
appstreamcli validate --no-net --pedantic resources/desktop/org.gonogo.GoNoGo.metainfo.xml
# lintian refuses to run as root without saying so; its tags, one per line.
lintian_out=$(lintian --info --display-info "$deb" 2>&1 | grep -v '^running with root privileges' || true)
if grep -q '^E: ' <<<"$lintian_out"; then
    echo "$lintian_out"
    fail "lintian reports errors"
fi
echo "lintian: $(grep -c '^E: ' <<<"$lintian_out" || true) errors, $(grep -c '^W: ' <<<"$lintian_out" || true) warnings,"\
    "$(grep -c '^I: ' <<<"$lintian_out" || true) notes"
grep -E '^(W|I): ' <<<"$lintian_out" || true

# The installed program, used for real: its version, a new decision, a status, verify, and the PDF record
# exported without a display.
use_installed() {
    local run=("$@") work=/tmp/gonogo-package-check
    "${run[@]}" sh -c "rm -rf $work && mkdir -p $work"
    "${run[@]}" gonogo --version
    "${run[@]}" env -u DISPLAY -u WAYLAND_DISPLAY gonogo new "$work/launch.gonogo" --title "Package check" \
        --target-date 2026-12-01 >/dev/null
    "${run[@]}" gonogo set "$work/launch.gonogo" --status PASS --by "Package check" SEC-01 >/dev/null
    "${run[@]}" gonogo verify "$work/launch.gonogo" >/dev/null
    "${run[@]}" env -u DISPLAY -u WAYLAND_DISPLAY gonogo export-pdf "$work/launch.gonogo" "$work/launch.pdf" >/dev/null
    local head
    head=$("${run[@]}" head -c 5 "$work/launch.pdf")
    [ "$head" = "%PDF-" ] || fail "the installed gonogo wrote no PDF"
    echo "gonogo new, set, verify and export-pdf work; $("${run[@]}" stat -c %s "$work/launch.pdf") bytes of PDF"
    "${run[@]}" rm -rf "$work"
}

step "Install into a fresh dpkg root"
fresh=$(mktemp -d /tmp/gonogo-dpkg-root.XXXXXX)
trap 'rm -rf "$fresh"' EXIT
mkdir -p "$fresh/var/lib/dpkg/updates" "$fresh/var/lib/dpkg/info"
touch "$fresh/var/lib/dpkg/status"
# The root has no libraries, so its dependencies cannot be met inside it: they are checked against Debian's
# archive below, and the program runs on this machine's.
dpkg --root="$fresh" --force-depends --force-not-root -i "$deb" >/dev/null 2>&1 ||
    fail "dpkg --root could not install $deb"
dpkg --root="$fresh" -s gonogo | grep -q '^Status: install ok installed' || fail "dpkg does not list gonogo as installed"
for f in $(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '/$'); do
    [ -e "$fresh/${f#./}" ] || fail "dpkg --root did not install $f"
done
echo "every file in place under $fresh"
use_installed env PATH="$fresh/usr/bin:$PATH"
DEBIAN_FRONTEND=noninteractive apt-get install --simulate -qq "$deb" >/dev/null 2>&1 ||
    fail "apt-get cannot satisfy the package's dependencies from Debian's archive"
echo "apt-get install --simulate: every dependency can be met from Debian's archive"

if ((chroot_check)); then
    step "apt-get install into a minimal Debian 12 (debootstrap)"
    base=/var/tmp/gonogo-bookworm-base
    if [ ! -f "$base/.complete" ]; then
        rm -rf "$base"
        debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian >/dev/null ||
            fail "debootstrap could not make a minimal Debian 12 in $base"
        touch "$base/.complete"
    fi
    jail=$(mktemp -d /var/tmp/gonogo-chroot.XXXXXX)
    trap 'umount "$jail/proc" 2>/dev/null || true; rm -rf "$fresh" "$jail"' EXIT
    cp -a "$base/." "$jail/"
    mount -t proc proc "$jail/proc"
    cp /etc/resolv.conf "$jail/etc/resolv.conf"
    cp "$deb" "$jail/tmp/"
    # apt's own chatter (no /dev/pts, no runlevel in a chroot) goes to a log, shown only if the install fails.
    log="$jail/tmp/apt.log"
    if ! { chroot "$jail" apt-get update -qq && DEBIAN_FRONTEND=noninteractive chroot "$jail" apt-get install -y -qq \
        "/tmp/$(basename "$deb")"; } >"$log" 2>&1; then
        cat "$log"
        fail "apt-get install ./$(basename "$deb") failed in a minimal Debian 12"
    fi
    echo "installed with its $(chroot "$jail" dpkg -l | grep -c '^ii') packages in all"
    use_installed chroot "$jail"
    chroot "$jail" sh -c 'test -f /usr/share/mime/packages/org.gonogo.GoNoGo.xml'
fi

step "Package checked"
echo "$deb"
