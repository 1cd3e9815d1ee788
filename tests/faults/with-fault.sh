#!/usr/bin/env bash
# Runs a command against a data folder that has a storage fault, for tst_storage_faults.
#
#   with-fault.sh MODE KIB SEED_DIR DIR OUT_DIR -- COMMAND...
#
# The files of SEED_DIR are copied into DIR (an existing empty folder), COMMAND runs (it is
# given DIR as its data folder by the caller), then the files of DIR are copied into OUT_DIR so
# that the caller can look at them once the fault is gone. Exits with COMMAND's status, or 90+
# when this script's own set-up fails.
#
# MODE
#   tmpfs    DIR is a fresh tmpfs of KIB kibibytes in a private mount namespace (unshare -Urm):
#            a full disk, writes fail with ENOSPC.
#   fsize    COMMAND runs with RLIMIT_FSIZE at KIB kibibytes and SIGXFSZ ignored: writes past
#            the limit fail with EFBIG (for machines without user namespaces).
#   ro-bind  DIR is bind-mounted read-only over itself in a private mount namespace: EROFS.
#   probe    exits 0 when private mount namespaces work here (KIB and the folders are ignored).
set -uo pipefail

mode=$1 kib=$2 seed=$3 dir=$4 out=$5
shift 5
[[ ${1:-} == -- ]] && shift

# Runs this script again inside a new user and mount namespace; mounts made there vanish
# with it, so nothing is left behind even when the test is killed.
enter_namespace() {
    exec unshare -Urm env AFTERCARE_FAULT_NAMESPACE=inside "$0" "$mode" "$kib" "$seed" "$dir" \
        "$out" -- "$@"
}

copy_seed() {
    if ! cp -a "$seed"/. "$dir"/; then
        echo "with-fault.sh: cannot copy $seed into $dir" >&2
        exit 92
    fi
}
copy_out() {
    mkdir -p "$out" && cp -a "$dir"/. "$out"/ 2>/dev/null
    return 0
}

case $mode in
probe)
    probe_dir=$(mktemp -d) || exit 92
    unshare -Urm mount -t tmpfs -o size=64k tmpfs "$probe_dir" 2>/dev/null
    status=$?
    rmdir "$probe_dir"
    exit $status
    ;;
tmpfs)
    if [[ ${AFTERCARE_FAULT_NAMESPACE:-} != inside ]]; then
        enter_namespace "$@"
    fi
    if ! mount -t tmpfs -o "size=${kib}k,mode=0700" tmpfs "$dir"; then
        echo "with-fault.sh: cannot mount a tmpfs on $dir" >&2
        exit 91
    fi
    copy_seed
    "$@"
    status=$?
    copy_out
    exit $status
    ;;
fsize)
    copy_seed
    (
        trap '' XFSZ
        ulimit -f "$kib" || exit 93
        exec "$@"
    )
    status=$?
    copy_out
    exit $status
    ;;
ro-bind)
    if [[ ${AFTERCARE_FAULT_NAMESPACE:-} != inside ]]; then
        copy_seed
        enter_namespace "$@"
    fi
    if ! mount --bind "$dir" "$dir" || ! mount -o remount,bind,ro "$dir"; then
        echo "with-fault.sh: cannot bind $dir read-only" >&2
        exit 91
    fi
    "$@"
    status=$?
    copy_out
    exit $status
    ;;
*)
    echo "with-fault.sh: unknown mode $mode" >&2
    exit 94
    ;;
esac
