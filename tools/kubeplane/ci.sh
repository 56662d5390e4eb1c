#!/usr/bin/env bash
# CI entry point for kubeplane, called from .ci/run.
#
#   tools/kubeplane/ci.sh                 build what is missing and bring the cluster up
#   tools/kubeplane/ci.sh -- CMD [ARGS]   the same, then run CMD inside the cluster's
#                                         network namespace and take the cluster down after
#
# Safe to call repeatedly: builds are cached by version, `up` on a running cluster is a no-op.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$here/cluster.sh"

start=$(date +%s)
"$cluster" build
echo "kubeplane: build step took $(( $(date +%s) - start ))s" >&2
"$cluster" up

if [ "${1:-}" = "--" ]; then
  shift
  [ $# -gt 0 ] || { echo "usage: ci.sh [-- CMD ARGS...]" >&2; exit 64; }
  # Whatever CMD does, stop the cluster afterwards so CI leaves no processes behind.
  trap '"$cluster" down || true' EXIT
  "$cluster" exec -- "$@"
fi
