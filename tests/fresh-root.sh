#!/usr/bin/env bash
# Proves the README's promise on a fresh machine: builds a minimal Debian root with
# debootstrap --variant=minbase (plus git and ca-certificates), clones COMMIT into it, and
# runs there, as a new user would,
#   app/run.sh --version     install what is missing, build, start
#   tests/run.sh             quick: no sanitizer pass, a few seconds of fuzzing
# with nothing installed by hand.
#
#   tests/fresh-root.sh [COMMIT]          (default: HEAD of this clone; needs root or sudo)
#
# The mirror and suite come from this machine's apt configuration, so no host name is
# written here. The bootstrapped base root is kept as a tarball under
# ${AFTERCARE_FRESH_ROOT_CACHE:-/var/cache/aftercare-fresh-root}; with no cache the step is only
# slower. /proc, /sys and /dev are mounted for the chroot and always unmounted, also on failure
# or interruption.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
commit="$(git -C "$repo" rev-parse --verify "${1:-HEAD}^{commit}")"
cache_dir="${AFTERCARE_FRESH_ROOT_CACHE:-/var/cache/aftercare-fresh-root}"
fuzz_seconds="${AFTERCARE_FRESH_ROOT_FUZZ_SECONDS:-5}"

if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=AFTERCARE_FRESH_ROOT_CACHE,AFTERCARE_FRESH_ROOT_FUZZ_SECONDS \
        "$0" "$commit"
fi

log() { printf '[fresh-root %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# --- What this machine's apt configuration names -------------------------------------------
suite="$(. /etc/os-release && echo "${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}")"
arch="$(dpkg --print-architecture)"

# The first "deb" source that carries the suite itself (not -updates/-security), in either
# format: one-line sources.list entries or deb822 .sources files.
apt_mirror() {
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk -v s="$suite" '$1 == "deb" {
                i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                if ($(i + 1) == s) { print $i; exit } }' "$f"
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        # deb822: paragraphs separated by blank lines; Enabled: no skips one.
        awk -v s="$suite" 'BEGIN { RS = ""; FS = "\n" } {
                types = uris = suites = ""; enabled = 1
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^Types:/) types = $i
                    else if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris) }
                    else if ($i ~ /^Suites:/) suites = " " $i " "
                    else if ($i ~ /^Enabled:[ \t]*no/) enabled = 0
                }
                if (enabled && types ~ /[ \t]deb([ \t]|$)/ && suites ~ "[ \t]" s "[ \t]") {
                    split(uris, u, /[ \t]+/); print u[1]; exit } }' "$f"
    done
}
mirror="$(apt_mirror | head -n 1)"
[ -n "$mirror" ] || { log "no apt source for '$suite' in /etc/apt"; exit 1; }
log "suite $suite ($arch) from $mirror, commit ${commit:0:12}"

if ! command -v debootstrap >/dev/null; then
    log "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap \
        >/dev/null
fi

# --- The root, its mounts, and their cleanup -----------------------------------------------
work="$(mktemp -d /var/tmp/aftercare-fresh-root.XXXXXX)"
root="$work/root"
mounted=()

# Every process whose root is the chroot (a build, Xvfb, a D-Bus daemon a test left).
kill_root_processes() {
    local link round
    for round in 1 2 3; do
        for link in /proc/[0-9]*/root; do
            [ "$(readlink "$link" 2>/dev/null)" = "$root" ] || continue
            link=${link#/proc/}
            kill -KILL "${link%/root}" 2>/dev/null || true
        done
        sleep 0.2
    done
}

cleanup() {
    local status=$? i
    trap - EXIT INT TERM HUP
    [ -d "$root" ] && kill_root_processes
    # Unmount in reverse order; a busy mount is detached lazily rather than left behind.
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[i]}" 2>/dev/null || umount -R -l "${mounted[i]}" 2>/dev/null ||
            log "could not unmount ${mounted[i]}"
    done
    # Remove the root only once nothing is mounted below it (never delete through a mount).
    if ! grep -q " $work/" /proc/self/mounts; then
        rm -rf --one-file-system "$work"
    else
        log "left $work in place: something is still mounted there"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

mount_into_root() { # mount_into_root TARGET MOUNT-ARGS...
    local target="$root$1"
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounted+=("$target")
}

base_tar="$cache_dir/$suite-$arch-minbase.tar"
if [ -s "$base_tar" ] && tar -C "$work" -xf "$base_tar" 2>/dev/null && [ -x "$root/bin/sh" ]; then
    log "base root from the cache $base_tar"
else
    rm -rf "$root"
    log "debootstrap --variant=minbase $suite (no usable cache)"
    debootstrap --variant=minbase --include=git,ca-certificates "$suite" "$root" "$mirror" \
        >"$work/debootstrap.log" 2>&1 || {
        tail -n 40 "$work/debootstrap.log" >&2
        exit 1
    }
    # Keep the base for the next run; written aside and renamed, so a cut-off tar never counts.
    if mkdir -p "$cache_dir" 2>/dev/null &&
        tar -C "$work" -cf "$base_tar.part" root 2>/dev/null; then
        mv -f "$base_tar.part" "$base_tar"
    else
        rm -f "$base_tar.part"
        log "could not cache the base root in $cache_dir (only slower next time)"
    fi
fi

# The machine's apt configuration (sources, and the Acquire settings its network needs), so
# the root installs from the same mirror as this machine.
cp /etc/resolv.conf "$root/etc/resolv.conf"
rm -f "$root/etc/apt/sources.list"
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && cp "$f" "$root$f"
done
for f in /etc/apt/apt.conf.d/*; do
    [ -f "$f" ] && grep -q '^[[:space:]]*Acquire' "$f" && cp "$f" "$root$f"
done
# The machine's own certificate authorities and npm settings (a network that inspects TLS
# needs them to reach the npm registry), as any machine on this network has them.
if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
    chroot "$root" /usr/sbin/update-ca-certificates >/dev/null 2>&1 ||
        log "could not add this machine's certificate authorities to the root"
fi
[ -f /etc/npmrc ] && cp /etc/npmrc "$root/etc/npmrc"

mount_into_root /proc -t proc proc
mount_into_root /sys -t sysfs sysfs
mount_into_root /dev --rbind /dev
mount --make-rslave "$root/dev"

# --- A clean clone of the commit -----------------------------------------------------------
git clone -q --no-hardlinks "$repo" "$root/root/aftercare"
git -C "$root/root/aftercare" checkout -q --detach "$commit"

# In the background and waited for, so that a signal to this script runs its trap at once
# instead of after the command inside the root has finished.
run_in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        AFTERCARE_SANITIZE=0 AFTERCARE_FUZZ_SECONDS="$fuzz_seconds" \
        ${NODE_EXTRA_CA_CERTS:+NODE_EXTRA_CA_CERTS="$NODE_EXTRA_CA_CERTS"} \
        bash -c "cd /root/aftercare && $1" &
    wait $!
}

start=$SECONDS
log "app/run.sh --version"
run_in_root 'app/run.sh --version >/root/version.txt'
version="$(cat "$root/root/version.txt")"
log "app/run.sh --version printed '$version' after $((SECONDS - start)) s"
[[ $version == *Aftercare* || $version == *aftercare* ]] || {
    log "app/run.sh --version did not print the version"
    exit 1
}

start=$SECONDS
log "tests/run.sh (quick: no sanitizer pass, ${fuzz_seconds} s of fuzzing a target)"
run_in_root 'tests/run.sh'
log "tests/run.sh passed in the fresh root after $((SECONDS - start)) s"
