#!/usr/bin/env bash
# CI entry point for kubeplane, called from .ci/run (through scripts/test).
#
#   tools/kubeplane/ci.sh                 build what is missing and bring the cluster up
#   tools/kubeplane/ci.sh -- CMD [ARGS]   the same, then run CMD inside the cluster's
#                                         network namespace, exiting with CMD's status
#
# Safe to call repeatedly, and concurrently: builds are cached by version, `up` on a
# running cluster is a no-op, and with a CMD the cluster is taken down afterwards only
# when a ci.sh started it and no other ci.sh run is still using it. A cluster someone
# started by hand (`cluster.sh up`) is left running.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$here/cluster.sh"
eval "$("$cluster" env | grep '^export ')"
state="$KUBEPLANE_STATE_DIR"
users="$state/ci-users"
mkdir -p "$state"

start=$(date +%s)
# go.mod's replace lines must be exactly what the release's own go.mod implies.
"$here/gen-replaces.sh" --check
"$cluster" build
echo "kubeplane: build step took $(( $(date +%s) - start ))s" >&2

# Registration and start/stop decisions happen under one lock.
exec 7>"$state.ci.lock"
flock -w 900 7
# (7>&-: the cluster's processes must not inherit the lock's descriptor)
if ! "$cluster" status >/dev/null 2>&1 7>&-; then
  "$cluster" up 7>&-
  touch "$state/ci-owned"
else
  "$cluster" up 7>&-
fi
[ $# -eq 0 ] && exit 0

[ "$1" = "--" ] && shift
[ $# -gt 0 ] || { echo "usage: ci.sh [-- CMD ARGS...]" >&2; exit 64; }
mkdir -p "$users"
touch "$users/$$"
flock -u 7

release() {
  flock -w 900 7 || true
  rm -f "$users/$$"
  local f
  for f in "$users"/*; do
    [ -e "$f" ] || continue
    kill -0 "$(basename "$f")" 2>/dev/null || rm -f "$f" # a run that died without cleaning up
  done
  if [ -f "$state/ci-owned" ] && [ -z "$(ls -A "$users" 2>/dev/null)" ]; then
    "$cluster" down 7>&- || true
    rm -f "$state/ci-owned"
  fi
}
trap release EXIT
"$cluster" exec -- "$@" 7>&-
